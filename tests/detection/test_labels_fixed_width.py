"""Query results as SQL shells and CLIs print them: psql's and MySQL's tables (a rule of dashes
and ``+``), sqlite's column mode, CLI tables whose cells start under their column's name and
data frames whose cells end under it. A column a field name labels types its cells; a header
line is never read as a key and its value."""

from __future__ import annotations

import time

import pytest

from mask.core import Mask

PSQL = """ id |    name     |       email        |   phone     | city
----+-------------+--------------------+-------------+--------
  1 | Jean Dupont | j.dupont@mail.fr   | 031-442-958 | Vannes
  2 | Anna Kowalska | anna@wp.pl | 612 48 907 | Gdańsk
(2 rows)"""
MYSQL = """+----+---------------+--------+
| id | name          | city   |
+----+---------------+--------+
|  1 | Jean Dupont   | Vannes |
|  2 | Anna Kowalska | Gdańsk |
+----+---------------+--------+"""
SQLITE = """id  name           city
--  -------------  ------
1   Jean Dupont    Vannes
2   Anna Kowalska  Gdańsk"""
CLI = """NAME            PHONE          STATUS
Jean Dupont     031-442-958    active
Anna Kowalska   612 48 907     paused"""
DATA_FRAME = """   id           name    city
0   1    Jean Dupont  Vannes
1   2  Anna Kowalska  Gdańsk"""


@pytest.mark.parametrize("table", [PSQL, MYSQL, SQLITE, CLI, DATA_FRAME])
def test_the_cells_of_a_labelled_column_are_protected(pattern_mask: Mask, table: str) -> None:
    out = pattern_mask.protect(table)
    for value in ("Jean Dupont", "Anna Kowalska", "031-442-958", "612 48 907", "Vannes", "Gdańsk"):
        assert value not in out
    header = table.splitlines()[0 if table[0] != "+" else 1]
    assert header in out  # column names stay as they are


@pytest.mark.parametrize(
    "text",
    [
        "NAME            PHONE          STATUS",  # a header alone: no key with its value
        "Package    Version\n---------- -------\nrequests   2.31.0\nFlask      3.0.0",
        "Name       Version   Summary\nrequests   2.31.0    HTTP for Humans\nFlask      3.0.0     Web framework",
        "NAME                  READY   STATUS    RESTARTS   AGE\nbilling-api-7d4b9c    1/1     Running   0          3d",
        "Country        Population   Capital",
    ],
)
def test_tables_of_things_and_headers_are_left_alone(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_a_misaligned_row_ends_the_table(pattern_mask: Mask) -> None:
    text = (
        "NAME            PHONE          STATUS\nJean Dupont     031-442-958    active\nSee the notes below for details."
    )
    out = pattern_mask.protect(text)
    assert "Jean Dupont" not in out and out.endswith("See the notes below for details.")


@pytest.mark.parametrize(
    "hostile",
    [
        "name  city  phone\n" + "a  b  c\n" * 60_000,
        "name  " * 90_000,
        ("id  name  city\n" + "--  ----  ----\n") * 30_000,
        "n" + "  x" * 150_000,
    ],
    ids=["rows", "one-line", "rules", "gaps"],
)
def test_hostile_tables_stay_linear(pattern_mask: Mask, hostile: str) -> None:
    started = time.perf_counter()
    pattern_mask.scan([hostile])
    assert time.perf_counter() - started < 20  # a quadratic reading takes hours
