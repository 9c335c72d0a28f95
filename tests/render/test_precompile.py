"""The generator of nzconfig.render.precompiled: the package holds what it writes now."""

from __future__ import annotations

import jinja2
import pytest

from nzconfig.render import precompile, precompiled


def test_the_package_is_current() -> None:
    if jinja2.__version__ != precompiled.JINJA:
        pytest.skip(f"precompiled with Jinja {precompiled.JINJA}, {jinja2.__version__} is "
                    "installed: every template is compiled at run time (the other tests)")
    assert precompile.generate() == precompile.on_disk(), (
        "a shipped template, the environment or a filter's name changed: run "
        "`python -m nzconfig.render.precompile`")


def test_module_names_are_python_names() -> None:
    assert precompile.module_name("costs/resource.md") == "t_costs_resource_md"
    assert precompile.module_name("_layout.html") == "t_layout_html"
    assert precompile.module_name("open-access-review.html").isidentifier()
