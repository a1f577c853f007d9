"""Runs JSONTestSuite files through the library, one line of JSON per case on standard output.

    python json_test_suite_runner.py FILE...

For each file and each way of reading it (see WAYS), a line {"file", "way", "outcome", "where"}:
outcome "loaded" or the name of the exception's class. Before each case, the line
{"file", "way", "start": true}, so that the parent can name the case a crash stopped in.
A helper of tests/python/test_json_test_suite.py, run in a subprocess of its own.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import handlingsplan as hp

MINIMAL = (Path(__file__).resolve().parent.parent / "malformed" / "valid-minimal.json").read_bytes()

# Where a file's bytes go in the valid plan: (what to find, what to put there with {} the bytes).
PLACES: dict[str, tuple[bytes, bytes]] = {
    "title": (b'"title": "Minimal plan"', b'"title": {}'),
    "description": (b'"description": "Beskrivning."', b'"description": {}'),
    "agencies": (b'"agencies": [', b'"agencies": [{},'),
}


def wrapped(data: bytes, place: str) -> bytes:
    find, put = PLACES[place]
    assert MINIMAL.count(find) == 1, place
    return MINIMAL.replace(find, put.replace(b"{}", data))


def read(way: str, data: bytes, folder: Path) -> hp.Plan:
    if way.startswith("from_json"):
        # Text as Python would hold bytes that are not UTF-8: with surrogate escapes.
        return hp.Plan.from_json(data.decode("utf-8", errors="surrogateescape"), "suite")
    path = folder / "case.json"
    path.write_bytes(data)
    return hp.Plan.load(path)


WAYS: dict[str, Callable[[bytes], bytes]] = {
    "load": lambda data: data,
    "from_json": lambda data: data,
    **{f"load in {place}": (lambda data, p=place: wrapped(data, p)) for place in PLACES},
    **{f"from_json in {place}": (lambda data, p=place: wrapped(data, p)) for place in PLACES},
}


def main(files: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name in files:
            data = Path(name).read_bytes()
            for way, make in WAYS.items():
                print(json.dumps({"file": Path(name).name, "way": way, "start": True}), flush=True)
                result: dict[str, object] = {"file": Path(name).name, "way": way}
                try:
                    plan = read(way, make(data), Path(folder))
                    text = plan.to_json()
                    again = hp.Plan.from_json(text)
                    result.update(outcome="loaded", round_trip=again.to_json() == text)
                except hp.DataError as error:
                    result.update(outcome="DataError", where=error.where)
                except Exception as error:  # noqa: BLE001 - reported to the parent, which fails
                    result.update(outcome=type(error).__name__, message=str(error)[:300])
                print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
