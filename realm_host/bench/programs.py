"""Timing the programs of bench/programs/ under every engine, alternating round by round.

Each program checks its own result and throws when it is wrong, so a wrong answer is never a
fast one: an engine that throws on a program gets no time for it (the error is shown instead).
"""
from __future__ import annotations

import math
import pathlib
import statistics
from dataclasses import dataclass, field
from typing import TextIO

from realm_host.bench.peers import Engine

REFERENCE = "quickjs"  # the ratios are ours / QuickJS's


@dataclass
class ProgramResult:
    name: str
    medians: dict[str, float] = field(default_factory=dict)  # engine -> seconds
    errors: dict[str, str] = field(default_factory=dict)     # engine -> what it threw

    def ratio(self, engine: str, reference: str = REFERENCE) -> float | None:
        if engine in self.medians and reference in self.medians and self.medians[reference] > 0:
            return self.medians[engine] / self.medians[reference]
        return None


def program_paths(directory: pathlib.Path, names: list[str]) -> list[pathlib.Path]:
    paths = sorted(directory.glob("*.js"))
    return [p for p in paths if p.stem in names] if names else paths


def time_program(engines: list[Engine], path: pathlib.Path, rounds: int) -> ProgramResult:
    source = path.read_text(encoding="utf-8")
    result = ProgramResult(path.stem)
    samples: dict[str, list[float]] = {e.name: [] for e in engines}
    live = list(engines)
    for round_number in range(rounds + 1):  # round 0 warms up (our compile goes into the store)
        for engine in list(live):
            try:
                seconds = engine.run(source, path.name)
            except Exception as exc:  # noqa: BLE001 - a wrong or failing engine gets no time
                result.errors[engine.name] = f"{type(exc).__name__}: {exc}"[:200]
                live.remove(engine)
                continue
            if round_number:
                samples[engine.name].append(seconds)
    result.medians = {name: statistics.median(times) for name, times in samples.items() if times}
    return result


def geometric_mean(values: list[float]) -> float | None:
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def print_table(results: list[ProgramResult], engine_names: list[str], out: TextIO) -> None:
    ours = engine_names[0]
    header = f"{'program':<20}" + "".join(f"{name:>16}" for name in engine_names) + f"{'ours/quickjs':>14}"
    print(header, file=out)
    for result in results:
        cells = "".join(f"{_ms(result.medians.get(name)):>16}" for name in engine_names)
        ratio = result.ratio(ours)
        print(f"{result.name:<20}{cells}{(f'{ratio:.2f}x' if ratio else '-'):>14}", file=out)
        for engine, error in result.errors.items():
            print(f"    {engine} failed: {error}", file=out)
    gm = summary_geomean(results, ours)
    print(f"{'geometric mean':<20}{'':>{16 * len(engine_names)}}{(f'{gm:.2f}x' if gm else '-'):>14}", file=out)


def summary_geomean(results: list[ProgramResult], engine: str) -> float | None:
    return geometric_mean([r for r in (res.ratio(engine) for res in results) if r])


def _ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds * 1000:.1f}ms"
