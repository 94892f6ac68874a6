"""Address and postal-code tokens: readable ``Address_…`` / ``Zip_…``, found, never re-tokenized, revealed."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from mask.core import Mask
from mask.core.tokens.finder import TokenFinder
from mask.core.tokens.format import FormatScheme

SCHEME = FormatScheme()
seeds = st.binary(min_size=32, max_size=32)
attempts = st.integers(min_value=0, max_value=63)


@given(seeds, attempts)
def test_an_address_gets_one_readable_typed_token(seed: bytes, attempt: int) -> None:
    token = SCHEME.mint("14 Rue des Tanneurs, Apt. 5, 69003 Lyon", "STREET_ADDRESS", seed, attempt)
    assert re.fullmatch(r"Address_[A-Z2-7]{6}", token)
    assert SCHEME.entity_type_of(SCHEME.normalize(token.lower())) == "STREET_ADDRESS"


@given(seeds, attempts, st.sampled_from(["94105", "69003", "SW1A 2AA", "1015 CJ", "01302-000"]))
def test_a_postal_code_gets_a_readable_token_not_a_real_looking_code(seed: bytes, attempt: int, code: str) -> None:
    token = SCHEME.mint(code, "ZIP_CODE", seed, attempt)
    assert re.fullmatch(r"Zip_[A-Z2-7]{6}", token)
    assert SCHEME.entity_type_of(token) == "ZIP_CODE"


def test_the_finder_knows_the_new_prefixes_and_the_old_ones_still() -> None:
    finder = TokenFinder({"format": SCHEME})
    text = "to Address_7QK2FA (Zip_AB2CDE) for Person_7QK2FA; not Addresses_7QK2FA or Address_7QK2FAB"
    found = [(text[m.start : m.end], m.entity_type) for m in finder.find(text)]
    assert found == [("Address_7QK2FA", "STREET_ADDRESS"), ("Zip_AB2CDE", "ZIP_CODE"), ("Person_7QK2FA", "PERSON")]


def test_an_address_token_survives_a_second_protect_and_reveals() -> None:
    with Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}}) as mask:
        text = "Ship to 1600 Pennsylvania Ave NW, Washington, DC 20500 and bill zip: 94105."
        once = mask.protect(text)
        assert "Pennsylvania" not in once and "94105" not in once
        assert re.search(r"Address_[A-Z2-7]{6} and bill zip: Zip_[A-Z2-7]{6}\.", once)
        assert mask.protect(once) == once
        assert mask.reveal(once) == text
