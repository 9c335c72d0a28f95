"""The shipped templates' precompiled code (nzconfig.render.precompiled) is what Jinja makes
of them now, and is used only for the very source and Jinja it was made from."""

from __future__ import annotations

import traceback
from types import CodeType

import jinja2
import pytest

from nzconfig.render import precompile, precompiled
from nzconfig.render.environment import COMPILED, environment, precompiled_code


def test_every_shipped_template_is_precompiled() -> None:
    shipped = dict(precompile._shipped())
    assert set(shipped) == set(precompiled.TEMPLATES)
    assert "member.html" in shipped
    current = jinja2.__version__ == precompiled.JINJA
    for name, source in shipped.items():
        found = precompiled_code(name, COMPILED.get_source_checksum(source))
        if not current:
            assert found is None
            continue
        assert found is not None
        module = precompile.FOLDER / f"{precompiled.TEMPLATES[name][1]}.py"
        assert found == compile(module.read_text(encoding="utf-8"), str(module), "exec",
                                dont_inherit=True)


def test_a_precompiled_template_is_compiled_from_its_file() -> None:
    if jinja2.__version__ != precompiled.JINJA:
        pytest.skip("precompiled with another Jinja")
    code = COMPILED.get_bucket(environment(None), "index.md", "/x/templates/index.md",
                               dict(precompile._shipped())["index.md"]).code
    assert code is not None
    names = {code.co_filename}
    nested = [c for c in code.co_consts if isinstance(c, CodeType)]
    assert nested  # the template's functions (root, blocks)
    names |= {c.co_filename for c in nested}
    assert names == {"/x/templates/index.md"}  # as pages._frame finds a template's frames


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
