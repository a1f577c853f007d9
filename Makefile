# The two commands of the README:
#   make appendix   installs what is needed and produces the 1 March appendix from the shipped data
#   make test       installs what is needed and runs every test: the lint and format checks, the
#                   API references (Python and C++, warnings as errors), Catch2 via ctest (plain,
#                   then under the sanitizers), the installed C++ library with examples/cpp built
#                   against it, the fuzzers, then pytest, which also executes the notebooks
# Everything goes into a virtual environment in .venv; Debian packages come from apt.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    := out
YEAR   ?= 2021
JOBS   ?= 2

# data             regenerates data/handlingsplan.json and its extraction report from data/sources/
.PHONY: data appendix test install system-deps system-deps-test venv lint docs docs-python docs-cpp cpp-test cpp-sanitize cpp-install-check fuzz py-test mutation mutation-cpp clean

appendix: install
	@mkdir -p $(OUT)
	$(BIN)/handlingsplan bilaga --year $(YEAR) --format docx -o $(OUT)/bilaga-$(YEAR).docx
	$(BIN)/handlingsplan bilaga --year $(YEAR) --format html -o $(OUT)/bilaga-$(YEAR).html
	$(BIN)/handlingsplan bilaga --year $(YEAR) --format xlsx -o $(OUT)/bilaga-$(YEAR).xlsx
	@echo "The appendix (Bilaga 1: Förteckning över åtgärder) for $(YEAR) is in:"
	@ls -l $(abspath $(OUT))/bilaga-$(YEAR).*

# The shipped data, from data/sources/ through the library: the 2021 report, then the
# government's activities added to it.
data: install
	$(BIN)/handlingsplan import data/sources/redovisning-2021.txt -o data/handlingsplan.json \
	  --closed-titles data/sources/redovisning-2021.closed-titles.json \
	  --journal data/extraction-report-2021.md
	$(BIN)/python scripts/extract_activities.py

test: system-deps-test install lint docs cpp-test cpp-sanitize cpp-install-check fuzz py-test

system-deps:
	scripts/install-system-deps.sh

system-deps-test:
	scripts/install-system-deps.sh --test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

venv: $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q "scikit-build-core>=0.10" "pybind11>=3.0" "cmake>=3.24" ninja

# Built without isolation so that build/<wheel tag> is reused and only changes recompile.
install: system-deps venv
	$(BIN)/python -m pip install -q --no-build-isolation ".[test]"

cpp-test: venv
	$(BIN)/cmake -S . -B build/tests -G Ninja -DCMAKE_BUILD_TYPE=Debug -DHANDLINGSPLAN_WERROR=ON
	$(BIN)/cmake --build build/tests -j $(JOBS)
	$(BIN)/ctest --test-dir build/tests --output-on-failure -j $(JOBS)

# The C++ tests again, built with AddressSanitizer and UndefinedBehaviorSanitizer (gcc).
cpp-sanitize: venv
	$(BIN)/cmake -S . -B build/sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug -DHANDLINGSPLAN_WERROR=ON \
	  -DHANDLINGSPLAN_SANITIZE=ON
	$(BIN)/cmake --build build/sanitize -j $(JOBS)
	$(BIN)/ctest --test-dir build/sanitize --output-on-failure -j $(JOBS)

# The C++ library as a C++ program uses it: the core alone configured, built and installed into a
# temporary prefix, examples/cpp built against it with find_package(handlingsplan) and run on the
# shipped plan, its output checked; static, then shared (scripts/cpp_install_check.sh).
cpp-install-check: venv
	CMAKE=$(BIN)/cmake JOBS=$(JOBS) scripts/cpp_install_check.sh

# A short run of each libFuzzer target in fuzz/ (clang), FUZZ_SECONDS each; see fuzz/run.sh.
FUZZ_SECONDS ?= 30
fuzz: system-deps-test venv
	$(BIN)/cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHANDLINGSPLAN_WERROR=ON \
	  -DCMAKE_CXX_COMPILER=clang++ -DHANDLINGSPLAN_FUZZ=ON -DBUILD_TESTING=OFF
	$(BIN)/cmake --build build/fuzz -j $(JOBS)
	fuzz/run.sh build/fuzz $(FUZZ_SECONDS)

# The checks of .pre-commit-config.yaml: ruff (lint and format) and clang-format, on every
# tracked source file; and lizard: no function of the Python package above cyclomatic
# complexity 15 (-w prints only the functions above it and fails where there is one).
lint: system-deps-test install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lizard -C 15 -w python/handlingsplan/
	git ls-files -z '*.cpp' '*.hpp' | xargs -0 clang-format --dry-run -Werror

# The API references, warnings as errors: Python's from the docstrings (Sphinx),
# docs/_build/html/index.html; C++'s from the public headers' comments (Doxygen, docs/Doxyfile),
# docs/_build/cpp/html/index.html.
docs: docs-python docs-cpp

docs-python: install
	$(BIN)/python -m sphinx -W --keep-going -q -b html docs docs/_build/html

docs-cpp: system-deps
	@mkdir -p docs/_build/cpp
	HANDLINGSPLAN_VERSION=$$(sed -n 's/^project(handlingsplan VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt) \
	  doxygen docs/Doxyfile

py-test: install
	$(BIN)/python -m pytest

# Mutation testing (too slow for make test; run it on the modules a change touched before
# resolving an issue): MODULES are under python/handlingsplan, TESTS the pytest paths to run,
# e.g. make mutation MODULES="diff.py forms/*" TESTS="tests/python/test_diff.py tests/python/test_forms.py";
# MUTANTS (fnmatch patterns of mutants' names, e.g. "handlingsplan.cli.x__diff__mutmut_*") runs
# a large module in parts, CHILDREN how many mutants at once.
MODULES ?= diff.py
TESTS   ?= tests/python
MUTANTS ?=
CHILDREN ?= 2
mutation: install
	$(BIN)/python -m pip install -q "mutmut>=3.3"
	$(BIN)/python scripts/mutation.py $(MODULES) --tests $(TESTS) --children $(CHILDREN) \
		--mutants $(MUTANTS)

# The same for the C++ core: each mutant of SOURCES (under cpp/src), planted in a copy in
# build/mutation-cpp/tree, rebuilds the Catch2 executables that test it and runs them; e.g.
# make mutation-cpp SOURCES="period.cpp diff.cpp"
SOURCES ?= period.cpp
mutation-cpp: venv
	$(BIN)/python scripts/mutate_cpp.py $(SOURCES)

clean:
	rm -rf build $(OUT)
