"""The bounds on untrusted input. The loader and the schema stage enforce them; the check
catalogue states them from here, so the documentation cannot drift from the code."""

from __future__ import annotations

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 64
MAX_ALIAS_NODES = 10_000
MAX_VALUES = 100_000  # per file; the largest shipped file has about a hundred
MAX_SCHEMA_ERRORS = 1_000  # per file: past this it is not a configuration file being edited
