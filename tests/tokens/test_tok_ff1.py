"""FF1 (NIST SP 800-38G) against NIST's published sample vectors (FF1samples.pdf)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mask.core.tokens.ff1 import FF1

K128 = "2B7E151628AED2A6ABF7158809CF4F3C"
K192 = K128 + "EF4359D8D580AA4F"
K256 = K192 + "7F036D6F04FC6A94"
T10 = "39383736353433323130"
T36 = "3737373770717273373737"

# (sample, key, radix, tweak, plaintext, ciphertext)
NIST_SAMPLES = [
    (1, K128, 10, "", "0123456789", "2433477484"),
    (2, K128, 10, T10, "0123456789", "6124200773"),
    (3, K128, 36, T36, "0123456789abcdefghi", "a9tv40mll9kdu509eum"),
    (4, K192, 10, "", "0123456789", "2830668132"),
    (5, K192, 10, T10, "0123456789", "2496655549"),
    (6, K192, 36, T36, "0123456789abcdefghi", "xbj3kv35jrawxv32ysr"),
    (7, K256, 10, "", "0123456789", "6657667009"),
    (8, K256, 10, T10, "0123456789", "1001623463"),
    (9, K256, 36, T36, "0123456789abcdefghi", "xs8a0azh2avyalyzuwd"),
]


@pytest.mark.parametrize(("sample", "key", "radix", "tweak", "plain", "cipher"), NIST_SAMPLES)
def test_nist_sample(sample: int, key: str, radix: int, tweak: str, plain: str, cipher: str) -> None:
    ff1 = FF1(bytes.fromhex(key), radix)
    assert ff1.encrypt(plain, bytes.fromhex(tweak)) == cipher, f"sample {sample}"
    assert ff1.decrypt(cipher, bytes.fromhex(tweak)) == plain, f"sample {sample}"


@given(st.text(alphabet="0123456789", min_size=6, max_size=40), st.binary(max_size=20))
def test_decrypt_inverts_encrypt_and_keeps_length(digits: str, tweak: bytes) -> None:
    ff1 = FF1(bytes.fromhex(K256), 10)
    out = ff1.encrypt(digits, tweak)
    assert len(out) == len(digits) and out.isdigit()
    assert ff1.decrypt(out, tweak) == digits


def test_bad_inputs_are_refused() -> None:
    with pytest.raises(ValueError):
        FF1(b"short", 10)
    with pytest.raises(ValueError):
        FF1(bytes(16), 37)
    ff1 = FF1(bytes(16), 10)
    with pytest.raises(ValueError):
        ff1.encrypt("12345")  # 10**5 < 1,000,000: below FF1's minimum domain
    with pytest.raises(ValueError):
        ff1.encrypt("12345a")
