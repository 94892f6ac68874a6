"""Labels in the layouts tools and models write key-value data in: a two-column key-value table
(markdown, tab-separated), markdown's bold around a label, HTML tables (a row's label cell, or a
column's header) and definition lists. Before, a key-value table's first row was read as a
header over columns: ``| City | Vannes |`` became a person named ``City``, and the values stayed
in clear."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]}


KV_MARKDOWN = "| Field | Value |\n|---|---|\n| Full name | Anna Kowalska |\n| City | Vannes |\n| Phone | 031-442-958 |"
KV_RULED = "| Full name | Anna Kowalska |\n|---|---|\n| City | Vannes |\n| Phone | 031-442-958 |"
KV_TABS = "Full name\tAnna Kowalska\nCity\tVannes\nPhone\t031-442-958"


@pytest.mark.parametrize("text", [KV_MARKDOWN, KV_RULED, KV_TABS])
def test_key_value_tables(pattern_mask: Mask, text: str) -> None:
    found = _found(pattern_mask, text)
    assert {("PERSON", "Anna Kowalska"), ("LOCATION", "Vannes"), ("PHONE_NUMBER", "031-442-958")} <= found
    assert not {v for _, v in found} & {"City", "Phone", "Full name"}  # a label is no value


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("**Full name:** Anna Kowalska", "PERSON", "Anna Kowalska"),
        ("| Full name | Anna Kowalska |", "PERSON", "Anna Kowalska"),  # one row alone
        ("City\tVannes", "LOCATION", "Vannes"),
        ("**City**: Vannes", "LOCATION", "Vannes"),
        ("<tr><td>Full name</td><td>Anna Kowalska</td></tr>", "PERSON", "Anna Kowalska"),
        ("<tr><th>City:</th><td>Vannes</td></tr>", "LOCATION", "Vannes"),
        ("<dl><dt>Phone</dt><dd>031-442-958</dd><dt>Name</dt><dd>Jan Nowak</dd></dl>", "PERSON", "Jan Nowak"),
        (
            "<table><tr><th>Name</th><th>City</th></tr><tr><td>Anna Kowalska</td><td>Vannes</td></tr></table>",
            "LOCATION",
            "Vannes",
        ),
        (
            "<table><tr><th>Name</th><th>City</th></tr><tr><td>Anna Kowalska</td><td>Vannes</td></tr></table>",
            "PERSON",
            "Anna Kowalska",
        ),
    ],
)
def test_markup(pattern_mask: Mask, text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "| Name | Version |\n|---|---|\n| Flask | 3.0 |",  # a column only things have: packages, not people
        "name,price\nWidget Pro,5",
        "<table><tr><th>Name</th><th>Version</th></tr><tr><td>Flask</td><td>3.0</td></tr></table>",
        "Name,Notes\nAnna Kowalska,VIP",  # a header over columns, not a pair
        "| Name | Notes |\n|---|---|",  # a markdown header: its rule line follows
        "<table><tr><th>Product</th><th>Price</th></tr><tr><td>Widget</td><td>$5</td></tr></table>",
    ],
)
def test_no_people_here(pattern_mask: Mask, text: str) -> None:
    assert {v for t, v in _found(pattern_mask, text) if t == "PERSON"} <= {"Anna Kowalska"}
    assert not {v for t, v in _found(pattern_mask, text) if t == "PERSON" and v in ("Flask", "Widget Pro", "Notes")}


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("contact_name     Anna Kowalska\ncity             Vannes", "PERSON", "Anna Kowalska"),
        ("contact_name     Anna Kowalska\ncity             Vannes", "LOCATION", "Vannes"),
        ("Customer Name ........ Anna Kowalska", "PERSON", "Anna Kowalska"),
        ("Phone ____ 031-442-958", "PHONE_NUMBER", "031-442-958"),
        ("Name - Anna Kowalska\nCity - Vannes", "LOCATION", "Vannes"),
        ("- Name \u2014 Anna Kowalska", "PERSON", "Anna Kowalska"),
        ("* City -> Vannes", "LOCATION", "Vannes"),
    ],
)
def test_aligned_columns_and_leaders(pattern_mask: Mask, text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "Name      Version   Summary\nFlask     3.0       web",  # a header over columns
        "NAME                     READY   STATUS\nweb-5d59d67564-abcde     1/1     Running",
        "Wait... Anna Kowalska will call.",
        "    name   = foo",
        "- Name - required\n- Phone - the caller's number",
        "Q3 - Revenue up",
    ],
)
def test_not_aligned_pairs(pattern_mask: Mask, text: str) -> None:
    assert {v for t, v in _found(pattern_mask, text) if t in ("PERSON", "LOCATION")} <= {"Anna Kowalska"}
