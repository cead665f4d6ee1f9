"""Reading articles: datelines, encodings and bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.article import from_text, load_article
from factcheck.errors import InputError


def write(tmp_path: Path, data: bytes | str, name: str = "a.txt") -> str:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(p)


def test_dateline_on_its_own_line(tmp_path: Path) -> None:
    a = load_article(write(tmp_path, "date 2025-03-18\n\nThe leaders spoke.\n"))
    assert a.published == date(2025, 3, 18)
    assert a.text[a.body_start :].startswith("The leaders")
    assert a.title == "The leaders spoke."


def test_dateline_with_url_and_body_on_same_line(tmp_path: Path) -> None:
    a = load_article(write(tmp_path, "  date 2025-07-03 https://example.org/x Putin and Trump spoke."))
    assert a.published == date(2025, 7, 3)
    assert a.url == "https://example.org/x"
    assert a.source == "example.org"
    assert a.text[a.body_start :] == "Putin and Trump spoke."


def test_date_option_wins_over_dateline(tmp_path: Path) -> None:
    a = load_article(write(tmp_path, "date 2025-07-03\nText."), "2024-01-02")
    assert a.published == date(2024, 1, 2)


def test_no_dateline_means_unknown_date(tmp_path: Path) -> None:
    assert load_article(write(tmp_path, "Putin and Trump spoke on Thursday.")).published is None


def test_language_is_detected() -> None:
    assert from_text("Путин и Трамп провели телефонный разговор.").language == "ru"
    assert from_text("Putin and Trump held a phone call.").language == "en"


def test_utf16_with_bom_and_crlf(tmp_path: Path) -> None:
    text = "date 2025-03-18\r\n\r\nThe leaders spoke.\r\n"
    a = load_article(write(tmp_path, text.encode("utf-16")))
    assert a.published == date(2025, 3, 18)
    assert "\r\n" in a.text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty article"),
        (b"   \n\n", "empty article"),
        (b"\x00\x01\x02binary\x00", "binary file"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        (b"date 2025-02-30\n\nText.", "does not exist"),
    ],
)
def test_bad_input_is_one_line_error(tmp_path: Path, content: bytes, message: str) -> None:
    with pytest.raises(InputError) as err:
        load_article(write(tmp_path, content))
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_article(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        load_article(str(tmp_path))


def test_bad_date_option(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        load_article(write(tmp_path, "Text."), "18/03/2025")


FIXTURES = Path(__file__).parent / "fixtures"


def test_saved_web_page_is_read_through_its_main_text() -> None:
    a = load_article(str(FIXTURES / "saved-page.html"))
    assert a.published == date(2025, 7, 3)  # from the page's metadata
    assert a.url == "https://news.example.org/2025/07/03/putin-trump-call"
    assert "held a telephone conversation on Thursday" in a.text
    assert "tracking" not in a.text and "Subscribe" not in a.text  # scripts and boilerplate dropped


def test_saved_web_page_claims_index_the_extracted_text(record) -> None:
    from factcheck.check import check_article

    a = load_article(str(FIXTURES / "saved-page.html"))
    result = check_article(a, record)
    assert [f.verdict.value for f in result.findings] == ["supported"] * 4
    for f in result.findings:
        assert a.text[f.claim.start : f.claim.end] == f.claim.quote


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no article text"):
        load_article(write(tmp_path, "<html><body><script>x()</script></body></html>", "empty.html"))
