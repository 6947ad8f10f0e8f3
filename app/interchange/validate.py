"""Reading and validating an interchange file, with errors that name a JSON path, never a value.

An interchange file is full of personal data, so an error message shows where the problem is
(``$.dossiers[3].birth_date``) and what is expected, but never the offending value itself.
"""

from __future__ import annotations

import base64
import binascii
import calendar
import functools
import json
import re
from pathlib import Path

from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError

from app.errors import InvalidInput
from app.resources import resource_path

SCHEMA_FILE = "dossier-interchange-v1.schema.json"

_KEY_LIKE = re.compile(r"[a-z][a-z0-9_]{0,39}")
#: SQLite stores signed 64-bit integers; years the format means are between these.
_YEAR_RANGE = (1900, 2100)

_PATTERN_WORDS = {
    "date": "a date written YYYY, YYYY-MM or YYYY-MM-DD",
    "country": "a two-letter ISO 3166-1 country code in capitals, such as JP (XX stateless, ZZ unknown)",
}


@functools.cache
def schema() -> dict:
    return json.loads(resource_path("schema", SCHEMA_FILE).read_text(encoding="utf-8"))


def _ecma_pattern(validator, pattern, instance, schema):
    """JSON Schema patterns are ECMA-262: ``$`` matches only at the very end. Python's ``$`` also
    matches before a final newline, which would let "CD\n" pass as a country code."""
    if validator.is_type(instance, "string") and not _compiled(pattern).search(instance):
        yield ValidationError(f"does not match {pattern!r}")


@functools.cache
def _compiled(pattern: str) -> re.Pattern:
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


@functools.cache
def validator() -> Draft202012Validator:
    strict = validators.extend(Draft202012Validator, {"pattern": _ecma_pattern})
    return strict(schema())


def json_path(parts) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _expected(error: ValidationError) -> str:
    kind, value = error.validator, error.validator_value
    if kind == "required":
        missing = [k for k in value if isinstance(error.instance, dict) and k not in error.instance]
        return f"missing required key {', '.join(repr(k) for k in missing)}"
    if kind == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        extra = sorted(k for k in error.instance if k not in allowed)
        # a key is named only if it looks like one: a mistyped "nmae", not a person's name
        named = [k for k in extra if _KEY_LIKE.fullmatch(k)]
        shown = f"key {', '.join(repr(k) for k in named[:3])}" if named else "key"
        return f"unknown {shown} (a typo? unknown keys are refused so nothing is dropped)"
    if kind == "type":
        return f"expected {'an' if value in ('array', 'object', 'integer') else 'a'} {value}"
    if kind == "const":
        return f"must be {json.dumps(value)}"
    if kind == "enum":
        return "must be one of " + ", ".join(json.dumps(v) for v in value)
    if kind == "pattern":
        ref = _pattern_name(error)
        if ref in _PATTERN_WORDS:
            return f"expected {_PATTERN_WORDS[ref]}"
        if error.absolute_path and error.absolute_path[-1] == "language":
            return "expected a BCP 47 language tag such as ja, en or prs"
        if error.absolute_path and error.absolute_path[-1] == "level":
            return "expected a level: native, A1-C2, N1-N5, basic, conversational, business or fluent"
        return "does not have the expected form"
    if kind == "maxLength":
        return f"is longer than {value} characters"
    if kind == "minLength":
        return "must not be empty"
    if kind == "minimum":
        return f"must be at least {value}"
    if kind == "maximum":
        return f"must be at most {value}"
    return f"is not valid ({kind})"


def _pattern_name(error: ValidationError) -> str | None:
    pattern = error.validator_value
    for name in ("date", "country"):
        if schema()["$defs"][name].get("pattern") == pattern:
            return name
    return None


def _order(error: ValidationError):
    return [(0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in error.absolute_path]


def _date_ok(text: str) -> bool:
    parts = [int(p) for p in text.split("-")]
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) == 3 and not 1 <= parts[2] <= calendar.monthrange(parts[0], parts[1])[1]:
        return False
    return True


_DATE_KEYS = {
    "birth_date", "expires", "start", "end", "available_from", "date", "given_on", "expires_on",
    "withdrawn_on",
}


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, from a "\ud800" escape
        return False
    return True


def _semantic_problems(doc: dict) -> list[str]:
    """What the schema cannot say: real calendar dates, base64 that decodes, unique refs."""
    problems: list[str] = []

    def walk(node, path):
        if isinstance(node, str):
            if not _encodable(node):
                problems.append(f"{json_path(path)}: holds text that is not valid Unicode")
        elif isinstance(node, dict):
            for key, value in node.items():
                here = (*path, key)
                if key in _DATE_KEYS and isinstance(value, str) and not _date_ok(value):
                    problems.append(f"{json_path(here)}: is not a real calendar date")
                elif key == "year" and type(value) in (int, float) and not (
                    _YEAR_RANGE[0] <= value <= _YEAR_RANGE[1]
                ):
                    problems.append(
                        f"{json_path(here)}: must be a year from {_YEAR_RANGE[0]} to {_YEAR_RANGE[1]}"
                    )
                elif key == "content_base64" and isinstance(value, str):
                    try:
                        base64.b64decode(value, validate=True)
                    except (binascii.Error, ValueError):
                        problems.append(f"{json_path(here)}: is not valid base64")
                else:
                    walk(value, here)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, (*path, index))

    walk(doc, ())
    for collection, key, what in (("dossiers", "ref", "ref"), ("companies", "name", "company name")):
        first_at: dict[str, int] = {}
        for index, item in enumerate(doc.get(collection, ())):
            value = item[key]
            if value in first_at:
                problems.append(
                    f"{json_path((collection, index, key))}: the same {what} as "
                    f"{json_path((collection, first_at[value]))}"
                )
            else:
                first_at[value] = index
    return problems


def _integers(node):
    """JSON ``2014.0`` is a valid integer to the schema; store it as the integer it is."""
    if isinstance(node, dict):
        return {k: _integers(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_integers(v) for v in node]
    if isinstance(node, float) and node.is_integer():
        return int(node)
    return node


def problems(doc: object) -> list[str]:
    """Every problem of a parsed document, schema problems first, in document order."""
    errors = sorted(validator().iter_errors(doc), key=_order)
    found = [f"{json_path(e.absolute_path)}: {_expected(e)}" for e in errors]
    if not found:
        found = _semantic_problems(doc)
    return found


def raise_for(found: list[str], what: str = "invalid interchange file") -> None:
    if found:
        more = f" (and {len(found) - 1} more problem{'s' if len(found) > 2 else ''})" if len(found) > 1 else ""
        raise InvalidInput(f"{what}: {found[0]}{more}")


def parse_bytes(raw: bytes) -> dict:
    """Parse and validate an interchange document. Raises InvalidInput with a JSON path."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(f"invalid interchange file: not UTF-8 text (byte {error.start})") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput(
            f"invalid interchange file: not valid JSON ({error.msg} at line {error.lineno}, "
            f"column {error.colno})"
        ) from None
    except RecursionError:
        raise InvalidInput("invalid interchange file: nested too deeply") from None
    except ValueError:  # e.g. an integer literal of thousands of digits
        raise InvalidInput("invalid interchange file: not valid JSON (a number is too long)") from None
    raise_for(problems(doc))
    return _integers(doc)


def load_file(path: Path) -> dict:
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not an interchange file") from None
    except PermissionError:
        raise InvalidInput(f"cannot read {path}: permission denied") from None
    return parse_bytes(raw)
