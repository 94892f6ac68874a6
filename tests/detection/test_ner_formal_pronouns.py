"""Formal pronouns written with a capital are no names (mask-spacy).

NER read ``bitte bringen Sie Ihre Versichertenkarte mit`` as a person (short texts) or a
company (in a letter), ``rufen Sie mich ... an`` as a place, and the harmless words were tokenized. A span that opens with ``Sie``,
``Ihre``, ``Usted`` or ``Vous`` is dropped; names next to them are still found.
"""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    "text",
    [
        "Bitte bringen Sie Ihre Versichertenkarte mit.",
        "Vielen Dank für Ihre Anfrage. Bitte bringen Sie Ihre Versichertenkarte (Nummer folgt) mit.",
        "Können Sie Ihren Ausweis zeigen?",
        "Vous pouvez envoyer Votre Dossier demain.",
        "Bitte rufen Sie mich morgen an.",  # "Sie mich" was a place (NER's FAC)
    ],
)
def test_a_formal_pronoun_and_the_nouns_after_it_stay(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


def test_names_beside_formal_pronouns_are_still_found(ner_mask: Mask) -> None:
    text = "Sehr geehrte Frau Schneider-Voss, bitte bringen Sie Ihre Versichertenkarte mit.\n\nMit freundlichen Grüßen\nJürgen Brandstätter"
    protected = ner_mask.protect(text)
    assert "Schneider-Voss" not in protected and "Brandstätter" not in protected
    assert "bringen Sie Ihre Versichertenkarte mit" in protected
