"""One place that finds and loads the rule data in ``lexicons/``.

Every loader names the file and the entry when the data is wrong, so a typo in
a lexicon fails loudly instead of silently matching nothing.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and the entry."""


def lexicon_path(name: str) -> Path:
    """Path of a file in the installed ``lexicons`` package."""
    path = Path(str(resources.files("lexicons").joinpath(name)))
    if not path.exists():
        raise LexiconError(f"lexicon file not found: {path}")
    return path


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    path = lexicon_path(name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise LexiconError(f"{path.name}: not valid JSON ({error})") from None


def check_keys(entry: dict, allowed: Iterable[str], where: str, required: Iterable[str] = ()) -> None:
    allowed = set(allowed)
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")
    missing = [key for key in required if key not in entry]
    if missing:
        raise LexiconError(f"{where}: missing key(s) {', '.join(missing)}")


def load_object(name: str, allowed: Iterable[str], required: Iterable[str] = ()) -> dict:
    """A JSON object file whose top-level keys are checked."""
    data = load_json(name)
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: expected a JSON object at the top level")
    check_keys(data, allowed, name, required)
    return data
