"""Writing the repository's own data files (importing tables, formatting, edits)."""
