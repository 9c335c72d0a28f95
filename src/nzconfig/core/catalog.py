"""Every check id the tool can report, with its title and documentation.

Load and schema checks are built in (not configurable: a file that does not load cannot
be checked further); policy rules come from their modules. ``nzconfig rules``, the SARIF
rule table and docs/rules.md are all generated from this one list.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.rules import RULES, Rule


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    name: str
    title: str
    severity: Severity
    doc: str
    configurable: bool
    seed: str = ""
    # (name, default, meaning) of each parameter set in policies/rules.yaml
    params: tuple[tuple[str, Any, str], ...] = ()
    # (file, key, meaning) of each policy value the rule reads
    policy: tuple[tuple[str, str, str], ...] = ()


_BUILTIN = (
    ("NZ001", "yaml-syntax", "The file is valid YAML",
     "The parser's message and the position where it failed."),
    ("NZ002", "duplicate-key", "No key appears twice in one mapping",
     "YAML keeps only the last of two equal keys, silently; both positions are named."),
    ("NZ003", "unsafe-tag", "Only plain data tags",
     "Tags such as `!!python/object/apply` would run code in other tools; refused."),
    ("NZ004", "alias-bomb", "Aliases expand within a fixed bound",
     "A file whose aliases expand to more than 10,000 values (a 'billion laughs' file), "
     "or repeat more than 1 MiB of text (a long string listed thousands of times), is "
     "refused before it costs memory."),
    ("NZ005", "encoding", "The file is UTF-8",
     "UTF-8 only; a UTF-8 byte-order mark is accepted. UTF-16 and invalid bytes are refused "
     "with the position of the first bad byte."),
    ("NZ006", "nul-byte", "No NUL bytes", "A NUL byte means a binary or corrupted file."),
    ("NZ007", "empty-file", "The file is not empty", "An empty file describes nothing."),
    ("NZ008", "top-level-mapping", "The top level is a mapping",
     "Each file is one `key: value` mapping (an institution, a collection, a policy)."),
    ("NZ009", "single-document", "One YAML document per file",
     "A `---` separator starting a second document is refused."),
    ("NZ010", "unreadable", "The file can be read",
     "Unreadable files, directories named like YAML files and files over 10 MiB."),
    ("NZ011", "too-deep", "Nesting stays within 64 levels",
     "Deeper nesting is never configuration and is refused to bound the work."),
    ("NZ012", "merge-key", "No `<<` merge keys",
     "Merge keys are not part of YAML 1.2; write the keys out."),
    ("NZ013", "plain-keys", "Mapping keys are plain text",
     "Lists or mappings as keys are refused."),
    ("NZ014", "symlink-outside", "No links out of the repository",
     "A symbolic link that points outside the repository is refused, and so is a folder "
     "the tool reads (collections/, policies/, ...) that is a symbolic link: its files "
     "would be read as the repository's own."),
    ("NZ015", "unknown-policy-file", "Known policy files only",
     "Every file in policies/ must be one the tool knows; a misspelt name would be ignored."),
    ("NZ016", "bad-policy", "Policy settings name real rules and parameters",
     "policies/rules.yaml may configure only existing rules and their parameters; a "
     "pattern in policies/urls.yaml must be a regular expression that cannot take "
     "exponential time to match (no repeat inside a repeat, repeated alternation, "
     "backreference, or two unbounded repeats side by side)."),
    ("NZ017", "too-many-values", "A file holds at most 100,000 values",
     "A file of millions of tiny values (`[a, a, a, ...]`) would cost gigabytes before any "
     "check ran; it is refused while it is parsed. The largest real file has about a "
     "hundred."),
    ("NZ018", "file-name", "File names are printable UTF-8",
     "A file name with bytes that are not UTF-8, or with control characters such as a "
     "newline, cannot be carried by the text, JSON, SARIF or GitHub reports; the file is "
     "refused (its name shown with escapes) until it is renamed."),
    ("NZ022", "waiver-reason", "Waivers give a reason",
     "A waiver in policies/waivers.yaml with a blank `reason` waives nothing and is an error: "
     "an exception the consortium accepts says why."),
    ("NZ023", "waiver-horizon", "Waivers expire within three years",
     "A waiver whose `expires` date is more than three years after today (`9999-12-31`) is a "
     "permanent exception in disguise: it waives nothing and is an error. To turn a rule off "
     "for good, use policies/rules.yaml."),
    ("NZ101", "schema", "Values have the type and form the schema gives",
     "Types, allowed values (enums) and forms from schemas/*.schema.json. A number where "
     "text is expected (`010`) gets a hint to quote it. At most 1,000 per file are shown."),
    ("NZ102", "unknown-key", "No unknown keys",
     "A key the schema does not define is an error, with the nearest known key suggested."),
    ("NZ103", "missing-key", "Required keys are present",
     "Reported at the parent key (or the top of the file)."),
    ("NZ901", "waiver-expired", "Waivers are renewed or removed when they expire",
     "A waiver in policies/waivers.yaml whose `expires` date has passed waives nothing and "
     "is an error at its line: fix what it excused, or renew it with a new date and reason. "
     "`$NZCONFIG_TODAY` (YYYY-MM-DD) sets the date a run counts as today."),
    ("NZ902", "waiver-unused", "Every waiver takes a finding",
     "A waiver that matches no finding is a warning at its line: the problem is fixed (remove "
     "the waiver) or the waiver's rule or targets are mistyped. Every key a waiver gives "
     "(`collection`, `member`, `file`) must match a finding."),
    ("NZ903", "waiver-rule", "Waivers name rules that can be waived",
     "Only policy rules can be waived; loading and schema checks (NZ0xx, NZ1xx) and the "
     "waiver checks cannot."),
    ("NZ904", "waiver-date", "Waiver expiry dates are real dates",
     "`expires` is a calendar date written YYYY-MM-DD."),
    ("NZ905", "activation-data", "The IZ activation data can be read",
     "The CSV file named by policies/open-access.yaml `review.activations` exists in the "
     "repository, has the columns member, collection and brief_level, names known members, "
     "gives numbers as Brief Levels and one Brief Level per collection (docs/oa-activations.md)."
     " Otherwise the review cannot run: exit code 2."),
)

# Severity of the built-in checks that are not errors.
_BUILTIN_SEVERITY = {"NZ902": Severity.WARNING}


def entries() -> list[Entry]:
    result = [Entry(i, n, t, _BUILTIN_SEVERITY.get(i, Severity.ERROR), d, False)
              for i, n, t, d in _BUILTIN]
    result += [
        Entry(r.ID, r.NAME, r.TITLE, r.SEVERITY, inspect.cleandoc(r.__doc__ or ""), True, r.SEED,
              _params(r), tuple(getattr(r, "POLICY", ())))
        for r in RULES
    ]
    return sorted(result, key=lambda e: e.id)


def _params(rule: Rule) -> tuple[tuple[str, Any, str], ...]:
    meanings: dict[str, str] = getattr(rule, "PARAM_DOCS", {})
    return tuple((name, default, meanings.get(name, ""))
                 for name, default in sorted(rule.PARAMS.items()))


def by_id() -> dict[str, Entry]:
    return {e.id: e for e in entries()}
