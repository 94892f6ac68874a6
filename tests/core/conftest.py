"""Core tests exercise the engine, not NER: the spaCy plugin is off unless a test turns it on."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_ner(_isolated_env: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASK_DISABLE_PLUGINS", "spacy")
