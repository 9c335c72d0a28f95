"""Check a loaded document against its JSON Schema; say what is wrong in a librarian's words.

The schemas ship inside the package (``nzconfig/schemas``); the repository's top-level
``schemas/`` is the same folder, for editors. Errors are placed at the offending value, at
the unknown key, or at the parent key when a required key is missing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nzconfig.core.catalog import INVALID, MISSING_KEY, UNKNOWN_KEY
from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.core.errors import FatalError
from nzconfig.core.limits import MAX_SCHEMA_ERRORS
from nzconfig.core.wording import did_you_mean
from nzconfig.loading.loader import Document, Path_

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

SCHEMAS = Path(__file__).parent.parent / "schemas"

MAX_ERRORS = MAX_SCHEMA_ERRORS


@cache
def load_schema(kind: str) -> dict[str, Any]:
    try:
        schema: dict[str, Any] = json.loads(
            (SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FatalError(f"schema for `{kind}` files cannot be read: {exc}") from None
    return schema


@cache
def _validator(kind: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_whole_value(load_schema(kind)))


def _whole_value(schema: Any) -> Any:
    """The schema with each pattern's final ``$`` written ``\\Z``.

    A pattern's ``^...$`` means the whole value, and does to jsonschema-rs (Rust's ``$``
    is the end of the text); Python's ``$`` also matches before a final newline, so
    ``"GWA\\n"`` passed as a member code and became a page named ``GWA\\n.md``.
    """
    if isinstance(schema, dict):
        return {key: (_anchored(value) if key == "pattern" and isinstance(value, str)
                      else _whole_value(value)) for key, value in schema.items()}
    if isinstance(schema, list):
        return [_whole_value(item) for item in schema]
    return schema


def _anchored(pattern: str) -> str:
    body = pattern[:-1]
    backslashes = len(body) - len(body.rstrip("\\"))
    if pattern.endswith("$") and backslashes % 2 == 0:  # an anchor, not an escaped dollar sign
        return body + "\\Z"
    return pattern


@cache
def _fast(kind: str) -> Callable[[Any], bool] | None:
    """jsonschema-rs's compiled ``is_valid`` for ``kind``, or None where it is unavailable.

    Chosen by measurement (docs/performance.md): about 90 times faster than python-jsonschema
    and cheap to import. It only answers "valid?"; every error is still described from
    python-jsonschema's errors, so messages and positions do not depend on it.
    """
    try:
        import jsonschema_rs

        is_valid: Callable[[Any], bool] = jsonschema_rs.validator_for(load_schema(kind)).is_valid
    except Exception:  # not installed, or a schema it does not take: python-jsonschema alone
        return None
    return is_valid


def _surely_valid(doc: Document, kind: str) -> bool:
    """True when the fast validator accepts the document and may be trusted to.

    Not trusted with a decimal number it may read otherwise (see ``_same_number``). Any
    exception (a value it cannot convert) means "ask again".
    """
    fast = _fast(kind)
    if fast is None or not all(_same_number(_value(doc.data, path)) for path in doc.raw):
        return False
    try:
        return fast(doc.data)
    except Exception:
        return False


def _same_number(value: Any) -> bool:
    """False for a decimal that jsonschema-rs, which reads it as a binary float, could judge
    otherwise than python-jsonschema: an integral one (it takes ``1.0`` for an integer),
    one that is not finite, or one the float does not hold exactly."""
    if not isinstance(value, Decimal):
        return True
    return (value.is_finite() and value != value.to_integral_value()
            and Decimal(repr(float(value))) == value)


def _value(data: Any, path: Path_) -> Any:
    for part in path:
        data = data[part]
    return data


def check(doc: Document, kind: str) -> list[Diagnostic]:
    if _surely_valid(doc, kind):
        return []
    diagnostics: list[Diagnostic] = []
    try:
        errors = list(islice(_validator(kind).iter_errors(doc.data), MAX_ERRORS + 1))
    except ArithmeticError:  # a `.nan` compared with a minimum; Decimal refuses to order NaN
        return [
            doc.diagnostic(INVALID, Severity.ERROR, path, f"{_field(path) or 'the file'} is "
                           f"`{written}`, which is not a number a configuration can use")
            for path, written in doc.raw.items()
            if isinstance(value := _value(doc.data, path), Decimal) and value.is_nan()
        ]
    for error in errors[:MAX_ERRORS]:
        diagnostics.extend(_describe(doc, error))
    if len(errors) > MAX_ERRORS:
        diagnostics.append(doc.diagnostic(INVALID, Severity.ERROR, (), (
            f"more than {MAX_ERRORS:,} schema errors; the first {MAX_ERRORS:,} are shown")))
    # jsonschema yields one `required` error per missing key, each listing all of them.
    return list(dict.fromkeys(diagnostics))


def _describe(doc: Document, error: ValidationError) -> Iterator[Diagnostic]:
    path: Path_ = tuple(error.absolute_path)
    keyword = error.validator
    # jsonschema types these loosely (they may be "unset"); here they are always set.
    schema_: Any = error.schema if isinstance(error.schema, dict) else {}
    instance: Any = error.instance
    expected_value: Any = error.validator_value
    where = _field(path)
    if keyword == "additionalProperties":
        allowed = sorted(schema_.get("properties", {}))
        for key in sorted(set(instance) - set(allowed)):
            suggestion = did_you_mean(key, allowed) or ("allowed keys: " + ", ".join(allowed))
            yield doc.diagnostic(UNKNOWN_KEY, Severity.ERROR, (*path, key),
                                 f"unknown key `{key}`{_in(where)}", suggestion, at_key=True)
        return
    if keyword == "required":
        for key in expected_value:
            if isinstance(instance, dict) and key not in instance:
                about = schema_.get("properties", {}).get(key, {}).get("description", "")
                message = f"missing required key `{key}`{_in(where)}"
                yield doc.diagnostic(MISSING_KEY, Severity.ERROR, path, message,
                                     _first_sentence(about) or None, at_key=True)
        return
    custom = schema_.get("errorMessage")
    hint: str | None = None
    if keyword == "type":
        expected = _kinds(expected_value)
        found = _describe_value(instance)
        message = f"{where or 'the file'} should be {expected}, not {found}"
        written = doc.written(path, instance)
        if written is not None and "text" in expected:
            hint = f'YAML read `{written}` as {found}; quote it: "{written}"'
        elif expected == "true or false" and isinstance(instance, str):
            hint = "write `true` or `false` (in YAML 1.2, yes/no/on/off are text)"
    elif keyword == "enum":
        options = [str(v) for v in expected_value]
        message = (f"{where} is `{instance}`, which is not one of: " + ", ".join(options))
        hint = did_you_mean(str(instance), options)
    elif keyword == "const":
        message = f"{where} must be `{expected_value}`"
    elif custom:
        message = f"{where or 'the file'}: {custom}" if where else str(custom)
    elif keyword == "minItems":
        message = f"{where} needs at least {expected_value} item(s)"
    elif keyword == "minLength":
        message = f"{where} must not be empty"
    elif keyword == "pattern" and _is_key(doc, path, instance):
        message = (f"key `{instance}`{_in(where)} does not match the expected form "
                   f"`{expected_value}`")
        yield doc.diagnostic(INVALID, Severity.ERROR, (*path, instance), message, at_key=True)
        return
    elif keyword == "pattern":
        message = (f"{where} `{instance}` does not match the expected form "
                   f"`{expected_value}`")
    else:
        message = f"{where or 'the file'}: {error.message}"
    yield doc.diagnostic(INVALID, Severity.ERROR, path, message, hint)


def _is_key(doc: Document, path: Path_, name: Any) -> bool:
    """True when a failing value is a mapping key (a ``propertyNames`` error)."""
    node: Any = doc.data
    for part in path:
        node = node[part]
    return isinstance(node, dict) and isinstance(name, str) and name in node and (
        *path, name) in doc.key_positions


def _field(path: Path_) -> str:
    if not path:
        return ""
    parts = [f"[{p}]" if isinstance(p, int) else ("." + p if i else p) for i, p in enumerate(path)]
    return "`" + "".join(parts).lstrip(".") + "`"


def _in(where: str) -> str:
    return f" in {where}" if where else ""


def _first_sentence(text: str) -> str:
    return text.split(". ")[0].rstrip(".") if text else ""


_KIND_WORDS = {
    "string": "text", "integer": "a whole number", "number": "a number", "boolean": "true or false",
    "array": "a list", "object": "a mapping", "null": "empty",
}


def _kinds(value: Any) -> str:
    kinds = value if isinstance(value, list) else [value]
    return " or ".join(_KIND_WORDS.get(str(k), str(k)) for k in kinds)


def _describe_value(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int | float) or type(value).__name__ == "Decimal":
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text `{value}`"
    if isinstance(value, list):
        return "a list"
    return "a mapping"
