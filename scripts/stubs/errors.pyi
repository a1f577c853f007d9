# --- The exception classes, created at run time by bind_errors.cpp (appended by
# scripts/generate_stubs.sh; stubgen does not see classes made with PyErr_NewException).
class Error(Exception): ...

class ParseError(Error, ValueError):
    kind: str
    input: str
    expected: str
    swedish_expected: str
    did_you_mean: str | None
    swedish_problem: str

class InvalidValueError(Error, ValueError):
    swedish_problem: str

class DataError(Error, ValueError):
    source: str
    where: str
    problem: str
    swedish_problem: str
    line: int | None
    column: int | None
    context: str | None
    field: str | None

class NotFoundError(Error, KeyError):
    key: str
    did_you_mean: str | None

class RuleViolationError(Error, ValueError): ...

class FileError(Error, OSError):
    swedish_problem: str
