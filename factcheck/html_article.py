"""Saved web pages: main text and metadata through trafilatura (imported only when needed)."""

from __future__ import annotations

from datetime import date

from factcheck.errors import InputError


def extract_html(html: str, path: str) -> tuple[str, date | None, str, str]:
    """Return (main text, publication date from the page's metadata, canonical URL, title)."""
    import trafilatura

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
