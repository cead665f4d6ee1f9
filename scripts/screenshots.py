"""Regenerate screenshots/*.svg from the real review app on the example article, and the README key table.

    python scripts/screenshots.py          # (make screenshots)

Drives the app built by the same ``make_app`` factory the CLI uses, headless at 120×40, with the review
state in a temporary directory (your own review is never touched) and a frozen clock. The key table in
README.md (between the ``keys:start``/``keys:end`` markers) is rewritten from the bindings.
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "examples/summit-call.txt"
OUT = ROOT / "screenshots"
SIZE = (120, 40)

#: (file name, keys pressed from the previous shot's state, what it shows)
SHOTS: list[tuple[str, list[str], str]] = [
    ("review.svg", [], "the review screen on the example article"),
    # ] to the first flagged claim, 2 confirms it as contradicted (and moves on), [ comes back to it
    (
        "contradicted.svg",
        ["right_square_bracket", "2", "left_square_bracket"],
        "a flagged claim, confirmed contradicted",
    ),
    ("help.svg", ["question_mark"], "help, generated from the bindings"),
    ("export.svg", ["escape", "x"], "the export dialog"),
]


def frozen() -> datetime:
    return datetime(2025, 6, 15, 12, 0, tzinfo=UTC)


async def shoot() -> list[Path]:
    from factcheck.tui.app import make_app
    from factcheck.tui.screens.review import ReviewScreen

    written = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HOME"] = tmp  # the export dialog shows its default folder as ~/reports, the same on every machine
        app = make_app(ARTICLE, state=Path(tmp) / "review.db", clock=frozen)
        async with app.run_test(size=SIZE) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            if not isinstance(app.screen, ReviewScreen):
                raise SystemExit(f"screenshots: the app did not open {ARTICLE}: {app.error}")
            for name, keys, _ in SHOTS:
                await pilot.press(*keys)
                await app.workers.wait_for_complete()
                await pilot.pause()
                written.append(Path(app.save_screenshot(filename=name, path=str(OUT))))
    return written


#: The queue: five articles of our own accuracy set, the first one reviewed, the second begun.
QUEUE_ARTICLES = 5


async def shoot_queue() -> Path:
    import shutil

    from factcheck.queue import articles_in
    from factcheck.tui.app import make_app
    from factcheck.tui.screens.queue import QueueScreen

    source = sorted((ROOT / "tests" / "accuracy" / "articles").glob("*.txt"))[:QUEUE_ARTICLES]
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        for path in source:
            shutil.copyfile(path, inbox / path.name)
        app = make_app(queue=articles_in([str(inbox)]), state=Path(tmp) / "review.db", clock=frozen)
        async with app.run_test(size=SIZE) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("enter")  # the first article: every claim confirmed, one key each
            while not all(m.reviewed for m in app.screen.marks):
                await pilot.press("1")
            await pilot.press("greater_than_sign", "1", "escape")  # the second one begun, back to the queue
            await pilot.press("k")
            await pilot.pause()
            if not isinstance(app.screen, QueueScreen):
                raise SystemExit("screenshots: the queue screen did not come back")
            return Path(app.save_screenshot(filename="queue.svg", path=str(OUT)))


def update_readme() -> bool:
    from factcheck.tui.keys import markdown_key_table

    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    pattern = re.compile(r"(<!-- keys:start -->\n)(?:.*?\n)?(<!-- keys:end -->)", re.S)
    if not pattern.search(text):
        print("screenshots: README.md has no <!-- keys:start --> … <!-- keys:end --> markers; key table not written")
        return False
    new = pattern.sub(lambda m: m.group(1) + markdown_key_table() + "\n" + m.group(2), text)
    if new != text:
        tmp = readme.with_name(f".{readme.name}.tmp")
        tmp.write_text(new, encoding="utf-8")
        os.replace(tmp, readme)
    return True


def main() -> int:
    os.chdir(ROOT)  # the article path (and the export dialog's default path) stay relative
    OUT.mkdir(exist_ok=True)
    for path in [*asyncio.run(shoot()), asyncio.run(shoot_queue())]:
        print(f"wrote {path.relative_to(ROOT)}")
    if update_readme():
        print("README.md key table up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
