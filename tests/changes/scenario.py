"""A scripted change in a temporary git repository, shared by the diff and plan tests.

Base commit → head commit:
- Old Stuff (TST) removed; Videos (TST) added (for BBB, CCC and XYZ, which is no member:
  one new error);
- Journals (TST) renamed Journals Plus (TST) with its file (matched by cz_name);
  Films (TST) renamed FILMS (TST) in place (matched by file);
- Books (TST): CCC added, BBB removed, AAA's CDI override changes one setting;
- Bad (TST): QQQ (no member: the old error) removed, status inactive.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.repos import as_files, collection, dumps, history

LINKING = {"level": "book", "method": "link_resolver"}
OVERRIDE = {"subscribe_to_only_some_titles_in_the_collection": False,
            "reason": "AAA owns the whole package"}


def base_collections() -> list[dict[str, object]]:
    return [
        collection("Books (TST)", ["AAA", "BBB"], package="Pub", linking=LINKING),
        collection("Old Stuff (TST)", ["AAA"], package="Old"),
        collection("Journals (TST)", ["AAA", "BBB"], package="JP", cz_name="Journals CZ"),
        collection("Films (TST)", ["CCC"], package="Film"),
        collection("Bad (TST)", ["AAA", "QQQ"]),
    ]


def build(root: Path) -> Path:
    """The repository at the head commit; HEAD~1 is the base."""
    head = {
        "collections/old-stuff-tst.yaml": None,
        "collections/journals-tst.yaml": None,
        **as_files(
            collection("Journals Plus (TST)", ["AAA", "BBB"], package="JP",
                       cz_name="Journals CZ"),
            collection("Books (TST)", ["AAA", "CCC"], package="Pub", linking=LINKING,
                       cdi={"AAA": OVERRIDE}),
            collection("Bad (TST)", ["AAA"], status="inactive", inactive_since="2025-06-30"),
            collection("Videos (TST)", ["BBB", "CCC", "XYZ"], package="Vid")),
        "collections/films-tst.yaml": dumps(collection("FILMS (TST)", ["CCC"], package="Film")),
    }
    history(root, [as_files(*base_collections()), head], base="minimal")
    return root
