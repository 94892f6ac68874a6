"""Evidence for a name in technical and business text.

In prose a capitalised word is a fair hint of a name. In a log, a config, a JSON document, a
table, a ticket or a changelog it is not: products, components, statuses and column values are
capitalised too (``Checkout fails when Hunter cache is DEGRADED``, ``Standing desk, Walnut
finish``, ``| Starfall Cartographers | 12+ |``, ``ARM-2X  Dual monitor arm``). There NER's reading
alone does not make a person, a company or a place; the words around must say it.

:func:`technical_text` tells such a text by its lines: most of them are a key and a value, a
table's row, a log line, a JSON line, a list's item or a row of columns, or hold a ticket's or a
code's identifier (``OPS-2210``), and few are prose; a JSON document is one too. A text about
people is none, whatever its layout (:func:`people_text`: a title before a capitalised word, a
person's pronoun, a person's key holding a first name): a roster, a visitor log, minutes or a
patient's record keep NER's reading. Each is read once per text (``O(len(text))``).

In a technical text:

- :func:`person_evidence` says when NER's PERSON has its evidence: a known first name and a known
  first or last name and no ordinary word (``Priya Raman``), one name that no dictionary of any
  language holds (``Kowalski``; ``Hunter``, ``Piper`` are words), a title, a tie or a role first
  (``Kuya Ramon``) or before it (``customer``, ``colleague``, ``our``), a person's key on its line
  (``assignee:``, ``owner =``, ``"reviewer":``, ``Crew:``), ``approved by``, ``assigned to``, a
  person's verb after it (``said``, ``wrote``; not ``is`` or ``will``: ``Hunter is down``), or a
  comma list where a first name opens another item (``Kai Akana, Pua Mahoe``);
- :func:`organization_evidence` says when NER's ORGANIZATION has its evidence: a word that is no
  ordinary one (``Northwind Traders``), or an organization's context (``joined``, ``vendor``,
  ``acquired``); ``Budget Blue``, ``Safety Margin`` have none, nor a team (``Team Falcon``) or a
  list of labels (``Bug, Ingest, Storage``);
- :func:`place_evidence` says when a place the gazetteer does not know has a place's context: a
  preposition, a place's key on its line, a house number before it, a comma and a capital after.

Without evidence the entity scores below the threshold (:data:`LOW`), and a town in brackets after
it is not read either; :func:`restore_named` gives the score back to a word of a name found with
evidence in the same text (``pay Ruairi`` after ``GK: Ruairi Kavanagh``). A text of prose is not
touched: a sentence's capitalised word keeps NER's reading there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from mask.core.spans import Span

from .filters import TITLES, english_word, ordinary_word, words_of
from .wordlists import first_names, last_names, word_set
from .words import KIN_WORDS, ROLE_WORDS

__all__ = [
    "LOW",
    "organization_evidence",
    "person_evidence",
    "people_text",
    "place_evidence",
    "restore_named",
    "technical_text",
]

LOW = 0.45
"""The score of an entity without evidence: below the default threshold (0.5)."""

_STRUCTURED_LINE = regex.compile(
    r"""
    ^[ \t]*(?:
        [\[{}\]"]                                              # JSON, an INI section, a bracketed log stamp
      | [\w.$@/\ -]{1,40}?[ \t]*(?:[:=]|->)[ \t]*\S            # key: value, key = value, key -> value
      | [-*+\u2022][ \t]                                       # a list's item
      | \d+[.)][ \t]                                           # a numbered item
      | \d{4}-\d{2}-\d{2}                                      # a log's date
      | \d{1,2}:\d{2}                                          # a time opening the line
      | \#{1,6}[ \t]                                           # a heading of markup, a comment
      | [;/]                                                   # a comment of a config, a path
      | \$[ \t]                                                # a shell prompt
    )
    | \|                                                       # a table's cell
    | \S[ ]{2,}\S.*\S[ ]{2,}\S                                 # three columns aligned by blanks
    | (?<![\p{L}\d])\p{Lu}{2,}[\d]*-\d{2,}                     # a ticket's or a code's identifier (LIN-5201)
    | [^\s;,]+[;,][^\s;,]*[;,][^\s;,]*[;,]                     # a CSV row
    | \t
    | \.{4,}                                                   # a dotted leader (Gateway API ...... Operational)
    """,
    regex.VERBOSE,
)
"""A line of a structured text (anywhere in the line for a table's bar, columns, an identifier, a CSV row)."""

_PROSE_LINE = regex.compile(r"\p{Ll}+[ ]\p{Ll}+[ ]\p{Ll}+[ ]\p{Ll}+[ ]\p{Ll}+")
"""Five lower-case words in a row: a sentence's words."""


def technical_text(text: str) -> bool:
    """``text`` is technical or business text: of its non-empty lines (three at least), most are
    structured (:data:`_STRUCTURED_LINE`) and few are prose, or it is one JSON document; and it is
    not about people (:func:`people_text`)."""
    head = text.lstrip()[:1]
    if head in ("{", "[") and text.rstrip()[-1:] in ("}", "]"):
        return not people_text(text)
    lines = 0
    structured = 0
    prose = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        lines += 1
        if _STRUCTURED_LINE.search(line) is not None:
            structured += 1
        elif _PROSE_LINE.search(line) is not None:
            prose += 1
    return lines >= 3 and 2 * structured > lines and 3 * prose < lines and not people_text(text)


_TITLE_NAME = regex.compile(
    r"(?<![\p{L}\p{M}])(?:"
    + "|".join(sorted((regex.escape(t) for t in TITLES if len(t) > 1), key=len, reverse=True))
    + r"|M\.)\.?[ ]\p{Lu}\p{Ll}"
)
"""A title before a capitalised word (``Ms. Zhao``, ``Uncle Keoni``, ``Dr Osei``)."""
_KEYED_VALUE = regex.compile(
    r"(?m)^[ \t]*[\"']?([\p{L}][\p{L} _-]{0,30}?)[\"']?[ \t]*[:=][ \t]*[\"']?(\p{Lu}[\p{Ll}\p{M}]+)([ ]\p{Lu}\p{Ll})?"
)
"""A key opening its line and the first capitalised word of its value."""


_PERSONAL_PRONOUN = regex.compile(
    r"(?<![\p{L}\p{M}'\u2019])(?i:he|she|him|his|her|hers|himself|herself)"
    r"(?![\p{L}\p{M}'\u2019])"
)
"""A pronoun of a person (``He called me``, ``he knows``, ``her son``): logs and configs say none."""


def people_text(text: str) -> bool:
    """``text`` is about people, whatever its layout: a title stands before a capitalised word
    (``Ms. Zhao Xiao``, ``Uncle Keoni``), a person's pronoun is there (``he knows``), or a person's key holds a first name and a capitalised
    word (``Present: Carol Jean``) or a first name that no dictionary holds (``assignee: Priya``). A roster, a visitor log or a patient's
    record keeps NER's reading of its names."""
    if _TITLE_NAME.search(text) is not None or _PERSONAL_PRONOUN.search(text) is not None:
        return True
    for m in _KEYED_VALUE.finditer(text):
        key = m.group(1).lower()
        last = regex.split(r"[_\- ]", key)[-1]
        if (
            (key in PERSON_KEYS or last in PERSON_KEYS)
            and m.group(2) in first_names()
            and (m.group(3) is not None or not english_word(m.group(2)))
        ):
            return True
    return False


PERSON_KEYS = word_set(
    """
    name names fullname full_name first_name last_name firstname lastname surname given
    assignee assignees assigned owner owners reporter reporters author authors reviewer reviewers approver
    approvers requester requestor requested contact contacts attn attention cc bcc manager lead driver
    signed signatory submitter submitted creator created updated modified editor maintainer maintainers
    customer client patient user employee member candidate applicant recipient sender from to who
    on-call oncall responder commander scribe presenter speaker host organizer organiser attendee attendees
    coach coordinator captain chair secretary treasurer volunteer volunteers crew staff guest guests visitor visitors
    present absent apologies attending participants
    nome nom nombre titular responsable verantwortlich ansprechpartner ansprechperson bearbeiter zuständig
    responsavel responsabile referente empfänger destinatario destinataire
    """
)
"""Keys whose value is a person (compared lower-cased, the last word of the key)."""

_KEY_BEFORE = regex.compile(r"([\p{L}_-]+)[\"']?[ \t]*(?:[:=]|->)[ \t]*[\"']?[ \t]*$")
"""A key right before the entity, on its line (``assignee: ``, ``"owner": "``, ``to=``)."""

_DONE_BY = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:(?:signed|approved|reviewed|reported|requested|assigned|submitted|written|authored|raised|opened"
    r"|closed|resolved|merged|created|handled|escalated|acknowledged|owned|delegated|handed|reassigned)"
    r"[ ](?:by|to|off[ ]by|over[ ]to)|on[ ]behalf[ ]of|our|your|their|his|her|ask|asked|cc|ping|pinged|thanks"
    r"|thank[ ]you|dear|hi|hello|hey|attn\.?|per|via[ ]@?|goes[ ]by|known[ ]as|aka|a\.k\.a\.)[ ]+$"
)
"""Words before a person: ``approved by``, ``assigned to``, ``our``, ``thanks``, ``dear``."""

PERSON_VERBS = word_set(
    """
    said says say wrote writes asked asks replied replies answered called calls confirmed confirms approved approves
    reviewed reviews agreed agrees noted notes mentioned suggested suggests proposed proposes recommended
    joined left leaves signed signs
    emailed mailed messaged phoned texted pinged reported explained promised requested requests owns
    told tells thinks thought wants wanted needs needed prefers preferred who family household residence
    dijo escribió confirmó aprobó pidió dit écrit confirme confirmé approuvé demandé sagte schrieb bestätigt
    bestätigte genehmigt fragte disse scrisse confermato approvato chiesto escreveu confirmou aprovou pediu
    """
)
"""Words after a person's name (``Priya said``, ``Owen wrote``), compared lower-cased."""

_WORD_BEFORE = regex.compile(r"([\p{L}.]+)[ \t,]*$")
_WORD_AFTER = regex.compile(r"(?:['\u2019]s)?[ \t]+([\p{L}]+)")


def _before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m.group(1) if m else ""


def _line_start(text: str, start: int) -> int:
    return max(text.rfind("\n", max(0, start - 120), start) + 1, max(0, start - 120))


def _cue_before(text: str, start: int) -> bool:
    """A title, a role, a tie, a person's key or a person's verb right before ``start``."""
    word = _before(text, start)
    if _addressed(word.rstrip(".")):
        return True
    line = _line_start(text, start)
    key = _KEY_BEFORE.search(text, line, start)
    if key is not None:
        last = regex.split(r"[_\- ]", key.group(1).lower())[-1]
        if key.group(1).lower() in PERSON_KEYS or last in PERSON_KEYS:
            return True
    return _DONE_BY.search(text, max(line, start - 40), start) is not None


def _cue_after(text: str, end: int) -> bool:
    m = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    return m is not None and m.group(1).lower() in PERSON_VERBS


def _plain(word: str) -> bool:
    return ordinary_word(word) and word not in first_names() and word not in last_names()


def _listed_with_name(text: str, start: int, end: int) -> bool:
    """The entity is an item of a comma list on its line, next to an item that opens with a known
    first name no dictionary holds (``Kai Akana, Pua Mahoe, Hunter Nakoa``)."""
    line_end = text.find("\n", end)
    after = _NEXT_ITEM.match(text, end, len(text) if line_end < 0 else line_end)
    if after is not None and _named_item(after.group(1)):
        return True
    before = _PREVIOUS_ITEM.search(text, _line_start(text, start), start)
    return before is not None and _named_item(before.group(1))


_NEXT_ITEM = regex.compile(r",[ ]+(\p{Lu}[\p{L}\p{M}'-]*)")
_PREVIOUS_ITEM = regex.compile(r"(?:^|,[ ]+|:[ ]+)(\p{Lu}[\p{L}\p{M}'-]*)(?:[ ]+\p{Lu}[\p{L}\p{M}'-]*){0,2},[ ]+$")


def _named_item(word: str) -> bool:
    return word in first_names() and not english_word(word)


def person_evidence(text: str, start: int, end: int) -> bool:
    """The PERSON ``text[start:end]`` of a technical text has evidence (see the module's doc)."""
    words = [w for w in words_of(text[start:end]) if len(w) > 1]  # an initial says nothing either way
    if not words:
        return False
    if len(words) == 1 and (words[0] in first_names() or words[0] in last_names()) and not ordinary_word(words[0]):
        return True  # "Kowalski", "Osagie": a name no dictionary of any language holds ("Atlas", "Piper" are words)
    if (
        len(words) > 1
        and not any(_plain(w) for w in words)
        and (words[0] in first_names() or (words[0] in last_names() and words[-1] in first_names()))
    ):
        return True  # "Priya Raman", "Dieter Hausmann", "Kowalczyk Anna"
    if len(words) > 1 and _addressed(words[0]):
        return True  # "Kuya Ramon", "Coach Bill Tennant": a title, a tie or a role and a name
    return _cue_before(text, start) or _cue_after(text, end) or ("," in text and _listed_with_name(text, start, end))


def _addressed(word: str) -> bool:
    low = word.lower()
    return word in TITLES or low in KIN_WORDS or low in ROLE_WORDS


_ORG_CUE_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:(?:at|joined|join|vendor|supplier|partner|client|customer|carrier|contractor|employer|company|firm"
    r"|agency|bank|insurer|acquired|acquisition[ ]of|from|by|with)[\"']?[ \t]*:?[ \t]*)$"
)
_ORG_VERBS = word_set(
    """
    hired hires acquired acquires announced announces said says reported reports launched launches signed signs
    raised raises filed files agreed agrees bought buys sold sells employs confirmed confirms invoiced invoices
    ships shipped offers offered charges charged
    """
)


TEAM_WORDS = word_set("team squad crew guild tribe équipe equipe equipo squadra mannschaft")
"""Words that open a team's name (``Team Falcon``, ``Équipe Orion``): a company's team, no organization."""


def organization_evidence(text: str, start: int, end: int) -> bool:
    """The ORGANIZATION ``text[start:end]`` of a technical text has evidence: a word of it is no
    ordinary word, or an organization's context is around it; a team's name has none of its own."""
    value = text[start:end]
    words = words_of(value)
    if "," in value:
        return False  # "Bug, Ingest, Storage": a list of labels, no one company
    if len(words) > 1 and words[0].lower() in TEAM_WORDS:
        return False  # "Équipe Orion", "Team Falcon": a team of the company
    if any(w[:1].isupper() and not ordinary_word(w) for w in words):
        return True  # "Northwind Traders", "Kessler Logistik"
    if _ORG_CUE_BEFORE.search(text, max(0, start - 30), start) is not None:
        return True
    m = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    return m is not None and m.group(1).lower() in _ORG_VERBS


_PLACE_CUE_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:(?:in|at|from|to|near|outside|around|via|lives[ ]in|living[ ]in|born[ ]in|based[ ]in|moved[ ]to"
    r"|located[ ]in|resident[ ]of|en|à|au|aux|de|desde|em|no|na|nach|aus|bei|von|im|in|a|da|di|dal|nel|nella)"
    r"[ ]+(?:the[ ]+)?)$"
)
_PLACE_KEYS = word_set(
    """
    city town village country state region province county address street location place locality
    district suburb destination origin departure arrival hometown birthplace residence venue site
    ciudad ciudade cidade ville stadt ort città citta pays país pais land paese provincia estado
    """
)


def place_evidence(text: str, start: int, end: int) -> bool:
    """A place of a technical text that no gazetteer knows has evidence: a place's word before it
    (``in``, ``lives in``, ``nach``), a place's key on its line (``city:``, ``"destination": "``),
    or a comma and a capitalised word or a postcode after it (``Ritaborough, NY``)."""
    if _PLACE_CUE_BEFORE.search(text, max(0, start - 30), start) is not None:
        return True
    if _NUMBER_BEFORE.search(text, max(0, start - 12), start) is not None:
        return True  # "at 88 Lenox Pointe NE": a street after its house number
    for key in _LINE_KEY.finditer(text, _line_start(text, start), start):
        if regex.split(r"[_\- ]", key.group(1).lower())[-1] in _PLACE_KEYS:
            return True  # "location: ..., rural Sioux Center"
    return _PLACE_AFTER.match(text, end) is not None


_NUMBER_BEFORE = regex.compile(r"(?<![\d.,:/-])\d{1,5}[A-Za-z]?,?[ ]$")
_LINE_KEY = regex.compile(r"([\p{L}_-]+)[\"']?[ \t]*[:=]")


_PLACE_AFTER = regex.compile(r",[ ]?(?:\p{Lu}|\d)")


def restore_named(
    text: str, spans: list[Span], cover: Sequence[Span], lowered: Mapping[tuple[int, int], float]
) -> list[Span]:
    """The spans lowered for want of evidence (``lowered``: their place and their score before) get
    their score back when each of their words is a word of a person's name found with evidence in
    the same text (``Subs to Bill`` after ``Coach: Coach Bill Tennant``)."""
    known = {
        w
        for s in (*cover, *spans)
        if s.type == "PERSON" and s.score > LOW and (s.start, s.end) not in lowered
        for w in words_of(text[s.start : s.end])
    }
    if not known:
        return spans
    return [
        Span(s.start, s.end, s.type, lowered[(s.start, s.end)], s.detector)
        if (s.start, s.end) in lowered and all(w in known for w in words_of(text[s.start : s.end]))
        else s
        for s in spans
    ]
