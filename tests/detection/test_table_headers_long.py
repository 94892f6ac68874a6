"""A table's header with a column name of four or five words (``Nº afiliación Seguridad Social``,
``Portable du responsable légal``): any header cell of more than three words made the whole
header unread, and every column under it stayed in clear."""

from __future__ import annotations

from mask.core import Mask


def test_a_table_header_of_five_words_is_read(pattern_mask: Mask) -> None:
    """``Nº afiliación Seguridad Social`` (four words) made a whole table's header unread: names,
    ID numbers and dates of birth under it stayed in clear."""
    table = (
        "| Nombre | Apellidos | DNI | Fecha de nacimiento | Portable du responsable légal |\n"
        "|---|---|---|---|---|\n"
        "| Marta | Quiroga Lestón | 49129745C | 03/02/1990 | x |\n"
    )
    protected = pattern_mask.protect(table)
    assert "49129745C" not in protected and "03/02/1990" not in protected
