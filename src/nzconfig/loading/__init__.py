"""Loading a repository: discovering its files, reading YAML with positions, schema checks,
and the Network model built from the documents."""
