"""The bounds on untrusted input. The loader and the schema stage enforce them; the check
catalogue states them from here, so the documentation cannot drift from the code."""

from __future__ import annotations

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 64
MAX_ALIAS_NODES = 10_000
# Characters of text that aliases repeat: a value counts again each time an alias repeats it
# (a 1 MB string listed 3,000 times is 3 GB once rendered, though the file is 1 MB).
MAX_ALIAS_BYTES = 1024 * 1024
MAX_VALUES = 100_000  # per file; the largest shipped file has about a hundred
MAX_SCHEMA_ERRORS = 1_000  # per file: past this it is not a configuration file being edited
