"""Add the contact a claim reports to the record: a form prefilled from the claim, checked as it is typed.

Every field is checked against the record on each change (unknown names with a suggestion, future dates,
someone not in office, a same-day contact of the pair already there, a missing source), errors and
warnings shown under the form. Save (ctrl+s) writes the row in a worker — into a copy when the record
the app opened is the bundled one or read-only — and dismisses with what was added; the review screen
then re-checks the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.timer import Timer
from textual.widgets import Button, Input, Label, Select, Static

from factcheck.record.draft import ContactForm, check_form, kind_choices, lacks_contact
from factcheck.errors import FactcheckError
from factcheck.models import Contact, Finding
from factcheck.record import Issue, NewContact, Record
from factcheck.record.copy import Target, choose_target, copy_record, same_file, write_problem
from factcheck.safe_text import display_text, one_line
from factcheck.tui.widgets.verdicts import badge

KIND_LABELS = {"phone": "phone call", "video": "video call", "in_person": "in person"}

#: Which input each field's problems point at (participants: whichever input holds the name).
FIELD_INPUTS = {
    "date": "#contact-date",
    "kind": "#contact-kind",
    "duration_min": "#contact-minutes",
    "duration_text": "#contact-wording",
    "sources": "#contact-source",
    "location": "#contact-location",
    "topics": "#contact-topics",
    "notes": "#contact-notes",
    "record": "#contact-record",
}


@dataclass(frozen=True, slots=True)
class ContactAdded:
    """What the form wrote: the stored contact and the record it is in."""

    contact: Contact
    path: Path


@dataclass(frozen=True, slots=True)
class Places:
    """The records involved: the one the article was checked against, the bundled one, where copies go."""

    opened: Path
    bundled: Path
    copy_dir: Path


class AddContactScreen(ModalScreen[ContactAdded | None]):
    """Dismisses with the contact added, or None when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="contact.save"),
        Binding("escape", "cancel", "Cancel", id="contact.cancel"),
    ]

    def __init__(self, finding: Finding, draft: NewContact, places: Places, *, today: date) -> None:
        super().__init__()
        self.finding = finding
        self.draft = draft
        self.places = places
        self.today = today
        self.default_target = choose_target(places.opened, "", places.copy_dir, places.bundled)
        self.errors: tuple[Issue, ...] = ()
        self.warnings: tuple[Issue, ...] = ()
        self.saving = False
        self._records: dict[Path, Record] = {}
        self._check_timer: Timer | None = None

    # ---------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        form = ContactForm.of(self.draft)
        names = [p.name for p in self._record(self.places.opened).people()]
        suggest = SuggestFromList(names, case_sensitive=False)
        a, b = (list(form.participants) + ["", ""])[:2]
        with VerticalScroll(id="contact-dialog", classes="dialog"):
            yield Static("Add contact to the record", classes="dialog-title")
            yield Static(f"“{one_line(self.finding.claim.quote, 200)}”", classes="dialog-quote", markup=False)
            yield Static(self._status(), id="contact-status")
            with Horizontal(classes="form-row"):
                yield Label("Date", classes="form-label")
                yield Input(form.date, id="contact-date", placeholder="YYYY-MM-DD", compact=True)
                yield Label("Kind", classes="form-label form-label-inner")
                kinds = kind_choices(self.finding.claim)
                yield Select(
                    [(KIND_LABELS[k], k) for k in kinds],
                    value=form.kind,
                    allow_blank=False,
                    id="contact-kind",
                    compact=True,
                )
            with Horizontal(classes="form-row"):
                yield Label("Between", classes="form-label")
                yield Input(a, id="contact-a", placeholder="name, alias or id", suggester=suggest, compact=True)
                yield Label("and", classes="form-label-and")
                yield Input(b, id="contact-b", placeholder="name, alias or id", suggester=suggest, compact=True)
            with Horizontal(classes="form-row"):
                yield Label("Minutes", classes="form-label")
                yield Input(form.duration_min, id="contact-minutes", placeholder="—", type="integer", compact=True)
                yield Label("as reported", classes="form-label form-label-inner")
                yield Input(
                    form.duration_text, id="contact-wording", placeholder="the wording of the length", compact=True
                )
            for label, field, value, hint in (
                ("Source", "source", form.source, "https://…"),
                ("Location", "location", form.location, ""),
                ("Topics", "topics", form.topics, "what was discussed"),
                ("Notes", "notes", form.notes, ""),
            ):
                with Horizontal(classes="form-row"):
                    yield Label(label, classes="form-label")
                    yield Input(value, id=f"contact-{field}", placeholder=hint, compact=True)
            with Horizontal(classes="form-row"):
                yield Label("Record", classes="form-label")
                yield Input(str(self.default_target.path), id="contact-record", compact=True)
            yield Static(self.default_target.note, id="contact-target", classes="dialog-hint", markup=False)
            yield Static("", id="contact-problems", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="contact-save")
                yield Button("Cancel (esc)", id="contact-cancel")

    def on_mount(self) -> None:
        self.query_one("#contact-date", Input).focus()
        self.check()

    def on_unmount(self) -> None:
        for record in self._records.values():
            record.close()
        self._records.clear()

    def _status(self) -> Content:
        """Why the form is offered: the machine's verdict and its reason, and a caution when the record
        may already hold the contact (the form was opened from the palette on another kind of claim)."""
        f = self.finding
        why = Content.assemble(badge(f.verdict, words=True), (f" — {display_text(f.explanation)}", "dim"))
        if lacks_contact(f):
            return why
        if f.claim.anchor is None:
            caution = f"This {f.claim.kind.value.replace('_', ' ')} claim names no dated contact: check every field."
        else:
            caution = "The record may already have this contact: read the warnings below before saving."
        return Content.assemble(why, "\n", (caution, "bold $text-warning"))

    # ---------------------------------------------------------------- reading and checking the fields

    def _value(self, selector: str) -> str:
        return self.query_one(selector, Input).value

    def form(self) -> ContactForm:
        return ContactForm(
            date=self._value("#contact-date"),
            kind=str(self.query_one("#contact-kind", Select).value),
            participants=(self._value("#contact-a"), self._value("#contact-b")),
            duration_min=self._value("#contact-minutes"),
            duration_text=self._value("#contact-wording"),
            source=self._value("#contact-source"),
            location=self._value("#contact-location"),
            topics=self._value("#contact-topics"),
            notes=self._value("#contact-notes"),
        )

    def target(self) -> Target:
        typed = self._value("#contact-record")
        if typed.strip() and same_file(Path(typed.strip()), self.default_target.path):
            return self.default_target
        return choose_target(self.places.opened, typed, self.places.copy_dir, self.places.bundled)

    def _record(self, path: Path) -> Record:
        """A read-only record, kept open while the form is (the form checks on every change)."""
        key = path.expanduser().resolve()
        if key not in self._records:
            self._records[key] = Record.open(key)
        return self._records[key]

    def check(self) -> NewContact | None:
        """Check the fields against the record the save would write into; show what is wrong. Returns the
        row a save would write, or None if something blocks it."""
        target = self.target()
        self.query_one("#contact-target", Static).update(target.note)
        errors: list[Issue] = []
        new = None
        why = write_problem(target.path)
        if why:
            errors.append(Issue("record", why))
        try:
            record = self._record(target.path if target.copy_from is None else target.copy_from)
        except FactcheckError as exc:
            errors.append(Issue("record", str(exc)))
            warnings: tuple[Issue, ...] = ()
        else:
            new, found, warnings = check_form(record, self.form(), today=self.today)
            errors += found
        self.errors, self.warnings = tuple(errors), warnings
        self._show_problems()
        return new if not errors else None

    def _show_problems(self) -> None:
        parts: list[Content | str | tuple[str, str]] = []
        for mark, style, issues in (("✗", "$text-error", self.errors), ("!", "$text-warning", self.warnings)):
            for issue in issues:
                parts += [(f"{mark} {issue.field}: ", f"bold {style}"), (display_text(issue.message), style), "\n"]
        self.query_one("#contact-problems", Static).update(Content.assemble(*parts).rstrip())
        wrong = {FIELD_INPUTS.get(i.field, "") for i in self.errors}
        names = " ".join(i.message for i in self.errors if i.field == "participants")
        for selector in ("#contact-a", "#contact-b"):
            value = self._value(selector).strip()
            if (value and repr(value) in names) or (not value and "two people" in names):
                wrong.add(selector)
        for selector in [*FIELD_INPUTS.values(), "#contact-a", "#contact-b"]:
            self.query_one(selector).set_class(selector in wrong, "-invalid")

    @on(Input.Changed)
    @on(Select.Changed)
    def _changed(self) -> None:
        """Re-check shortly after typing stops (one record query per pause, not per key)."""
        if self._check_timer is not None:
            self._check_timer.stop()
        self._check_timer = self.set_timer(0.2, self._recheck)

    def _recheck(self) -> None:
        self._check_timer = None
        self.check()

    @property
    def check_pending(self) -> bool:
        """Whether a re-check is waiting for typing to stop (the problems shown may be out of date)."""
        return self._check_timer is not None

    @on(Input.Submitted)
    def _next_field(self) -> None:
        self.focus_next()

    # ---------------------------------------------------------------- saving

    def action_save(self) -> None:
        if self.saving:
            return
        if self._check_timer is not None:
            self._check_timer.stop()
            self._check_timer = None
        new = self.check()
        if new is None:
            self.query_one("#contact-problems").scroll_visible(animate=False)
            return
        self.saving = True
        self.query_one("#contact-save", Button).disabled = True
        self.query_one("#contact-target", Static).update("Saving …")
        self.write(new, self.target())

    @work(thread=True, exclusive=True, group="add-contact", exit_on_error=False)
    def write(self, new: NewContact, target: Target) -> None:
        """Copy the record first if need be, then add the row in one transaction (off the UI thread)."""
        try:
            if target.copy_from is not None:
                copy_record(target.copy_from, target.path)
            with Record.open(target.path, writable=True) as record:
                contact = record.add_contact(new, today=self.today)
        except FactcheckError as exc:
            self.app.call_from_thread(self._not_saved, str(exc))
            return
        self.app.call_from_thread(self.dismiss, ContactAdded(contact, target.path))

    def _not_saved(self, message: str) -> None:
        self.saving = False
        self.query_one("#contact-save", Button).disabled = False
        self.errors = (Issue("record", message),)
        self.query_one("#contact-target", Static).update(self.target().note)
        self._show_problems()

    def action_cancel(self) -> None:
        if not self.saving:
            self.dismiss(None)

    @on(Button.Pressed, "#contact-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#contact-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
