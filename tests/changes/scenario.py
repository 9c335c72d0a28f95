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

from tests.minirepo import collection, commit, init, make_repo, put

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
    make_repo(root, base_collections())
    init(root)
    (root / "collections/old-stuff-tst.yaml").unlink()
    (root / "collections/journals-tst.yaml").unlink()
    put(root, collection("Journals Plus (TST)", ["AAA", "BBB"], package="JP",
                         cz_name="Journals CZ"))
    put(root, collection("FILMS (TST)", ["CCC"], package="Film"), "collections/films-tst.yaml")
    put(root, collection("Books (TST)", ["AAA", "CCC"], package="Pub", linking=LINKING,
                         cdi={"AAA": OVERRIDE}))
    put(root, collection("Bad (TST)", ["AAA"], status="inactive", inactive_since="2025-06-30"))
    put(root, collection("Videos (TST)", ["BBB", "CCC", "XYZ"], package="Vid"))
    commit(root, "head")
    return root
