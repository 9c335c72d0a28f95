"""The words every output uses for the same thing: a CDI setting's value, a count of things,
a "did you mean" hint. One function each, so that a checklist, a diff, a plan and a finding
never word the same fact two ways."""

from __future__ import annotations

from collections.abc import Iterable

# A CDI setting's value in the words of its control on Alma's CDI tab, so that a person
# following a checklist, a diff or a plan finds on the screen what the page says: a drop-down
# (Active/Inactive), a Yes/No choice, or a check box (Checked/Not checked; the seed's "Check
# for Yes"). Settings not listed are check boxes.
_CDI_WORDS: dict[str, tuple[str, str]] = {
    "cdi_search_activation_status": ("Active", "Inactive"),
    "subscribe_to_only_some_titles_in_the_collection": ("Yes", "No"),
}
_CHECKBOX = ("Checked", "Not checked")
NOT_SET = "(not set)"


def cdi_value(setting: str, value: bool | None) -> str:
    """A CDI setting's value as Alma's CDI tab shows it; ``(not set)`` for None."""
    if value is None:
        return NOT_SET
    yes, no = _CDI_WORDS.get(setting, _CHECKBOX)
    return yes if value else no


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 file``, ``2 files``; ``many`` where adding an s is wrong."""
    return f"{n} {word}" if n == 1 else f"{n} {many or word + 's'}"


def and_list(items: Iterable[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    words = list(items)
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def nearest(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The closest choice, compared case-insensitively (``permitted`` finds ``Permitted``)."""
    by_folded: dict[str, str] = {}
    for choice in choices:
        by_folded.setdefault(choice.casefold(), choice)
    from difflib import get_close_matches  # only when a hint is made

    close = get_close_matches(word.casefold(), sorted(by_folded), n=1, cutoff=cutoff)
    return by_folded[close[0]] if close else None


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    """``did you mean `X`?`` for the nearest choice, or None when nothing is near."""
    close = nearest(word, choices, cutoff)
    return f"did you mean `{close}`?" if close else None
