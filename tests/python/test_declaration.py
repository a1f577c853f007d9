"""The model's declaration in the core (`_core.entities`, `_core.measure_column_declarations`)
against every surface derived from it or held to it: the JSON the writer gives, the frames'
columns, the Arrow schemas, the binding's constructors and `Measure.replace`, the stub,
data/FORMAT.md and the JSON Schema. Equality covers every declared field.
"""

from __future__ import annotations

import ast
import json
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

import handlingsplan as hp
from handlingsplan import _core, columnar, frames

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "data" / "handlingsplan.schema.json").read_text(encoding="utf-8"))
FORMAT = (ROOT / "data" / "FORMAT.md").read_text(encoding="utf-8")
STUB = ast.parse((ROOT / "python" / "handlingsplan" / "_core.pyi").read_text(encoding="utf-8"))

ENTITIES = {entity.name: entity for entity in _core.entities()}
COLUMNS = _core.measure_column_declarations()
ROLE_COLUMNS = _core.agency_role_column_declarations()
JSON_TYPES = {str: "string", int: "integer", bool: "boolean", dict: "object", list: "array"}


def top_keys(entity: _core.EntityDeclaration) -> list[str]:
    """The entity's keys in its own object, in order ("appendix.title" is under "appendix")."""
    return list(dict.fromkeys(field.key.split(".")[0] for field in entity.fields))


def parents() -> dict[str, str]:
    """Each entity but the plan, by the entity whose field holds it."""
    return {
        field.of: entity.name for entity in ENTITIES.values() for field in entity.fields if field.of
    }


# The JSON the writer gives ----------------------------------------------------------------


@cache
def written_plan() -> dict[str, Any]:
    """The shipped plan with a report reopened, a change with every part of a source, and a form
    entry, so that every entity the writer writes is written at least once, saved as JSON."""
    plan = hp.load_default()
    report = plan.report(2021)
    report.reopen("Rättelse av en sida.", on=date(2021, 4, 6))
    source = _core.ChangeSource(
        agency="MSB",
        file="MSB.txt",
        line=3,
        read=date(2021, 4, 6),
        comment="Ny sida.",
    )
    measure = next(iter(report))
    report.update(measure.id, page=(measure.page or 1) + 1, source=source, note="Sidan rättad.")
    report.update(
        measure.id,
        title=measure.title + " (rättad)",
        source=_core.ChangeSource(agency="MSB", file="MSB.xlsx", sheet="Åtgärder", cell="C3"),
    )
    report.record_form(
        _core.FormEntry("MSB", _core.FormEvent.answered, "MSB.xlsx", date(2021, 4, 6))
    )
    return json.loads(plan.to_json())


def json_type(value: Any) -> str:
    return JSON_TYPES[type(value)]


def walk(value: dict[str, Any], entity: _core.EntityDeclaration, seen: set[str], path: str) -> None:
    """Checks one object the writer wrote against its entity, and the objects below it."""
    seen.add(entity.name)
    fields = {field.key: field for field in entity.fields}
    written = []
    for key, item in value.items():
        nested = [k for k in fields if k.startswith(key + ".")]
        if nested:
            assert isinstance(item, dict), f"{path}/{key}"
            written += [f"{key}.{sub}" for sub in item]
            pairs = [(f"{key}.{sub}", v) for sub, v in item.items()]
        else:
            written.append(key)
            pairs = [(key, item)]
        for name, v in pairs:
            assert name in fields, f"{path}/{name}: not declared for {entity.name}"
            field = fields[name]
            if v is None:
                assert field.nullable, f"{path}/{name} is null"
            else:
                assert json_type(v) == field.json_type, f"{path}/{name}"
            if field.of and isinstance(v, dict):
                walk(v, ENTITIES[field.of], seen, f"{path}/{name}")
            elif field.of and isinstance(v, list):
                for i, element in enumerate(v):
                    walk(element, ENTITIES[field.of], seen, f"{path}/{name}/{i}")
    required = [field.key for field in entity.fields if field.required]
    assert set(required) <= set(written), f"{path}: {entity.name} without {required}"
    order = [field.key for field in entity.fields]
    assert written == sorted(written, key=order.index), f"{path}: keys out of declared order"


def test_the_writer_writes_the_declared_keys_in_order() -> None:
    seen: set[str] = set()
    walk(written_plan(), ENTITIES["plan"], seen, "")
    # Every entity is written but those the shipped plan has none of: agencies of an
    # assignment page, and words of its own (the 2019–2022 plan's are the defaults).
    assert set(ENTITIES) - seen == {
        "activity_agency",
        "plan_words",
        "level_words",
        "appendix_words",
    }


def objects_of(value: dict[str, Any], entity: str, path: tuple[Any, ...] = ()) -> Any:
    """(entity, path) of every object of the written plan, the plan first."""
    yield entity, path
    fields = {field.key.split(".")[0]: field for field in ENTITIES[entity].fields}
    for key, item in value.items():
        field = fields[key]
        if not field.of:
            continue
        if isinstance(item, dict):
            yield from objects_of(item, field.of, (*path, key))
        elif isinstance(item, list):
            for i, element in enumerate(item):
                yield from objects_of(element, field.of, (*path, key, i))


# Objects whose keys follow their content: a status's kind, a chapter block's kind.
_BY_CONTENT = {"status", "chapter_block"}


def test_the_reader_expects_the_declared_keys() -> None:
    """An unknown key in an object of each entity the writer writes is refused, naming as the
    allowed keys the entity's declared ones (the reader's keys are derived, not spelled)."""
    written = written_plan()
    first: dict[str, tuple[Any, ...]] = {}
    for entity, path in objects_of(written, "plan"):
        first.setdefault(entity, path)
    assert len(first) >= 18
    for entity, path in first.items():
        document = json.loads(json.dumps(written))
        target: Any = document
        for step in path:
            target = target[step]
        target["okänd_nyckel"] = 1
        with pytest.raises(hp.errors.DataError) as raised:
            hp.Plan.from_json(json.dumps(document, ensure_ascii=False))
        listed = set(re.findall(r'"([^"]+)"', str(raised.value).split("expected only", 1)[1]))
        declared = set(top_keys(ENTITIES[entity]))
        if entity in _BY_CONTENT:
            assert listed <= declared and listed, entity
        else:
            assert listed == declared, entity


def test_every_entity_is_reached_from_the_plan() -> None:
    assert set(parents()) == set(ENTITIES) - {"plan"}
    assert next(iter(ENTITIES)) == "plan"


# The JSON Schema --------------------------------------------------------------------------


def node_ref(ref: str) -> dict[str, Any]:
    node: Any = SCHEMA
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def objects(node: dict[str, Any]) -> list[dict[str, Any]]:
    """The object schemas a value may follow: an array's items, each branch of a oneOf."""
    while "$ref" in node:
        node = node_ref(node["$ref"])
    if node.get("type") == "array":
        return objects(node["items"])
    if "properties" in node:
        return [node]
    branches = node.get("oneOf", node.get("anyOf", []))
    return [schema for branch in branches for schema in objects(branch)]


def check_schema(entity: _core.EntityDeclaration, schemas: list[dict[str, Any]]) -> None:
    properties = {key: value for schema in schemas for key, value in schema["properties"].items()}
    assert set(properties) == set(top_keys(entity)), entity.name
    required = set.intersection(*(set(schema.get("required", [])) for schema in schemas))
    assert required == {field.key for field in entity.fields if field.required}, entity.name
    for field in entity.fields:
        if "." in field.key:
            outer, inner = field.key.split(".")
            assert inner in objects(properties[outer])[0]["properties"], field.key
        elif field.of:
            check_schema(ENTITIES[field.of], objects(properties[field.key]))


def test_the_json_schema_has_the_declared_properties() -> None:
    check_schema(ENTITIES["plan"], [SCHEMA])


# data/FORMAT.md ---------------------------------------------------------------------------


def jsonc_block_after(marker: str) -> str:
    """The first ```jsonc block of FORMAT.md after `marker`."""
    start = FORMAT.index(marker)
    block = FORMAT.index("```jsonc", start)
    return FORMAT[block : FORMAT.index("```", block + 8)]


def section(heading: str) -> str:
    """FORMAT.md's section under `heading`, to the next section of its level."""
    start = FORMAT.index(heading)
    end = FORMAT.find("\n## ", start + len(heading))
    return FORMAT[start : end if end >= 0 else None]


def format_block(name: str) -> str:
    """The part of FORMAT.md that shows entity `name`: its own block (A `MEASURE` …), else the
    one of the entity holding it; the plan's is the first block (and its optional activities
    their section, where the activities' entities are shown)."""
    entity = ENTITIES[name]
    activities = section("## The government's activities")
    if entity.placeholder:
        return jsonc_block_after(f"A `{entity.placeholder}`")
    if name == "plan":
        return jsonc_block_after("# The plan file format") + activities
    if name == "activity":
        return activities
    return format_block(parents()[name])


@pytest.mark.parametrize("name", list(ENTITIES))
def test_format_md_shows_every_declared_key(name: str) -> None:
    block = format_block(name)
    for field in ENTITIES[name].fields:
        for key in field.key.split("."):
            shown = f'"{key}"' in block or f"`{key}`" in block  # in an example or in prose
            assert shown, f"FORMAT.md does not show {name}.{field.key}"


def columnar_table(name: str) -> dict[str, tuple[str, bool]]:
    """FORMAT.md's table of the Arrow table `name`: each column's type and whether nullable."""
    start = FORMAT.index(f"`{name}`:", FORMAT.index("## Columnar export"))
    rows = FORMAT[start:].split("\n\n")[1].splitlines()[2:]
    columns = {}
    for row in rows:
        names, kind = (cell.strip() for cell in row.strip("|").split("|")[:2])
        kind = kind.replace("\\<", "<").replace("\\>", ">")
        for column in names.split(", "):
            columns[column] = (kind.removesuffix(", nullable"), kind.endswith(", nullable"))
    return columns


@pytest.mark.parametrize("table", ["measures", "statuses"])
def test_format_md_and_arrow_schemas_have_the_declared_columns(table: str) -> None:
    declared = {
        column.name: (column.arrow_type, column.nullable)
        for column in COLUMNS
        if table in column.tables
    }
    documented = columnar_table(table)
    assert documented.pop("year") == ("int32", False)
    assert documented == declared
    schema = columnar.TABLES[table]
    assert schema.names == ["year", *declared]
    for column in COLUMNS:
        if table in column.tables:
            assert str(schema.field(column.name).type) == column.arrow_type.replace(
                "list<string>", "list<item: string>"
            )
            assert schema.field(column.name).nullable == column.nullable


def test_arrow_tables_have_the_declared_schemas() -> None:
    tables = hp.load_default().to_arrow()
    for name in ("measures", "statuses"):
        assert tables[name].schema.names == columnar.TABLES[name].names
        assert tables[name].num_rows > 0
        for column in COLUMNS:
            if name in column.tables:
                kind = tables[name].schema.field(column.name).type
                assert kind == columnar._ARROW_TYPES[column.arrow_type]


# The columns and frames -------------------------------------------------------------------

FRAME_DTYPES = {
    "int64": lambda series: str(series.dtype) == "int64",
    "Int64": lambda series: str(series.dtype) == "Int64",
    "bool": lambda series: str(series.dtype) == "bool",
    "category": lambda series: series.dtype.name == "category" and series.dtype.ordered,
    "id category": lambda series: series.dtype.name == "category" and series.dtype.ordered,
    "text": lambda series: series.map(lambda v: v is None or isinstance(v, str) or v != v).all(),
    "TextList": lambda series: series.map(lambda v: isinstance(v, frames.TextList)).all(),
    "role category": lambda series: series.dtype == frames.role_dtype(),
    "status category": lambda series: series.dtype == frames.status_dtype(),
}


def test_the_core_columns_are_the_declared_ones() -> None:
    report = hp.load_default().report(2021)._core
    names = [column.name for column in COLUMNS]
    assert list(_core.measure_columns(report)) == names
    assert list(_core.measure_arrays(report, list)) == names
    doc = _core.measure_columns.__doc__ or ""
    assert ", ".join(names) in doc


def test_the_frame_has_the_declared_columns_and_types() -> None:
    frame = hp.load_default().report(2021).to_dataframe()
    declared = [column for column in COLUMNS if column.in_frame]
    assert list(frame.columns) == [column.name for column in declared]
    assert frames.MEASURE_COLUMNS == tuple(frame.columns)
    for column in declared:
        assert FRAME_DTYPES[column.frame_type](frame[column.name]), column.name
    used = {column.frame_type for column in [*COLUMNS, *ROLE_COLUMNS]}
    assert used == set(FRAME_DTYPES)


def test_the_agency_roles_have_the_declared_columns_and_types() -> None:
    plan = hp.load_default()
    report = plan.report(2021)
    names = [column.name for column in ROLE_COLUMNS]
    assert list(_core.agency_role_columns(report._core, plan.agencies)) == names
    assert list(_core.agency_role_arrays(report._core, plan.agencies)) == names
    assert ", ".join(names) in (_core.agency_role_columns.__doc__ or "")
    frame = report.agency_roles()
    assert list(frame.columns) == names == list(frames.AGENCY_ROLE_COLUMNS)
    assert len(frame) > len(report)
    for column in ROLE_COLUMNS:
        assert FRAME_DTYPES[column.frame_type](frame[column.name]), column.name


def test_format_md_and_arrow_have_the_declared_agency_role_columns() -> None:
    declared = {
        column.name: (column.arrow_type, False) for column in ROLE_COLUMNS if column.arrow_type
    }
    documented = columnar_table("agency_roles")
    assert documented.pop("year") == ("int32", False)
    assert documented == declared
    schema = hp.load_default().to_arrow()["agency_roles"].schema
    assert schema.names == ["year", *declared]
    for name, (kind, _) in declared.items():
        assert schema.field(name).type == columnar._ARROW_TYPES[kind]
        assert not schema.field(name).nullable


# The binding's keywords and the stub ------------------------------------------------------


def stub_function(cls: str, name: str) -> ast.FunctionDef:
    for node in STUB.body:
        if isinstance(node, ast.ClassDef) and node.name == cls:
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == name:
                    return item
    raise AssertionError(f"the stub has no {cls}.{name}")


def keywords(function: ast.FunctionDef) -> dict[str, str | None]:
    """The parameters of a stubbed function (self left out) with their defaults as written."""
    arguments = function.args
    positional = [a for a in arguments.args if a.arg != "self"]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(arguments.defaults))
    defaults += arguments.defaults
    named = list(zip(positional, defaults, strict=True)) + list(
        zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
    )
    return {arg.arg: (None if d is None else ast.unparse(d)) for arg, d in named}


CONSTRUCTOR_ONLY = {"Measure": ("registry",)}


@pytest.mark.parametrize(
    ("entity", "cls", "ordered"),
    [
        ("measure", "Measure", True),
        ("report", "Report", False),
        ("change_source", "ChangeSource", True),
        ("form", "FormEntry", True),
    ],
)
def test_constructors_take_the_declared_keywords(entity: str, cls: str, ordered: bool) -> None:
    stubbed = keywords(stub_function(cls, "__init__"))
    # Keywords that are no field of the file: the registry a measure's agencies are read with.
    for name in CONSTRUCTOR_ONLY.get(cls, ()):
        stubbed.pop(name)
    declared = {field.name: field.default for field in ENTITIES[entity].fields}
    assert set(stubbed) == set(declared)
    if ordered:
        assert list(stubbed) == list(declared)
    for name, default in declared.items():
        # The stub writes a default it cannot spell as "..." (Status.ongoing()).
        if stubbed[name] != "...":
            assert stubbed[name] == default, name


def test_replace_takes_every_declared_field_and_no_other() -> None:
    measure = hp.load_default().report(2021).measure("1.1.1")
    doc = _core.Measure.replace.__doc__ or ""
    for field in ENTITIES["measure"].fields:
        same = measure.replace(**{field.name: getattr(measure, field.name)})
        assert same == measure, field.name
        assert field.name in doc
    with pytest.raises(TypeError, match="did you mean title"):
        measure.replace(titel="x")
    with pytest.raises(TypeError, match="page"):
        measure.replace(page="tjugo")


def test_replace_changes_the_field_and_checks_the_rules() -> None:
    measure = hp.load_default().report(2021).measure("1.1.1")
    changed = measure.replace(period="2021–2023", chapter_marking="Uppdaterad")
    assert str(changed.period) == "2021–2023" and changed.chapter_marking == "Uppdaterad"
    assert (
        changed.replace(period=measure.period, chapter_marking=measure.chapter_marking) == measure
    )
    with pytest.raises(hp.errors.InvalidValueError):
        measure.replace(title=" ")
    with pytest.raises(hp.errors.ParseError):
        measure.replace(id="1.x")


# Equality covers every field ---------------------------------------------------------------

OTHER_VALUES: dict[str, Any] = {
    "id": "9.9.9",
    "title": "En annan rubrik",
    "description": "En annan beskrivning.",
    "agencies": "PTS i samverkan med MSB",
    "period": "2020–2021",
    "page": 99,
    "status": _core.Status.withdrawn(2021, "Ingår i en annan åtgärd."),
    "chapter_marking": "Ny åtgärd",
    "appendix_title": "Bilagans egen rubrik",
    "appendix_agencies": "Bilagans egna myndigheter",
}


@pytest.mark.parametrize("field", [field.name for field in ENTITIES["measure"].fields])
def test_equality_covers_every_measure_field(field: str) -> None:
    measure = hp.load_default().report(2021).measure("1.1.1")
    changed = measure.replace(**{field: OTHER_VALUES[field]})
    assert changed != measure
    assert not changed == measure
    assert changed.replace(**{field: getattr(measure, field)}) == measure


def test_the_diff_words_its_fields_with_the_declared_labels() -> None:
    labels = {field.name: field.label for field in ENTITIES["measure"].fields}
    for field in _core.MeasureField.__members__.values():
        assert _core.measure_field_word(field) == labels[_core.measure_field_name(field)]


def test_declared_labels_are_swedish_words_and_keys_are_json_names() -> None:
    for entity in ENTITIES.values():
        for field in entity.fields:
            assert re.fullmatch(r"[a-z_]+(\.[a-z_]+)?", field.key), field.key
            assert field.label and field.label == field.label.strip()
            assert field.json_type in set(JSON_TYPES.values())
    assert pa.string() == columnar._ARROW_TYPES["string"]
