"""``nzconfig render``: the wiki table and the reports people read, from Jinja2 templates.

The stages, each a plain function of the one before:

- context.py, cdi_view.py, findings.py: the Network and the validation Outcome become plain,
  sorted, immutable view data (nothing in a template decides anything);
- environment.py: the sandboxed Jinja2 environment, with the repository's templates/ first;
- site.py: the ``site`` every template sees; a member's checklist is built only when its page
  is rendered;
- pages.py: every output file's path, and its bytes when asked, one page at a time;
- output.py: the manifest, atomic writes (streamed, staged until every page has rendered),
  removal of stale pages, and ``--check``.
"""
