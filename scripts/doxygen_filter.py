"""Doxygen's INPUT_FILTER for the public headers (docs/Doxyfile): reads a header and prints it
with its plain comments marked as documentation, so that the headers keep the house's `//`
comments (STYLE.md) and the C++ reference is built from them as they are.

- The comment opening a file (before `#pragma once`) documents the file (`@file`).
- A comment on lines of its own documents what follows it (`///`).
- A comment after a declaration or an enumerator on the same line documents it (`///<`).
- `}  // namespace ...`, clang-format switches and comments inside function bodies stay plain.
- The `std::hash` specialisations after the namespace are left out (`@cond`): Doxygen 1.9 fails
  on a specialisation named with its namespace (`struct std::hash<...>`).

The line count is kept, so Doxygen's warnings name the header's own lines.
Usage: python3 scripts/doxygen_filter.py HEADER
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OWN_LINE = re.compile(r"^(\s*)//(?![/!])\s?(.*)$")
TRAILING = re.compile(r"^(.*[;,])(\s+)//(?![/!<])\s?(.*)$")
PLAIN = re.compile(r"^\s*(//\s*(clang-format|NOLINT)|}\s*//)")


def outside_strings(code: str) -> bool:
    """Whether the end of `code` lies outside string and character literals (a rough count)."""
    return code.count('"') % 2 == 0 and code.count("'") % 2 == 0


def body_depth(line: str, depth: int) -> int:
    """Brace depth inside an inline function's body (0 outside any), updated by `line`."""
    code = line.split("//")[0]
    if depth == 0:
        # A body opens where a line ending a function head (`) {`, `) const noexcept {`) opens.
        if re.search(r"\)[\w\s&]*(->[^{]*)?\{\s*$", code) or re.search(r"\)\s*:\s*\w", code):
            return max(code.count("{") - code.count("}"), 0)
        return 0
    return max(depth + code.count("{") - code.count("}"), 0)


def hide_std_specialisations(lines: list[str]) -> list[str]:
    out = list(lines)
    for i, line in enumerate(out[:-1]):
        if line.strip() == "template <>" and out[i + 1].startswith("struct std::"):
            out[i] = "/** @cond */ " + line
            end = next(j for j in range(i + 1, len(out)) if out[j].startswith("};"))
            out[end] += " /** @endcond */"
    return out


def convert(lines: list[str]) -> list[str]:
    out: list[str] = []
    in_file_comment = True
    depth = 0
    for line in lines:
        own = OWN_LINE.match(line)
        if in_file_comment:
            if own:
                out.append(f"/// {own.group(2)}")
                continue
            in_file_comment = False
            if out:  # at the end of the block's last line, where it takes no file name
                out[-1] += " @file"
        if depth or PLAIN.match(line):
            out.append(line)
        elif own:
            out.append(f"{own.group(1)}/// {own.group(2)}")
        elif (trailing := TRAILING.match(line)) and outside_strings(trailing.group(1)):
            out.append(f"{trailing.group(1)}{trailing.group(2)}///< {trailing.group(3)}")
        else:
            out.append(line)
        depth = body_depth(line, depth)
    return out


def main() -> None:
    text = Path(sys.argv[1]).read_text(encoding="utf-8")
    sys.stdout.write("\n".join(hide_std_specialisations(convert(text.split("\n")))))


if __name__ == "__main__":
    main()
