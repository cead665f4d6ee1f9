"""The accuracy ratchet: a floor file of the lowest acceptable figures per scope, checked and raised.

``factcheck eval DIR --floor FILE`` fails naming each figure below its floor; ``--update-floor`` raises
the floor (never lowers a figure) to a run's figures, rounded down to four decimals.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from factcheck.errors import InputError
from factcheck.evaluate import FLOOR_FIGURES, LANGS, EvalReport


def load_floor(path: str | Path, missing_ok: bool = False) -> dict[str, Any]:
    """The floor file: ``{"max_false_alarms": 0, "all": {"recall": …, …}, "en": {…}, "ru": {…}}``."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if missing_ok:
            return {"max_false_alarms": 0}
        raise InputError(f"{p}: no such floor file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{p}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict):
        raise InputError(f"{p}: expected an object")
    for key, value in data.items():
        if key == "max_false_alarms":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise InputError(f"{p}: max_false_alarms must be a non-negative integer")
        elif key in ("all", *LANGS):
            if not isinstance(value, dict):
                raise InputError(f"{p}: {key!r} must be an object of figures")
            for fig, num in value.items():
                if fig not in FLOOR_FIGURES:
                    raise InputError(f"{p}: unknown figure {key}.{fig} (expected {', '.join(FLOOR_FIGURES)})")
                if not isinstance(num, int | float) or isinstance(num, bool) or not 0 <= num <= 1:
                    raise InputError(f"{p}: {key}.{fig} must be a number from 0 to 1")
        else:
            raise InputError(f"{p}: unknown key {key!r} (expected max_false_alarms, all, en, ru)")
    return data


def _floor_scopes(report: EvalReport) -> tuple[str, ...]:
    """The language scopes a run measures completely: all three for --lang all, else just that language."""
    return ("all", *LANGS) if report.lang == "all" else (report.lang,)


def floor_failures(report: EvalReport, floor: dict[str, Any]) -> list[str]:
    """One line per figure below its floor (scopes the run did not evaluate are not checked)."""
    failures = []
    for scope in _floor_scopes(report):
        figs = report.scope(scope)
        for name, minimum in floor.get(scope, {}).items():
            value = figs.figure(name)
            if value is None:
                if minimum > 0:
                    failures.append(f"{scope} {name} not measured (no claims in scope); floor {minimum:.4f}")
            elif value < minimum - 1e-9:
                failures.append(f"{scope} {name} {value:.4f} is below its floor {minimum:.4f}")
    allowed = floor.get("max_false_alarms", 0)
    alarms = report.scope("all").false_alarms
    if alarms > allowed:
        failures.append(f"false alarms {alarms} exceed the maximum {allowed}")
    return failures


def _round_down(value: float) -> float:
    """Four decimals, rounded down so that a floor recorded from a run never exceeds that run."""
    return math.floor(value * 10_000 + 1e-9) / 10_000


def raised_floor(report: EvalReport, floor: dict[str, Any]) -> dict[str, Any]:
    """The floor with each figure raised to the current one where that is higher, and the allowance of false
    alarms lowered to this run's count where that is lower; nothing is loosened."""
    alarms = report.scope("all").false_alarms
    out: dict[str, Any] = {"max_false_alarms": min(floor.get("max_false_alarms", 0), alarms)}
    for scope in ("all", *LANGS):
        old = dict(floor.get(scope, {}))
        if scope in _floor_scopes(report):
            figs = report.scope(scope)
            for name in FLOOR_FIGURES:
                value = figs.figure(name)
                if value is not None:  # a figure this run did not measure gets no floor from it
                    old[name] = max(old.get(name, 0.0), _round_down(value))
        if old:
            out[scope] = {name: old[name] for name in FLOOR_FIGURES if name in old}
    return out


def write_floor(path: str | Path, floor: dict[str, Any]) -> None:
    from factcheck.report.output import write_report

    write_report(path, json.dumps(floor, indent=2) + "\n", force=True)
