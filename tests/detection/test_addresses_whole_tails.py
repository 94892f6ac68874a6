"""An address's tail is covered to its end: a Brazilian CEP with its city and `` / UF``, an
Italian CAP before a comma and the province in brackets, a Mexican colonia with its state
abbreviation and CP, a Dutch postcode before a comma or a line break and the town after it, an
Indian ``Town-PIN`` after a ``Zila``, a neighbourhood line between the
street and the postcode; counts, versions and years after a street stay out of it."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _streets(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "STREET_ADDRESS"]


ADDRESSES = [
    # Brazil: CEP NNNNN-NNN or 8 digits, city, " / UF"; a neighbourhood line or part before it.
    "Vila de Peixoto, 61\nNova America\n73613-846 Andrade / AM",
    "Avenida Souza, 916\nCônego Pinheiro 1ª Seção\n37517015 Rezende / MG",
    "Pátio de Martins\nVila Tirol\n36854-641 Andrade / RO",
    "Setor Cavalcante, 76, Novo São Lucas, 48761-497 Rezende / PI",
    "Vale de Cavalcante, 58, Oeste, 41931-559 Sales Verde / AL",
    "Sítio Clara Costela, Liberdade, 84531-595 Sales / RS",
    "Núcleo João Macedo, 42, Conjunto Capitão Eduardo, 41481-984 da Conceição das Pedras / MA",
    # Italy: CAP, comma, town, province in brackets.
    "Contrada Federico, 189\n27012, Certosa Di Pavia (PV)",
    "Contrada Giuseppe, 48 Appartamento 40, 39034, Aufkirchen (BZ)",
    "Incrocio Canova, 32 Piano 6\n04025, Valle Bernardo (LT)",
    # Mexico: an interior number, the colonia, the state's abbreviation and the CP.
    "Prolongación Covarrubias 029 002\nSan Judith los altos, SLP 85527",
    "Diagonal Norte Casillas 025 Edif. 161 , Depto. 199\nSan Yeni los bajos, CHIS 16773",
    "Retorno Veracruz de Ignacio de la Llave 105 652\nVieja Italia, YUC 40948-8024",
    "Viaducto Baja California Sur 791 948, San Josefina de la Montaña, HGO 66740",
    "Viaducto Morelos 102 710, Vieja Suriname, Q. ROO 76146-3406",
    "Calle Chihuahua 889 Interior 845, Vieja República de Moldova, BCS 39349",
    "Ampliación Sur Delgado 082 Edif. 960 , Depto. 142, Nueva Reino Unido de Gran Bretaña e Irlanda del Norte, JAL 25087-2718",
    # The Netherlands: postcode with or without its space, then a comma or a line break and the town.
    "Robinbaan 9, 9331LG, Gaanderen",
    "Mohamedboulevard 6, 9331RY, Holtheme",
    "Kyanlaan 3\n5666 VF\nBudel-Dorplein",
    "Rileylaan 1\n7172HK\nZoutelande",
    "Eviboulevard 35\n4908 TF\nLoon op Zand",
    "Thompad 193, 5559SL, Berg en Terblijt",
    # India: a street named without a type (or "Zila"), then Town-PIN.
    "938, Narayan Zila, Bettiah-998581",
    "70/01\nRana Zila\nJehanabad-690276",
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_the_tail_is_covered_in_a_block(pattern_mask: Mask, address: str) -> None:
    text = f"Hi Robin, thanks for your order! It will ship to:\n\nSimone Mikkelsen\n{address}\n\nQuestions? Reply."
    assert address in _streets(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert address.split("\n")[-1] not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize("address", [a for a in ADDRESSES if "\n" not in a])
def test_the_tail_is_covered_in_running_text(pattern_mask: Mask, address: str) -> None:
    text = f"Your parcel will be delivered to Davi Cardoso at {address} tomorrow. Questions? Call us."
    assert address in _streets(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Kerkstraat 5\n1234\nTotal: 64.00 EUR", "Kerkstraat 5"),  # no town on the line after the code
        ("Meet at Hauptstraße 5, 2019, Berlin edition", "Hauptstraße 5"),  # a year is no postcode
        ("Kerkstraat 5\n2019\nAmsterdam", "Kerkstraat 5"),
    ],
)
def test_what_is_not_a_tail_stays_out(pattern_mask: Mask, text: str, street: str) -> None:
    assert _streets(pattern_mask, text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "python-3.11.7, build 12, Release-202401",
        "See Route 66 12, Kernel 20481, Linux (GPL)",
        "Park Lane 12 499, Total due, USD 12345",
        "Avenue Foundation\nSupport Team\n12345 Users / OK",
        "Step 3, Widgets, v2-100200 costs 12.50 EUR",
    ],
)
def test_technical_text_and_orders_stay_untouched(pattern_mask: Mask, text: str) -> None:
    assert _streets(pattern_mask, text) == []
