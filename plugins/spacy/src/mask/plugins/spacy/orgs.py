"""Organizations by their legal form: ``Perrot SA``, ``Beer GmbH & Co. OHG``, ``Fundacja Kruszona``.

The small NER model misses most company names outside English, or calls them persons.
:func:`find_orgs` reports ORGANIZATION for capitalised words (joined by ``,``, ``&``,
``and``, ``e``, ``et``, ``y``, ``i``, ``und``, ``và``) followed by a legal form or a
family-firm ending (``Inc``, ``Ltd``, ``LLC``, ``PLC``, ``GmbH``, ``AG``, ``SA``, ``SARL``,
``S.p.A.``, ``s.r.l.``, ``S.L.``, ``B.V.``, ``AB``, ``A/S``, ``Oy``, ``Sp. z o.o.``,
``Ltda``, ``e figli``, ``et Fils``, ``& Sons``, ``Group``, ``Công ty Cổ phần``...) or an
industry word (``Robotics``, ``Logistics``, ``Analytics``...) after a name that is not only
ordinary words, or
preceded by an organization word (``Fundación``, ``Stiftung``, ``Fundacja``, ``Banco``,
``University of``...), and firm names of three surnames (``Miller, Guerrero and Browning``).
"""

from __future__ import annotations

import regex

from mask.core.spans import Span

from .filters import ordinary_word
from .wordlists import last_names

__all__ = ["LEGAL_FORMS", "ORG_WORDS", "SCORE_ORG", "find_orgs"]

LEGAL_FORMS = (
    r"Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|PLC|plc"
    r"|GmbH(?:\s*&\s*Co\.?\s*(?:KG|OHG))?|AG|KG|KGaA|OHG|GbR|UG|SE|S\.A\.R\.L\.|SARL|S\.à\s?r\.l\.|SAS|S\.A\.S\.|S\.A\.|SA"
    r"|S\.p\.A\.|SpA|S\.r\.l\.|s\.r\.l\.|Srl|S\.L\.|S\.Com\.|B\.V\.|BV|N\.V\.|NV|AB|A/S|ApS|Oy|Oyj|Kft\.?|Zrt\.?"
    r"|Sp\.\s?z\s?o\.o\.(?:\s+Sp\.k\.)?|Sp\.k\.|Sp\.j\.|s\.c\.|S\.C\.|Pty\.?(?:\s+Ltd\.?)?|Pte\.?(?:\s+Ltd\.?)?"
    r"|s\.r\.o\.|spol\.\s?s\s?r\.o\.|a\.s\.|v\.o\.s\.|k\.s\.|S\.R\.L\.|SRL|S\.Coop\.|S\.L\.L\.|S\.L\.U\.|EIRELI"
    r"|Bt\.|Nyrt\.|Kkt\.|A\.Ş\.|Ltd\.\s?Şti\."
    r"|Lda\.?|Ltda\.?|S/A|e\s+figli|et\s+Fils|i\s+syn|(?:&|and)\s+(?:Søn|Sons?|Partners|Co\.?)|Group|Holdings?"
    r"|Công\s+ty\s+(?:Cổ\s+phần|TNHH|Trách\s+nhiệm\s+hữu\s+hạn)|Tập\s+Đoàn|Doanh\s+nghiệp\s+tư\s+nhân"
)
"""Legal forms and firm endings that close an organization's name."""

INDUSTRY_WORDS = (
    r"Robotics|Logistics|Logistik|Technologies|Technology|Solutions|Systems|Labs|Analytics|Consulting"
    r"|Ventures|Pharmaceuticals|Pharma|Therapeutics|Biotech|Foods|Motors|Airlines|Media|Studios"
    r"|Networks|Software|Insurance|Industries|Enterprises|Electronics|Energy|Associates|Dynamics"
)
"""Words that end many company names (``Kestrel Robotics``, ``Nordwind Logistik``) but also
ordinary phrases (``Data Analytics``): the name before them must not be ordinary words only."""

ORG_WORDS = (
    r"Fundacja|Stowarzyszenie|Grupa|Spółdzielnia|Fundación|Fundação|Fondation|Fondazione|Stiftung|Verein"
    r"|Banco|Banque|Bank\s+of|University\s+of|Universidad\s+de|Université\s+de|Università\s+di|Universität"
    r"|Instituto|Institut|Hospital|Hôpital|Ospedale|Clínica|Klinikum"
)
"""Words that open an organization's name."""

_WORD = r"\p{Lu}[\p{L}\p{M}'\u2019-]*"
_JOIN = r"(?:,\s|\s&\s|\s(?:and|e|et|y|i|und|và|và\s+đối\s+tác)\s|\s)"
_NAME = rf"{_WORD}(?:{_JOIN}{_WORD}){{0,3}}"
_ORG = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\w/._@-])(?:(?P<named>{_NAME}),?\s+(?:{LEGAL_FORMS})|(?P<trade>{_WORD}(?:\s{_WORD}){{0,2}})\s+(?:{INDUSTRY_WORDS})"
    rf"|(?:{ORG_WORDS})\s+{_NAME})(?![\p{{L}}\p{{M}}\w/])"
)
_FIRM = regex.compile(rf"(?<![\p{{L}}\w])({_WORD}),\s({_WORD})\s(?:and|&)\s({_WORD})(?![\p{{L}}\w])")
_WEAK_FORM = regex.compile(r"(?:Group|Holdings?|Partners|Co\.?|Limited|Corporation)$")
"""Endings that also close ordinary phrases (``Support Group``): the name before them must not be ordinary words only."""
SCORE_ORG = 0.85
SCORE_FIRM = 0.8


def find_orgs(text: str) -> list[Span]:
    """ORGANIZATION spans of legal forms, organization words and three-surname firm names."""
    out: list[Span] = []
    for match in _ORG.finditer(text):
        named = match.group("named")
        weak = named is not None and _WEAK_FORM.search(match.group())
        if weak or match.group("trade") is not None:
            name = named if named is not None else match.group("trade")
            if all(ordinary_word(w) for w in regex.findall(r"[\p{L}\p{M}]+", name)):
                continue  # "Support Group", "Data Analytics": ordinary words before a weak form
        out.append(Span(match.start(), match.end(), "ORGANIZATION", SCORE_ORG, "names"))
    for match in _FIRM.finditer(text):
        if all(w in last_names() for w in match.groups()):
            out.append(Span(match.start(), match.end(), "ORGANIZATION", SCORE_FIRM, "names"))
    return out
