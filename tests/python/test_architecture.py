"""The shape of the Python package: its imports form a DAG, the facade imports the modules and
never the other way round, and third-party I/O loads at the point of use: an import in a
function body reaches only a module that needs a third-party library (pandas, NumPy, pyarrow,
python-docx, docxtpl, openpyxl, Jinja2, icalendar, matplotlib …), never one that is light, so no
such import dodges a circle; and `import handlingsplan` loads none of those libraries.

The graph is read from the sources with `ast` (every import, at any depth, including those under
``if TYPE_CHECKING:``), so a circle that only type checkers see counts too.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import handlingsplan

PACKAGE = Path(handlingsplan.__file__).resolve().parent
NAME = "handlingsplan"

# The facade: what a user imports. Every other module is below it.
FACADE = {"handlingsplan", "handlingsplan.plan", "handlingsplan.cli", "handlingsplan.__main__"}

# What the plan itself needs: the standard library and the compiled core. Every other
# third-party library loads where it is first used.
HEAVY = {
    "pandas",
    "numpy",
    "pyarrow",
    "docx",
    "docxtpl",
    "openpyxl",
    "jinja2",
    "markupsafe",
    "icalendar",
    "matplotlib",
    "PIL",
    "lxml",
    "duckdb",
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    # The compiled module is a leaf: its stub stands for it (it imports nothing of the package).
    return {module_name(p): p for p in [*PACKAGE.rglob("*.py"), PACKAGE / "_core.pyi"]}


def resolve(module: str, is_package: bool, node: ast.ImportFrom) -> list[str]:
    """The package modules an ``from … import …`` names (a submodule or the module itself)."""
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        target = ".".join([*base, node.module] if node.module else base)
    else:
        target = node.module or ""
    if not target.startswith(NAME):
        return []
    known = modules()
    names = [f"{target}.{alias.name}" for alias in node.names]
    return [n for n in names if n in known] or [target]


def third_party(path: Path) -> set[str]:
    """The heavy third-party libraries `path` imports at its top level (not in a function, not
    only for type checkers)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.add(node.module.split(".")[0])
    return found & HEAVY


def top_level_edges() -> dict[str, set[str]]:
    """The package imports each module makes when it is imported (not those in functions)."""
    known = modules()
    edges: dict[str, set[str]] = {m: set() for m in known}
    for module, path in known.items():
        for target, in_function in imports(module, path, with_type_checking=False):
            if not in_function and target != module and target in known:
                edges[module].add(target)
    return edges


def heavy(module: str) -> bool:
    """Whether importing `module` loads a heavy third-party library (through any module)."""
    known, edges = modules(), top_level_edges()
    seen, todo = set(), [module]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        if third_party(known[current]):
            return True
        todo.extend(edges[current])
    return False


def imports(module: str, path: Path, with_type_checking: bool = True) -> list[tuple[str, bool]]:
    """(imported package module, inside a function) for every import in `path`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if not with_type_checking and _is_type_checking(child):
                continue
            nested = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.ImportFrom):
                found.extend(
                    (t, in_function) for t in resolve(module, path.name == "__init__.py", child)
                )
            elif isinstance(child, ast.Import):
                found.extend((a.name, in_function) for a in child.names if a.name.startswith(NAME))
            visit(child, nested)

    visit(tree, False)
    return found


def _is_type_checking(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Name)
        and node.test.id == "TYPE_CHECKING"
    )


def graph() -> dict[str, set[str]]:
    known = modules()
    edges: dict[str, set[str]] = {m: set() for m in known}
    for module, path in known.items():
        for target, _ in imports(module, path):
            # Importing a subpackage's module runs its __init__ too, but that is no edge of ours.
            if target != module and target in known:
                edges[module].add(target)
    return edges


def cycle(edges: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                return stack[stack.index(target) :] + [target]
            if target not in state and (found := visit(target)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_reader_sees_the_package() -> None:
    edges = graph()
    assert "handlingsplan.plan" in edges and "handlingsplan.render.docx" in edges
    assert "handlingsplan._vocabulary" in edges["handlingsplan.frames"]


def test_the_imports_form_a_dag() -> None:
    assert cycle(graph()) is None


def test_a_cycle_would_be_found() -> None:
    # The checker itself: a graph with a circle is caught.
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


@pytest.mark.parametrize("module", sorted(set(modules()) - FACADE))
def test_no_module_imports_the_facade(module: str) -> None:
    assert not graph()[module] & FACADE, f"{module} imports {sorted(graph()[module] & FACADE)}"


# The facade may defer any import (it does, so that `import handlingsplan` and `--version` load
# only the compiled core): nothing imports the facade, so no circle can hide behind it.
@pytest.mark.parametrize("module", sorted(set(modules()) - FACADE))
def test_an_import_in_a_function_defers_third_party_io_only(module: str) -> None:
    hidden = {t for t, in_function in imports(module, modules()[module]) if in_function}
    light = sorted(t for t in hidden if t in modules() and not heavy(t))
    assert not light, f"{module} imports {light} in a function; they load nothing heavy"


def test_the_checker_tells_heavy_modules_from_light_ones() -> None:
    assert heavy("handlingsplan.frames") and heavy("handlingsplan.render.docx")
    assert heavy("handlingsplan.activities")  # through its calendar (icalendar), frames (pandas)
    assert not heavy("handlingsplan.search") and not heavy("handlingsplan.readers")


def test_import_handlingsplan_loads_no_third_party_io() -> None:
    # In a fresh interpreter: what `import handlingsplan` (and a load) brings in.
    code = (
        "import sys, handlingsplan; handlingsplan.load_default(); "
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        ).stdout.split()
    )
    assert "handlingsplan" in loaded
    assert not loaded & HEAVY, f"import handlingsplan loads {sorted(loaded & HEAVY)}"


def test_import_handlingsplan_loads_the_core_and_no_module_of_the_plan_yet() -> None:
    # The facade's names from Python modules come when first asked for (a fresh interpreter).
    code = (
        "import sys, handlingsplan as hp; before = set(sys.modules); hp.Plan; "
        "print(' '.join(sorted(m for m in before if m.startswith('handlingsplan')))); "
        "print(' '.join(sorted(set(sys.modules) - before)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    at_import, asked = set(out[0].split()), set(out[1].split())
    assert "handlingsplan._core" in at_import
    assert "handlingsplan.plan" not in at_import and "handlingsplan.readers" not in at_import
    assert "handlingsplan.plan" in asked


def test_the_command_line_answers_version_without_the_plans_modules() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from handlingsplan.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):\n"
        "    main(['--version'])\n"
        "print(out.getvalue().strip(), 'handlingsplan.plan' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.split()
    assert out == ["handlingsplan", handlingsplan.__version__, "False"]


def test_the_deferred_names_are_the_modules_own() -> None:
    # Each name the facade defers is the object its module defines, and is then kept.
    import importlib

    for name, module in handlingsplan._DEFERRED.items():
        assert name in handlingsplan.__all__, name
        own = getattr(importlib.import_module(f"handlingsplan.{module}"), name)
        assert getattr(handlingsplan, name) is own
        assert vars(handlingsplan)[name] is own


def test_dir_shows_the_public_names_only() -> None:
    assert dir(handlingsplan) == sorted(handlingsplan.__all__)
    for name in handlingsplan.__all__:
        assert hasattr(handlingsplan, name), name
