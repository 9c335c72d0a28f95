"""Where libyaml (through PyYAML's C parser, which nzconfig's loader uses) departs from the
YAML test suite. Known limitations, each with an id (the suite's case id) and the reason.

test_yaml_suite.py asserts that this list is exact: every case named here still deviates
in the named way, and no other case deviates. A libyaml upgrade that fixes a case fails
that test until the case is removed here (and from docs/performance.md's summary).

None of these touch what a configuration file needs: they are flow-collection and
empty-key edge cases, tabs as separation space, unusual anchors, directives and bare
documents. Where libyaml accepts invalid YAML, the file still goes through the schema.
"""

from __future__ import annotations

# Valid YAML that libyaml refuses with a syntax error (NZ001): a user gets a syntax error
# for a file that a YAML 1.2 parser would read. Rewriting the construct plainly fixes it.
REJECTS_VALID: dict[str, str] = {
    # Empty (missing) keys in block mappings: `: value` with no key.
    "2JQS": "empty keys in a block mapping",
    "6M2F": "an alias as the value of an empty explicit key",
    "M2N8/00": "an empty explicit key inside a sequence entry",
    "NHX8": "an empty key followed by empty lines",
    "NKF9": "empty keys in block and flow mappings",
    "S3PD": "an empty implicit key (spec example 8.18)",
    "SM9W/01": "a stream of the single character `:`",
    "UKK6/00": "`:` as an empty key inside a sequence entry",
    # Flow collections: YAML 1.2 relaxations libyaml does not implement.
    "4ABK": "flow mapping entries without values, separated by `:`",
    "4MUZ/00": "flow mapping with the `:` on the line after the key",
    "4MUZ/01": "flow mapping with the `:` on the line after the key",
    "4MUZ/02": "flow mapping with the `:` on the line after the key",
    "58MP": "flow mapping edge cases: `:` adjacent to a flow value",
    "5MUD": "`:` and the adjacent value on the line after the key",
    "5T43": "`:` at the start of an adjacent flow scalar",
    "9SA2": "a multi-line double-quoted flow mapping key",
    "CFD4": "empty implicit keys in single-pair flow sequences",
    "DBG4": "plain scalars starting with `:` inside a flow sequence (spec example 7.10)",
    "FRK4": "completely empty flow nodes (spec example 7.3)",
    "HM87/00": "a flow scalar starting with `:`",
    "K3WX": "`:` and value after a comment on the line after the key",
    "NJ66": "a multi-line plain flow mapping key",
    "UT92": "a flow mapping whose key is on several lines (spec example 9.4)",
    "VJP3/01": "a flow collection whose `:` is on another line",
    # Tabs: YAML 1.2 allows them as separation space in these places.
    "6BCT": "tabs as separation space (spec example 6.3)",
    "6CA3": "a tab-indented top-level flow collection",
    "96NN/00": "a tab leading the content of a literal block scalar",
    "96NN/01": "a tab leading the content of a literal block scalar",
    "A2M4": "tabs after indentation (spec example 6.2)",
    "DK95/00": "a tab before a value that looks like indentation",
    "DK95/03": "a tab on an otherwise empty line",
    "DK95/04": "a tab before a continued plain scalar",
    "Q5MG": "a tab at the start of a line before a flow mapping",
    "R4YG": "a tab leading block scalar content (spec example 8.2)",
    "Y79Y/001": "a tab leading block scalar content",
    "Y79Y/010": "a tab before a sequence entry's content",
    # Anchors: YAML 1.2 allows any non-space, non-flow character, and redefinition.
    "2SXE": "an anchor name containing `:`",
    "8XYN": "an anchor name with a non-ASCII character",
    "W5VH": "alias names with `:@*!$\"<>` characters",
    "3GZX": "an anchor defined twice (spec example 7.1 re-uses it)",
    "PW8X": "an anchor defined twice, on empty scalars",
    # Directives and document markers.
    "2LFX": "a reserved directive (spec example 6.13, YAML 1.3 form)",
    "6LVF": "a reserved directive (spec example 6.13)",
    "MUS6/05": "an unknown directive name",
    "MUS6/06": "an unknown directive name",
    "BEC7": "`%YAML 1.3` (a later minor version should warn, not fail)",
    "W4TN": "a directive-looking line inside a literal scalar (spec example 9.5)",
    "7Z25": "a bare document after a `...` document end marker",
    "DK3J": "a zero-indented folded scalar with a line that looks like a comment",
    "FP8R": "a zero-indented folded scalar after `---`",
    "HWV9": "a stream that is only a `...` document end marker",
    "M7A3": "bare documents separated by `...` (spec example 9.3)",
    "QT73": "a comment followed by a `...` document end marker",
}

# Invalid YAML that libyaml reads without complaint. The loader still refuses some of them
# for another reason (not a mapping, several documents), and the rest meet the schema.
ACCEPTS_INVALID: dict[str, str] = {
    "9C9N": "a flow sequence indented less than its parent mapping",
    "DK95/01": "a tab indenting the continuation of a double-quoted scalar",
    "QB6E": "a multi-line quoted scalar indented less than its parent",
    "S98Z": "a block scalar whose leading empty lines are more indented than its content",
    "SU5Z": "a comment with no space after a double-quoted scalar",
    "X4QW": "a comment with no space after a block scalar indicator",
    "9HCY": "a directive after a document without a `...` end marker",
    "EB22": "a directive after a document without a `...` end marker",
    "RHX7": "a `%YAML` directive after a document without a `...` end marker",
    "MUS6/00": "a `%YAML` directive followed by a comment without a space",
    "MUS6/01": "two `%YAML` directives for one document",
    "9JBA": "a comment with no space after the end of a flow sequence",
    "CVW2": "a comment with no space after a comma in a flow sequence",
    "G5U8": "plain `-` entries inside a flow sequence",
    "YJV2": "a plain `-` inside a flow sequence",
    "Y79Y/003": "a tab after `-` before a flow sequence entry",
}

# Valid YAML that libyaml reads, but into other data than the suite's in.json.
DATA_DIFFERS: dict[str, str] = {
    "652Z": "`?foo` in a flow mapping: libyaml takes `?` as the explicit-key indicator",
    "L24T/01": "a kept (`|+`) block scalar ending in a line of spaces loses the final newline",
    "Y2GN": "an anchor name with `:` in the middle: libyaml ends the anchor at `:`",
}
