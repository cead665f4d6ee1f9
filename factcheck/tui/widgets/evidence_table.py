"""The evidence behind a verdict: one row per contact — date, kind, participants, duration, source."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets import DataTable

from factcheck.models import Evidence
from factcheck.safe_text import one_line

KIND_LABEL = {"phone": "phone", "video": "video", "in_person": "in person"}
COLUMNS = ("Date", "Kind", "Counted", "Duration", "Participants", "Source")


def duration(evidence: Evidence) -> str:
    c = evidence.contact
    if c.duration_min is not None:
        hours, minutes = divmod(c.duration_min, 60)
        return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"
    return one_line(c.duration_text, 16) if c.duration_text else "—"


def source(evidence: Evidence) -> str:
    sources = evidence.contact.sources
    if not sources:
        return "—"
    first = one_line(sources[0], 30)
    return first + (f" +{len(sources) - 1}" if len(sources) > 1 else "")


def counted(evidence: Evidence) -> Content:
    if evidence.counted:
        return Content.styled("counted", "$text-success")
    why = "disputed" if evidence.contact.disputed else "context"
    return Content.styled(why, "dim")


class EvidenceTable(DataTable):
    """Rows of contacts; the counted ones are marked in the last column."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, cursor_type="row", zebra_stripes=True)
        self._shown: tuple[Evidence, ...] | None = None

    def on_mount(self) -> None:
        self.add_columns(*COLUMNS)

    def show(self, evidence: Sequence[Evidence]) -> None:
        if tuple(evidence) == self._shown:
            return  # neighbouring claims often cite the same contacts: keep the table (and the layout)
        self._shown = tuple(evidence)
        self.clear()
        for e in evidence:
            c = e.contact
            self.add_row(
                c.date.isoformat(),
                KIND_LABEL.get(c.kind, c.kind),
                counted(e),
                duration(e),
                one_line(" – ".join(e.participants), 24),
                source(e),
                key=str(c.id),
            )
