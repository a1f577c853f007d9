#!/usr/bin/env bash
# Installs the Debian packages handlingsplan builds and tests with, skipping those already there.
# Usage: scripts/install-system-deps.sh [--test]   (--test adds what only the tests need)
set -euo pipefail

packages=(g++ make libboost-date-time-dev nlohmann-json3-dev catch2)
# pdftotext reads a report's PDF (hp.import_report); LibreOffice (headless, no GUI) turns the
# Word report into PDF (Report.to_pdf).
packages+=(poppler-utils libreoffice-writer-nogui)
# doxygen builds the C++ API reference from the public headers (`make docs`).
packages+=(doxygen)
# The documents name Calibri and Cambria; LibreOffice sets them in Carlito and Caladea, metrically
# the same, so that Word and the PDF break lines and pages alike (and the PDF embeds them).
packages+=(fonts-crosextra-carlito fonts-crosextra-caladea)
if [[ "${1:-}" == "--test" ]]; then
  # chromium renders the HTML appendix in a real browser for the tests; chromium-driver lets
  # selenium drive it to run axe-core's accessibility checks on the HTML report.
  packages+=(chromium chromium-driver)
  # clang and its runtime libraries (libFuzzer, ASan, UBSan) build the fuzz targets in fuzz/.
  packages+=(clang libclang-rt-14-dev)
  # clang-format checks the C++ sources' layout (.clang-format; `make lint`).
  packages+=(clang-format)
  # LibreOffice Calc (headless) saves the yearly update forms back as an agency would.
  packages+=(libreoffice-calc-nogui)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

sudo=()
if ((EUID != 0)); then
  sudo=(sudo)
fi
echo "Installing Debian packages: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
