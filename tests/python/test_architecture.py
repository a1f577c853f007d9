"""The shape of the Python package: its imports form a DAG, the facade imports the modules and
never the other way round, and nothing hides an import in a function body to dodge a circle.

The graph is read from the sources with `ast` (every import, at any depth, including those under
``if TYPE_CHECKING:``), so a circle that only type checkers see counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import handlingsplan

PACKAGE = Path(handlingsplan.__file__).resolve().parent
NAME = "handlingsplan"

# The facade: what a user imports. Every other module is below it.
FACADE = {"handlingsplan", "handlingsplan.plan", "handlingsplan.cli", "handlingsplan.__main__"}

# The one import a function body may hold: matplotlib is heavy and only figures need it, so the
# facade reaches the plots module when a figure is asked for (test_plots checks that
# `import handlingsplan` does not load matplotlib).
LAZY_ALLOWED = {("handlingsplan.plan", "handlingsplan.plots")}


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


def imports(module: str, path: Path) -> list[tuple[str, bool]]:
    """(imported package module, inside a function) for every import in `path`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
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


@pytest.mark.parametrize("module", sorted(modules()))
def test_imports_stand_at_the_top(module: str) -> None:
    hidden = {t for t, in_function in imports(module, modules()[module]) if in_function}
    assert {(module, t) for t in hidden} <= LAZY_ALLOWED


def test_dir_shows_the_public_names_only() -> None:
    assert dir(handlingsplan) == sorted(handlingsplan.__all__)
    for name in handlingsplan.__all__:
        assert hasattr(handlingsplan, name), name
