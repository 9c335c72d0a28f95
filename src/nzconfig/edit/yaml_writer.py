"""The one comment-preserving YAML writer: every command that changes the repository's data
files (pull, fmt, member edits, usage import) goes through it.

    doc = YamlDocument.open(path, "collections/jstor-wrlc.yaml")
    doc.set(("alma_id",), "61234", order=KEYS)   # a new key lands where KEYS puts it
    doc.set(("members",), ["AMU", "GWA"])        # list edited in place: item comments stay
    write_all([doc, YamlDocument.new(other, {"name": "X (WRLC)", ...})])

- Round trip with ruamel.yaml: comments, blank lines, key order, quoting and every key
  nobody set are kept. A document nobody changed gives back its original bytes.
- The repository's reading is kept: files are read by YAML 1.2 (``NO`` stays text), and a
  string that would read as another type (``'010'``, ``'true'``) is quoted. Every changed
  text is read back through the repository's own loader and must give the intended data,
  or nothing is written (:class:`WriterError`).
- A file is opened only if the repository's loader accepts it (no tags, alias bombs, merge
  keys or duplicate keys): the writer never edits what validate would refuse.
- New files take the canonical form: block style, two-space mappings, list items at the
  key's indentation, no line folding (what ``import-table`` writes).
- Deterministic: the same edits give the same bytes.
- :func:`write_all` is all or nothing: every file is staged beside its target first, then
  all are moved into place; if a move fails, the files already moved are put back.
"""

from __future__ import annotations

import difflib
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from nzconfig.core.diagnostics import Diagnostic
from nzconfig.core.errors import FatalError
from nzconfig.core.fsutil import Refused, file_mode, read_regular
from nzconfig.core.limits import MAX_FILE_BYTES
from nzconfig.edit.yaml_tree import give_tail, insert, remove, take_tail
from nzconfig.loading.loader import Document, decode, load_text

Key = str | int
KeyPath = Sequence[Key]

_BOM = "\ufeff"
_WIDTH = 4096  # never fold a long line: availability statements are one line each
# Characters YAML treats as line breaks or that a plain or single-quoted scalar cannot
# carry; a string holding one is written double-quoted, with escapes.
NEEDS_ESCAPES = frozenset("\x85\u2028\u2029\ufeff") | frozenset(map(chr, range(32)))


class WriterError(FatalError):
    """The file cannot be edited (the loader refuses it), or an edit would change what the
    file means when read back. Raised before anything is written (exit code 2)."""


class YamlDocument:
    """One YAML file opened for editing. ``file`` is the name shown in messages."""

    def __init__(self, path: Path, file: str, text: str | None, *, bom: bool = False,
                 indent: tuple[int, int] = (2, 0)) -> None:
        self.path = path
        self.file = file
        self.original = text  # None for a new file
        self._bom = bom
        self._yaml = _yaml(*indent)
        self._root: CommentedMap = (self._yaml.load(text) if text is not None
                                    else CommentedMap())
        self._dirty = text is None
        self._text: str | None = None  # the last dump, until the next edit
        self._header = ""  # comment lines a new file starts with

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, file: str | None = None) -> YamlDocument:
        """Read ``path``; refused (WriterError) if the repository's loader refuses it."""
        name = file or path.name
        try:
            raw = read_regular(path, MAX_FILE_BYTES)
        except OSError as exc:
            raise WriterError(f"{name}: cannot be read: {exc.strerror or exc}") from None
        except Refused as exc:
            raise WriterError(f"{name}: {exc}; not edited") from None
        text = decode(raw, name)
        if isinstance(text, Diagnostic):
            raise WriterError(f"{name}: cannot be edited until this is fixed", [text])
        return cls.parse(text, path, name, bom=raw.startswith(b"\xef\xbb\xbf"))

    @classmethod
    def parse(cls, text: str, path: Path, file: str | None = None, *,
              bom: bool = False) -> YamlDocument:
        """A document from text already read (``path`` is where it will be written)."""
        name = file or path.name
        checked = load_text(text, name)
        if not isinstance(checked, Document):
            raise WriterError(f"{name}: cannot be edited until this is fixed", checked)
        return cls(path, name, text, bom=bom, indent=_indentation(checked))

    @classmethod
    def new(cls, path: Path, data: Mapping[str, Any], file: str | None = None, *,
            header: str = "") -> YamlDocument:
        """A new file in the canonical form, holding ``data`` in its key order, after the
        comment lines ``header`` (the editor's schema line: ``editor_header``)."""
        doc = cls(path, file or path.name, None)
        doc._header = header
        for key, value in data.items():
            doc._root[key] = _node(value)
        return doc

    # -- reading -------------------------------------------------------------------------

    def get(self, path: KeyPath, default: Any = None) -> Any:
        """The plain value at ``path`` (dicts, lists, str, int, Decimal, bool, None)."""
        node: Any = self._root
        for key in path:
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                return default
        return plain(node)

    def data(self) -> dict[str, Any]:
        result: dict[str, Any] = plain(self._root)
        return result

    @property
    def changed(self) -> bool:
        """Whether :meth:`text` differs from what the file holds (always true for a new file)."""
        return self.original is None or self.text() != self.original

    # -- editing -------------------------------------------------------------------------

    def set(self, path: KeyPath, value: Any, *, order: Sequence[str] = ()) -> bool:
        """Set the value at ``path``, creating missing mappings on the way. Returns whether
        anything changed. An equal value is left as written (comments, quoting, style).

        Lists of plain values are edited in place (items kept keep their comments);
        mappings are merged key by key, and keys the new mapping lacks are removed. A new
        key of a mapping is placed by ``order`` (the keys of the mapping at ``path[:-1]``):
        right after the last sibling ``order`` puts before it, else before the first it puts
        after it, else at the end.
        """
        if not path:
            raise ValueError("set() needs a key path")
        node: Any = self._root
        for depth, key in enumerate(path[:-1]):
            if isinstance(node, CommentedMap) and key not in node:
                # Build the missing mappings with the value, so that they go in whole.
                value = _nested(path[depth + 1:], value)
                path = path[: depth + 1]
                break
            node = self._step(node, key)
        changed = _assign(node, path[-1], value, order)
        if changed:
            self._dirty, self._text = True, None
        return changed

    def delete(self, path: KeyPath) -> bool:
        """Remove the key or list item at ``path``; returns whether it was there."""
        if not path:
            raise ValueError("delete() needs a key path")
        parent = self._container(path[:-1])
        key = path[-1]
        if parent is None or not _has(parent, key):
            return False
        remove(parent, key)
        self._dirty, self._text = True, None
        return True

    def reshape(self, change: Callable[[CommentedMap], None]) -> bool:
        """Let ``change`` edit the document's tree in place (fmt's reordering pass: ruamel's
        own nodes, so comments move with their keys); whether the text now differs. The new
        text is read back and verified like every other edit's."""
        change(self._root)
        self._dirty, self._text = True, None
        return self.changed

    def _container(self, path: KeyPath) -> Any:
        node: Any = self._root
        for key in path:
            if not _has(node, key):
                return None
            node = self._step(node, key)
        return node

    def _step(self, node: Any, key: Key) -> Any:
        if not _has(node, key):
            raise WriterError(f"{self.file}: no list item {key}; not edited")
        child = node[key]
        if not isinstance(child, CommentedMap | CommentedSeq):
            raise WriterError(f"{self.file}: `{key}` holds a single value, not a mapping "
                              "or list; not edited")
        return child

    # -- writing -------------------------------------------------------------------------

    def text(self) -> str:
        """The file's new text: the original, byte for byte, when nothing changed."""
        if not self._dirty and self.original is not None:
            return self.original
        if self._text is None:
            out = io.StringIO()
            out.write(self._header)
            self._yaml.dump(self._root, out)
            self._verify(out.getvalue())
            self._text = out.getvalue()
        return self._text

    def _verify(self, text: str) -> None:
        """Read the new text as validate will; it must give the data we mean."""
        read = load_text(text, self.file)
        if not isinstance(read, Document):
            raise WriterError(f"{self.file}: the edited text would not load; nothing written",
                              read)
        if read.data != self.data():
            raise WriterError(f"{self.file}: the edited text would read back differently; "
                              "nothing written (please report this)")

    def encoded(self) -> bytes:
        return ((_BOM if self._bom else "") + self.text()).encode("utf-8")

    def diff(self, label: str | None = None) -> str:
        """A unified diff from the file as it is to the new text ("" when unchanged)."""
        name = label or self.file
        before = (self.original or "").splitlines(keepends=True)
        after = self.text().splitlines(keepends=True)
        old = "/dev/null" if self.original is None else f"a/{name}"
        lines = difflib.unified_diff(before, after, old, f"b/{name}")
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                       for line in lines)


def dump(data: Mapping[str, Any]) -> str:
    """``data`` as a YAML text in the canonical form."""
    return YamlDocument.new(Path("new.yaml"), data).text()


def write_all(documents: Iterable[YamlDocument]) -> list[Path]:
    """Write every changed document as one transaction; returns the paths written."""
    files = {doc.path: doc.encoded() for doc in documents if doc.changed}
    write_files(files)
    return sorted(files)


def write_files(files: Mapping[Path, bytes]) -> None:
    """All or nothing: stage every file beside its target (flushed to disk), then rename
    each into place. A failure while staging leaves every target untouched; a failure while
    moving puts back the files already moved."""
    staged: list[tuple[Path, str]] = []
    try:
        for path, data in sorted(files.items()):
            staged.append((path, _stage(path, data)))
    except BaseException:
        for _, temp in staged:
            Path(temp).unlink(missing_ok=True)
        raise
    moved: list[tuple[Path, str | None]] = []
    try:
        for path, temp in staged:
            backup = _backup(path)
            os.replace(temp, path)
            moved.append((path, backup))
    except BaseException:
        for path, backup in reversed(moved):
            if backup is None:
                path.unlink(missing_ok=True)
            else:
                os.replace(backup, path)
        moved.clear()
        raise
    finally:
        for _, temp in staged:
            Path(temp).unlink(missing_ok=True)
        for _, backup in moved:
            if backup is not None:
                Path(backup).unlink(missing_ok=True)


def _stage(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, file_mode(path))
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return temp


def _backup(path: Path) -> str | None:
    """A second name for the file about to be replaced, so that it can be put back."""
    if not path.exists():
        return None
    fd, backup = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent)
    os.close(fd)
    os.unlink(backup)
    os.link(path, backup)
    return backup


# -- ruamel set-up and conversions -----------------------------------------------------------


def _yaml(mapping: int, offset: int) -> YAML:
    yaml = YAML(typ="rt")
    yaml.version = None  # read as YAML 1.2, write no %YAML directive
    yaml.preserve_quotes = True
    yaml.width = _WIDTH
    yaml.indent(mapping=mapping, sequence=offset + 2, offset=offset)
    yaml.Representer = _Representer
    return yaml


class _Representer(RoundTripRepresenter):
    """Decimals (the loader's numbers) as plain numbers."""

    def represent_decimal(self, data: Decimal) -> Any:
        text = str(data)
        if data == data.to_integral_value() and "E" not in text and "." not in text:
            return self.represent_scalar("tag:yaml.org,2002:int", text)
        return self.represent_scalar("tag:yaml.org,2002:float", text)


_Representer.add_representer(Decimal, _Representer.represent_decimal)


def plain(node: Any) -> Any:
    """ruamel's round-trip values as the plain values the loader gives."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, date) and not isinstance(node, datetime):
        # ruamel reads `2027-06-30` as a date; written back it is the same plain text, which
        # the repository's loader (YAML 1.2 core) reads as that string.
        return node.isoformat()
    if isinstance(node, str):
        return str(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return Decimal(repr(float(node)))
    return node


def _node(value: Any) -> Any:
    """A plain value as a ruamel value in the canonical (block) style."""
    if isinstance(value, Mapping):
        result = CommentedMap()
        for key, item in value.items():
            result[str(key)] = _node(item)
        return result
    if isinstance(value, list | tuple):
        return CommentedSeq(_node(item) for item in value)
    if isinstance(value, str) and NEEDS_ESCAPES.intersection(value):
        return DoubleQuotedScalarString(value)
    if value is None or isinstance(value, bool | int | str | Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    raise TypeError(f"cannot write a {type(value).__name__} to YAML")


def _indentation(doc: Document) -> tuple[int, int]:
    """The file's own (mapping indent, list dash offset), from where the loader found the
    second-level keys and list items, so that an edit does not re-indent the whole file."""
    mapping = min((col - 1 for p, (_, col) in doc.key_positions.items() if len(p) == 2
                   and isinstance(p[1], str) and 2 < col <= 9), default=2)
    offset = min((col - 3 for p, (_, col) in doc.positions.items() if len(p) == 2
                  and isinstance(p[1], int) and 3 <= col <= mapping + 3), default=0)
    return mapping, offset if 0 <= offset <= mapping else 0


def _same(a: Any, b: Any) -> bool:
    """Equal and of the same kinds all the way down (``True`` is not ``1``)."""
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return a is b
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(_same, a, b))
    if isinstance(a, str) or isinstance(b, str):
        return isinstance(a, str) and isinstance(b, str) and a == b
    return type(a) is type(b) and bool(a == b)


def _nested(path: KeyPath, value: Any) -> Any:
    for key in reversed(path):
        value = {key: value}
    return value


def _has(container: Any, key: Key) -> bool:
    if isinstance(container, CommentedMap):
        return key in container
    return isinstance(key, int) and isinstance(container, CommentedSeq) \
        and -len(container) <= key < len(container)


def _assign(parent: Any, key: Key, value: Any, order: Sequence[str]) -> bool:
    if isinstance(parent, CommentedSeq):
        if not _has(parent, key):
            raise IndexError(f"no list item {key}")
        assert isinstance(key, int)
        return _replace(parent, key, value)
    if key not in parent:
        insert(parent, str(key), _node(value), order)
        return True
    return _replace(parent, key, value)


def _replace(parent: Any, key: Key, value: Any) -> bool:
    old = parent[key]
    if _same(plain(old), plain(_node(value))):
        return False
    if isinstance(old, CommentedMap) and isinstance(value, Mapping):
        changed = False
        keys = [str(k) for k in value]
        for k in list(old):
            if k not in value:
                remove(old, k)
                changed = True
        for k, item in value.items():
            changed |= _assign(old, str(k), item, keys)
        return changed
    if isinstance(old, CommentedSeq) and isinstance(value, list | tuple) \
            and not any(isinstance(v, dict | list) for v in (*old, *value)):
        return edit_list(old, list(value))
    tail = take_tail(parent, key)
    parent[key] = _node(value)
    give_tail(parent, key, tail)
    return True


def edit_list(old: CommentedSeq, new: list[Any]) -> bool:
    """Turn ``old`` into ``new`` by deleting and inserting items, so that the items that
    stay keep their comments."""
    before = [plain(v) for v in old]
    matcher = difflib.SequenceMatcher(a=before, b=new, autojunk=False)
    changed = False
    for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
        if tag == "equal":
            continue
        changed = True
        for index in range(i2 - 1, i1 - 1, -1):
            remove(old, index)
        for offset, item in enumerate(new[j1:j2]):
            insert(old, i1 + offset, _node(item), ())
    return changed
