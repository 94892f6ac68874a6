"""Places and a postal code after a street, comma after comma, as Indonesian, Chilean, Argentine,
Philippine and Mexican addresses write them: they stayed in clear after the street (and the
first town). Indonesian (``Jl.``, ``Gang``) and abbreviated Spanish street types lead a street,
and ``N° 18`` is a house number. A year, a label's own value or an order number ends the tail."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _streets(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    "address",
    [
        "Gang Medokan Ayu No. 1, Parepare, Kepulauan Bangka Belitung 37887",
        "Jl. Sudirman No. 45, Jakarta Pusat 10210",
        "Calle Los Robles 19, La Pintana, Región Metropolitana, 5145470",
        "2137 Topaz Road, Jacobs Village, Ilog, 4106 Ifugao",
        "Av. Mitre N° 18, Comodoro Rivadavia 9000",
        "Blvd. Adolfo López Mateos 2510, Col. Los Alpes, 01010",
        "Calle Corrientes N° 732 Dto. 7, Chilecito 5360",
    ],
)
def test_the_places_and_the_code_after_the_street(pattern_mask: Mask, address: str) -> None:
    text = f"Please ship it to {address} tomorrow."
    assert address in _streets(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert address.rsplit(" ", 1)[-1] not in out
    assert pattern_mask.reveal(out) == text


def test_the_province_after_the_code_where_the_clause_ends(pattern_mask: Mask) -> None:
    text = "Ship to Calle Corrientes N° 732 Dto. 7, Chilecito 5360, La Rioja. Thanks"
    assert _streets(pattern_mask, text) == ["Calle Corrientes N° 732 Dto. 7, Chilecito 5360, La Rioja"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Meet at Hauptstraße 5, 2019, Berlin edition", "Hauptstraße 5"),
        ("12 Main Street, Springfield, Order 12345", "12 Main Street"),
        ("12 Main Street, Springfield, IL 62701, Peter Smith called", "12 Main Street, Springfield, IL 62701"),
        ("Rua das Flores, 123, Pinheiros, São Paulo/SP, CEP 05422-010", "Rua das Flores, 123, Pinheiros, São Paulo/SP"),
    ],
)
def test_a_year_an_order_or_a_label_ends_the_tail(pattern_mask: Mask, text: str, street: str) -> None:
    assert street in _streets(pattern_mask, text)
    assert not any(len(s) > len(street) and s.startswith(street) for s in _streets(pattern_mask, text))


@pytest.mark.parametrize("text", ["the gang 12 members", "Jalan-jalan 3 hari"])
def test_words_alone_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
