"""Reporters: plain functions from an Outcome to text. Keys are the ``--format`` choices."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nzconfig.engine.validate import Outcome

Reporter = Callable[["Outcome"], str]

# Module path per format, imported only when chosen (start-up time matters in pre-commit).
FORMATS: dict[str, str] = {
    "text": "nzconfig.report.text",
    "json": "nzconfig.report.json",
    "github": "nzconfig.report.github",
    "sarif": "nzconfig.report.sarif",
    "junit": "nzconfig.report.junit",
}


def get(name: str) -> Reporter:
    from importlib import import_module

    module = import_module(FORMATS[name])
    reporter: Reporter = module.report
    return reporter


def default_format() -> str:
    """Annotations on the pull request when run in GitHub Actions, plain text elsewhere."""
    import os

    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
