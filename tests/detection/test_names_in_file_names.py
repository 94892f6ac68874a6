"""A person's name spelt in a file's name (mask-spacy): ``resume_Karthik_Subramanian_2024.pdf``
in an e-mail's attachments or a drive's listing stayed in clear (NER reads the whole file name as
one word). A known first name next to a known family name, or next to a capitalised word no word
list holds, joined by ``_``, ``-`` or ``.`` in a document's file name, is a name."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Attached: resume_Karthik_Subramanian_2024.pdf", ["Karthik", "Subramanian"]),
        ("uploaded Passport_Scan_maria_gonzalez.pdf to the case", ["maria", "gonzalez"]),
        ("Subramanian-Karthik-CV.docx (84 KB)", ["Subramanian", "Karthik"]),
        ("payslip.Oluwaseun.Adeyemi.march.pdf", ["Oluwaseun", "Adeyemi"]),
    ],
)
def test_a_name_in_a_file_name_is_protected(ner_mask: Mask, text: str, names: list[str]) -> None:
    protected = ner_mask.protect(text)
    assert all(name not in protected for name in names), protected


@pytest.mark.parametrize(
    "text",
    [
        "files: Release_Notes_v2.pdf, Victoria_Station_map.pdf, Q3_Board_Deck.pptx, IMG_4821.jpg",
        "see Chase_Bank_statement_format.pdf and setup_python_env.txt",
        "Download Jordan_Sales_Report.xlsx or April_Invoice_template.pdf",
    ],
)
def test_file_names_of_things_stay(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text
