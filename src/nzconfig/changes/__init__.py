"""What a change to the repository means: two snapshots, their model diff, and its findings.

snapshot (git revision or folder -> folder) -> compare (model diff) -> findings (new/fixed)
-> markdown / plan (for people) or data (``--format json``).
"""
