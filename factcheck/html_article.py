"""Saved web pages: main text and metadata through trafilatura (imported only when needed)."""

from __future__ import annotations

import functools
import re
from datetime import date

from factcheck.errors import InputError

MAX_DEPTH = 200  # element nesting a page may have (lxml's parser gives up near 255)
_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())

MAX_ATTRIBUTES = 100  # attributes per tag the parser is given (libxml2 checks each against all before it)
_WS = "\t\n\f\r "
# where the HTML tokenizer may leave its data state: a tag (start or end), a comment, a bogus comment
_MARKUP = re.compile(r"<(?:(/?)([A-Za-z][^\t\n\f\r />]*)|(!--)|[!?/])")
# one attribute as the HTML5 tokenizer reads it, and a tag's attributes up to its closing > (atomic
# groups and possessive repeats: no backtracking, one pass)
_ATTRIBUTE_RE = (
    rf"""(?>[{_WS}/]*)(?>[^{_WS}/>][^{_WS}/>=]*)(?>[{_WS}]*=[{_WS}]*(?>"[^"]*"|'[^']*'|[^{_WS}>"'][^{_WS}>]*|))?"""
)
_ATTRIBUTE = re.compile(_ATTRIBUTE_RE)
_TAG_REST = re.compile(rf"(?:{_ATTRIBUTE_RE})*+(?>[{_WS}/]*)>")
_COMMENT_END = re.compile(r"-->|--!>")
# elements whose content is text, not markup, up to their end tag
_RAWTEXT = frozenset("script style textarea title xmp iframe noembed noframes".split())


@functools.cache
def _rawtext_end(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{re.escape(name)}[{_WS}/>]", re.IGNORECASE)


def cap_attributes(html: str, limit: int = MAX_ATTRIBUTES) -> tuple[str, int]:
    """``html`` with every tag cut to its first ``limit`` attributes, and how many tags were cut.

    One linear pass that reads tags, comments and raw-text elements as the HTML5 tokenizer does (which
    libxml2 follows); a page whose tags all have at most ``limit`` attributes is returned unchanged."""
    out: list[str] = []
    done = 0  # html[:done] is in ``out``
    cut = 0
    pos = 0
    n = len(html)
    while True:
        m = _MARKUP.search(html, pos)
        if m is None:
            break
        if m.group(3):  # a comment: up to -->, or straight out for <!--> and <!--->
            if html.startswith((">", "->"), m.end()):
                pos = html.index(">", m.end()) + 1
                continue
            e = _COMMENT_END.search(html, m.end())
            pos = e.end() if e else n
            continue
        if m.group(2) is None:  # <!doctype, <?pi, </3: a bogus comment up to the next >
            gt = html.find(">", m.end())
            pos = gt + 1 if gt >= 0 else n
            continue
        # a tag: find its closing >; count its attributes only when it is long enough to have too many
        rest = _TAG_REST.match(html, m.end())
        if rest is None:  # the page ends inside the tag: the tokenizer drops it
            break
        closed = rest.end()
        if closed - m.end() > 2 * limit:  # every attribute but the last takes at least two characters
            for k, a in enumerate(_ATTRIBUTE.finditer(html, m.end(), closed - 1)):
                if k == limit:
                    out.append(html[done : a.start()])
                    out.append(">")
                    done = closed
                    cut += 1
                    break
        pos = closed
        name = m.group(2).lower()
        if not m.group(1) and name in _RAWTEXT:
            e = _rawtext_end(name).search(html, pos)
            pos = e.start() if e else n
    if not cut:
        return html, 0
    out.append(html[done:])
    return "".join(out), cut


def nesting_depth(html: str) -> int:
    """The deepest element nesting in ``html``, by one linear scan of its tags (void and self-closed
    elements do not nest; a closing tag closes back to its opening one, as a browser would)."""
    stack: list[str] = []
    deepest = 0
    for m in _TAG.finditer(html):
        closing, name, selfclosed = m.group(1), m.group(2).lower(), m.group(3)
        if closing:
            if name in stack:
                while stack and stack.pop() != name:
                    pass
        elif name not in _VOID and not selfclosed:
            stack.append(name)
            deepest = max(deepest, len(stack))
    return deepest


def extract_html(html: str, path: str) -> tuple[str, date | None, str, str]:
    """Return (main text, publication date from the page's metadata, canonical URL, title)."""
    import trafilatura

    depth = nesting_depth(html)
    if depth > MAX_DEPTH:
        # lxml stops building the tree at about 255 levels and trafilatura then drops what lies deeper:
        # say so, rather than check part of the page as if it were all of it
        raise InputError(
            f"{path}: the page could not be read: elements nested {depth} deep (the parser reads"
            f" at most {MAX_DEPTH}); save the article as text and check that"
        )
    # libxml2 checks each attribute of a tag against every one before it (time quadratic in a tag's
    # attributes: 40,000 on one tag took 14 s): no page needs more than a hundred on one tag
    html, _ = cap_attributes(html)
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError(f"{path}: no article text found in the HTML page")
    # not htmldate's extensive search: it sends free text to dateparser in every language (over a second
    # on some strings) and takes a date from the body for the publication date
    meta = trafilatura.extract_metadata(html, extensive=False)
    published: date | None = None
    url = title = ""
    if meta is not None:
        url = meta.url or ""
        title = meta.title or ""
        if meta.date:
            from factcheck.article import in_supported_range

            try:
                published = date.fromisoformat(meta.date[:10])
            except ValueError:
                published = None
            if published is not None and not in_supported_range(published):
                published = None  # a page's metadata is a hint, not a statement: an absurd one is ignored
    return text, published, url, title
