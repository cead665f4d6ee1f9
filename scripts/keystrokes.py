"""Count the keys it takes to clear a 20-claim article (every claim given a reviewer verdict), mouse-free.

    python scripts/keystrokes.py

The reviewer agrees with the machine on every claim and presses the verdict key for it (1/2/3), then
whatever moves on to a claim still without a verdict — nothing, now that a verdict moves on by itself (before
the verdict loop, j after each claim: 39 keys for 20 claims). The review state is a temporary file.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def article(claims: int = 20):  # noqa: ANN201
    from factcheck.models import Verdict
    from tui_fixtures import result_for_text

    quotes = [f"they spoke {n + 2} times this year" for n in range(claims)]
    text = "Twenty claims\n\n" + "\n\n".join(f"Officials said {q}, aides added." for q in quotes) + "\n"
    return result_for_text(text, quotes, [list(Verdict)[n % 3] for n in range(claims)])


async def clear(claims: int = 20) -> int:
    from factcheck.models import Verdict
    from factcheck.tui.app import make_app

    result = article(claims)
    key = {Verdict.SUPPORTED: "1", Verdict.CONTRADICTED: "2", Verdict.UNVERIFIABLE: "3"}
    with tempfile.TemporaryDirectory() as tmp:
        app = make_app(result=result, state=Path(tmp) / "review.db")
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            screen = app.screen
            presses = 0
            while any(m.verdict is None for m in screen.marks):
                if screen.marks[screen.current].verdict is not None:
                    await pilot.press("n")  # a claim already judged: on to the next one not reviewed
                else:
                    await pilot.press(key[result.findings[screen.current].verdict])
                presses += 1
                if presses > 10 * claims:
                    raise SystemExit("keystrokes: the loop does not reach every claim")
    return presses


def main() -> int:
    n = asyncio.run(clear())
    print(f"20 claims cleared in {n} keystrokes (before the verdict loop: 39)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
