"""The label detector's caches keep vocabulary only: no key or label word of a call's text
outlives the call (a key can be a value: ``Anna: see you``, ``{"Anna Weber": {...}}``)."""

from __future__ import annotations

import random

from mask.core import Mask
from mask.core.detectors import labels
from mask.core.detectors.labels import _split_key, key_words


def test_key_words_fast_path_agrees_with_the_full_split() -> None:
    rng = random.Random(5)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-. éÉßİı"
    keys = ["Phone", "SSN", "iPhone", "McDonald", "A", "a", "ZIP", "Zip", "zIP", "Teléfono", "STRASSE", "Straße"]
    keys += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    keys += ["".join(rng.choice("aAbB") for _ in range(rng.randint(1, 6))) for _ in range(2000)]
    for key in keys:
        assert key_words(key) == _split_key(key), key


def test_the_ascii_split_agrees_with_the_unicode_one() -> None:
    import unicodedata

    def unicode_split(key: str) -> tuple[str, ...]:
        spaced = labels._CAMEL.sub(" ", key)
        folded = unicodedata.normalize("NFKD", spaced.casefold())
        plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
        words = tuple(w for w in labels._SEPARATORS.split(plain) if w)
        return words if len(words) <= labels._MAX_WORDS else ()

    rng = random.Random(2)
    every = [chr(i) for i in range(128)]
    for _ in range(20_000):
        pool = every if rng.random() < 0.3 else "aAbBzZ09_-. "
        key = "".join(rng.choice(pool) for _ in range(rng.randint(1, 20)))
        assert _split_key(key) == unicode_split(key), repr(key)


def test_no_text_of_a_call_stays_in_the_caches(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(labels, "_KEY_WORDS", {})
    mask = Mask({"plugins": {"disable": ["spacy"]}, "vault": {"backend": "memory"}, "audit": {"sinks": []}})
    mask.protect(
        [
            "Anna: see you at 5\nWeberova-Nakamura: ok\nDear Anna Weber, phone: +1 415 555 2671",
            '{"Anna Weber": {"phone": "+1 415 555 2671", "Zoltan_Kiss": "x"}, "billingPhoneNo": "x"}',
        ]
    )
    mask.protect({"Anna Weber": {"home_phone": "+1 415 555 2671"}, "KissZoltan": 1})
    vocabularies = [d.vocabulary for _, d in mask.detectors.items if hasattr(d, "vocabulary")]
    assert vocabularies
    kept: list[str] = list(labels._KEY_WORDS)
    for vocabulary in vocabularies:
        kept += [str(k) for k in vocabulary._key_cache]
        kept += [" ".join(k) for k in vocabulary._text_cache]
    assert kept  # the vocabulary keys were memoized (billingPhoneNo, phone, home_phone)
    for name in ("anna", "weber", "nakamura", "zoltan", "kiss"):
        assert not any(name in k.lower() for k in kept), (name, kept)
