"""JUnit XML: one test case per file checked; a file with errors or warnings fails.

Each failing case carries its findings (text format) in one ``<failure>`` whose type is
the worst severity; notices alone do not fail a case and go to ``<system-out>``, and so do
waived findings, each marked ``waived:``; the suite's ``waived`` property counts them (as
every format does, docs/formats.md). No timestamps or timings, so the output is the same
bytes for the same input.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.core.wording import plural

if TYPE_CHECKING:
    from nzconfig.engine.validate import Outcome


def report(outcome: Outcome) -> str:
    by_file: dict[str, list[Diagnostic]] = {name: [] for name in outcome.files}
    for d in outcome.diagnostics:
        by_file.setdefault(d.file, []).append(d)
    waived: dict[str, list[Diagnostic]] = {}
    for d in outcome.waived:
        by_file.setdefault(d.file, [])
        waived.setdefault(d.file, []).append(d)
    suite = ET.Element("testsuite", name="nzconfig validate")
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="waived", value=str(len(outcome.waived)))
    failures = 0
    for file in sorted(by_file):
        case = ET.SubElement(suite, "testcase", classname="nzconfig", name=file, file=file)
        found = by_file[file]
        failing = [d for d in found if d.severity >= Severity.WARNING]
        if failing:
            failures += 1
            worst = max(d.severity for d in failing)
            failure = ET.SubElement(case, "failure", type=worst.label,
                                    message=_message(failing))
            failure.text = "\n".join(d.text() for d in failing)
        shown = [d.text() for d in found if d.severity < Severity.WARNING]
        shown += ["waived: " + d.text() for d in waived.get(file, ())]
        if shown:
            ET.SubElement(case, "system-out").text = "\n".join(shown)
    counts = {"tests": str(len(by_file)), "failures": str(failures), "errors": "0",
              "skipped": "0"}
    suite.attrib.update(counts)
    root = ET.Element("testsuites", {"name": "nzconfig", **counts})
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _message(failing: list[Diagnostic]) -> str:
    n = len(failing)
    return f"{plural(n, 'finding')}: {failing[0].message}"
