"""Publishing pages to Confluence: create what is missing, update only what changed, and never
overwrite a person's edit without being told to.

Confluence's own "has it changed" is unreliable for generated tables (it normalises the
storage format it is given), so nzconfig keeps a content property on each page it publishes:
the hash of what it sent and the page version its save produced. A page whose content hash
matches is left alone; a page whose version has moved past the recorded one was saved by
someone else since, and is refused unless ``force``.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from nzconfig.core.errors import EXIT_FINDINGS, EXIT_OK, Echo, FatalError
from nzconfig.services.confluence import (
    Conflict,
    Confluence,
    ConfluenceError,
    Property,
    RemotePage,
)

PROPERTY = "nzconfig-publish"


@dataclass(frozen=True, slots=True)
class Document:
    """A page to publish: its title in the space and its body in storage format."""

    title: str
    body: str


@dataclass(frozen=True, slots=True)
class Action:
    verb: str  # "create", "update", "leave", "refuse", or "stale" (nzconfig's, no longer made)
    title: str
    why: str  # for update and refuse


def digest(document: Document, parent: str) -> str:
    h = hashlib.sha256()
    for part in (parent, document.title, document.body):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def publish(client: Confluence, space: str, parent: str, documents: Iterable[Document],
            message: str, *, force: bool = False, dry_run: bool = False) -> list[Action]:
    """Publish ``documents`` as children of the page ``parent`` (an id, or a title in the
    space). Returns what was done (or, with ``dry_run``, what would be), one Action each."""
    top = _parent(client, space, parent)
    actions = []
    for document in documents:
        remote = client.find(space, document.title)
        wanted = digest(document, top.id)
        if remote is None:
            actions.append(Action("create", document.title, ""))
            if not dry_run:
                page = client.create(space, top.id, document.title, document.body, message)
                _record(client, page, wanted, message, None)
            continue
        recorded = client.property(remote.id, PROPERTY)
        action = _decide(remote, recorded, wanted, force)
        actions.append(action)
        if action.verb == "update" and not dry_run:
            try:
                page = client.update(remote, top.id, document.title, document.body, message)
            except Conflict:
                actions[-1] = Action("refuse", remote.title, "saved by someone while nzconfig "
                                                             "was publishing; run it again")
                continue
            _record(client, page, wanted, message, recorded)
    published = {a.title for a in actions}
    for child in client.children(top.id):
        if child.title not in published and client.property(child.id, PROPERTY) is not None:
            actions.append(Action("stale", child.title, "published by nzconfig, no longer "
                                                        "produced; delete it in Confluence "
                                                        "if nobody needs it"))
    return actions


def _decide(remote: RemotePage, recorded: Property | None, wanted: str,
            force: bool) -> Action:
    title = remote.title
    if recorded is None:
        if force:
            return Action("update", title, "a page of this title that nzconfig did not "
                                           "publish, overwritten (--force)")
        return Action("refuse", title, "a page of this title exists that nzconfig did not "
                                       "publish; rename it, or use --force to overwrite it")
    published = recorded.value.get("version")
    if published != remote.version:
        who = f" by {remote.by}" if remote.by else ""
        edit = (f"edited{who} since nzconfig published it (version {remote.version}, "
                f"nzconfig wrote version {published})")
        if force:
            return Action("update", title, f"{edit}; overwritten (--force)")
        return Action("refuse", title, f"{edit}; move the change into the repository, "
                                       "then publish with --force")
    if recorded.value.get("hash") == wanted:
        return Action("leave", title, "")
    return Action("update", title, "the content changed")


def _record(client: Confluence, page: RemotePage, wanted: str, message: str,
            current: Property | None) -> None:
    client.set_property(page.id, PROPERTY,
                        {"hash": wanted, "version": page.version, "message": message},
                        current)


def _parent(client: Confluence, space: str, parent: str) -> RemotePage:
    page = client.get(parent) if parent.isdigit() else client.find(space, parent)
    if page is None:
        raise ConfluenceError(f"no parent page `{parent}` in space {space}: create it first, "
                              "or give its id")
    return page


def from_repository(repo: Path, space: str, parent: str, url: str | None, echo: Echo, *,
                    dry_run: bool = False, force: bool = False) -> int:
    """``nzconfig publish confluence``: validate ``repo`` (refused with errors unless
    ``force``), render its pages and publish them; each action, a summary, the exit code."""
    from nzconfig.engine.validate import validate
    from nzconfig.render import run, storage
    from nzconfig.services.confluence import Credentials

    outcome = validate(repo)
    if run.refused(outcome, force, echo,
                   lambda n: f"publish refused: {repo} has {n}; fix them, or use --force"):
        return EXIT_FINDINGS
    message = f"nzconfig publish from {_commit(repo)}"
    documents = (Document(p.title, p.body)
                 for p in storage.pages(run.rendered(repo, outcome)))
    try:
        credentials = Credentials.from_env(os.environ, url)
        with Confluence(credentials) as client:
            actions = publish(client, space, parent, documents, message, force=force,
                              dry_run=dry_run)
    except ConfluenceError as exc:
        raise FatalError(exc.message) from exc
    for a in actions:
        echo(f"{a.verb} {a.title}{chr(10) + '  ' + a.why if a.why else ''}")
    counts = {verb: sum(a.verb == verb for a in actions)
              for verb in ("create", "update", "leave", "refuse", "stale")}
    would = "would " if dry_run else ""
    echo(f"{credentials.url} space {space}: {would}create {counts['create']}, "
         f"{would}update {counts['update']}, leave {counts['leave']}, "
         f"refused {counts['refuse']}, stale {counts['stale']}")
    return EXIT_FINDINGS if counts["refuse"] else EXIT_OK


def _commit(repo: Path) -> str:
    """The commit the pages come from, for each version's message."""
    try:
        done = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short=12", "HEAD"],
                              capture_output=True, text=True, check=False, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return "a working tree (git unavailable)"
    commit = done.stdout.strip()
    if done.returncode or not commit:
        return "a working tree that is not a git checkout"
    dirty = subprocess.run(["git", "-C", str(repo), "status", "--porcelain", "--", "."],
                           capture_output=True, text=True, check=False, timeout=30)
    return f"commit {commit}{' with uncommitted changes' if dirty.stdout.strip() else ''}"
