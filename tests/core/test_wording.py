"""One wording for each fact: CDI values as on Alma's CDI tab, plurals, "did you mean"."""

from __future__ import annotations

import re

from nzconfig.core.wording import and_list, cdi_value, did_you_mean, nearest, plural
from nzconfig.domain import cdi
from tests.conftest import ROOT


def test_cdi_values_use_the_words_of_each_control_on_the_cdi_tab() -> None:
    assert cdi_value("cdi_search_activation_status", True) == "Active"
    assert cdi_value("cdi_search_activation_status", False) == "Inactive"
    assert cdi_value("subscribe_to_only_some_titles_in_the_collection", True) == "Yes"
    name = "do_not_show_as_full_text_available_in_cdi_even_if_active_in_alma"
    assert (cdi_value(name, True), cdi_value(name, False)) == ("Checked", "Not checked")
    assert cdi_value(name, None) == "(not set)"
    assert {cdi_value(s, True) for s in cdi.SETTINGS} <= {"Active", "Yes", "Checked"}


def test_plural() -> None:
    assert plural(1, "file") == "1 file"
    assert plural(0, "file") == "0 files"
    assert plural(2, "policy", "policies") == "2 policies"


def test_and_list() -> None:
    assert [and_list(words) for words in ([], ["a"], ["a", "b"], ["a", "b", "c"])] == [
        "", "a", "a and b", "a, b and c"]


def test_did_you_mean_ignores_case_and_keeps_the_choice_as_written() -> None:
    assert nearest("permited", ["Permitted", "Prohibited"]) == "Permitted"
    assert did_you_mean("nz2O1", ["NZ201", "NZ202"]) in {"did you mean `NZ201`?",
                                                         "did you mean `NZ202`?"}
    assert did_you_mean("zzzz", ["NZ201"]) is None


def test_no_module_words_these_its_own_way() -> None:
    """A second plural, an inline ``'s' if n != 1``, or a direct difflib call is a copy."""
    inline = re.compile(r"""'s' if \w[^']*!= 1|== 1 else 's'|get_close_matches\(|def plural\(""")
    found = [p.relative_to(ROOT).as_posix() for p in (ROOT / "src").rglob("*.py")
             if p.name != "wording.py" and inline.search(p.read_text(encoding="utf-8"))]
    assert found == []
