"""A reading of a claim's words (which contacts count) and a side of the pair."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.verify.words import KIND_WORDS


@dataclass(frozen=True)
class Reading:
    """One reasonable reading of a claim's words: which contacts it counts."""

    kinds: frozenset[str]
    outside_term: bool  # count contacts outside a term of office (president-elect calls)
    group: bool = True  # count group calls
    edge: bool = True  # count contacts on the window's last day
    ceremonies: bool = True  # count rows the record marks as a ceremony rather than talks

    def describe(self) -> str:
        parts = [KIND_WORDS.get(self.kinds, ", ".join(sorted(self.kinds)))]
        if not self.edge:
            parts.append("not counting the last day's contact")
        if self.outside_term:
            parts.append("counting contacts outside a term of office (e.g. as president-elect)")
        if not self.group:
            parts.append("bilateral only")
        if not self.ceremonies:
            parts.append("not counting ceremonies held by video link")
        return "; ".join(parts)


@dataclass(frozen=True)
class Side:
    """One side of a pair as the record is asked about it: named people, or whoever held an office."""

    ids: frozenset[str]
    country: str | None  # set for a role: the participant must hold the office on the day
    label: str
