"""From a repository to the bytes of every output file (the manifest included)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from nzconfig.core.errors import FatalError
from nzconfig.render import pages, site
from nzconfig.render.environment import environment

if TYPE_CHECKING:
    from nzconfig.engine.validate import Outcome


def rendered(repo: Path, outcome: Outcome, stamp: str = "") -> pages.Rendered:
    """Every output file, rendered as it is written (see output.write)."""
    env = environment(repo, (*site.VIEWS, pages.Page))
    return pages.Rendered(env, site.build(outcome, stamp))


def stamp_now() -> str:
    """UTC now, or SOURCE_DATE_EPOCH when set (the reproducible-builds convention)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    try:
        moment = (datetime.fromtimestamp(int(epoch), UTC) if epoch
                  else datetime.now(UTC))
    except (ValueError, OverflowError, OSError) as exc:
        raise FatalError(f"SOURCE_DATE_EPOCH `{epoch}` is not a time in seconds") from exc
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
