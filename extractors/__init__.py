"""Packet ingestion and clinical finding extraction.

Importing the package first makes spaCy's command line load when it is first used
(see ``_defer_spacy_cli``), before any of its modules imports spaCy.
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types


_DEFERRED = ("spacy.cli", "spacy.cli.info")


class _DeferredModule(types.ModuleType):
    """A module whose code runs on first use of an attribute it does not yet hold; a package's
    submodules import as usual, from ``__path__``."""

    def __getattr__(self, name: str):
        if name.startswith("__") or not self._load():
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        return getattr(self, name)

    def _load(self) -> bool:
        real = self.__dict__.pop("_real_spec", None)
        if real is None:
            return False
        self.__class__ = types.ModuleType  # from here on, an ordinary module, its own code run in it
        self.__spec__, self.__loader__ = real, real.loader
        real.loader.exec_module(self)
        return True


class _DeferredLoader(importlib.abc.Loader):
    def __init__(self, real):
        self.real = real

    def create_module(self, spec):
        module = _DeferredModule(spec.name)
        module._real_spec = self.real
        return module

    def exec_module(self, module) -> None:
        if module.__name__ == "spacy.cli.info":
            def info(*args, **kwargs):
                module._load()
                return module.info(*args, **kwargs)

            module.info = info  # what spaCy's ``from .cli.info import info`` binds as ``spacy.info``


class _DeferredFinder(importlib.abc.MetaPathFinder):
    """Finds ``_DEFERRED`` modules as they are, with a loader that defers running them."""

    def find_spec(self, fullname, path, target=None):
        if fullname not in _DEFERRED:
            return None
        if fullname == _DEFERRED[-1]:
            sys.meta_path.remove(self)
        real = importlib.machinery.PathFinder.find_spec(fullname, path)
        if real is None or real.loader is None:
            return real
        spec = importlib.util.spec_from_loader(fullname, _DeferredLoader(real), origin=real.origin,
                                               is_package=real.submodule_search_locations is not None)
        if real.submodule_search_locations is not None:
            spec.submodule_search_locations = list(real.submodule_search_locations)
        spec.has_location = real.has_location
        return spec


def _defer_spacy_cli() -> None:
    """``import spacy`` imports its whole command line (``spacy.cli``: the download, train and
    project commands, weasel, requests, typer) only to bind ``spacy.info``: 0.15 s of a 1.0 s
    pipeline load, measured. We never run it, so ``spacy.cli`` and ``spacy.cli.info`` run on
    first use instead (``spacy.info()`` runs them, then itself); their submodules import as usual.
    Nothing changes if spaCy is already loaded."""
    if "spacy" in sys.modules or any(isinstance(finder, _DeferredFinder) for finder in sys.meta_path):
        return
    sys.meta_path.insert(0, _DeferredFinder())


_defer_spacy_cli()
