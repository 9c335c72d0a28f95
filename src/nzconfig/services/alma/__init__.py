"""Alma's REST API: the Network Zone's electronic collections and its members' settings.

    keys      API keys from the environment, and scrubbing them from every message
    settings  policies/alma.yaml and $ALMA_API_URL: where Alma is, limits, the guard
    client    transport: rate limit, paging, retries, the daily allowance, errors in words
    mapping   Alma's JSON <-> the repository's fields (the one place that knows both)
    fetch     reading the Network Zone (and members' Institution Zones) into a Snapshot
    compare   the repository against a Snapshot: field-by-field differences
    pull, drift, apply, journal   what the commands do with them

docs/alma.md documents the endpoints, the keys, the field directions and the limits.
"""
