"""The record's rows behind a claim: every contact its timeline and evidence draw, each with all its fields and
sources. ↑↓ choose, o opens the row's first source in the browser, escape closes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from factcheck.models import Contact
from factcheck.safe_text import display_text, one_line

KIND = {"phone": "phone call", "video": "video call", "in_person": "in person"}


def fields(contact: Contact, names: Mapping[str, str], counted: bool, anchor: bool) -> Content:
    """Every field of the row, in words; sources one per line (shown, never followed, here)."""
    c = contact
    who = " and ".join(names.get(p, p) for p in c.participants)
    roles = ", ".join(f"{names.get(p, p)}: {r}" for p, r in zip(c.participants, c.roles, strict=False) if r)
    if c.duration_min is not None:
        h, m = divmod(c.duration_min, 60)
        length = (f"{h} h {m:02d} min" if h else f"{m} min") + (f" (“{c.duration_text}”)" if c.duration_text else "")
    else:
        length = f"“{c.duration_text}”" if c.duration_text else "not recorded"
    use = (
        "counted by this claim"
        if counted
        else ("disputed: never counted" if c.disputed else "not counted by this claim")
    )
    rows: list[tuple[str, str]] = [
        ("Contact", f"#{c.id}" + ("  — the contact this claim is about" if anchor else "")),
        ("Date", c.date.isoformat()),
        ("Kind", KIND.get(c.kind, c.kind)),
        ("Between", who),
        ("Offices", roles),
        ("Status", f"{c.status}; {use}"),
        ("Part of", f"the visit of contact #{c.part_of} (counted once, with it)" if c.part_of else ""),
        ("Initiator", names.get(c.initiator, c.initiator)),
        ("Length", length),
        ("Location", c.location),
        ("Topics", c.topics),
        ("Confidence", c.confidence),
        ("Notes", c.notes),
    ]
    parts: list[Content | str | tuple[str, str]] = []
    for label, value in rows:
        if value:
            parts += [(f"{label:<11}", "bold dim"), display_text(value), "\n"]
    parts.append((f"{'Sources':<11}", "bold dim"))
    if c.sources:
        parts.append("\n".join([display_text(c.sources[0])] + [" " * 11 + display_text(u) for u in c.sources[1:]]))
    else:
        parts.append(("none recorded", "dim"))
    return Content.assemble(*parts)


class ContactScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q", "dismiss", "Close", id="contact.close"),
        Binding("o", "open_source", "Open source", id="contact.open-source"),
    ]

    def __init__(
        self,
        contacts: Sequence[Contact],
        names: Mapping[str, str],
        *,
        counted: frozenset[int] = frozenset(),
        anchor: int | None = None,
        start: int | None = None,
    ) -> None:
        super().__init__()
        self.contacts = list(contacts)
        self.names = dict(names)
        self.counted, self.anchor = counted, anchor
        ids = [c.id for c in self.contacts]
        self.start = ids.index(start) if start in ids else (ids.index(anchor) if anchor in ids else 0)

    def compose(self) -> ComposeResult:
        with Vertical(id="contact-view", classes="dialog"):
            yield Static(f"Record rows behind this claim · {len(self.contacts)}", classes="dialog-title")
            with Horizontal(id="contact-panes"):
                yield OptionList(*[Option(self._label(c), id=str(c.id)) for c in self.contacts], id="contact-rows")
                with VerticalScroll(id="contact-fields-scroll"):
                    yield Static(id="contact-fields")
            yield Static("↑↓ choose · o opens the source in your browser · escape closes", classes="dialog-hint")

    def _label(self, c: Contact) -> Content:
        mark = "◆" if c.id == self.anchor else ("●" if c.id in self.counted else "○")
        style = (
            "bold $text-accent" if c.id == self.anchor else ("bold $text-success" if c.id in self.counted else "dim")
        )
        return Content.assemble((mark, style), f" {c.date.isoformat()} {one_line(KIND.get(c.kind, c.kind), 12)}")

    def on_mount(self) -> None:
        rows = self.query_one(OptionList)
        rows.focus()
        if self.contacts:
            rows.highlighted = self.start
            self._show(self.start)
        else:
            self.query_one("#contact-fields", Static).update(Content.styled("No record rows for this claim.", "dim"))

    @property
    def selected(self) -> Contact | None:
        i = self.query_one(OptionList).highlighted
        return self.contacts[i] if i is not None and 0 <= i < len(self.contacts) else None

    def _show(self, index: int) -> None:
        c = self.contacts[index]
        self.query_one("#contact-fields", Static).update(
            fields(c, self.names, c.id in self.counted, c.id == self.anchor)
        )

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show(event.option_index)

    def action_open_source(self) -> None:
        c = self.selected
        self.app.open_address(c.sources[0] if c and c.sources else "", "this row's source")  # type: ignore[attr-defined]
