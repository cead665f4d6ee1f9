"""Agreement of a blind second annotation with the gold: claims are matched by overlapping quotes (kind
`other` left out), then their verdicts compared.

    python3 tests/accuracy/annotate/agreement.py tests/accuracy/gold.json tests/accuracy/annotate/blind_146_165.json
"""

from __future__ import annotations

import json
import pathlib
import re
import sys

ARTICLES = pathlib.Path(__file__).resolve().parent.parent / "articles"


def spans(text: str, quote: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(quote), text)]


def overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(x < q and p < y for x, y in a for p, q in b)


def main(gold_path: str, blind_path: str) -> None:
    ours = {a["article"]: a for a in json.loads(pathlib.Path(gold_path).read_text(encoding="utf-8"))}
    blind = {a["article"]: a for a in json.loads(pathlib.Path(blind_path).read_text(encoding="utf-8"))}
    names = sorted(set(blind) & set(ours))
    matched = agree = only_ours = only_blind = 0
    notes = []
    for name in names:
        text = (ARTICLES / name).read_text(encoding="utf-8")
        mine = [(c, spans(text, c["quote"])) for c in ours[name]["claims"] if c["kind"] != "other"]
        theirs = [(c, spans(text, c["quote"])) for c in blind[name]["claims"] if c["kind"] != "other"]
        used: set[int] = set()
        for c, sp in mine:
            hit = next((j for j, (_, sq) in enumerate(theirs) if j not in used and overlaps(sp, sq)), None)
            if hit is None:
                only_ours += 1
                notes.append((name, "not in the blind annotation", c["quote"][:70], c["verdict"]))
                continue
            used.add(hit)
            matched += 1
            other = theirs[hit][0]
            if other["verdict"] == c["verdict"]:
                agree += 1
            else:
                notes.append(
                    (name, f"gold {c['verdict']} / blind {other['verdict']}", c["quote"][:70], other["why"][:160])
                )
        only_blind += len(theirs) - len(used)
    print(
        f"articles {len(names)}; claims: gold {matched + only_ours}, blind {matched + only_blind}, matched {matched}; "
        f"verdicts agree on {agree}/{matched} ({agree / max(1, matched):.1%}); only in gold {only_ours}, "
        f"only in blind {only_blind}"
    )
    for note in notes:
        print("  ", *note)


if __name__ == "__main__":
    main(*sys.argv[1:3])
