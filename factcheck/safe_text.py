"""Make article text safe to show in a terminal without moving a single offset (core: the review app,
``check``'s text and Markdown output all use it).

Article text is data: Rich/Textual markup is never parsed (the app builds ``Content`` from plain text),
and every character that could steer the terminal — C0/C1 controls (ESC starts escape sequences), DEL,
bidirectional overrides — is replaced one-for-one by a visible stand-in. The replacement keeps the string's
length, so every claim offset into ``Article.text`` stays valid for display.
"""

from __future__ import annotations

from functools import lru_cache

_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {cp: chr(0x2400 + cp) for cp in range(0x20)}  # ␀ … ␟ (control pictures)
    table[ord("\n")] = "\n"
    table[ord("\t")] = " "
    table[ord("\r")] = " "
    table[0x7F] = "\u2421"  # ␡
    for cp in range(0x80, 0xA0):  # C1 controls, including the 8-bit CSI
        table[cp] = "\ufffd"
    for ch in _BIDI:
        table[ord(ch)] = "\ufffd"
    return table


def display_text(text: str) -> str:
    """``text`` with every control character replaced by one visible character (same length)."""
    return text.translate(_table())


@lru_cache(maxsize=1)
def _stored_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {cp: None for cp in (*range(0x20), 0x7F, *range(0x80, 0xA0))}
    table[ord("\n")] = "\n"
    table[ord("\t")] = "\t"
    for ch in _BIDI:
        table[ord(ch)] = None
    return table


def clean_stored(text: str) -> str:
    """Text typed or pasted by a person, as it is stored: line ends made ``\\n``, every other C0/C1
    control, DEL and bidirectional override removed (an ESC sequence loses its ESC and is left as inert
    characters), so nothing saved can steer a terminal that later shows it."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_stored_table())


def one_line(text: str, width: int) -> str:
    """A display-safe single line of at most ``width`` characters, ellipsised."""
    flat = " ".join(display_text(text).split())
    return flat if len(flat) <= width else flat[: max(0, width - 1)] + "…"


_HTML_UNSAFE_JSON = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def json_for_html(text: str) -> str:
    """JSON text that stays inert inside an HTML ``<script>`` element (ClaimReview JSON-LD is pasted into
    one): ``<``, ``>`` and ``&`` become ``\\u003c`` … so no ``</script>`` or ``<!--`` can end or change the
    element, and U+2028/9 are escaped for JavaScript parsers. Outside strings JSON never holds these
    characters, so the text decodes to exactly the same value."""
    return text.translate(_HTML_UNSAFE_JSON)
