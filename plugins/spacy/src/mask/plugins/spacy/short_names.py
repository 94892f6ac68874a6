"""Names written short, in results tables and reviews:

- an initial and a Scottish or Irish family name (``H. MacAulay (4th)``, ``D. McIlwraith``): the
  ``Mac``/``Mc`` and a capital make the word a family name though no list holds it;
- a first name and an initial signing a review on its own line, before what the site says of the
  reviewer (``- Bronwyn T, verified buyer``, ``— Sam K., Local Guide``).
"""

from __future__ import annotations

import regex

from mask.core.spans import Span

from .filters import english_word
from .wordlists import first_names

__all__ = ["SCORE_SHORT_NAME", "short_names"]

SCORE_SHORT_NAME = 0.8

_INITIAL_MAC = regex.compile(
    r"(?<![\p{L}\p{N}.'\u2019])(?<!\p{Lu}[ ])\p{Lu}\.[ ]?(?:\p{Lu}\.[ ]?)?(?:Mac|Mc)\p{Lu}[\p{Ll}\p{M}]{2,}(?:-\p{Lu}[\p{Ll}\p{M}]+)?"
    r"(?![\p{L}\p{M}])"
)
_REVIEWER = regex.compile(
    r"(?m)^[ \t]*[-\u2013\u2014~][ \t]*(?P<n>\p{Lu}[\p{Ll}\p{M}'\u2019-]+(?:[ ]\p{Lu}\.?))"
    r"(?=,?[ ](?i:verified[ ](?:buyer|purchaser|customer|owner|reviewer|guest)|local[ ]guide|repeat[ ]customer))"
)


def short_names(text: str) -> list[Span]:
    """PERSON spans of names written short (see the module)."""
    out = []
    if "Mac" in text or "Mc" in text:
        out += [Span(m.start(), m.end(), "PERSON", SCORE_SHORT_NAME, "names") for m in _INITIAL_MAC.finditer(text)]
    lowered = text.lower()
    if "verified" in lowered or "local guide" in lowered or "repeat customer" in lowered:
        for m in _REVIEWER.finditer(text):
            first = m.group("n").split()[0]
            if first in first_names() or not english_word(first):
                out.append(Span(m.start("n"), m.end("n"), "PERSON", SCORE_SHORT_NAME, "names"))
    return out
