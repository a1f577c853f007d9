"""readers/pdf.py on words and outputs built in the test: the words of a PDF's pages set into
lines and paragraphs (`words_to_text`), a running header and footer, a paragraph running on
overleaf, pdftotext's output read, and its refusals (missing, timed out, failing)."""

from __future__ import annotations

import errno
import subprocess
from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan.readers import pdf
from handlingsplan.readers.pdf import Word, is_pdf, page_texts, pdf_text, words_to_text


def word(x0: float, y0: float, x1: float, text: str, height: float = 10) -> Word:
    return Word(x0, y0, x1, y0 + height, text)


def test_words_are_set_into_lines_and_paragraphs() -> None:
    page = [
        word(10, 100, 40, "Ett"),
        word(45, 100, 80, "stycke"),  # 5 to the right: a space
        word(10, 112, 50, "fortsätter"),  # 12 below (at most 12.5): the same paragraph
        word(50.5, 112, 60, "."),  # 0.5 to the right: no space
        word(10, 125, 40, "Nytt"),  # 13 below: a new paragraph
        word(10, 90, 40, "Upp"),  # above: a new cell
        word(5, 90, 9, "v"),  # on the level, to the left: a line of its own
    ]
    assert words_to_text([page]) == "\fEtt stycke\nfortsätter.\n\nNytt\n\nUpp\nv\n"


def test_the_limits_of_a_line_and_a_space() -> None:
    page = [
        word(10, 100, 40, "a"),
        word(41.1, 102.9, 50, "b"),  # 1.1 right, 2.9 lower: the same line, a space
        word(51, 100, 60, "c"),  # 1.0 right: no space
        word(59.6, 100, 70, "d"),  # 0.4 back: still the same line
        word(69, 100, 80, "e"),  # 1 back: a new line, 0 below
        word(10, 103, 20, "f"),  # 3 below: a new line
    ]
    assert words_to_text([page]) == "\fa bcd\ne\nf\n"
    # A word's height below 1 counts as 1.
    flat = [
        word(10, 100, 20, "a", 0.5),
        word(21.2, 100, 30, "b", 0.5),
        word(10, 101.3, 20, "c", 0.5),
    ]
    assert words_to_text([flat]) == "\fa b\n\nc\n"


def page_of(*lines: tuple[float, float, float, str], footer: str | None = None) -> list[Word]:
    """A page under the header "Planen": lines (x0, y0, x1, text) and a footer at the bottom."""
    words = [word(10, 20, 60, "Planen")] + [word(x0, y0, x1, t) for x0, y0, x1, t in lines]
    if footer is not None:
        words.append(word(90, 800, 150, footer))
    return words


def test_a_paragraph_not_ending_a_sentence_runs_on_under_the_next_pages_header() -> None:
    first = page_of(
        (10, 100, 200, "Första raden som är lång"),
        (10, 112, 80, "slutar inte"),
        footer="Sida 1 av 2",
    )
    second = page_of((10, 100, 90, "fortsätter här."), footer="Sida 2 av 2")
    assert words_to_text([first, second]) == (
        "\fPlanen\n\nFörsta raden som är lång\nslutar inte\n\fPlanen\nfortsätter här.\n"
    )


@pytest.mark.parametrize(
    ("last", "runs_on"),
    [
        ((10, 112, 80, "slutar kort."), False),
        ((10, 112, 181, "slutar långt."), True),  # to the right margin (within 10 %)
        ((10, 112, 180, "slutar nästan."), False),
        ((19.5, 112, 80, "slutar inte"), True),  # at the left margin (within 5 %)
        ((20, 112, 80, "slutar inte"), False),
        ((10, 112, 80, "slutar med parentes)"), False),
        ((10, 112, 80, "slutar med kolon:"), False),
        ((10, 112, 80, "slutar med citat”"), False),
        ((10, 112, 80, "slutar!"), False),
        ((10, 112, 80, "slutar?"), False),
    ],
)
def test_where_a_pages_last_paragraph_runs_on(
    last: tuple[float, float, float, str], runs_on: bool
) -> None:
    first = page_of((10, 100, 200, "Första raden som är lång"), last)
    second = page_of((10, 100, 90, "Nästa."))
    text = words_to_text([first, second])
    assert text.endswith("\fPlanen\nNästa.\n" if runs_on else "\fPlanen\n\nNästa.\n"), text


def test_a_header_is_the_first_line_of_at_least_half_the_pages() -> None:
    def page(first: str) -> list[Word]:
        return [
            word(10, 20, 60, first),
            word(10, 100, 200, "Lång rad."),
            word(10, 112, 60, "Text."),
        ]

    body = "Lång rad.\nText.\n"
    pages = [page(t) for t in ("A", "B", "A")]
    assert words_to_text(pages) == f"\fA\n\n{body}\n\fB\n\n{body}\fA\n\n{body}"
    pages = [page(t) for t in ("A", "B", "C")]
    assert words_to_text(pages) == f"\fA\n\n{body}\n\fB\n\n{body}\n\fC\n\n{body}"
    # One page: no header.
    assert words_to_text([page("A")]) == f"\fA\n\n{body}"
    # An empty page counts for neither.
    assert words_to_text([page("A"), [], page("A")]) == f"\fA\n\n{body}\fA\n\n{body}"


def test_of_two_lines_as_common_the_first_pages_is_the_header_or_footer() -> None:
    # Each page's first and last line differ: the first page's are taken, whatever the run.
    pages = [
        [word(10, 20, 60, first), word(10, 100, 200, "Lång rad."), word(10, 112, 60, "Text.")]
        + [word(90, 800, 150, last)]
        for first, last in (("A", "Sida 1"), ("B", "Slut"))
    ]
    assert words_to_text(pages) == "\fA\n\nLång rad.\nText.\n\n\fB\n\nLång rad.\nText.\n\nSlut\n"


def test_a_running_footer_differs_in_its_numbers_only() -> None:
    pages = [
        page_of((10, 100, 90, "Text.")) + [word(90, 800, 150, f"Sida {n} av 3")] for n in (1, 2, 3)
    ]
    assert "Sida" not in words_to_text(pages)
    # Without numbers it is text; on fewer than half the pages, too.
    pages = [page_of((10, 100, 90, "Text.")) + [word(90, 800, 150, "Slut")] for _ in range(2)]
    assert words_to_text(pages).count("Slut") == 2
    pages = [
        page_of((10, 100, 90, "Text.")) + [word(90, 800, 150, t)] for t in ("Sida 1", "Ett", "Två")
    ]
    assert "Sida 1" in words_to_text(pages)
    assert "Sida 1" in words_to_text([pages[0]])
    # Half of them is enough.
    pages = [page_of((10, 100, 90, "Text.")) + [word(90, 800, 150, t)] for t in ("Sida 1", "Ett")]
    assert "Sida 1" not in words_to_text(pages) and "Ett" in words_to_text(pages)


def test_a_pdfs_text_is_read_from_pdftotexts_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[list[str]] = []

    def fake(path: Path, options: list[str]) -> str:
        asked.append(options)
        return (
            '<page width="595" height="842">\n'
            '<word xMin="10" yMin="20" xMax="40" yMax="30">H</word>\n'
            '<word xMin="10.0" yMin="100.0" xMax="40.0" yMax="110.0">A&amp;B</word>\n'
            '<word xMin="45.5" yMin="100.0" xMax="60.0" yMax="110.0">C</word>\n'
            "</page>\n"
            '<page width="595" height="842">\n'
            '<word xMin="10" yMin="20" xMax="40" yMax="30">H</word>\n'
            '<word xMin="10" yMin="100" xMax="40" yMax="110">D</word>\n'
            "</page>"
        )

    monkeypatch.setattr(pdf, "_pdftotext", fake)
    # "H" heads both pages; the first page's one line is full: it runs on.
    assert pdf_text(Path("r.pdf")) == "\fH\n\nA&B C\n\fH\nD\n"
    assert asked == [["-raw", "-bbox"]]


def test_page_texts_are_split_at_form_feeds(monkeypatch: pytest.MonkeyPatch) -> None:
    for output, expected in (
        ("a\fb\f", ["a", "b"]),
        ("a\fb\f \n", ["a", "b"]),
        ("a\fb", ["a", "b"]),
        ("a\f\fb\f", ["a", "", "b"]),
        ("", []),
    ):
        monkeypatch.setattr(pdf, "_pdftotext", lambda path, options, o=output: o)
        assert page_texts(Path("r.pdf")) == expected, output


def test_a_pdf_begins_as_one(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    assert is_pdf(path)
    path.write_bytes(b"%PDF")
    assert not is_pdf(path)
    path.write_bytes(b"x%PDF-")
    assert not is_pdf(path)
    with pytest.raises(hp.FileError) as raised:
        is_pdf(tmp_path / "saknas.pdf")
    assert raised.value.errno == errno.ENOENT
    assert raised.value.filename == str(tmp_path / "saknas.pdf")
    assert raised.value.strerror


def test_pdftotext_missing_is_refused_in_both_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    with pytest.raises(hp.FileError) as raised:
        pdf.page_texts(Path("r.pdf"))
    error = raised.value
    assert (error.errno, error.filename) == (errno.ENOENT, "r.pdf")
    assert error.strerror == (
        "pdftotext (poppler-utils) is not installed; scripts/install-system-deps.sh installs it"
    )
    assert error.swedish_problem == (
        "pdftotext (poppler-utils) är inte installerat; scripts/install-system-deps.sh "
        "installerar det"
    )


def test_pdftotext_is_run_with_a_time_and_memory_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[list[str], float, int | None]] = []

    def timed_out(command: list[str], *, timeout: float, memory: int | None = None) -> None:
        calls.append((command, timeout, memory))
        raise subprocess.TimeoutExpired(command, timeout)

    monkeypatch.setattr(pdf.shutil, "which", lambda name: "/bin/pdftotext-här")
    monkeypatch.setattr(pdf, "run", timed_out)
    with pytest.raises(hp.FileError) as raised:
        pdf.pdf_text(Path("r.pdf"))
    error = raised.value
    assert (error.errno, error.filename) == (errno.ETIMEDOUT, "r.pdf")
    assert error.strerror == "pdftotext took more than 120 s"
    assert error.swedish_problem == "pdftotext tog mer än 120 s"
    ((command, timeout, memory),) = calls
    assert command[:3] == ["/bin/pdftotext-här", "-enc", "UTF-8"]
    assert command[3:5] == ["-raw", "-bbox"] and command[-1] == "-"
    assert command[-2].endswith("r.pdf")
    assert (timeout, memory) == (120, 512 * 1024 * 1024)


def test_pdftotext_failing_is_refused_with_what_it_wrote(monkeypatch: pytest.MonkeyPatch) -> None:
    def failed(stderr: bytes) -> object:
        return lambda command, **bounds: subprocess.CompletedProcess(command, 3, b"", stderr)

    monkeypatch.setattr(pdf.shutil, "which", lambda name: "pdftotext")
    monkeypatch.setattr(pdf, "run", failed(b"Syntax Error: bad \xff\n"))
    with pytest.raises(hp.FileError) as raised:
        pdf.page_texts(Path("r.pdf"))
    assert (raised.value.errno, raised.value.filename) == (errno.EIO, "r.pdf")
    assert raised.value.strerror == "pdftotext cannot read the file: Syntax Error: bad \ufffd"
    assert raised.value.swedish_problem == (
        "pdftotext kan inte läsa filen; pdftotext skriver: “Syntax Error: bad \ufffd”"
    )
    monkeypatch.setattr(pdf, "run", failed(b"  "))
    with pytest.raises(hp.FileError) as raised:
        pdf.page_texts(Path("r.pdf"))
    assert raised.value.strerror == "pdftotext cannot read the file: exit 3"
    ok = subprocess.CompletedProcess(["pdftotext"], 0, b"sida\f" + b"\xff", b"")
    monkeypatch.setattr(pdf, "run", lambda command, **bounds: ok)
    assert pdf.page_texts(Path("r.pdf")) == ["sida", "\ufffd"]


def test_the_limits_between_lines_and_paragraphs() -> None:
    page = [
        word(10, 100, 20, "a"),
        word(21.2, 103, 30, "b"),  # 3 lower (0.3 of a line): a new line, no new paragraph
        word(29.5, 103, 40, "c"),  # 0.5 back from b's end: still b's line
        word(41.2, 108, 50, "d"),  # 5 lower: a new line
        word(10, 105, 20, "e"),  # 3 up: no new paragraph
        word(22, 104, 30, "f"),  # 1 up, to the right: the same line
        word(10, 103, 20, "g"),  # back to the left, 2 up: a new line, no new paragraph
        word(10, 115.5, 20, "h"),  # 12.5 lower: no new paragraph
        word(10, 110.5, 20, "i"),  # 5 up: a new paragraph
    ]
    assert words_to_text([page]) == "\fa\nbc\nd\ne f\ng\nh\n\ni\n"


def test_a_flat_words_height_counts_as_one() -> None:
    flat = [
        word(10, 100, 20, "a", 0.5),
        word(20.15, 100, 30, "b", 0.5),  # 0.15 apart: a space (more than 0.1 of 1)
        word(31, 100.5, 40, "c", 0.5),  # 0.5 lower: a new line (0.3 of 1)
    ]
    assert words_to_text([flat]) == "\fa b\nc\n"


def pages_headed(*firsts: str) -> list[list[Word]]:
    return [
        [word(10, 20, 60, t), word(10, 100, 200, "Lång rad."), word(10, 112, 60, "Text.")]
        for t in firsts
    ]


def test_a_header_on_half_the_pages_counts_and_on_fewer_does_not() -> None:
    body = "Lång rad.\nText.\n"
    # On 2 of 4 pages: a header (no empty line before it on the third page).
    assert words_to_text(pages_headed("A", "B", "A", "C")) == (
        f"\fA\n\n{body}\n\fB\n\n{body}\fA\n\n{body}\n\fC\n\n{body}"
    )
    # On 2 of 5: none (an empty line before each page's first line).
    assert words_to_text(pages_headed("A", "B", "C", "D", "A")).endswith(f"{body}\n\fA\n\n{body}")


def test_the_header_line_does_not_count_for_the_margins_of_the_page() -> None:
    def page(last: str) -> list[Word]:
        return [
            word(10, 20, 300, "Planen"),
            word(10, 100, 200, "Lång rad."),
            word(10, 112, 185, last),
        ]

    # The last line reaches the body's right margin (200, not the header's 300): it runs on.
    assert words_to_text([page("slutar."), page("Nästa.")]).startswith(
        "\fPlanen\n\nLång rad.\nslutar.\n\fPlanen\nLång rad."
    )


def test_a_line_like_the_header_within_a_page_is_text() -> None:
    page = [word(10, 20, 60, "Planen"), word(10, 100, 60, "Planen"), word(10, 112, 60, "Text.")]
    assert words_to_text([page, page]) == "\fPlanen\n\nPlanen\nText.\n\fPlanen\nPlanen\nText.\n"


def test_pdftotext_is_looked_for_by_its_name(monkeypatch: pytest.MonkeyPatch) -> None:
    looked: list[str] = []

    def which(name: str) -> str | None:
        looked.append(name)
        return None

    monkeypatch.setattr(pdf.shutil, "which", which)
    with pytest.raises(hp.FileError):
        pdf.page_texts(Path("r.pdf"))
    assert looked == ["pdftotext"]
