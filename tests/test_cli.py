"""`nzconfig validate` on clean data imports only what validation needs (start-up matters:
it runs as a pre-commit hook). docs/performance.md has the measurements."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

PROBE = """
import json, sys
from nzconfig.cli import main
sys.argv = ["nzconfig", "validate", sys.argv[1]]
try:
    main()
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""

# Imported by other commands, or only when a file is invalid: never on the clean path.
NOT_NEEDED = ("jinja2", "jsonschema", "nzconfig.render", "nzconfig.changes",
              "nzconfig.edit", "nzconfig.services", "markupsafe", "ruamel", "httpx",
              "openpyxl", "confusable_homoglyphs", "ctypes", "hashlib",
              # the COUNTER readers: the usage rules need only their ids (the catalogue's)
              "nzconfig.domain.counter.tabular", "nzconfig.domain.counter.json_report")


def test_validate_on_clean_data_imports_only_what_it_needs() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE, str(ROOT)], capture_output=True,
                          text=True, timeout=60, check=False)
    result = json.loads(done.stderr.strip().splitlines()[-1])
    assert result["code"] == 0, done.stdout[-2000:]
    loaded = [m for m in result["modules"]
              if any(m == name or m.startswith(name + ".") for name in NOT_NEEDED)]
    assert loaded == []
