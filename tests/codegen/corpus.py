"""Compile every file of a directory and report: compiled, NotSupportedYet by construct,
other failures, image size figures (engine/image/stats.py) and compile speed.

    python -m tests.codegen.corpus DIR [--test262] [--limit N]

test262-parser-tests: ``*.module.js`` files are modules. ``--test262``: a test262 ``test/``
tree: ``module`` in the frontmatter's flags makes a module, ``onlyStrict`` strict code;
files with ``negative:`` + ``phase: parse`` (or early) are expected to fail to parse.
"""
from __future__ import annotations

import argparse
import collections
import pathlib
import re
import sys
import time
import traceback

from engine.bytecode.verify import verify_function
from engine.codegen import NotSupportedYet
from engine.compiler import compile_function
from engine.image import load_image, write_image
from engine.image.stats import ImageStats, image_stats
from engine.store import CompileOptions, SourceKind
from engine.syntax.errors import JSSyntaxError

_FLAGS = re.compile(r"^flags:\s*\[(.*?)\]", re.MULTILINE)


def has_flag(text: str, flag: str) -> bool:
    match = _FLAGS.search(text)
    return bool(match and flag in [f.strip() for f in match.group(1).split(",")])


def is_module(path: pathlib.Path, text: str, test262: bool) -> bool:
    return has_flag(text, "module") if test262 else path.name.endswith(".module.js")


def is_negative_parse(text: str) -> bool:
    return "negative:" in text and re.search(r"phase:\s*(parse|early)", text) is not None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--test262", action="store_true")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--show", type=int, default=10, help="other failures to print")
    parser.add_argument("--exclude", action="append", default=[], help="skip paths containing this text")
    args = parser.parse_args()
    files = sorted(pathlib.Path(args.directory).rglob("*.js"))
    files = [f for f in files if "_FIXTURE" not in f.name and not any(e in str(f) for e in args.exclude)]
    if args.limit:
        files = files[: args.limit]
    compiled = 0
    deferred: collections.Counter[str] = collections.Counter()
    syntax_errors = 0
    failures: list[tuple[pathlib.Path, str]] = []
    stats = ImageStats()
    source_bytes = 0
    seconds = 0.0
    for path in files:
        text = path.read_text(encoding="utf-8", errors="surrogatepass")
        module = is_module(path, text, args.test262)
        strict = args.test262 and has_flag(text, "onlyStrict")
        options = CompileOptions(SourceKind.MODULE if module else SourceKind.SCRIPT, strict)
        try:
            start = time.perf_counter()
            function = compile_function(text, options, str(path))
            seconds += time.perf_counter() - start
            for each in function.walk():
                verify_function(each)
            image = load_image(write_image(function, options.image_flags()))
        except NotSupportedYet as error:
            deferred[error.construct] += 1
            continue
        except JSSyntaxError:
            if not (args.test262 and is_negative_parse(text)):
                syntax_errors += 1
            continue
        except Exception:  # noqa: BLE001 - the report counts every other failure
            failures.append((path, traceback.format_exc(limit=-3)))
            continue
        compiled += 1
        stats = stats + image_stats(image)
        source_bytes += len(text.encode("utf-8", "surrogatepass"))
    print(f"files: {len(files)}  compiled: {compiled}  not supported yet: {sum(deferred.values())}  "
          f"syntax errors (unexpected): {syntax_errors}  other failures: {len(failures)}")
    for construct, count in deferred.most_common():
        print(f"  NotSupportedYet {construct}: {count}")
    print(f"instructions: {stats.instructions}  bytes/instruction: {stats.bytes_per_instruction:.3f}  "
          f"wide: {stats.wide} ({100 * stats.wide_share:.3f}%: wide16 {stats.wide16}, wide32 {stats.wide32})")
    if source_bytes:
        print(f"image bytes / source byte: {stats.image_bytes / source_bytes:.3f}  "
              f"compile: {source_bytes / 1024 / seconds:.1f} KB/s (parse + scope + codegen)")
    kinds = collections.Counter(trace.strip().splitlines()[-1][:120] for _, trace in failures)
    for message, count in kinds.most_common(20):
        print(f"  {count:6}  {message}")
    for path, trace in failures[: args.show]:
        print(f"--- {path}\n{trace}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
