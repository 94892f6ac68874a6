"""Spanish, Portuguese and Catalan floors and doors after the street, and Catalan street words.

``Calle de Alcalá 245, 3º izquierda, 28028 Madrid`` lost its postal code and town: the door
side was read only abbreviated (``izq.``), so the tail stopped at the floor. Catalan addresses
(``Carrer de Mallorca 401, 3r 1a``) were not read at all.
"""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    "address",
    [
        "Calle de Alcalá 245, 3º izquierda, 28028 Madrid",
        "Calle Serrano 41, 4º derecha, 28001 Madrid",
        "Rua Augusta 120, 2º Esq., 1100-053 Lisboa",
        "Rua do Ouro 12, 3º Dto., 1100-060 Lisboa",
        "Rua do Ouro 12, R/C, 1100-060 Lisboa",
        "Carrer de Mallorca 401, 3r 1a, 08013 Barcelona",
        "Passeig de Gràcia 92, 08008 Barcelona",
        "Avinguda Diagonal 640, 6a planta, 08017 Barcelona",
        "Calle Mayor 5, bajo, 28013 Madrid",
        "Calle Mayor 5, piso 3, 28013 Madrid",
        "Rúa do Franco 14, 15705 Santiago de Compostela",
    ],
)
def test_the_whole_address_is_one_token(pattern_mask: Mask, address: str) -> None:
    protected = pattern_mask.protect(f"Envíelo a {address}, por favor.")
    assert protected.startswith("Envíelo a Address_") and protected.endswith(", por favor."), protected
    assert len(protected) == len("Envíelo a Address_XXXXXX, por favor.")


@pytest.mark.parametrize(
    "text, kept",
    [
        ("I live at 5 Main St, bajo el puente", "bajo el puente"),  # a Spanish word after it, not a floor
        ("Calle Mayor 5 está bajo la lluvia", "está bajo la lluvia"),
        ("We scored 3r 1a in the test", "We scored 3r 1a in the test"),  # no street before it
    ],
)
def test_words_after_a_street_that_name_no_floor_stay(pattern_mask: Mask, text: str, kept: str) -> None:
    assert kept in pattern_mask.protect(text)
