"""The shipped templates' precompiled code (nzconfig.render.precompiled) is what Jinja makes
of them now, and is used only for the very source and Jinja it was made from."""

from __future__ import annotations

import traceback

import jinja2
import pytest

from nzconfig.render import precompile, precompiled
from nzconfig.render.environment import COMPILED, environment, precompiled_code


def test_every_shipped_template_is_precompiled() -> None:
    shipped = dict(precompile._shipped())
    assert set(shipped) == set(precompiled.TEMPLATES)
    assert "member.html" in shipped
    for name, source in shipped.items():
        checksum = COMPILED.get_source_checksum(source)
        found = precompiled_code(name, checksum)
        assert found == (precompiled.TEMPLATES[name][1]
                         if jinja2.__version__ == precompiled.JINJA else None)


def test_another_source_or_jinja_is_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    name = "member.md"
    checksum = precompiled.TEMPLATES[name][0]
    assert precompiled_code(name, "0" * 40) is None  # an edited or overriding template
    assert precompiled_code("default/" + name, checksum) is None  # not a shipped name
    monkeypatch.setattr(precompiled, "JINJA", "0.0")
    assert precompiled_code(name, checksum) is None


def test_a_precompiled_template_reports_errors_at_its_file() -> None:
    env = environment(None)
    with pytest.raises(jinja2.TemplateError) as raised:
        env.get_template("index.md").render()  # no `site`: undefined
    frames = traceback.extract_tb(raised.value.__traceback__)
    assert any(frame.filename.endswith("templates/index.md") for frame in frames)
