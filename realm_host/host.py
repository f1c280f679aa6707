"""The Host: one per process (or per use), owns the bytecode store and an agent whose heap holds
the realms it makes. Images are compiled once, shared by every realm, and linked per realm."""
from __future__ import annotations

import functools
import sys
import threading
from typing import Any, Callable, TextIO

from engine.compiler import CompileOptions, NotSupportedYet as CodegenNotSupported, compile_function
from engine.image import Image, load_image
from engine.image.native_check import native_checker
from engine.store import Store
from engine.syntax import JSSyntaxError
from realm_host._native import ffi, lib
from realm_host.errors import JSError, NotSupportedYet, OutOfMemory
from realm_host.realm import Realm

_HOSTS: dict[int, Host] = {}
_HOSTS_LOCK = threading.Lock()


@ffi.def_extern()
def rh_py_output(data: Any, utf8: Any, size: int) -> None:
    host = ffi.from_handle(data)
    host._write(ffi.unpack(utf8, size).decode("utf-8", "surrogatepass"))


@ffi.def_extern()
def rh_py_interrupt(data: Any) -> int:
    host = ffi.from_handle(data)
    callback = host._interrupt
    try:
        return 1 if callback is not None and callback() else 0
    except BaseException:  # an exception in the callback stops the evaluation
        return 1


@ffi.def_extern()
def rh_py_eval_compile(data: Any, agent: Any, utf8: Any, size: int, caller_image: Any, caller_function: int,
                       scope_constant: int, direct: int, strict: int) -> Any:
    host = ffi.from_handle(data)
    try:
        return host._compile_eval(ffi.unpack(utf8, size).decode("utf-8", "surrogatepass"), caller_image,
                                  caller_function, scope_constant, bool(direct), bool(strict))
    except JSSyntaxError as exc:
        lib.rh_api_throw_syntax_error(agent, f"{exc.message} (<eval>:{exc.line}:{exc.column})".encode("utf-8", "replace"))
    except CodegenNotSupported as exc:
        lib.rh_api_throw_syntax_error(agent, str(exc).encode("utf-8", "replace"))
    except Exception as exc:  # never let a Python error cross into C
        lib.rh_api_throw_syntax_error(agent, f"eval failed: {exc}".encode("utf-8", "replace"))
    return ffi.NULL


@ffi.def_extern()
def rh_py_compile_function(data: Any, agent: Any, parameters: Any, parameters_size: int, body: Any, body_size: int,
                           kind: int) -> Any:
    host = ffi.from_handle(data)
    try:
        return host._compile_function(ffi.unpack(parameters, parameters_size).decode("utf-8", "surrogatepass"),
                                      ffi.unpack(body, body_size).decode("utf-8", "surrogatepass"))
    except JSSyntaxError as exc:
        lib.rh_api_throw_syntax_error(agent, f"{exc.message} ({exc.filename}:{exc.line}:{exc.column})".encode("utf-8", "replace"))
    except CodegenNotSupported as exc:
        lib.rh_api_throw_syntax_error(agent, str(exc).encode("utf-8", "replace"))
    except Exception as exc:  # never let a Python error cross into C
        lib.rh_api_throw_syntax_error(agent, f"Function constructor failed: {exc}".encode("utf-8", "replace"))
    return ffi.NULL


@ffi.def_extern()
def rh_py_source_text(data: Any, image: Any, start: int, end: int, sink: Any) -> int:
    host = ffi.from_handle(data)
    source = host._sources.get(int(ffi.cast("uintptr_t", image)))
    if source is None or end > len(source):
        return 0
    text = source[start:end].encode("utf-8", "surrogatepass")  # offsets count code points, as str does
    lib.rh_source_text_result(sink, text, len(text))
    return 1


class Host:
    """``Host()`` owns the store; ``new_realm()`` makes realms; ``memory()`` reports the shared part.

    ``output`` receives what print and console.log write (default: sys.stdout at write time).
    ``heap_limit`` bounds the agent's heap in bytes; ``max_call_depth`` the JavaScript frames."""

    def __init__(self, store: Store | None = None, *, output: TextIO | Callable[[str], Any] | None = None,
                 heap_limit: int = 0, max_call_depth: int = 0) -> None:
        self.store = store if store is not None else Store(checker=native_checker())
        limits = ffi.new("rh_agent_limits *", {"heap_limit_bytes": heap_limit, "max_call_depth": max_call_depth})
        self._agent = lib.rh_agent_new(limits)
        if self._agent == ffi.NULL:
            raise OutOfMemory("cannot create an agent")
        self._output = output
        self._interrupt: Callable[[], bool] | None = None
        self._self_handle = ffi.new_handle(self)
        lib.rh_agent_set_output(self._agent, lib.rh_py_output, self._self_handle)
        self._images: dict[int, tuple[Image, Any]] = {}
        self._images_by_loaded: dict[int, Image] = {}
        self._eval_images: dict[tuple[Any, ...], tuple[bytes, Any, Any]] = {}
        lib.rh_agent_set_eval_compiler(self._agent, lib.rh_py_eval_compile, self._self_handle)
        # The source text of every script this host compiled, by loaded image (toString slices it).
        self._sources: dict[int, str] = {}
        self._function_images: dict[tuple[str, str], tuple[bytes, Any, Any]] = {}
        lib.rh_agent_set_dynamic_code(self._agent, lib.rh_py_compile_function, lib.rh_py_source_text,
                                      self._self_handle)
        self._lock = threading.Lock()
        from realm_host._selfhost import attach_library  # the builtins written in JavaScript
        self.library = attach_library(self)

    def new_realm(self) -> Realm:
        return Realm(self)

    def memory(self) -> dict[str, int]:
        """The shared part: bytecode images in the store, and the agent's own tables."""
        report = ffi.new("rh_memory_report *")
        lib.rh_agent_memory(self._agent, report)
        images = self.store.memory_bytes()
        return {"images": images, "agent": report.total, "total": images + report.total}

    def code_blocks(self) -> int:
        """Linked code blocks (per-realm metadata tables) alive in the agent."""
        return int(lib.rh_agent_code_block_count(self._agent))

    def terminate(self) -> None:
        """Stops the evaluation running in this host's agent (from any thread): it raises
        Terminated. The flag is cleared when the next evaluation starts."""
        if self._agent is not None:
            lib.rh_agent_request_terminate(self._agent, 1)

    def set_interrupt(self, callback: Callable[[], bool] | None, every: int = 100_000) -> None:
        """Calls ``callback()`` every ``every`` loop back-edges and calls of running JavaScript;
        when it returns true the evaluation stops with Terminated (time limits build on this).
        None removes it."""
        self._interrupt = callback
        if callback is None:
            lib.rh_agent_set_interrupt(self._agent, ffi.NULL, ffi.NULL, every)
        else:
            lib.rh_agent_set_interrupt(self._agent, lib.rh_py_interrupt, self._self_handle, every)

    def collect(self) -> None:
        """Forces a full garbage collection of the agent's heap."""
        lib.rh_agent_gc(self._agent)

    def close(self) -> None:
        if self._agent is not None:
            lib.rh_agent_free(self._agent)
            self._agent = None
            self._images.clear()

    def __enter__(self) -> Host:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- internals ------------------------------------------------------------------------------
    def _write(self, text: str) -> None:
        out = self._output if self._output is not None else sys.stdout
        if callable(out) and not hasattr(out, "write"):
            out(text)
        else:
            out.write(text)  # type: ignore[union-attr]

    def _load(self, source: str, filename: str) -> Any:
        """The agent's loaded image for source (compiled or found in the store)."""
        try:
            image = self.store.get(source, CompileOptions(), functools.partial(compile_function, filename=filename))
        except JSSyntaxError as exc:
            raise JSError("SyntaxError", f"{exc.message} ({exc.filename}:{exc.line}:{exc.column})") from None
        except CodegenNotSupported as exc:
            raise NotSupportedYet(str(exc)) from None
        loaded = self._load_image(image, filename)
        self._sources[int(ffi.cast("uintptr_t", loaded))] = source
        return loaded

    def _load_image(self, image: Image, filename: str) -> Any:
        """The agent's loaded copy of image (loaded on first use, kept as long as the host)."""
        with self._lock:
            entry = self._images.get(id(image))
            if entry is None or entry[0] is not image:
                status = ffi.new("int *")
                buffer = ffi.from_buffer(image.buffer)
                loaded = lib.rh_api_load_image(self._agent, buffer, len(buffer), filename.encode("utf-8", "surrogatepass"), status)
                if loaded == ffi.NULL:
                    raise OutOfMemory(f"cannot load the image (status {status[0]})")
                entry = (image, loaded, buffer)
                self._images[id(image)] = entry  # keeps the image (and its buffer) alive
                self._images_by_loaded[int(ffi.cast("uintptr_t", loaded))] = image
            return entry[1]

    def _compile_eval(self, source: str, caller_image: Any, caller_function: int, scope_constant: int,
                      direct: bool, strict: bool) -> Any:
        """The loaded image of eval code (cached per source and call site)."""
        from realm_host.eval_code import compile_eval_image

        caller = int(ffi.cast("uintptr_t", caller_image)) if direct else 0
        key = (source, caller, caller_function, scope_constant, direct, strict)
        entry = self._eval_images.get(key)
        if entry is None:
            scope = None
            if direct:
                image = self._images_by_loaded.get(caller)
                if image is None:
                    raise RuntimeError("direct eval from an image this host did not load")
                scope = image.functions[caller_function].constants[scope_constant]
            data = compile_eval_image(source, scope, strict)
            buffer = ffi.from_buffer(data)
            status = ffi.new("int *")
            loaded = lib.rh_api_load_image(self._agent, buffer, len(buffer), b"<eval>", status)
            if loaded == ffi.NULL:
                raise MemoryError(f"cannot load eval code (status {status[0]})")
            # Eval code may itself call eval: keep its decoded image for that lookup.
            self._images_by_loaded[int(ffi.cast("uintptr_t", loaded))] = load_image(data, native_checker())
            self._sources[int(ffi.cast("uintptr_t", loaded))] = source
            entry = (data, buffer, loaded)
            self._eval_images[key] = entry
        return entry[2]

    def _compile_function(self, parameters: str, body: str) -> Any:
        """The loaded image of a dynamic function (cached per parameter and body text)."""
        from realm_host.dynamic_function import compile_dynamic_function

        key = (parameters, body)
        entry = self._function_images.get(key)
        if entry is None:
            compiled = compile_dynamic_function(parameters, body)
            buffer = ffi.from_buffer(compiled.image)
            status = ffi.new("int *")
            loaded = lib.rh_api_load_image(self._agent, buffer, len(buffer), b"<anonymous>", status)
            if loaded == ffi.NULL:
                raise MemoryError(f"cannot load a dynamic function (status {status[0]})")
            address = int(ffi.cast("uintptr_t", loaded))
            self._images_by_loaded[address] = load_image(compiled.image, native_checker())  # for eval inside it
            self._sources[address] = compiled.source
            entry = (compiled.image, buffer, loaded)
            self._function_images[key] = entry
        return entry[2]

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # pragma: no cover
            pass
