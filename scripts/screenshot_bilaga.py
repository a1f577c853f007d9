#!/usr/bin/env python3
"""Render an HTML file (such as Bilaga.to_html's) to a PNG with headless Chromium, to look at.

    python scripts/screenshot_bilaga.py bilaga.html bilaga.png [--width 1240] [--height 1754]

The default window is an A4 page at 150 dpi, so the picture shows roughly one printed page.
Needs `chromium` (Debian's package) or `chromium-browser` on PATH.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser")
A4_AT_150_DPI = (1240, 1754)
TIMEOUT_SECONDS = 180


def find_chromium() -> str | None:
    """The first Chromium binary on PATH, or None."""
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def screenshot(html: Path, png: Path, width: int, height: int) -> None:
    """Render `html` in a `width` x `height` window and save it as `png`."""
    browser = find_chromium()
    if browser is None:
        raise SystemExit(f"no {' or '.join(BROWSERS)} on PATH: install Debian's chromium")
    # A profile of its own, so a browser the user has open (or a parallel run) does not hold
    # the lock; --no-sandbox because the sandbox cannot start as root, as in containers.
    with tempfile.TemporaryDirectory(prefix="screenshot_bilaga-") as profile:
        command = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            f"--screenshot={png.resolve()}",
            html.resolve().as_uri(),
        ]
        result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    if result.returncode != 0 or not png.is_file():
        raise SystemExit(f"chromium failed ({result.returncode}):\n{result.stderr}")


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and take the screenshot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", type=Path, help="the HTML file to render")
    parser.add_argument("png", type=Path, help="where to write the picture")
    parser.add_argument("--width", type=int, default=A4_AT_150_DPI[0], help="window width, px")
    parser.add_argument("--height", type=int, default=A4_AT_150_DPI[1], help="window height, px")
    args = parser.parse_args(argv)
    if not args.html.is_file():
        parser.error(f"no such HTML file: {args.html}")
    screenshot(args.html, args.png, args.width, args.height)
    print(args.png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
