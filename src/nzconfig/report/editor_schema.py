"""The JSON Schemas in a form the YAML language server (VS Code's YAML extension, and the
editors that embed it) and JetBrains IDEs understand: draft-07, with only the keywords
they implement. nzconfig validates with the full 2020-12 schemas; these are for completion,
hover text and squiggles while editing (docs/editors.md).

What changes: ``$schema`` becomes draft-07, ``$defs`` become ``definitions`` (with their
``$ref``s), and ``$id`` and ``errorMessage`` (an ajv extension nzconfig reads for its own
messages) go. Any other keyword outside draft-07's is an error here, so a new keyword in a
schema is a decision, not a surprise in someone's editor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nzconfig.core.errors import FatalError

DRAFT_07 = "http://json-schema.org/draft-07/schema#"
# Draft-07 keywords the YAML language server implements (its JSON schema support is
# vscode-json-languageservice's, which covers draft-07 validation and annotations).
SUPPORTED = frozenset({
    "$schema", "$ref", "title", "description", "default", "examples", "type", "enum",
    "const", "properties", "additionalProperties", "patternProperties", "required",
    "propertyNames", "minProperties", "maxProperties", "items", "additionalItems",
    "minItems", "maxItems", "uniqueItems", "contains", "minLength", "maxLength", "pattern",
    "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
    "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "definitions", "dependencies",
    "deprecationMessage", "markdownDescription",
})
DROPPED = frozenset({"$id", "errorMessage"})
# Keywords whose value maps names to schemas: those names are not keywords.
_NAMED = frozenset({"properties", "patternProperties", "definitions", "$defs", "dependencies"})


def editor_schema(schema: dict[str, Any], name: str = "schema") -> dict[str, Any]:
    converted = _convert(schema, name)
    assert isinstance(converted, dict)
    converted["$schema"] = DRAFT_07
    return converted


def render_all() -> dict[str, str]:
    """Every shipped schema in its editor form, by file name (KIND.schema.json)."""
    import json

    from nzconfig.loading.schema import SCHEMAS

    result = {}
    for path in sorted(SCHEMAS.glob("*.schema.json")):
        converted = editor_schema(json.loads(path.read_text(encoding="utf-8")), path.name)
        result[path.name] = json.dumps(converted, indent=2, ensure_ascii=False) + "\n"
    return result


def write_all(out: Path) -> int:
    """``nzconfig schemas``: every editor schema written into ``out`` (created if missing);
    how many."""
    from nzconfig.core.fsutil import write_atomic

    written = render_all()
    out.mkdir(parents=True, exist_ok=True)
    for name, text in written.items():
        write_atomic(out / name, text)
    return len(written)


def _convert(node: Any, where: str) -> Any:
    if isinstance(node, list):
        return [_convert(item, where) for item in node]
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key in DROPPED:
            continue
        if key in _NAMED:
            target = "definitions" if key == "$defs" else key
            result[target] = {name: _convert(sub, f"{where}/{name}")
                              for name, sub in value.items()}
            continue
        if key not in SUPPORTED:
            raise FatalError(f"{where}: the keyword `{key}` is not one editors support; add "
                             "it to nzconfig.report.editor_schema after checking")
        if key == "$ref" and isinstance(value, str):
            value = value.replace("#/$defs/", "#/definitions/")
        result[key] = _convert(value, f"{where}/{key}")
    return result
