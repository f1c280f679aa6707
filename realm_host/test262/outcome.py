"""The result of one test262 test: a status, a short reason category (for reports) and a detail."""
from __future__ import annotations

import enum
from dataclasses import dataclass


class Status(str, enum.Enum):
    PASS = "PASS"
    FAIL = "FAIL"
    SKIP = "SKIP"
    CRASH = "CRASH"      # the worker process died while running the test
    TIMEOUT = "TIMEOUT"  # the test ran longer than the per-test limit; its worker was replaced


@dataclass(frozen=True)
class Outcome:
    status: Status
    reason: str = ""  # a category shared by many tests ("NotSupportedYet: generators", "not defined: Object")
    detail: str = ""  # this test's message (first lines only)

    @property
    def passed(self) -> bool:
        return self.status is Status.PASS

    def to_json(self) -> dict[str, str]:
        data = {"status": self.status.value}
        if self.reason:
            data["reason"] = self.reason
        if self.detail:
            data["detail"] = self.detail
        return data

    @staticmethod
    def from_json(data: dict[str, str]) -> Outcome:
        return Outcome(Status(data["status"]), data.get("reason", ""), data.get("detail", ""))


PASSED = Outcome(Status.PASS)


def fail(reason: str, detail: str = "") -> Outcome:
    return Outcome(Status.FAIL, reason, _first_lines(detail))


def skip(reason: str) -> Outcome:
    return Outcome(Status.SKIP, reason)


def _first_lines(text: str, limit: int = 300) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit] + "..."
