"""The record's rows behind the current claim on the review screen: its timeline (asked for off the UI
thread, cached by query), its evidence rows, their sources and the contact cards.

A part of ReviewScreen (review.py), which mixes it in; the screen's ``watch_current`` starts the timeline.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual import work
from textual.worker import get_current_worker

from factcheck.errors import FactcheckError
from factcheck.tui.timeline_data import NO_PAIR, TimelineData, TimelineQuery, from_contacts, from_evidence, query_for
from factcheck.tui.widgets.claim_detail import ClaimDetail
from factcheck.tui.widgets.evidence_table import EvidenceTable


class EvidenceAtHand:
    """The timeline and evidence of the current claim (mixed into ReviewScreen)."""

    # ---------------------------------------------------------------- the timeline

    def _load_timeline(self, index: int | None) -> None:
        if index is None or index != self.current or index in self._timelines:
            return
        finding = self.findings[index]
        query = query_for(finding, self.result.article.published)
        if query is None:
            self._timeline_loaded(index, NO_PAIR)
            return
        if query in self._contacts:  # asked before for another claim: no thread, no second repaint
            self._timeline_loaded(index, from_contacts(finding, self._contacts[query], (query.start, query.end)))
        else:
            self.load_timeline(index, query)

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def load_timeline(self, index: int, query: TimelineQuery) -> None:
        """Ask the record for the pair's contacts around the claim's window (off the UI thread)."""
        from factcheck.record import Record

        path = Path(self.result.record.path)
        if not path.is_file():
            # draw the claim's own evidence; say why there is no more, should there be nothing to draw
            gone = replace(from_evidence(self.findings[index]), note=f"No timeline: cannot open the record {path}.")
            self.app.call_from_thread(self._timeline_loaded, index, gone)
            return
        with Record.open(path) as record:
            contacts = record.contacts_between(query.a, query.b, query.start, query.end)
        if not get_current_worker().is_cancelled:
            data = from_contacts(self.findings[index], contacts, (query.start, query.end))
            self.app.call_from_thread(self._timeline_loaded, index, data, query, contacts)

    def _timeline_loaded(
        self, index: int, data: TimelineData, query: TimelineQuery | None = None, contacts: tuple = ()
    ) -> None:
        if query is not None:
            self._contacts[query] = contacts
        self._timelines[index] = data
        if index == self.current:
            self.query_one(ClaimDetail).show_timeline(data)

    # ---------------------------------------------------------------- evidence at hand

    def _row_contact(self) -> int | None:
        """The contact id of the evidence row under the cursor, when the evidence table has the focus."""
        table = self.query_one(EvidenceTable)
        if self.focused is not table or not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return int(key) if key is not None else None

    def action_open_source(self) -> None:
        """o: the focused evidence row's first source, else the article's own address."""
        contact_id = self._row_contact()
        if contact_id is not None and self.current is not None:
            contact = next(e.contact for e in self.findings[self.current].evidence if e.contact.id == contact_id)
            self.app.open_address(contact.sources[0] if contact.sources else "", f"contact #{contact_id}")
        else:
            self.app.open_address(self.result.article.url, "this article")

    def action_view_contacts(self, start: int | None = None) -> None:
        """Every record row the current claim's timeline and evidence draw, with all its fields."""
        from factcheck.tui.screens.contact import ContactScreen

        if self.current is None:
            return
        finding = self.findings[self.current]
        data = self._timelines.get(self.current) or from_evidence(finding)
        contacts = data.contacts or tuple(e.contact for e in finding.evidence)
        counted = frozenset(e.contact.id for e in finding.evidence if e.counted)
        anchor = next((c.id for c in contacts if c.date == finding.claim.anchor and c.counted), None)
        self.app.push_screen(
            ContactScreen(contacts, self._names(contacts), counted=counted, anchor=anchor, start=start)
        )

    def _names(self, contacts) -> dict[str, str]:  # noqa: ANN001
        """Person id → name: from the evidence, then from the record for the rest (ids if it cannot be read)."""
        names: dict[str, str] = {}
        for f in self.findings:
            for e in f.evidence:
                names.update(zip(e.contact.participants, e.participants, strict=False))
        missing = {p for c in contacts for p in (*c.participants, c.initiator) if p and p not in names}
        if missing:
            from factcheck.record import Record

            try:
                with Record.open(self.result.record.path) as record:
                    for pid in missing:
                        person = record.person(pid)
                        if person is not None:
                            names[pid] = person.name
            except (FactcheckError, OSError):
                pass  # the ids stand in for the names
        return names
