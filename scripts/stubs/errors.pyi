
# --- The exception classes, created at run time by bind_errors.cpp (appended by
# scripts/generate_stubs.sh; stubgen does not see classes made with PyErr_NewException).
class Error(Exception): ...

class ParseError(Error, ValueError):
    kind: str
    input: str
    expected: str

class InvalidValueError(Error, ValueError): ...

class DataError(Error, ValueError):
    source: str
    where: str
    problem: str

class NotFoundError(Error, KeyError):
    key: str

class RuleViolationError(Error, ValueError): ...

class FileError(Error, OSError): ...
