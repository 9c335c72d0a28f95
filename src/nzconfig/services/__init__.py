"""Clients of remote services (Alma, Confluence, SUSHI): transport, paging, retries and
errors in plain words. What they return is plain data the rest of nzconfig understands."""
