"""The command palette: every key's action under its "category: verb" name, plus a few without keys.

Names come from the bindings themselves (``Binding.tooltip``), so the palette cannot drift from the keys.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from factcheck.models import ClaimKind
from factcheck.report import FORMATS
from factcheck.tui.keys import APP_BINDINGS, QUEUE_ARTICLE_BINDINGS, REVIEW_BINDINGS
from factcheck.tui.worklist import Filter

#: Commands that have no key of their own: (palette name, action on the review screen, help).
EXTRA_COMMANDS: list[tuple[str, str, str]] = [
    *[
        (f"filter: show {m.label}", f"set_filter('{m.value}')", f"List {m.label}")
        for m in [*Filter.cycle(), *(Filter.kind(k) for k in ClaimKind)]
    ],
    *[
        (f"export: {'markdown' if f == 'md' else f} report", f"export('{f}')", f"Choose where to write the {f} report")
        for f in FORMATS
    ],
    (
        "record: add contact from any claim",
        "add_contact(True)",
        "The form, prefilled from the claim, whatever its verdict",
    ),
]


class ReviewCommands(Provider):
    """Offers the review screen's and the app's actions."""

    def _commands(self) -> Iterator[tuple[str, str, object, str]]:
        queue = QUEUE_ARTICLE_BINDINGS if getattr(self.app, "queue", None) is not None else []
        for binding in [*REVIEW_BINDINGS, *queue]:
            yield binding.tooltip, binding.action, self.screen, f"key {binding.key_display or binding.key}"
        for name, action, help_text in EXTRA_COMMANDS:
            yield name, action, self.screen, help_text
        for binding in APP_BINDINGS:
            yield binding.tooltip, binding.action, self.app, f"key {binding.key_display or binding.key}"

    def _runner(self, action: str, target: object):  # noqa: ANN202
        return partial(self.app.run_action, action, target)

    async def discover(self) -> Hits:
        for name, action, target, help_text in self._commands():
            yield DiscoveryHit(name, self._runner(action, target), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, target, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), self._runner(action, target), text=name, help=help_text)
