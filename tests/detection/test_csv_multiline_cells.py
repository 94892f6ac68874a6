"""A CSV record whose quoted cell holds line breaks (a multi-line address) is one record: its
other cells keep the types their header names. Before, the record ended the table at its first
line break, and the rest of the file (a ``telephone`` column) was read as free text."""

from __future__ import annotations

from mask.core import Mask

CSV = (
    "name,address,telephone,notes\n"
    '"Anna Kowalska","ul. Długa 5\n00-001 Warszawa",031-442-958,vip\n'
    '"Bob Stone","12 Baker Street\r\nLondon",020 7946 0958,"call ""after"" 5"\n'
    "Jan Nowak,Rynek 1,612 48 907,none\n"
)


def test_every_record_keeps_its_columns(pattern_mask: Mask) -> None:
    out = pattern_mask.protect(CSV)
    for secret in ("Kowalska", "Długa", "442-958", "Stone", "Baker", "7946", "Nowak", "Rynek", "48 907"):
        assert secret not in out, secret
    assert out.startswith("name,address,telephone,notes\n")
    assert '"call ""after"" 5"' in out
    assert len(out.splitlines()) == 4  # the header and three records (an address token holds its line break)
    assert pattern_mask.reveal(out) == CSV


def test_an_unclosed_quote_reads_a_few_lines_at_most(pattern_mask: Mask) -> None:
    text = 'name,telephone\n"Anna Kowalska,031-442-958\n' + "free text line\n" * 20 + "Jan Nowak,612 48 907\n"
    out = pattern_mask.protect(text)
    assert out.count("free text line\n") == 20  # the broken record took no more than its lines
    assert "442-958" not in out
