"""Per-label NER scores, calibrated on the entity's shape and context.

A fixed score per spaCy label made every single-word ORG as sure as ``Siemens AG``;
in an independent evaluation ORGANIZATION precision was 0.22. The score now depends on:

- PERSON: one word 0.8 when it is a known first or last name or follows a title, else
  0.45, and 0.45 too for an ordinary word that opens a sentence, a line, a label's value or a
  comment and that the sentence goes on after (``# Grace period expired``, ``Add metadata``,
  ``Weather for today: Sunny, high of``: the capital says nothing there; a name alone on a
  signature line keeps its score), or that closes a title-cased phrase of ordinary words
  (``Recipe: Vegetable Curry.``); two or more words 0.85, 0.95 after a title (``Dr``, ``Mme``) or starting with a
  known first name, but 0.45 (0.6 after a first name, unless the words close a label's value
  or a title-cased phrase: ``Recipe: Lemon Tart.``) when one of them is an ordinary word no
  name list holds (``Docker Build``, ``Custom Fields``); an ordinary word opening a comment
  (``x = f(18)  # Valid: 19``) or a table's cell (``| Line separator |``) scores 0.45 too;
- any label: 0.9 ORGANIZATION when the entity ends with a legal form or opens with an
  organization word (:mod:`.orgs`: ``Perrot SA``, ``Fundacja Kruszona``), even if NER said PERSON;
  not for a form that closes ordinary phrases too after ordinary words only (``The Group``);
- ORG, or a place the gazetteer does not know, that reads as a person's name becomes a
  PERSON (the small model calls many non-English names organizations or places:
  ``Jean-Baptiste Moreau``, ``Sophie Laurent``, ``Léa Dubois``): every word capitalised, the
  first a known first name, the last a known first or last name, none an ordinary word (and,
  for a place, no place word first or last: ``Saint Agnès``, ``Heather Hall``). Scored as a
  person (0.95). With one ordinary word before such a name (``Contact Sophie Laurent``) it is
  a PERSON at 0.6, below the name rules' own span of the name alone, which then wins the
  overlap;
- ORGANIZATION: 0.9 with a legal suffix (``Inc``, ``Ltd``, ``GmbH``, ``SA``, ``SARL``,
  ``S.p.A.``, ``LLC``...), 0.8 for two or more words (not two single words joined by ``and``, not mostly
  ordinary words: ``Webhooks Partial Outage``, not a department's: ``Sales Engineering``), 0.6 for one
  word after organization context (``at``, ``of``, ``joined``, ``company``, ``bei``, ``chez``...) or before an
  organization verb (``hired``, ``announced``, ``acquired``...), else 0.45: below
  the default threshold (0.5), so a lone capitalised word is not an organization on NER's
  word alone; 0.45 too for a service's product (``Gemini Enterprise``) or with a lower-case word that is no particle or joining word and no legal
  form (``Changelog documentation``: a phrase; ``Bank of America`` keeps its score);
- LOCATION: 0.9 when the gazetteer knows the place, else 0.8 (GPE), 0.75 (LOC), 0.6 (FAC);
  but 0.45 for one word the gazetteer does not know that opens a sentence or a line with no
  place context (``Zadzwoń 512 345 678``, ``Jupiter is the largest planet``): the small model
  reads many capitalised first words as places; 0.45 too for one ordinary word the gazetteer
  does not know, without place context before it (``(name, type, Field) objects``; ``grew up
  in Pages`` stays a place);
  an ORG or PERSON that the gazetteer knows as an unambiguous place becomes a LOCATION;
- NRP: 0.75 when a word reads as a nationality, religion or political group (a demonym ending
  such as ``-an``, ``-ese``, ``-ish``, ``-i``, or a listed word: ``Catholic``, ``Greek``,
  ``Democrats``...), else 0.45: the small model calls tool names NORP (``the Helm chart``).
"""

from __future__ import annotations

import regex

from .filters import TECH_WORDS, abbreviation, english_word, ordinary_word, words_of
from .gazetteer import PLACE_CONTEXT, Place, gazetteer
from .lines import line_after, line_before
from .names import CONTACT_VERBS, TITLES
from .orgs import LEGAL_FORMS, ORG_WORDS
from .technical import platform_product
from .wordlists import first_names, last_names, word_set
from .words import ADDRESSED_AFTER, DESCRIBED_BEFORE, KIN_WORDS, PARTICLES, ROLE_WORDS

__all__ = ["LEGAL_SUFFIXES", "ORG_CONTEXT", "calibrate"]

LEGAL_SUFFIXES = word_set(
    """
    inc incorporated corp corporation co ltd limited llc llp lp plc gmbh ag kg ohg ug se sa sas sarl sàrl srl
    spa s.p.a s.a s.r.l s.l sl bv nv ab as oy aps kft sp z o.o pty pte lda ltda cia
    foundation university universität université universidad università bank group holdings
    """
)
"""Last words that make a name an organization (lower-cased, without a final dot)."""

ORG_CONTEXT = word_set(
    """
    at of for with by from joined join joining company employer firm client vendor supplier partner
    bei von für chez pour avec entreprise société en para con empresa presso per con azienda società
    """
)
"""Words right before a one-word ORG that make it one (lower-cased)."""
WEAK_ORG_CONTEXT = word_set("of for with by from von für pour avec para con per en")
"""Context words too common in technical prose to make an ordinary word an organization on their
own (``a collection of Handler objects``, ``used by Union constructors``); a word that is not
an ordinary one still counts after them (``executives of Siemens``, ``Anna from Turner-Williams``)."""

ORG_VERBS = word_set(
    """
    hired hires acquired acquires announced announces said says reported reports launched launches released
    releases signed signs raised raises filed files agreed agrees bought buys sold sells employs employed
    confirmed confirms denied denies sued sues posted posts shipped ships opened closed partnered merged
    """
)
"""Words right after a one-word ORG that make it one (``Siemens hired``)."""

NRP_WORDS = word_set(
    """
    catholic catholics protestant protestants christian christians muslim muslims jew jews jewish hindu hindus
    buddhist buddhists sikh sikhs orthodox evangelical evangelicals mormon mormons atheist atheists
    democrat democrats republican republicans socialist socialists conservative conservatives liberal liberals
    labour tory tories green greens communist communists greek greeks thai dutch french swiss czech
    basque welsh scots latino latina latinos latinas arab arabs sunni shia kurd kurds roma
    icelandic arabic slavic baltic nordic hispanic celtic germanic islamic semitic hellenic gaelic
    """
)
"""Nationalities, religions and political groups that no demonym ending gives (lower-cased)."""
NRP_THINGS = word_set(
    """
    character characters text texts script scripts language languages alphabet alphabets letter letters
    word words translation translations locale locales calendar calendars convention conventions width
    encoding encodings font fonts keyboard keyboards dictionary dictionaries numeral numerals punctuation
    spelling grammar dialect dialects edition editions version versions cuisine food dish dishes recipe
    recipes style format formats standard standards timezone holiday holidays ideographs syllabary
    """
)
"""Nouns after a nationality that make it a thing's kind (``Chinese characters``, ``East Asian width``,
``the European convention``, ``Thai cuisine``), not a group of people."""
_DEMONYM = regex.compile(r"(?:an|ans|ese|ish|i|is|ot|ots|er|ers|ine|ines)$")
"""Endings of most demonyms (``American``, ``Chinese``, ``Polish``, ``Israeli``); the ``-ic`` ones
are listed (``Icelandic``), the ending alone reads tool names as groups (``Pydantic``, ``Pythonic``)."""

PLACE_WORDS = word_set(
    """
    Saint Sainte San Santa Santo São Sankt St St. Ste Port Fort Mount Lake New North South East West Upper Lower
    Hall Park Hill Green Heath Bridge Castle Court Cross Field Fields Wood Woods Gate Bay Beach Springs Valley
    """
)
"""First and last words of place names that read like people's names (``Saint Agnès``, ``Heather Hall``)."""

BASE = {"PERSON": 0.45, "GPE": 0.8, "LOC": 0.75, "FAC": 0.6, "ORG": 0.45, "NORP": 0.75}
_LEGAL_FORM = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{LEGAL_FORMS})(?![\p{{L}}\p{{M}}])")
_ENDS_WITH_FORM = regex.compile(rf"[\s,](?:{LEGAL_FORMS})$")
_STARTS_WITH_ORG_WORD = regex.compile(rf"^(?:{ORG_WORDS})\s")
_PAIR = regex.compile(r"^\S+ (?:and|&|und|et|e|y) \S+$")
_ARTICLES = frozenset({"the", "a", "an"})
_FORMAL_PRONOUNS = word_set(
    "sie ihr ihre ihren ihrem ihrer ihres ihnen dich dir deine wir unser unsere usted ustedes vous votre você vocês uw"
)
"""Pronouns written with a capital mid-sentence (German ``Sie``, ``Ihre``; ``Usted``, ``Vous``): NER
reads ``bringen Sie Ihre Versichertenkarte`` as a person or a company. None opens a name (``Du``,
``Vos`` and ``Lei`` do: left out)."""
_FORMAL_TYPES = {"PERSON": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}
_PROSE_AFTER = regex.compile(r",? \p{Ll}")
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)[\s,:]*$")
_WORD_AFTER = regex.compile(r"(?:'s?|\u2019s?)?\s+(\p{L}+)")


def _word_before(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    return match.group(1).rstrip(".").lower() if match else ""


def _word_after(text: str, end: int) -> str:
    match = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    return match.group(1).lower() if match else ""


def _opens_sentence(text: str, start: int) -> bool:
    """Nothing but blanks, quotes, brackets, bullets or a comment sign between the start of
    ``text``, of a line, of a sentence (after ``.``, ``!``, ``?``) or of a table's cell (after
    ``|``) and ``start``."""
    i = start
    while i > 0 and text[i - 1] in " \t\"'([#*|>\u2022-":
        if text[i - 1] == "|":
            return True  # "| `sep` | Line separator |": a cell opens like a line
        i -= 1
    return i == 0 or text[i - 1] in "\n\r.!?"


_COMMENT_OPEN = regex.compile(r"(?:^|\n|[ ]{2})[ \t]*(?:>>>[ \t]+)?#+[ \t]*$")


def _opens_comment(text: str, start: int) -> bool:
    """The entity is the first word of a comment, on its own line or after code (``x = f(18)  # Valid: 19``)."""
    return _COMMENT_OPEN.search(text, max(0, start - 80), start) is not None


_LABEL_BEFORE = regex.compile(r"(?:^|\n)[ \t]*[\p{L}][\p{L} ]{0,30}:[ \t]+$")
"""A short label opening its line, just before the entity (``Weather for today: Sunny, high of``)."""
_TITLE_CASE_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}+)[ ]$")


def _after_label(text: str, start: int, end: int) -> bool:
    """The entity opens a label's value (the capital then says nothing of a name), unless it is
    someone addressed (``Reminder: Otto, your appointment``)."""
    return _LABEL_BEFORE.search(text, max(0, start - 40), start) is not None and not ADDRESSED_AFTER.match(text, end)


def _title_case_before(text: str, start: int) -> bool:
    """An ordinary word that no name list holds, capitalised, just before the entity: with no
    prose after it, a title-cased phrase (``Recipe: Vegetable Curry.``), not a name; a verb or a
    role word before a name does not count (``Contact Grace``)."""
    m = _TITLE_CASE_WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None or not _plain(m.group(1)):
        return False
    low = m.group(1).lower()
    return low not in CONTACT_VERBS and low not in ROLE_WORDS and low not in KIN_WORDS  # Contact Grace, Colleague Rose


def _prose_after(text: str, end: int) -> bool:
    """The sentence goes on after ``end`` with a lower-case word or a comma (``Handler objects``,
    ``Grace period``, ``Else, type``), not with a line end or more of a name (``Hill, Brown and
    Richmond``, ``House-Williams``, a signature's ``Santos`` on its own line)."""
    return _PROSE_AFTER.match(text, end) is not None


_DEPARTMENT_WORDS = word_set(
    """
    sales marketing engineering finance legal support success operations ops product design security research
    development procurement accounting compliance facilities recruiting recruitment talent acquisition people hr it
    customer customers partnerships partner growth analytics platform infrastructure communications comms services
    revenue business developer developers relations reliability site data science quality assurance qa risk audit
    treasury payroll benefits training learning brand content creative editorial strategy corporate internal
    and of
    """
)
"""Words a company's departments are named with (``Sales Engineering``, ``Customer Success``,
``Research and Development``): a department is no organization of its own."""


def _plain(word: str) -> bool:
    """An ordinary word that no name list holds (``Build``, ``Fields``, ``Outage``)."""
    return ordinary_word(word) and word not in first_names() and word not in last_names()


def _person_score(words: list[str], before: str, opens: bool = False, phrase: bool = False) -> float:
    titled = before in TITLES or before.title() in TITLES
    if len(words) < 2:
        if titled:
            return 0.8
        if not words or (opens and ordinary_word(words[0])):
            return BASE["PERSON"]
        return 0.8 if words[0] in first_names() or words[0] in last_names() else BASE["PERSON"]
    if any(_plain(w) for w in words) and not titled:
        return 0.6 if words[0] in first_names() and not phrase else BASE["PERSON"]
    return 0.95 if titled or words[0] in first_names() else 0.85


def _name_like(pieces: list[str]) -> bool:
    """Whitespace-separated words that read as a person's name: two to four, capitalised,
    the first a known first name, the last a known first or last name, none ordinary
    (a hyphenated word counts by its parts: ``Jean-Baptiste``)."""
    if not 2 <= len(pieces) <= 4 or not all(p[:1].isupper() for p in pieces):
        return False
    parts = [words_of(p) for p in pieces]
    if not all(parts) or any(_plain(w) for ws in parts for w in ws):
        return False
    first, last = parts[0], parts[-1]
    return all(w in first_names() for w in first) and all(w in first_names() or w in last_names() for w in last)


def _enumeration(value: str) -> bool:
    """Single words separated by commas, none a known name: a list (``Scale, Listbox``), not one
    organization (``Smith, Jones and Brown`` has a name and a longer piece)."""
    pieces = [p.strip() for p in value.split(",")]
    return (
        len(pieces) > 1
        and all(p and " " not in p for p in pieces)
        and not any(p in first_names() or p in last_names() for p in pieces)
    )


def _about_technology(words: list[str]) -> bool:
    """A technology's name (:data:`.filters.TECH_WORDS`) with only ordinary words or abbreviations
    beside it: a thing, not an organization (``Unicode Specifications``, ``Redis Cluster Mode``)."""
    return any(w in TECH_WORDS for w in words) and all(w in TECH_WORDS or _plain(w) or abbreviation(w) for w in words)


_WEAK_FORMS = frozenset(
    {"group", "groups", "holding", "holdings", "partners", "partner", "co", "limited", "corporation"}
)
"""Legal forms that close ordinary phrases too (``The Group``, ``Support Group``)."""
_ORG_JOINS = PARTICLES | word_set(
    "of and for the at on in und et och og en i d l s n des au aux los las el die das zum zur am im sa"
)
"""Lower-case words inside an organization's name (``Bank of America``, ``Fundação da Terra``)."""


def _ordinary_before_form(value: str) -> bool:
    """``value`` ends with a form that closes ordinary phrases too, after ordinary words and articles
    only (``The Group``, ``Support Group``): no company's name."""
    words = words_of(value)
    if len(words) < 2 or words[-1].lower() not in _WEAK_FORMS:
        return False
    return all(_plain(w) or w.lower() in _ARTICLES for w in words[:-1])


_PLACE_BEFORE = PLACE_CONTEXT | word_set(
    """
    outside inside around within across through towards toward near
    z ze w we do od na przy v ve iz u k från till fra til i på uit naar bij op aan dans sur chez vers
    """
)
"""Words before a place's name (``outside Grand``, ``in Pages``, ``z Krzeszowic``): an unknown word after them is a town."""


_PLACE_AFTER = regex.compile(r",?[ ]+(?:\p{Lu}|\d)|[ ]*\(")
"""After a place's name: a capitalised word or a number (``Ritaborough, NY 12345``), or a bracket."""


_ADDRESS_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\d])[\p{Lu}\d][\p{L}\p{M}\d_.'-]*,[ ]$")
"""Before a place's name, an address's previous part: a capitalised word or a number and a comma
(``to Kovář 16, Hostinné``), not a lower-case word (``(name, type, Field)``)."""


def _described_noun(text: str, start: int, words: list[str], place: Place) -> bool:
    """The one-word place at ``start`` (no country) follows an article and an adjective of another
    language (``Der letzte Zug``): a common noun there that a town or a canton spells."""
    return (
        len(words) == 1
        and place.kind != "country"
        and DESCRIBED_BEFORE.search(text, max(0, start - 30), start) is not None
    )


def _framed_place(text: str, before: str, start: int, end: int) -> bool:
    """Words around an unknown one-word place that make it one (``in Pages``, ``outside Grand``,
    ``a spokesperson for Vartiainen``, ``Ritaborough, NY``, ``Pawlak 16, Hostinné``)."""
    return (
        before in _PLACE_BEFORE
        or before in ORG_CONTEXT
        or _PLACE_AFTER.match(text, end) is not None
        or _ADDRESS_BEFORE.search(text, max(0, start - 40), start) is not None
    )


_PERSON_OR_PLACE_BEFORE = word_set("by to for with from")
"""Words before a person as often as before a place (``approved by Siobhan``, ``forwarding this to
Adaeze``): after them a first name no gazetteer holds is the person's."""


_PLACEHOLDER_OPENS = {"[": "]", "<": ">", "{": "}"}
"""Brackets around a template's placeholder (``[Admission Date]``)."""


def _ordinary_heading(text: str, start: int, end: int, words: list[str]) -> bool:
    """The entity is a heading's title of ordinary English words ending with a common noun no
    name list holds, alone on its line or before a bracket or a colon (``Green Pea Soup (serves
    4)``, ``Brown Rice Salad:``): a dish's, a step's or a section's title, no organization."""
    if len(words) < 2 or not all(english_word(w) for w in words) or not _plain(words[-1]):
        return False
    head = line_before(text, start, 80)
    tail = line_after(text, end, 80)
    return head is not None and head.strip() == "" and tail is not None and _HEADING_TAIL.match(tail) is not None


_HEADING_TAIL = regex.compile(r"[ \t]*(?:\(|:|$)")
"""What may follow a heading's title on its line: a bracket, a colon or nothing."""


def calibrate(label: str, text: str, start: int, end: int) -> tuple[str, float]:
    """``(entity type, score)`` of the NER entity ``text[start:end]`` labelled ``label``."""
    value = text[start:end]
    words = words_of(value)
    if words and words[0].lower() in _FORMAL_PRONOUNS and label in _FORMAL_TYPES:
        # "Sie Ihre Versichertenkarte", "rufen Sie mich ... an" (a place)
        return _FORMAL_TYPES[label], 0.2
    if (
        start
        and text[start - 1 : start] in _PLACEHOLDER_OPENS
        and text[end : end + 1] == _PLACEHOLDER_OPENS[text[start - 1]]
        and words
        and label in _FORMAL_TYPES
        and all(english_word(w) for w in words)
        and not (words[0] in first_names() and words[-1] in last_names())
    ):
        return _FORMAL_TYPES[label], 0.2  # "[Admission Date]", "<Employee Name>": a template's placeholder
    before = _word_before(text, start)
    if (_ENDS_WITH_FORM.search(value) and not _ordinary_before_form(value)) or _STARTS_WITH_ORG_WORD.match(value):
        return "ORGANIZATION", 0.9  # Richard Rousseau SA, Fundacja Kruszona: an organization whatever NER said
    if label in ("ORG", "PERSON"):
        place = gazetteer().lookup(value)
        if place is not None and not place.ambiguous and not any(w in first_names() for w in words):
            return "LOCATION", BASE["PERSON"] if _described_noun(text, start, words, place) else 0.85
    if label == "PERSON":
        label, prose = _after_label(text, start, end), _prose_after(text, end)
        opens = (prose and (label or _opens_sentence(text, start))) or _opens_comment(text, start)
        # "Recipe: Vegetable Curry.", "Recipe: Lemon Tart.": a title-cased phrase, no name
        phrase = not prose and (label or _title_case_before(text, start))
        if (
            opens
            and len(words) == 1
            and words[0] not in first_names()
            and not ordinary_word(_word_after(text, end) or "the")
        ):
            return "PERSON", BASE["PERSON"]  # "Blanda mjölet med smöret": a sentence of a language no list reads
        return "PERSON", _person_score(words, before, opens or (phrase and len(words) == 1), phrase)
    if label == "ORG":
        last = value.lower().rstrip(".").split()[-1] if value.split() else ""
        if last.rstrip(",") in LEGAL_SUFFIXES and not _ordinary_before_form(value):
            return "ORGANIZATION", 0.9
        if platform_product(value):
            return "ORGANIZATION", BASE["ORG"]  # "Gemini Enterprise", "Google Cloud": a service's product
        if any(w.islower() and w not in _ORG_JOINS for w in words[1:]) and not _LEGAL_FORM.search(value):
            return "ORGANIZATION", BASE["ORG"]  # "Changelog documentation": a phrase; a name's words are capitalised
        pieces = value.split()
        if _name_like(pieces):
            return "PERSON", _person_score(words, before)
        if len(pieces) > 2 and _plain(pieces[0]) and _name_like(pieces[1:]):
            return "PERSON", 0.6  # "Contact Sophie Laurent": the name rules' "Sophie Laurent" wins
        if _about_technology(words):
            return "ORGANIZATION", BASE["ORG"]  # "Unicode Specifications", "JSON Schema Validator"
        if _enumeration(value):
            return "ORGANIZATION", BASE["ORG"]  # "Tuple, Union", "Colormap, Gravity, Reparent": a list of words
        if all(w.lower() in _DEPARTMENT_WORDS for w in words):
            return "ORGANIZATION", BASE["ORG"]  # "Sales Engineering", "Customer Success": a company's department
        if _ordinary_heading(text, start, end, words):
            return "ORGANIZATION", BASE["ORG"]  # "Green Pea Soup (serves 4)": a recipe's title
        capitalised = [w for w in words if w[:1].isupper()]
        mostly_ordinary = 2 * sum(1 for w in capitalised if _plain(w) or w.lower() in _ARTICLES) > len(capitalised)
        if len(value.split()) >= 2 and not _PAIR.match(value) and not mostly_ordinary:
            return "ORGANIZATION", 0.8  # (two one-word names joined, "Ubuntu and Windows", count as one word)
        weak = before in WEAK_ORG_CONTEXT and len(words) == 1 and ordinary_word(words[0]) and _prose_after(text, end)
        in_context = (before in ORG_CONTEXT and not weak) or _word_after(text, end) in ORG_VERBS
        return "ORGANIZATION", 0.6 if in_context else BASE["ORG"]
    if label in ("GPE", "LOC", "FAC"):
        place = gazetteer().lookup(value)
        if place is not None:
            if place.ambiguous and len(words) == 1 and not _framed_place(text, before, start, end):
                # an ordinary word that also names a town, with no place word around it: "mein Name ist"
                return "LOCATION", BASE["PERSON"]
            if _described_noun(text, start, words, place):
                return "LOCATION", BASE["PERSON"]  # "Der letzte Zug verlässt": a noun that spells a canton
            return "LOCATION", 0.9
        pieces = value.split()
        if _name_like(pieces) and pieces[0] not in PLACE_WORDS and pieces[-1] not in PLACE_WORDS:
            return "PERSON", _person_score(words, before)  # "Léa Dubois habite au ...": a name, not a place
        if (
            len(pieces) == 1
            and value in first_names()
            and not ordinary_word(value)
            and before in _PERSON_OR_PLACE_BEFORE
        ):
            return "PERSON", _person_score(words, before)  # "approved by Siobhan": a first name no gazetteer holds
        if len(pieces) == 1 and (_opens_sentence(text, start) or before in _ARTICLES):
            return "LOCATION", BASE["PERSON"]  # an unknown word opening a sentence, or "the Popen constructor"
        if len(words) == 1 and not words[0].isupper() and not _framed_place(text, before, start, end):
            return "LOCATION", BASE["PERSON"]  # "(name, type, Field) objects": an ordinary word no gazetteer holds
        return "LOCATION", BASE[label]
    if _word_after(text, end) in NRP_THINGS:
        return "NRP", BASE["PERSON"]  # "Chinese characters", "the European convention": a thing's kind, no one's
    if any(w.lower() in NRP_WORDS or _DEMONYM.search(w.lower()) for w in words):
        return "NRP", BASE.get(label, 0.75)
    return "NRP", BASE["PERSON"]  # "the Helm chart": no word reads as a group of people
