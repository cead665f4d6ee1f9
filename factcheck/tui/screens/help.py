"""Help: a key table generated from the bindings (the same rows as the README's)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from factcheck.models import Verdict
from factcheck.tui.keys import all_key_rows
from factcheck.tui.widgets.verdicts import badge


def legend() -> Content:
    return Content.assemble(
        "Claims are coloured by the machine's verdict: ",
        badge(Verdict.SUPPORTED, words=True),
        ", ",
        badge(Verdict.CONTRADICTED, words=True),
        ", ",
        badge(Verdict.UNVERIFIABLE, words=True),
        ". Your verdict (1/2/3; 0 clears) is shown beside it (→✓), never in its place. "
        "Flagged: contradicted, unverifiable, or overridden by you. "
        "Every change is saved at once. ctrl+p finds any action by name.\n\n"
        "The timeline: ● a contact the claim's reading counted (a digit when several share a column), "
        "○ a contact not counted (disputed, another kind of contact, another day of the same visit, outside the "
        "window), ◆ the contact the claim is about, ━ the window counted, ─ the time around it. "
        "v lists the record's rows behind it with every field; o opens the article's address, or the source of "
        "the evidence row under the cursor.",
    )


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help.close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Static("Keys", classes="dialog-title")
            yield DataTable(id="help-keys", cursor_type="none", zebra_stripes=True)
            yield Static(legend(), id="help-legend")
            yield Static("↑↓ scroll · escape closes", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#help-dialog").focus()
        table = self.query_one(DataTable)
        table.add_column("Keys", width=16)
        table.add_column("Action (as named in the command palette, ctrl+p)")
        for row in all_key_rows():
            table.add_row(Content.styled(row.keys, "bold $text-accent"), row.command)
