"""Saved web pages: main text and metadata through trafilatura (imported only when needed)."""

from __future__ import annotations

from datetime import date

import re

from factcheck.errors import InputError

MAX_DEPTH = 200  # element nesting a page may have (lxml's parser gives up near 255)
_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


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
