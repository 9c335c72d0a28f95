"""What pull, drift and apply share: the repository, the settings, a client, a Snapshot."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nzconfig.engine.validate import load_network
from nzconfig.loading.loader import Document, load_file
from nzconfig.loading.model import Collection, Network
from nzconfig.loading.repo import discover
from nzconfig.services.alma import fetch
from nzconfig.services.alma.client import Client
from nzconfig.services.alma.fetch import Snapshot
from nzconfig.services.alma.keys import nz_key
from nzconfig.services.alma.settings import Settings, settings


@dataclass(slots=True)
class Session:
    root: Path
    network: Network
    settings: Settings
    files: tuple[str, ...]  # the repository files loaded

    def client(self) -> Client:
        return Client(self.settings, nz_key())

    def snapshot(self) -> Snapshot:
        with self.client() as nz:
            return fetch.read(self.settings, nz, self.network.institutions)


def editable_collections(session: Session) -> list[Collection]:
    """Every collection file that loads and names itself, valid or not: pull edits a file
    with, say, an unknown key rather than treating its collection as new. The valid ones
    are the Network's (loaded once); only the others are read again."""
    found = list(session.network.collections)
    valid = {c.doc.file for c in found}
    for source in discover(session.root)[0]:
        if source.kind != "collection" or source.file in valid:
            continue
        loaded = load_file(source.path, source.file)
        if isinstance(loaded, Document) and isinstance(loaded.data.get("name"), str):
            found.append(Collection(loaded))
    return sorted(found, key=lambda c: c.doc.file)


def open_repository(root: Path) -> Session:
    """Load the repository (a broken policy file is fatal, as in validate) and read
    policies/alma.yaml; no request is made yet."""
    network, _, files = load_network(root)
    return Session(root, network, settings(network.policy("alma")), files)
