"""A table's columns name a person's data only with evidence from the table itself: a thing's
``name`` column (in any language of the labels) beside goods' columns names a product, and a
header that names a place as often as something else (``State``, ``estado``, ``Country``) is a
place only in a table that holds a person's data in another column."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]}


@pytest.mark.parametrize(
    "text",
    [
        # an issue tracker's states
        "ID        Title                              State        Priority\n"
        "QRX-201   Weekly rollup query                Done         High\n"
        "QRX-210   Export chart as PNG                In Review    Medium\n"
        "QRX-215   Timezone handling                  In Progress  High\n",
        # a film programme's countries of production
        "ID     Title                 Year  Runtime  Country       Rating\n"
        "F-101  The Tin Compass       2025  104 min  Iceland       12A\n"
        "F-102  Seven Lanterns        2026  97 min   Mongolia      15\n",
        # goods in Portuguese: the product's name and its state in the catalogue
        "produto_id;nome;linha;estado;preco_brl;estoque\n"
        "QX-LITE-01;Sensor Quadra Lite;Quadra;ATIVO;499,00;1620\n"
        "QX-PRO-02;Sensor Quadra Pro;Quadra;PLANEJADO;1199,00;412\n",
        # a recipe catalogue's publication state
        "| Código | Receta                  | Tiempo | Estado     |\n"
        "|--------|-------------------------|--------|------------|\n"
        "| RC-301 | Lentejas con comino     | 50 min | PUBLICADA  |\n"
        "| RC-303 | Arroz meloso de setas   | 45 min | BORRADOR   |\n",
    ],
)
def test_a_table_of_things_holds_no_person_and_no_place(pattern_mask: Mask, text: str) -> None:
    assert not {(t, v) for t, v in _found(pattern_mask, text) if t in ("PERSON", "LOCATION")}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("name,email,country\nAna Souza,ana.souza@example.com,Brazil\n", {"Ana Souza", "Brazil"}),
        ("Name | State\nAna Souza | Texas\nBob Stone | Ohio\n", {"Texas", "Ohio"}),
        ("customer_id;estado;telefone\nC-88120;Minas Gerais;+55 31 98765-4321\n", {"Minas Gerais"}),
        # a column that names a place alone stays one, in any table
        ("ID     Title           City\nF-101  Depot north     Tromsø\n", {"Tromsø"}),
    ],
)
def test_a_table_of_people_keeps_its_places(pattern_mask: Mask, text: str, values: set[str]) -> None:
    assert values <= {v for _, v in _found(pattern_mask, text)}


def test_a_goods_column_named_in_another_language_unnames_the_name_column(pattern_mask: Mask) -> None:
    text = "nombre;precio_eur;existencias\nZapatilla Trail Mid;89,00;120\n"
    assert not {v for t, v in _found(pattern_mask, text) if t == "PERSON"}


@pytest.mark.parametrize("value", ["LedgerClient", "HealthCheck", "ReplicaSelector"])
def test_an_identifier_under_a_name_key_is_no_person(pattern_mask: Mask, value: str) -> None:
    text = f'{{"checks": [{{"name": "{value}", "status": "HEALTHY", "latencyMs": 14}}]}}'
    assert not _found(pattern_mask, text)


@pytest.mark.parametrize("value", ["Ryan McDonald", "Bernadette FitzGerald", "DeShawn Okafor", "Iain MacKenzie"])
def test_a_name_with_an_inner_capital_after_a_short_prefix_stays_a_name(pattern_mask: Mask, value: str) -> None:
    assert ("PERSON", value) in _found(pattern_mask, f'{{"name": "{value}", "email": "x@example.com"}}')
