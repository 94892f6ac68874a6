"""Labels in three more layouts: a key in square brackets before its value (``[City] Vannes``),
a label in brackets after its value (``Vannes (city)``), and the column list of an SQL ``INSERT``
over each row's values; and a SWIFT code after ``BIC`` or ``SWIFT`` and a blank. Before, a value
there stayed in clear unless another detector found it by its shape alone (a place, a name, a
phone number no validator accepts, a postcode)."""

from __future__ import annotations

import sqlite3

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]}


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("[Phone] 031-442-958", "PHONE_NUMBER", "031-442-958"),
        ("[City] Vannes", "LOCATION", "Vannes"),
        ("[Name] Jean Dupont", "PERSON", "Jean Dupont"),
        ("[IBAN] FR76 3000 6000 0112 3456 7890 189", "IBAN_CODE", "FR76 3000 6000 0112 3456 7890 189"),
        ("[City]: Vannes", "LOCATION", "Vannes"),
        ("- [Customer Name] Jean Dupont", "PERSON", "Jean Dupont"),
        ("[Postal code] 56000", "ZIP_CODE", "56000"),
        ("ref 12, [City] Vannes", "LOCATION", "Vannes"),
        # one line of several: each value ends before the next key
        ("[Name] Jean Dupont [Phone] 031-442-958 [City] Vannes", "PERSON", "Jean Dupont"),
        ("[Name] Jean Dupont [Phone] 031-442-958 [City] Vannes", "LOCATION", "Vannes"),
    ],
)
def test_key_in_square_brackets(pattern_mask: Mask, text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("031-442-958 (mobile)", "PHONE_NUMBER", "031-442-958"),
        ("Jean Dupont (customer)", "PERSON", "Jean Dupont"),
        ("Vannes (city)", "LOCATION", "Vannes"),
        ("- Vannes (city)", "LOCATION", "Vannes"),
        ("2. Jean Dupont (owner)", "PERSON", "Jean Dupont"),
        ("| Jean Dupont (customer) |", "PERSON", "Jean Dupont"),
        ("Attendees: Jean Dupont (customer), Vannes (city)", "LOCATION", "Vannes"),
        ("Jean Dupont (customer), 031-442-958 (mobile), Vannes (city)", "PHONE_NUMBER", "031-442-958"),
        ("56000 (zip)", "ZIP_CODE", "56000"),
    ],
)
def test_label_in_brackets_after_its_value(pattern_mask: Mask, text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(pattern_mask, text)


INSERT = "INSERT INTO customers (name, email, phone, city) VALUES ('Jean Dupont', 'j@x.fr', '031-442-958', 'Vannes');"
MULTI_ROW = (
    "INSERT INTO `crm`.`customers` (`id`, `full_name`, `city`, `zip`)\n"
    "VALUES\n"
    "  (1, 'Siobhan O''Neil', 'Vannes', '56000'),\n"
    "  (2, 'Jan Nowak', 'Kraków', '30-001'),\n"
    "  (3, NULL, 'Saint-Malo', '35400');"
)
DOUBLE_QUOTED = 'INSERT INTO "public"."contacts" ("contact_name", "mobile") VALUES (\'Anna Kowalska\', \'031-442-958\')'


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (INSERT, "PERSON", "Jean Dupont"),
        (INSERT, "PHONE_NUMBER", "031-442-958"),
        (INSERT, "LOCATION", "Vannes"),
        (MULTI_ROW, "PERSON", "Siobhan O''Neil"),  # the escaped quote stays inside the value
        (MULTI_ROW, "PERSON", "Jan Nowak"),
        (MULTI_ROW, "LOCATION", "Saint-Malo"),
        (MULTI_ROW, "ZIP_CODE", "30-001"),
        (DOUBLE_QUOTED, "PERSON", "Anna Kowalska"),
        (DOUBLE_QUOTED, "PHONE_NUMBER", "031-442-958"),
        ("INSERT OR REPLACE INTO patients (name, city) VALUES ('Jan Nowak', 'Vannes')", "PERSON", "Jan Nowak"),
        ("INSERT INTO [dbo].[patients] ([name], [city]) VALUES (N'Jan Nowak', N'Vannes')", "LOCATION", "Vannes"),
        ("insert into customers(name,city) values('Jan Nowak','Vannes')", "PERSON", "Jan Nowak"),
        # UPDATE's SET is key = 'value', read as such
        ("UPDATE customers SET phone = '031-442-958', city = 'Vannes' WHERE id = 4;", "LOCATION", "Vannes"),
        ("UPDATE customers SET phone = '031-442-958', city = 'Vannes' WHERE id = 4;", "PHONE_NUMBER", "031-442-958"),
    ],
)
def test_sql_insert_columns_label_values(pattern_mask: Mask, text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(pattern_mask, text)


@pytest.mark.parametrize("text", [INSERT, MULTI_ROW])
def test_protected_insert_still_runs(pattern_mask: Mask, text: str) -> None:
    protected = pattern_mask.protect(text)
    for value in ("Jean Dupont", "031-442-958", "Vannes", "O''Neil", "Jan Nowak", "Saint-Malo"):
        assert value not in protected
    db = sqlite3.connect(":memory:")
    db.execute("ATTACH ':memory:' AS crm")
    db.execute("CREATE TABLE customers (id, name, email, phone, city)")
    db.execute("CREATE TABLE crm.customers (id, full_name, city, zip)")
    db.execute(protected)
    assert pattern_mask.reveal(protected) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("BIC DEUTDEFF", "DEUTDEFF"),
        ("SWIFT: DEUTDEFF500", "DEUTDEFF500"),
        ("SWIFT COBADEFFXXX", "COBADEFFXXX"),
        ("BIC DEUTDEFF IBAN DE89 3704 0044 0532 0130 00", "DEUTDEFF"),
    ],
)
def test_swift_code_after_a_blank(pattern_mask: Mask, text: str, value: str) -> None:
    assert ("SWIFT_CODE", value) in _found(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "[INFO] server started",
        "[v2.3.1] release",
        "[ERROR] Name resolution failed",
        "Hi [Name] Welcome aboard",  # a placeholder in a sentence
        "Dear [Name], welcome",
        "[State] Running",  # a field name only in JSON
        "[Name] is required",
        "[Name](docs/name.md) Docs",  # a markdown link
        "Python 3.11 (stable)",
        "We read the report (city) yesterday.",
        "- the report (city)",
        "Settings (name)",  # a name of anything
        "- Running (state)",
        "Node.js (runtime)",
        "INSERT INTO metrics (ts, value) VALUES (1700000000, 3.2)",
        "INSERT INTO products (name, price) VALUES ('Widget Pro', 5)",  # a column only things have
        "INSERT INTO t VALUES ('Jean Dupont')",  # no column list
        "a swift DECISION was made",
        "SWIFT MESSAGES AND PAYMENTS",
    ],
)
def test_look_alikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


HOSTILE = {
    "brackets": "[" * 500_000,
    "parens": "(" * 500_000,
    "closing-parens": ")" * 500_000,
    "open-brackets": "[a " * 170_000,
    "open-parens": "(a " * 170_000,
    "labels-after-nothing": " (city)," * 62_000,
    "long-items": ("a" * 119 + " (city),") * 3_900,
    "insert-columns": "INSERT INTO t (" + "a," * 250_000,
    "insert-heads": "INSERT INTO t (a) VALUES ('" * 18_000,
    "insert-open-quote": "INSERT INTO t (name) VALUES ('" + "x" * 500_000,
    "insert-backslashes": "INSERT INTO t (name) VALUES ('" + "\\" * 500_000 + "')",
    "insert-quotes": "INSERT INTO t (name) VALUES (" + "'" * 500_000 + ")",
    "values": "VALUES values " * 35_000,
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_layouts_finish(pattern_mask: Mask, name: str) -> None:
    text = HOSTILE[name]
    spans = pattern_mask.scan([text])[0]
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


def test_bare_numbers_of_an_insert_are_read_by_their_column(pattern_mask: Mask) -> None:
    # a postcode or a phone number kept as an integer stayed in clear: only quoted values were read
    text = "INSERT INTO customers (id, first_name, zip, phone, qty) VALUES (101, 'Nadia', 02139, 6175550134, 250);"
    protected = pattern_mask.protect(text)
    assert "02139" not in protected and "6175550134" not in protected and "Nadia" not in protected
    assert protected.startswith("INSERT INTO customers (id, first_name, zip, phone, qty) VALUES (101, '")
    assert protected.endswith(", 250);")  # an id and a quantity name no type
    # the postcode's token is quoted (the statement still runs) and reveals as a string, the
    # phone's token is a number (format-preserving) and reveals as written
    revealed = pattern_mask.reveal(protected)
    assert revealed == text.replace("02139", "'02139'")
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE customers (id, first_name, zip, phone, qty)")
    db.execute(protected)
    db.execute(revealed)


def test_bare_values_that_are_no_numbers_stay(pattern_mask: Mask) -> None:
    text = "INSERT INTO t (zip, phone, created) VALUES (NULL, DEFAULT, NOW());"
    assert pattern_mask.protect(text) == text
