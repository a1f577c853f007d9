"""Shared set-up of the Python tests: the seed readers (seed_2021, seed_facts_2021) beside the
tests are importable whatever pytest's import mode."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
