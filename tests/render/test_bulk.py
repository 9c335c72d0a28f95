"""The bulk row filters write exactly what the template loops they replaced wrote.

Each filter is compared, on values that need every kind of escaping (CSV quoting and formula
guards, Markdown specials, HTML), with the loop the shipped template used to run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2 import DictLoader

from nzconfig.engine.validate import validate
from nzconfig.render import bulk, site
from nzconfig.render.environment import environment
from tests.support.render import rendered_files
from tests.support.repos import collection, make_repo

BOOK = {"level": "book", "method": "link_resolver"}
LOOPS = {
    "cdi-settings.csv": (
        "{% for c in site.cdi %}{% for s in c.per_member %}"
        "{{ ([c.row.title, c.row.members[loop.index0], c.row.linking, c.row_id] + s.values|list"
        " + [s.overridden, s.reason, c.note])|csv_row }}\n{% endfor %}{% endfor %}",
        "{% for b in site.cdi|bulk_cdi_csv %}{{ b }}{% endfor %}"),
    "access-matrix.csv": (
        "{% for line in site.access_matrix %}{{ ([line.row.title, line.row.access_type,"
        " line.row.status] + line.cells|list + [line.cells|select|list|length])|csv_row }}\n"
        "{% endfor %}",
        "{% for b in site.access_matrix|bulk_access_matrix_csv %}{{ b }}{% endfor %}"),
    "access-matrix.html": (
        "{% for line in site.access_matrix %}<tr>\n<th scope=\"row\"><a href=\"{{ root }}"
        "collections.html#{{ line.row.anchor }}\">{{ line.row.title }}</a></th>\n"
        "<td>{{ line.row.access_type }}</td>\n<td>{{ line.row.status }}</td>\n"
        "{% for cell in line.cells %}<td class=\"mark\">{{ \"\u2713\" if cell else \"\" }}</td>\n"
        "{% endfor %}<td class=\"number\">{{ line.cells|select|list|length }}</td>\n</tr>\n"
        "{% endfor %}",
        "{% for b in site.access_matrix|bulk_access_matrix_html(root) %}{{ b }}{% endfor %}"),
    "member.md": (
        "{% for g in member.groups %}{% for a in g.collections %}{% set r = a.row %}"
        "- [ ] {{ r.title|md }}{% if not r.active %} ({{ r.status|upper|md }}){% endif %}: "
        "{{ r.access_type|md }}{% if r.package %}, {{ r.package|md }}{% endif %}, managed via "
        "{{ r.managed_via|md }}{% if r.import_profile %} ({{ r.import_profile|md }}){% endif %}"
        ".\n{% endfor %}{% endfor %}{% for r in member.lacking %}- {{ r.title|md }}\n{% endfor %}",
        "{% for g in member.groups %}{% for b in g.collections|bulk_checklist_items %}{{ b }}"
        "{% endfor %}{% endfor %}{% for b in member.lacking|bulk_lacking_items %}{{ b }}"
        "{% endfor %}"),
    "member.html": (
        "{% for g in member.groups %}{% for a in g.collections %}{% set r = a.row %}"
        "<li><label><input type=\"checkbox\"> {{ r.label }}{% if not r.active %} "
        "<span class=\"status\">{{ r.status|upper }}</span>{% endif %}: {{ r.access_type }}"
        "{% if r.package %}, {{ r.package }}{% endif %}, managed via {{ r.managed_via }}"
        "{% if r.import_profile %} ({{ r.import_profile }}){% endif %}.</label></li>\n"
        "{% endfor %}{% endfor %}{% for r in member.lacking %}<li>{{ r.label }}</li>\n"
        "{% endfor %}",
        "{% for g in member.groups %}{% for b in g.collections|bulk_checklist_items_html %}"
        "{{ b }}{% endfor %}{% endfor %}{% for b in member.lacking|bulk_lacking_items_html %}"
        "{{ b }}{% endfor %}"),
    "member-override.md": (
        "{% set m = member.member %}{{ m.code }}\n"
        "{% for g in member.groups if g.kind == \"override\" %}"
        "{% for a in g.collections %}\n\n#### {{ a.row.label|md }}{% if not a.row.active %} "
        "({{ a.row.status|upper|md }}){% endif %}\n\n\n{{ a.row.access_type|md }}{% if "
        "a.row.package %}, {{ a.row.package|md }}{% endif %}, managed via {{ a.row.managed_via"
        "|md }}{% if a.row.import_profile %} ({{ a.row.import_profile|md }}){% endif %}.\n\n"
        "- [ ] {{ m.code|md }} is listed in the collection's Group Settings.\n{% for s in "
        "a.cdi.settings %}\n- [ ] CDI tab, {{ s.label|md }}: **{{ s.shown|md }}** ({{ "
        "s.source_text|md }})\n{% endfor %}\n{% if a.note %}\n- The other CDI settings cannot "
        "be derived: {{ a.note|md }}.\n{% endif %}\n{% endfor %}{% endfor %}",
        "{% set m = member.member %}{{ m.code }}\n"
        "{% for g in member.groups if g.kind == \"override\" %}"
        "{% for b in g.collections|bulk_override_items(m.code) %}{{ b }}{% endfor %}"
        "{% endfor %}"),
    "member-override.html": (
        "{% set m = member.member %}{{ m.code }}\n"
        "{% for g in member.groups if g.kind == \"override\" %}"
        "{% for a in g.collections %}\n<h4>{{ a.row.label }}{% if not a.row.active %} <span "
        "class=\"status\">{{ a.row.status|upper }}</span>{% endif %}</h4>\n<p>{{ "
        "a.row.access_type }}{% if a.row.package %}, {{ a.row.package }}{% endif %}, managed "
        "via {{ a.row.managed_via }}{% if a.row.import_profile %} ({{ a.row.import_profile }})"
        "{% endif %}.</p>\n<ul class=\"checklist\">\n<li><label><input type=\"checkbox\"> "
        "{{ m.code }} is listed in the collection's Group Settings.</label></li>\n{% for s in "
        "a.cdi.settings %}\n<li><label><input type=\"checkbox\"> CDI tab, {{ s.label }}: "
        "<strong>{{ s.shown }}</strong> ({{ s.source_text }})</label></li>\n{% endfor %}\n"
        "{% if a.note %}\n<li>The other CDI settings cannot be derived: {{ a.note }}.</li>\n"
        "{% endif %}\n</ul>\n{% endfor %}{% endfor %}",
        "{% set m = member.member %}{{ m.code }}\n"
        "{% for g in member.groups if g.kind == \"override\" %}"
        "{% for b in g.collections|bulk_override_items_html(m.code) %}{{ b }}{% endfor %}"
        "{% endfor %}"),
    "collections.md": (
        "{% for r in site.rows %}| {{ r.title|md }}{% if not r.active %} **{{ r.status|upper"
        "|md }}**{% endif %} | {{ r.package|md }} | {{ r.managed_via|md }} | {{ r.access_type"
        "|md }} | {{ r.acquisitions_profile|md }} | {{ r.availability|join(\" ; \")|md }} | "
        "{{ r.members|join(\"; \")|md }} |\n{% endfor %}",
        "{% for b in site.rows|bulk_collections_md %}{{ b }}{% endfor %}"),
    "collections.csv": (
        "{% for r in site.rows %}{{ [r.title, r.package, r.managed_via, r.access_type, "
        "r.acquisitions_profile, r.availability|join(\" ; \"), r.members|join(\"; \"), "
        "r.status]|csv_row }}\n{% endfor %}",
        "{% for b in site.rows|bulk_collections_csv %}{{ b }}{% endfor %}"),
    "collections.xhtml": (
        "{% for r in site.rows %}<tr><td>{{ r.title }}{% if not r.active %} "
        "<ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"colour\">Grey"
        "</ac:parameter><ac:parameter ac:name=\"title\">{{ r.status|upper }}</ac:parameter>"
        "</ac:structured-macro>{% endif %}</td><td>{{ r.package }}</td><td>{{ r.managed_via }}"
        "</td><td>{{ r.access_type }}</td><td>{{ r.acquisitions_profile }}</td><td>"
        "{% for a in r.availability %}{{ a }}{% if not loop.last %}<br/>{% endif %}{% endfor %}"
        "</td><td>{{ r.members|join(\"; \") }}</td></tr>\n{% endfor %}",
        "{% for b in site.rows|bulk_collections_xhtml %}{{ b }}{% endfor %}"),
    "collections.html": (
        "{% for r in site.rows %}<tr id=\"{{ r.anchor }}\" data-members=\"{{ r.members"
        "|join(\" \") }}\" data-access=\"{{ r.access_type }}\" data-provider=\"{{ r.package "
        "or \"(none)\" }}\" data-status=\"{{ r.status }}\">\n<td>{{ r.title }}{% if not "
        "r.active %} <span class=\"status\">{{ r.status|upper }}</span>{% endif %}</td>\n"
        "<td>{{ r.package }}</td>\n<td>{{ r.managed_via }}</td>\n<td>{{ r.access_type }}"
        "</td>\n<td>{{ r.acquisitions_profile }}</td>\n<td>{% for a in r.availability %}"
        "{{ a }}{% if not loop.last %}<br>{% endif %}{% endfor %}</td>\n<td>{{ r.members"
        "|join(\"; \") }}</td>\n</tr>\n{% endfor %}",
        "{% for b in site.rows|bulk_collections_html %}{{ b }}{% endfor %}"),
    "cdi-settings.md": (
        "{% for c in site.cdi if c.derivable or not c.row.members or c.groups|selectattr("
        "\"settings\")|list %}\n\n### {{ c.row.label|md }}{% if not c.row.active %} ({{ "
        "c.row.status|upper|md }}){% endif %}\n\n\nLinking: {{ (c.row.linking or \"not "
        "recorded\")|md }}.\n{%- if c.derivable %} Matrix row: {{ c.row_title|md }} ({{ "
        "c.row_id|md }}).{% endif %}\n\n{% if not c.row.members %}\nNo member has access.\n"
        "{% else %}\n{% if not c.derivable %}\nThe settings cannot be derived: {{ c.note|md }}."
        "\n{% endif %}\n{% if c.groups|selectattr(\"settings\")|list %}\n\n| Members |{% for "
        "label in site.cdi_labels %} {{ label|md }} |{% endfor %} Source |\n| --- |{% for "
        "label in site.cdi_labels %} --- |{% endfor %} --- |\n{% for s in c.groups if "
        "s.settings %}\n| {{ s.members|join(\", \")|md }} |{% for v in s.cells %} {{ (v.shown "
        "if v else \"\")|md }}{{ \" (override)\" if v and v.source == \"override\" else \"\" }}"
        " |{% endfor %} {{ s.sources|md }} |\n{% endfor %}\n{% endif %}\n{% endif %}\n"
        "{% endfor %}\n{% for g in site.cdi_underivable %}{% for c in g.collections %}\n"
        "- {{ c.row.label|md }}{% if not c.row.active %} ({{ c.row.status|upper|md }})"
        "{% endif %}: {{ c.row.members|join(\", \")|md }}\n{% endfor %}{% endfor %}",
        "{% for b in site.cdi|bulk_cdi_sections_md(site.cdi_labels) %}{{ b }}{% endfor %}"
        "{% for g in site.cdi_underivable %}{% for b in g.collections|bulk_cdi_underivable_md %}"
        "{{ b }}{% endfor %}{% endfor %}"),
    "cdi-settings.html": (
        "{% for c in site.cdi if c.derivable or not c.row.members or c.groups|selectattr("
        "\"settings\")|list %}\n<section id=\"{{ c.row.anchor }}\">\n<h3>{{ c.row.label }}"
        "{% if not c.row.active %} <span class=\"status\">{{ c.row.status|upper }}</span>"
        "{% endif %}</h3>\n<p>Linking: {{ c.row.linking or \"not recorded\" }}.{% if "
        "c.derivable %} Matrix row: {{ c.row_title }} ({{ c.row_id }}).{% endif %}</p>\n"
        "{% if not c.row.members %}\n<p>No member has access.</p>\n{% else %}\n{% if not "
        "c.derivable %}\n<p>The settings cannot be derived: {{ c.note }}.</p>\n{% endif %}\n"
        "{% if c.groups|selectattr(\"settings\")|list %}\n<table>\n<thead><tr><th scope="
        "\"col\">Members</th>{% for label in site.cdi_labels %}<th scope=\"col\">{{ label }}"
        "</th>{% endfor %}<th scope=\"col\">Source</th></tr></thead>\n<tbody>\n{% for s in "
        "c.groups if s.settings %}\n<tr><td>{{ s.members|join(\", \") }}</td>{% for v in "
        "s.cells %}<td>{{ v.shown if v else \"\" }}{{ \" (override)\" if v and v.source == "
        "\"override\" else \"\" }}</td>{% endfor %}<td>{{ s.sources }}</td></tr>\n{% endfor %}"
        "\n</tbody>\n</table>\n{% endif %}\n{% endif %}\n</section>\n{% endfor %}\n"
        "{% for g in site.cdi_underivable %}{% for c in g.collections %}\n<li id=\"{{ "
        "c.row.anchor }}\">{{ c.row.label }}{% if not c.row.active %} <span class=\"status\">"
        "{{ c.row.status|upper }}</span>{% endif %}: {{ c.row.members|join(\", \") }}</li>\n"
        "{% endfor %}{% endfor %}",
        "{% for b in site.cdi|bulk_cdi_sections_html(site.cdi_labels) %}{{ b }}{% endfor %}"
        "{% for g in site.cdi_underivable %}{% for b in g.collections|bulk_cdi_underivable_html"
        " %}{{ b }}{% endfor %}{% endfor %}"),
}
NASTY = ['Comma, "quoted" & <b>bold</b> (TST)', "=HYPERLINK(1) (TST)", "# *x* | y_z [TST]",
         "-1. start `code` \\ (TST)", "Plain (TST)",
         "Hidden \u202e\u200b\tmarks 'q' (TST)"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> site.Site:
    members = ["AAA", "BBB", "CCC", "DDD"]
    colls = []
    for i, name in enumerate(NASTY):
        # Every collection valid by the schema (an empty package would drop it from the
        # network, and with it the override below).
        extra: dict[str, object] = {"linking": BOOK, "availability": NASTY[i:i + 2]}
        if i % 2:
            extra["package"] = name
        if i == 1:
            extra.update(status="inactive", managed_via="import_profile",
                         import_profile="Loader, <one> | =2")
        if i == 2:
            extra["cdi"] = {"BBB": {"subscribe_to_only_some_titles_in_the_collection": False,
                                    "reason": 'a reason, "quoted" | <odd>'}}
        if i == 3:  # an override where the other settings cannot be derived
            del extra["linking"]
            extra["cdi"] = {"CCC": {"cdi_search_activation_status": False,
                                    "reason": "local <full> text | *x*"}}
        colls.append(collection(name, members[: 1 + i % 4], **extra))
    repo = make_repo(tmp_path_factory.mktemp("bulk"), colls, tuple(members))
    return site.build(validate(repo))


@pytest.mark.parametrize("page", sorted(LOOPS))
def test_a_bulk_filter_writes_what_its_loop_wrote(built: site.Site, page: str) -> None:
    loop, filtered = LOOPS[page]
    suffix = Path(page).suffix  # autoescaped as that page is
    env = environment(None, site.VIEWS)
    env.filters.update(bulk.filters())
    env.loader = DictLoader({f"loop{suffix}": loop, f"bulk{suffix}": filtered})
    for member in built.members:
        context = {"site": built, "root": "../<a>/", "member": site.checklist(built, member)}
        expected = env.get_template(f"loop{suffix}").render(context)
        assert expected  # the case is not vacuous
        assert env.get_template(f"bulk{suffix}").render(context) == expected


def test_a_repository_override_can_loop_over_the_rows_itself(tmp_path: Path) -> None:
    """An override of a bulk-rendered page still reads every row through the sandbox."""
    colls = [collection(name, ["AAA", "BBB"][: 1 + i % 2], linking=BOOK)
             for i, name in enumerate(NASTY)]
    repo = make_repo(tmp_path / "repo", colls)
    shipped = rendered_files(repo, validate(repo))["access-matrix.csv"]
    (repo / "templates").mkdir()
    (repo / "templates" / "access-matrix.csv").write_text(
        '{{ (["Collection Name", "Access Type", "Status"] + site.members|map(attribute="code")'
        '|list + ["Total"])|csv_row }}\n' + LOOPS["access-matrix.csv"][0]
        + '{{ (["Total", "", ""] + site.member_totals|list + [site.member_totals|sum])'
        '|csv_row }}\n{{ site.access_matrix|length }} {{ site.access_matrix[0].row.title }}\n',
        encoding="utf-8")
    overridden = rendered_files(repo, validate(repo))["access-matrix.csv"].decode()
    body, _, last = overridden.rstrip("\n").rpartition("\n")
    assert (body + "\n").encode() == shipped
    assert last.startswith(f"{len(NASTY)} ") and len(last) > len(f"{len(NASTY)} ")


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_only_a_bulk_block_printed_as_it_is_skips_the_finalize(built: site.Site,
                                                              suffix: str) -> None:
    """The blocks' values were made visible when the lines were made; whatever a template
    builds from a block is a new string, and is finalized like any other."""
    env = environment(None, site.VIEWS)
    env.filters.update(bulk.filters())
    env.loader = DictLoader({f"t{suffix}": (
        "{% for b in member.lacking|bulk_lacking_items_html %}{{ b }}|{{ b ~ hidden }}|"
        "{{ b|length > 0 }}{% endfor %}")})
    member = next(m for m in built.members if site.checklist(built, m).lacking)
    text = env.get_template(f"t{suffix}").render(
        {"member": site.checklist(built, member), "hidden": "\u202e"})
    assert "\u202e" not in text and "&lt;li" not in text  # its markup stays markup
    assert text.count("</li>\n\\u202e|True") == 1


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from("aZ9 &<>\"'\t\n\x1f\x7f\u202e\u00e9"), max_size=20))
def test_html_cells_are_escaped_as_autoescape_prints_them(value: str) -> None:
    from markupsafe import escape

    from nzconfig.core.markup import visible

    assert bulk.html_cell(value) == str(escape(visible(value, lines=True)))


def test_the_access_matrix_of_a_site_without_members(built: site.Site) -> None:
    from nzconfig.core.markup import csv_row

    lines = site.MatrixLines(built.rows, ())
    expected = "".join(csv_row([r.title, r.access_type, r.status]) + ",0\n"
                       for r in built.rows)
    assert "".join(b.text for b in bulk.access_matrix_csv(lines)) == expected
    assert "".join(b.text for b in bulk.access_matrix_csv(list(lines))) == expected
