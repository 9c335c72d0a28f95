"""The generator of nzconfig.render.precompiled: the module holds what it writes now."""

from __future__ import annotations

import jinja2
import pytest

from nzconfig.render import precompile, precompiled


def test_the_module_is_current() -> None:
    if jinja2.__version__ != precompiled.JINJA:
        pytest.skip(f"precompiled with Jinja {precompiled.JINJA}, {jinja2.__version__} is "
                    "installed: every template is compiled at run time (the other tests)")
    assert precompile.generate() == precompile.MODULE.read_text(encoding="utf-8"), (
        "a shipped template or the environment changed: run "
        "`python -m nzconfig.render.precompile`")
