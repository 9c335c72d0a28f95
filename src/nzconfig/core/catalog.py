"""Every check id the tool can report, with its title and documentation.

Built-in checks (loading, schema, policy files, waivers, data the rules read, table import)
are defined here: each id is typed once, below, and the modules that emit it import the
name. Policy rules are modules of nzconfig.rules, each with its id, metadata and docstring;
``entries(rules)`` joins the two (nzconfig.rules.CATALOGUE is the whole list). ``nzconfig
rules``, the SARIF rule table and docs/rules.md are generated from it. This module imports
nothing of nzconfig outside core.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from nzconfig.core.diagnostics import Severity
from nzconfig.core.limits import (
    MAX_ALIAS_BYTES,
    MAX_ALIAS_NODES,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_SCHEMA_ERRORS,
    MAX_VALUES,
)

# Loading (nzconfig.loading.loader and .repo)
SYNTAX = "NZ001"
DUPLICATE_KEY = "NZ002"
UNSAFE_TAG = "NZ003"
ALIAS_BOMB = "NZ004"
ENCODING = "NZ005"
NUL_BYTE = "NZ006"
EMPTY = "NZ007"
NOT_MAPPING = "NZ008"
MULTI_DOC = "NZ009"
UNREADABLE = "NZ010"
TOO_DEEP = "NZ011"
MERGE_KEY = "NZ012"
NON_SCALAR_KEY = "NZ013"
OUTSIDE = "NZ014"
UNKNOWN_POLICY = "NZ015"
BAD_POLICY = "NZ016"  # policies/*.yaml values the rules and the engine read
TOO_MANY_VALUES = "NZ017"
BAD_NAME = "NZ018"
# Table import (nzconfig.edit.table_import)
TABLE_ROW = "NZ020"
TABLE_EXISTS = "NZ021"
WAIVER_NO_REASON = "NZ022"
WAIVER_TOO_DISTANT = "NZ023"
# A file with schema errors (nzconfig.engine.salvage)
NOT_RUN = "NZ024"
# Schema (nzconfig.loading.schema)
INVALID = "NZ101"
UNKNOWN_KEY = "NZ102"
MISSING_KEY = "NZ103"
# Cost files (computed by nzconfig.domain.costs; the rules nz301-nz309 report them)
COST_MEMBERS = "NZ301"
COST_FTE = "NZ302"
COST_USAGE = "NZ303"
COST_SURROGATE = "NZ304"
COST_OVER_INVOICE = "NZ305"
COST_CAP = "NZ306"
COST_ZERO_USAGE = "NZ307"
COST_COLLECTIONS = "NZ308"
COST_AMOUNTS = "NZ309"

# Usage from COUNTER reports (rules nz501-nz509; domain/counter).
USAGE_PERIOD = "NZ501"  # usage-period
USAGE_NO_REPORT = "NZ502"  # usage-member-report
USAGE_INSTITUTION = "NZ503"  # usage-institution
USAGE_INCOMPLETE_USAGE = "NZ504"  # usage-incomplete
USAGE_EXCEPTION = "NZ505"  # usage-exception
USAGE_REPORT_TYPE = "NZ506"  # usage-report-type
USAGE_PROVENANCE = "NZ507"  # usage-provenance
USAGE_METRIC = "NZ508"  # usage-metric
USAGE_FORMAT = "NZ509"  # counter-report: a malformed report (import only)
# Waivers (nzconfig.engine.waivers) and the data rules read (nzconfig.domain.activations)
WAIVER_EXPIRED = "NZ901"
WAIVER_UNUSED = "NZ902"
WAIVER_NOT_WAIVABLE = "NZ903"
WAIVER_BAD_DATE = "NZ904"
ACTIVATION_DATA = "NZ905"

# nzconfig drift (services/alma/compare.py): the repository against live Alma.
DRIFT_MISSING = "NZ401"  # the repository has it; Alma does not
DRIFT_UNRECORDED = "NZ402"  # Alma has it; the repository does not
DRIFT_ACCESS = "NZ403"
DRIFT_STATUS = "NZ404"
DRIFT_NAME = "NZ405"
DRIFT_PROXY = "NZ406"
DRIFT_LINKING = "NZ407"
DRIFT_CDI = "NZ408"
DRIFT_GROUP = "NZ409"
DRIFT_INHERITANCE = "NZ410"
DRIFT_UNCHECKED = "NZ411"
DRIFT_ALMA_ID = "NZ412"
DRIFT_ACCESS_TYPE = "NZ413"


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


class RuleMeta(Protocol):
    """What the catalogue reads of a rule module (nzconfig.rules.base.Rule has more)."""

    ID: str
    NAME: str
    TITLE: str
    SEVERITY: Severity
    SEED: str
    PARAMS: Mapping[str, Any]
    __doc__: str | None


def _n(value: int) -> str:
    return f"{value:,}"


_BUILTIN = (
    (SYNTAX, "yaml-syntax", "The file is valid YAML",
     "The parser's message and the position where it failed."),
    (DUPLICATE_KEY, "duplicate-key", "No key appears twice in one mapping",
     "YAML keeps only the last of two equal keys, silently; both positions are named."),
    (UNSAFE_TAG, "unsafe-tag", "Only plain data tags",
     "Tags such as `!!python/object/apply` would run code in other tools; refused."),
    (ALIAS_BOMB, "alias-bomb", "Aliases expand within a fixed bound",
     f"A file whose aliases expand to more than {_n(MAX_ALIAS_NODES)} values (a 'billion "
     f"laughs' file), or repeat more than {MAX_ALIAS_BYTES // 2**20} MiB of text (a long "
     "string listed thousands of times), is refused before it costs memory."),
    (ENCODING, "encoding", "The file is UTF-8",
     "UTF-8 only; a UTF-8 byte-order mark is accepted. UTF-16 and invalid bytes are refused "
     "with the position of the first bad byte."),
    (NUL_BYTE, "nul-byte", "No NUL bytes", "A NUL byte means a binary or corrupted file."),
    (EMPTY, "empty-file", "The file is not empty", "An empty file describes nothing."),
    (NOT_MAPPING, "top-level-mapping", "The top level is a mapping",
     "Each file is one `key: value` mapping (an institution, a collection, a policy)."),
    (MULTI_DOC, "single-document", "One YAML document per file",
     "A `---` separator starting a second document is refused."),
    (UNREADABLE, "unreadable", "The file can be read",
     "Unreadable files, directories named like YAML files and files over "
     f"{MAX_FILE_BYTES // (1024 * 1024)} MiB."),
    (TOO_DEEP, "too-deep", f"Nesting stays within {MAX_DEPTH} levels",
     "Deeper nesting is never configuration and is refused to bound the work."),
    (MERGE_KEY, "merge-key", "No `<<` merge keys",
     "Merge keys are not part of YAML 1.2; write the keys out."),
    (NON_SCALAR_KEY, "plain-keys", "Mapping keys are plain text",
     "Lists or mappings as keys are refused."),
    (OUTSIDE, "symlink-outside", "No links out of the repository",
     "A symbolic link that points outside the repository is refused, and so is a folder "
     "the tool reads (collections/, policies/, ...) that is a symbolic link: its files "
     "would be read as the repository's own."),
    (UNKNOWN_POLICY, "unknown-policy-file", "Known policy files only",
     "Every file in policies/ must be one the tool knows; a misspelt name would be ignored."),
    (BAD_POLICY, "bad-policy", "Policy settings name real rules and parameters",
     "policies/rules.yaml may configure only existing rules and their parameters; a "
     "pattern in policies/urls.yaml must be a regular expression that cannot take "
     "exponential time to match (no repeat inside a repeat, repeated alternation, "
     "backreference, or two unbounded repeats side by side)."),
    (TOO_MANY_VALUES, "too-many-values", f"A file holds at most {_n(MAX_VALUES)} values",
     "A file of millions of tiny values (`[a, a, a, ...]`) would cost gigabytes before any "
     "check ran; it is refused while it is parsed. The largest real file has about a "
     "hundred."),
    (BAD_NAME, "file-name", "File names are printable UTF-8",
     "A file name with bytes that are not UTF-8, or with control characters such as a "
     "newline, cannot be carried by the text, JSON, SARIF or GitHub reports; the file is "
     "refused (its name shown with escapes) until it is renamed."),
    (TABLE_ROW, "table-row", "Every row of an imported table can be read",
     "`nzconfig import-table`: a row whose columns cannot be read as a collection (or a "
     "header without the expected columns) is refused with its line; nothing is written."),
    (TABLE_EXISTS, "table-target", "An imported table overwrites no collection file",
     "`nzconfig import-table`: a collection file that exists already (without `--force`), or "
     "two rows that would write the same file, are refused; nothing is written."),
    (WAIVER_NO_REASON, "waiver-reason", "Waivers give a reason",
     "A waiver in policies/waivers.yaml with a blank `reason` waives nothing and is an error: "
     "an exception the consortium accepts says why."),
    (WAIVER_TOO_DISTANT, "waiver-horizon", "Waivers expire within three years",
     "A waiver whose `expires` date is more than three years after today (`9999-12-31`) is a "
     "permanent exception in disguise: it waives nothing and is an error. To turn a rule off "
     "for good, use policies/rules.yaml."),
    (NOT_RUN, "rule-not-run", "No rule is held back by a schema error",
     "A data file with a schema error still gets the checks that do not read the broken "
     "value (docs/formats.md, \"A file with schema errors\"). A rule that reads it could "
     "take it for absent (a misspelt `status` for an active collection) and report "
     "something false, in that file or in another one; so that rule reports nothing in any "
     "file in that run, and this notice says so, once per file whose broken keys it reads, "
     "at the first of them. Fix the schema error (reported beside it) and the rule runs.\n\n"
     "Failing: a collection with `status: inactve` (NZ209, among others, reads `status`):\n\n"
     "    collections/books-tst.yaml:4:1: notice [NZ024] NZ209 was not run: it reads "
     "`status`, which has a schema error here; fix it and run again\n"
     "        hint: until then NZ209 reports nothing in any file\n"
     "    collections/books-tst.yaml:4:9: error [NZ101] `status` is `inactve`, which is not "
     "one of: active, inactive\n\n"
     "Passing: `status: inactive`; every rule runs."),
    (INVALID, "schema", "Values have the type and form the schema gives",
     "Types, allowed values (enums) and forms from schemas/*.schema.json. A number where "
     f"text is expected (`010`) gets a hint to quote it. At most {_n(MAX_SCHEMA_ERRORS)} per "
     "file are shown."),
    (UNKNOWN_KEY, "unknown-key", "No unknown keys",
     "A key the schema does not define is an error, with the nearest known key suggested."),
    (MISSING_KEY, "missing-key", "Required keys are present",
     "Reported at the parent key (or the top of the file)."),
    (WAIVER_EXPIRED, "waiver-expired", "Waivers are renewed or removed when they expire",
     "A waiver in policies/waivers.yaml whose `expires` date has passed waives nothing and "
     "is an error at its line: fix what it excused, or renew it with a new date and reason. "
     "`$NZCONFIG_TODAY` (YYYY-MM-DD) sets the date a run counts as today."),
    (WAIVER_UNUSED, "waiver-unused", "Every waiver takes a finding",
     "A waiver that matches no finding is a warning at its line: the problem is fixed (remove "
     "the waiver) or the waiver's rule or targets are mistyped. Every key a waiver gives "
     "(`collection`, `member`, `file`) must match a finding."),
    (WAIVER_NOT_WAIVABLE, "waiver-rule", "Waivers name rules that can be waived",
     "Only policy rules can be waived; loading and schema checks (NZ0xx, NZ1xx) and the "
     "waiver checks cannot."),
    (WAIVER_BAD_DATE, "waiver-date", "Waiver expiry dates are real dates",
     "`expires` is a calendar date written YYYY-MM-DD."),
    (ACTIVATION_DATA, "activation-data", "The IZ activation data can be read",
     "The CSV file named by policies/open-access.yaml `review.activations` exists in the "
     "repository, has the columns member, collection and brief_level, names known members, "
     "gives numbers as Brief Levels and one Brief Level per collection (docs/oa-activations.md)."
     " Otherwise the review cannot run: exit code 2."),
)

# `nzconfig drift`: the repository against live Alma (docs/alma.md). Built in (they need
# Alma, not the repository alone), but waivable like policy rules: known drift is waived in
# policies/waivers.yaml with a reason and an expiry date.
_DRIFT_DOC = ("Reported by `nzconfig drift` (never by validate), at the key concerned; waive "
              "known drift in policies/waivers.yaml. Fix: `nzconfig apply` makes Alma match "
              "the repository where the API can; `nzconfig pull` makes the repository match "
              "Alma.")
_DRIFT = (
    (DRIFT_MISSING, "alma-missing", "Every collection in the repository exists in Alma",
     "A collection file whose `alma_id` (else whose exact name) matches no electronic "
     "collection of the Network Zone."),
    (DRIFT_UNRECORDED, "alma-unrecorded", "Every Network Zone collection is in the repository",
     "Alma has an electronic collection no file records; reported at the file `pull` would "
     "create."),
    (DRIFT_ACCESS, "alma-access", "Group Settings give the members the repository lists",
     "A member Alma gives access (a group setting) that `members` lacks, or the reverse: "
     "\"Alma gives GWA access to JSTOR (WRLC); the repository does not\"."),
    (DRIFT_STATUS, "alma-status", "The status agrees with Alma",
     "`status` against the activation of the collection's full-text service."),
    (DRIFT_NAME, "alma-name", "Names agree with Alma",
     "`name` (for a file matched by `alma_id`) and `public_name` against Alma's."),
    (DRIFT_PROXY, "alma-proxy", "The proxy agrees with Alma",
     "`proxy` (`default`, `none` or a profile) against the collection's proxy settings."),
    (DRIFT_LINKING, "alma-linking", "The linking agrees with Alma",
     "`linking` level and method against the full-text service and the CDI information."),
    (DRIFT_CDI, "alma-cdi", "Members' CDI settings in Alma are the repository's",
     "Each member's CDI tab value against the repository's: the CDI matrix row for the "
     "collection's linking, or the member's override."),
    (DRIFT_GROUP, "alma-group-settings", "Members' group settings agree with Alma",
     "A member's own proxy and public name (`group_settings`) against Alma's group setting."),
    (DRIFT_INHERITANCE, "alma-inheritance",
     "cdi_consortia_inheritance agrees with the member's Alma",
     "Read with the member's own key (`ALMA_API_KEY_<CODE>`)."),
    (DRIFT_UNCHECKED, "alma-unchecked", "Members' own settings are checked",
     "A notice for each member whose Institution Zone was not read because no key "
     "`ALMA_API_KEY_<CODE>` is set: its settings are unchecked, not guessed."),
    (DRIFT_ALMA_ID, "alma-id", "The recorded alma_id is Alma's",
     "A file matched by name records another `alma_id` than Alma's collection of that name."),
    (DRIFT_ACCESS_TYPE, "alma-access-type", "The access type agrees with Alma",
     "`access_type` against Alma's free indicator (open access when free)."),
)
DRIFT: frozenset[str] = frozenset(i for i, *_ in _DRIFT)
_DRIFT_SEVERITY = {DRIFT_UNCHECKED: Severity.NOTICE}

# Severity of the built-in checks that are not errors.
_BUILTIN_SEVERITY = {WAIVER_UNUSED: Severity.WARNING, NOT_RUN: Severity.NOTICE}


def entries(rules: Iterable[RuleMeta]) -> list[Entry]:
    """The built-in checks and the given rule modules, by id."""
    result = [Entry(i, n, t, _BUILTIN_SEVERITY.get(i, Severity.ERROR), d, False)
              for i, n, t, d in _BUILTIN]
    result += [Entry(i, n, t, _DRIFT_SEVERITY.get(i, Severity.ERROR), f"{d}\n\n{_DRIFT_DOC}",
                     False) for i, n, t, d in _DRIFT]
    result += [
        Entry(r.ID, r.NAME, r.TITLE, r.SEVERITY, inspect.cleandoc(r.__doc__ or ""), True, r.SEED,
              _params(r), tuple(getattr(r, "POLICY", ())))
        for r in rules
    ]
    return sorted(result, key=lambda e: e.id)


def _params(rule: RuleMeta) -> tuple[tuple[str, Any, str], ...]:
    meanings: dict[str, str] = getattr(rule, "PARAM_DOCS", {})
    return tuple((name, default, meanings.get(name, ""))
                 for name, default in sorted(rule.PARAMS.items()))
