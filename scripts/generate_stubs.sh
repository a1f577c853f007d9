#!/usr/bin/env bash
# Regenerates python/handlingsplan/_core.pyi from the installed compiled module, so that the
# stubs never drift from the bindings (tests/python/test_stubs.py checks them with stubtest).
# Usage: scripts/generate_stubs.sh [python]   (default: the python3 on PATH; needs
# the dev extra, `pip install --no-build-isolation ".[dev]"`, and the package installed)
set -euo pipefail
python=${1:-python3}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$python" -m pybind11_stubgen handlingsplan._core --numpy-array-remove-parameters -o "$out"
# The exception classes are named handlingsplan.X (how users see them), so stubgen takes them
# for imports; they are defined by hand in scripts/stubs/errors.pyi instead.
sed -e '/^from handlingsplan import /d' "$out/handlingsplan/_core.pyi" |
  cat - "$root/scripts/stubs/errors.pyi" > "$root/python/handlingsplan/_core.pyi"
echo "wrote python/handlingsplan/_core.pyi"
