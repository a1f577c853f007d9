"""scripts/doxygen_filter.py, which lets Doxygen read the public headers' plain comments: what it
marks as documentation, what it leaves alone, and that it keeps every line where it was."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILTER = ROOT / "scripts" / "doxygen_filter.py"
HEADERS = sorted((ROOT / "cpp" / "include" / "handlingsplan").glob("*.hpp"))

HEADER = """\
// What the file holds.
// Its second line.
#pragma once

namespace handlingsplan {

// A kind of thing.
enum class Kind {
    one,  // the first
    two,
};

// A function.
// @throws NotFound for a key it lacks.
int f(int key);
const char* url = "http://example.org";  // a string with // inside
struct S {
    int g() const {
        // inside a body
        return 1;
    }
    int h;  // a field
};

}  // namespace handlingsplan
"""


def run_filter(path: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(FILTER), str(path)], capture_output=True, text=True, check=True
    )
    return result.stdout


def test_marks_comments_as_documentation(tmp_path: Path) -> None:
    header = tmp_path / "x.hpp"
    header.write_text(HEADER, encoding="utf-8")
    out = run_filter(header).split("\n")
    assert out[0] == "/// What the file holds."
    assert out[1] == "/// Its second line. @file"
    assert out[6] == "/// A kind of thing."
    assert out[8] == "    one,  ///< the first"
    assert out[13] == "/// @throws NotFound for a key it lacks."
    assert out[15] == 'const char* url = "http://example.org";  ///< a string with // inside'
    assert out[21] == "    int h;  ///< a field"


def test_leaves_code_bodies_and_closing_comments(tmp_path: Path) -> None:
    header = tmp_path / "x.hpp"
    header.write_text(HEADER, encoding="utf-8")
    out = run_filter(header).split("\n")
    source = HEADER.split("\n")
    for i in (2, 4, 14, 18, 24):  # #pragma, namespace, a declaration, a body, the closing brace
        assert out[i] == source[i]


def test_keeps_every_header_line_where_it_was() -> None:
    for header in HEADERS:
        source = header.read_text(encoding="utf-8").split("\n")
        out = run_filter(header).split("\n")
        assert len(out) == len(source), header.name
        # Code is unchanged but for the markers hiding the std::hash specialisations.
        unmarked = [
            line.replace("/** @cond */ ", "").replace(" /** @endcond */", "") for line in out
        ]
        code = [line for line in source if "//" not in line]
        assert [line for line in unmarked if "//" not in line] == code, header.name
