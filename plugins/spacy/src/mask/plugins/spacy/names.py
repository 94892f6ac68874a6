"""Rules and gazetteers that find names and places the small NER model misses.

:class:`NameRulesDetector` (``names``) runs with NER (``STAGE_NER``; overlaps resolve by
score, then length) and skips what earlier stages covered. PERSON:

- after a title (``Mr``, ``Mrs``, ``Ms``, ``Dr``, ``Prof``, ``Sr.``, ``Sra.``, ``M.``,
  ``Mme``, ``Herr``, ``Frau``, ``Sig.``, ``Sig.ra``...): the capitalised words that follow;
- after a salutation opening a line (``Dear``, ``Hi``, ``Hello``, ``Hola``, ``Bonjour``,
  ``Hallo``, ``Ciao``, ``Olá``...), unless the words are ordinary ones (``Dear Customer``);
- in an e-mail signature: the first non-empty line after a closing (``Regards,``,
  ``Best,``, ``Thanks,``, ``Cordialement,``, ``Saludos,``, ``Mit freundlichen Grüßen,``,
  ``Atenciosamente,``, ``Cordiali saluti,``...) when it starts with a name;
- two or more capitalised words, diacritics welcome, where the first is a known first
  name or two are known first or last names (:mod:`.wordlists`, from Faker's locales)
  and none is an ordinary word that is not a name.
- after a role word (``customer``, ``patient``, ``tenant``, ``cliente``, ``Kunde``...) or a
  verb whose object is a person (``ring``, ``call``, ``ask``, ``tell``, ``email``...):
  two or more capitalised words that are not ordinary ones, or one known name
  (``Customer Bongani Dlamini reported...``, ``Can you ring Derek back?``), also a name that is
  an ordinary word when ``back`` follows (``ring Jan back``, ``call Martin back``);
- an initial and a known last name (``J. Okafor``, ``L. Brennan``), or an initial between two
  capitalised words, one a known name (``Mary J. Blige``, ``Horváth I. Kristóf``).
- a known first name in lower case after a greeting or an introduction (``hey marcus``,
  ``it's jess``, ``my name is priya``), unless it is also an ordinary word (``will``, ``grace``)
  and neither ``here`` (``its sabrina here``) nor a known last name (``it's carlos mendez``)
  follows it nor ``my name is`` comes before it;
- a known first name after a greeting sent (``say hi to Elvira``, ``my regards to Pablo``), or
  opening a clause before a lower-case word (``Action: Zachary to send``, ``Ida sorted out``);
- a name written in capitals (:func:`find_upper_names`: ``DAMIAN WILMSEN-NOACK`` heading a CV),
  or in a ticket's layout (:func:`find_travel_names`: ``SMITH/JOHN MR``).
- a name in Han, kana, Hangul, Cyrillic or Arabic text (:mod:`.other_scripts`): before an
  honorific or a title (``张伟先生``, ``田中さん``, ``김민수 씨``), after an introduction or a role
  (``客户张伟说``, ``عميلنا أحمد الشمري``), or a known first name with a surname or a patronymic
  (``Иван Петров``, ``Петров Иван Сергеевич``). These scripts have no case: such a text is read
  for them before the early exit for texts without a capital letter.

ORGANIZATION: legal forms and organization words (:mod:`.orgs`).

LOCATION: ``Lake``, ``Mount``, ``Lago``, ``Monte``... and a capitalised name (``Lake Como``);
a place in lower case after where someone lives, comes from or moved to (``i live in el paso
texas``): a country, a US state, a big city or a name that is no ordinary word;
countries, regions and cities of :mod:`.gazetteer`; ambiguous one-word names
(``Nice``, ``Reading``) only after place context (``in``, ``from``, ``à``, ``nach``...)
or before ``, <place>``. Nothing is taken from inside code (``Europe/Paris``, ``user.name``).
Towns the gazetteer does not know, by their context: :mod:`.towns`.

A line that opens with a name before ``contact:`` names a company (:mod:`.orgs`). A bank
statement line's counterparty is a company or, after a transfer, a person (:mod:`.statements`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

import regex

from mask.core.detector import STAGE_NER, Budget, Detector
from mask.core.detectors.label_words import PERSON_STOP_WORDS
from mask.core.spans import Coverage, Span, coverage_of

from .apposed_names import apposed_names
from .cues import cue_people, cue_places
from .evidence import technical_text
from .filters import (
    CALENDAR_WORDS,
    EVENT_WORDS,
    FOREIGN_FUNCTION_WORDS,
    ROOM_WORDS,
    TITLES,
    english_word,
    in_timezone,
    is_false_entity,
    names_a_make,
    platform_name,
)
from .filters import ordinary_word as ordinary
from .gazetteer import KEY_WORD, PLACE_CONTEXT, TECH_WORDS, Place, gazetteer, town_like
from .languages import in_language_list, names_a_language
from .lines import line_after, line_before
from .lower_chat import lower_chat_names, towns_after_address
from .nicknames import nicknames_after, quoted_nicknames
from .orgs import LEGAL_FORMS, attn_orgs, bracket_org, experience_lines, find_orgs, team_orgs
from .other_scripts import find_names_in_latin_lines, find_other_script_names
from .place_cues import placed_towns
from .rows import row_names
from .short_names import short_names
from .speakers import conversation_speakers
from .statements import statement_parties
from .technical import EPONYM_NOUNS, in_term_list, technical_use
from .things import names_a_thing
from .towns import SCORE_TOWN_STAY, bracket_town, contact_line_towns, find_towns, with_town_affixes
from .wordlists import english_words, faker_first_names, first_names, known_name, last_names, word_set
from .words import (
    ADDRESSED_AFTER,
    DESCRIBED_BEFORE,
    KIN_WORDS,
    NAME_PARTICLES,
    OWNERS,
    PARTICLES,
    ROLE_WORDS,
    Token,
    adjacent,
    capitalised,
    touches_code,
    word_tokens,
)


def _ending_at(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """``pattern`` (which ends with ``$``) compiled to match backwards: ``.match(text, lo, end)``
    tries only the match that ends at ``end``, where ``pattern.search(text, lo, end)`` tries every
    start in the window (the same answer: these windows are a few words before a token)."""
    return regex.compile(pattern.pattern, pattern.flags | regex.REVERSE)


__all__ = [
    "NameRulesDetector",
    "SALUTATIONS",
    "TITLES",
    "family_after",
    "find_names",
    "find_upper_names",
    "inverted_names",
    "particles_after",
    "particles_before",
]


SALUTATIONS = word_set(
    """
    Dear Hi Hello Hey Greetings Hola Estimado Estimada Estimados Querido Querida Bonjour Bonsoir Salut Cher Chère
    Hallo Liebe Lieber Servus Moin Ciao Salve Caro Cara Gentile Gentilissimo Gentilissima Olá Ola Oi Prezado Prezada
    Hoi Hej Hei Hallå Kære Kæreste Käre Kära Beste Ahoj Cześć Witaj Merhaba Say\u0131n Sevgili Bună Dragă Stimate
    """
)
"""Words that open a greeting line (``Dear X``, ``Hola X``)."""

_GROUPS_GREETED = word_set(
    """
    amigos amigas equipo todos todas chicos chicas compañeros colegas señores señoras ragazzi tutti amici colleghi
    squadra équipe equipe collègues tous amis zusammen kollegen kolleginnen leute allemaal iedereen collega's
    pessoal gente galera senhores colegas pessoas allihopa alle alla wszyscy państwo
    """
)
"""Words of other languages a greeting addresses a group with (``Hola Amigos,``, ``Ciao Ragazzi,``): no name."""
_DAYTIMES = word_set("morning afternoon evening")
"""Words after ``Good`` that open a greeting (``Good morning Olumide,``)."""


def _good_morning(tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` ends ``Good morning``, ``Good afternoon``... (a greeting of two words)."""
    return k > 0 and tokens[k][2].lower() in _DAYTIMES and tokens[k - 1][2] in ("Good", "good", "GOOD")


_CLOSING = regex.compile(
    r"^[ \t>]*(?:(?:best|kind|warm|warmest|many|with)\s+)?(?:regards|best|thanks|thank\s+you|cheers|sincerely"
    r"|yours(?:\s+(?:truly|sincerely|faithfully))?|all\s+the\s+best|best\s+wishes|respectfully|cordially"
    r"|cordialement|bien\s+(?:à|a)\s+vous|bien\s+cordialement|salutations|amitiés|merci"
    r"|saludos(?:\s+cordiales)?|un\s+saludo|atentamente|gracias|mit\s+freundlichen\s+grü(?:ß|ss)en"
    r"|(?:viele|beste|liebe)\s+grü(?:ß|ss)e|gru(?:ß|ss)|danke|atenciosamente|abraços|obrigad[oa]|cumprimentos"
    r"|cordiali\s+saluti|distinti\s+saluti|saluti|un\s+saluto|grazie"
    r"|(?:herzliche|sch(?:ö|oe)ne)?\s*grü(?:ß|ss)e|met\s+vriendelijke\s+groet(?:en)?|groeten|hoogachtend|pozdrawiam|z\s+powa(?:ż|z)aniem"
    r"|med\s+v(?:ä|a)nlig\s+h(?:ä|a)lsning|h(?:ä|a)lsningar|med\s+ven(?:n)?lig\s+hilsen|hilsen|s\s+pozdravem"
    r"|yst(?:ä|a)v(?:ä|a)llisin\s+terveisin|terveisin|sayg\u0131lar\u0131mla|te(?:\u015f|s)ekk(?:ü|u)rler"
    r"|iyi\s+\u00e7al\u0131\u015fmalar|tr(?:â|a)n\s+tr(?:ọ|o)ng"
    r"|(?:ü|u)dv(?:ö|o)zlettel|cu\s+stim(?:ă|a)|hormat\s+saya|terima\s+kasih"
    r"|signed|warmly|take\s+care|talk\s+soon|speak\s+soon|hugs|un\s+abrazo|abrazos|groetjes|a\s+presto)"
    r"[ \t]*[,.!:\u2014-]?[ \t]*(?P<same>[^\n]*)$",
    regex.IGNORECASE | regex.MULTILINE,
)
"""A closing line; ``same`` is what follows the closing on that line (``Best, Anna``)."""

CONTACT_VERBS = word_set(
    """
    ring call phone text email e-mail message ping ask tell remind thank cc contact meet reach whatsapp
    recommend recommends nominate nominates introduce invite
    llama llamar pregunta preguntar appelle appeler demande demander ruf rufe anrufen frag frage
    chiama chiamare chiedi ligue ligar pergunte perguntar
    """
)
"""Verbs whose object is a person (``ring Derek back``, ``ask Magdalena``), compared lower-cased."""

THANKS_WORDS = word_set("thanks thx gracias merci danke grazie obrigado obrigada tack takk tak dziękuję děkuji kiitos")
"""Thanks said to someone (``Thanks Jessica.``): the known first name after it is a person's."""

_TIES = KIN_WORDS | ROLE_WORDS
"""Words before a first name that make it a person's even when it is an ordinary word too
(``partner Mathilde``, ``paciente Maria``)."""
_TIE_WORD = regex.compile(
    r"(?<![\p{L}])(?:" + "|".join(sorted(map(regex.escape, _TIES), key=len, reverse=True)) + r")[ ]"
)
"""A role or a tie before a blank: a text in lower case is read for names when it has one
(``patient anita desai``)."""
_BEFORE_NAME = _TIES | CONTACT_VERBS | THANKS_WORDS | word_set("née nee")  # "(née Carroll)": a maiden name
"""Words right before a name that say it is a person's."""
_MAIDEN_BEFORE = regex.compile(r"(?<![\p{L}])(?:geb\.|geborene|verw\.|ved\.|z[ ]d\.)[ ]$")
"""What comes before a maiden or a late husband's name in German, Italian and Polish (``geb.
Schäfer``, ``ved. Colombo``, ``z d. Nowak``): the capitalised words after it are a family name."""
_MET_VERBS = word_set(
    "saw met called phoned texted emailed messaged pinged paged asked told reminded thanked invited hired"
    " interviewed contacted shadow shadowed mentored coached trained welcomed congratulated married hugged"
    " promoted visited helped recommended nominated introduced referred"
)
"""Verbs in the past whose object is a person (``I saw Thiago yesterday``), read before a known first
name that is no ordinary word and no place (``saw Jordan``, ``met Florence`` stay), and before one in
lower case (:data:`_INTRO`: ``we invited priya``)."""


def double_barrelled_firms(text: str, tokens: list[Token]) -> list[Span]:
    """ORGANIZATION spans of two known family names joined by a hyphen, standing alone (``send the
    budget to Stephens-Smith``, ``this is Mr Lee with Middleton-Parkes``): a firm named after its
    partners (after a first name or a title the name rules read a person's double-barrelled name)."""
    return [
        Span(t[0], t[1], "ORGANIZATION", SCORE_FIRST_NAME, "names")
        for t in tokens
        if "-" in t[2] and _double_barrelled(text, t)
    ]


def _double_barrelled(text: str, token: Token) -> bool:
    """``token`` is two known family names joined by a hyphen (``Stephens-Smith``, ``Middleton-Parkes``):
    one at least no ordinary word (``Stein-Clark``; not ``Baker-Cook``), no place, technology or
    service, outside code."""
    start, end, word = token
    parts = word.split("-")
    return (
        len(parts) == 2
        and all(capitalised(p) and p in last_names() for p in parts)
        and not all(ordinary(p) for p in parts)
        and not any(p in TECH_WORDS or platform_name(p) or gazetteer().is_place(p) for p in parts)
        and not gazetteer().is_place(word)
        and not touches_code(text, start, end)
        and not technical_use(text, start, end)  # "the Smith-Waterman algorithm"
    )


def _family_plural(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` is a known family name in the plural after ``the`` (``the Hendersons``, ``the
    Joneses``), neither it nor the name an ordinary word (``the Browns`` stays)."""
    if k == 0 or tokens[k - 1][2] not in ("the", "The") or not adjacent(text, tokens[k - 1], tokens[k]):
        return False
    word = tokens[k][2]
    if not capitalised(word) or ordinary(word) or word in first_names() or word in TECH_WORDS:
        return False  # "the Redis migration": a technology, not the Redi family
    stems = (word[:-2], word[:-1]) if word.endswith("es") else (word[:-1],)
    return any(len(s) > 2 and s in last_names() and not ordinary(s) for s in stems)


def _met(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` follows a verb of :data:`_MET_VERBS` and is a known first name, no ordinary
    word and no place; or it follows ``loop in`` (``loop in Tasha``)."""
    before = tokens[k - 1][2].lower()
    looped = before == "in" and k >= 2 and tokens[k - 2][2].lower() == "loop"
    if not looped and before not in _MET_VERBS:
        return False
    word = tokens[k][2]
    return word in first_names() and not ordinary(word) and not gazetteer().is_place(word)


def _possessive_name(text: str, tokens: list[Token], k: int) -> int:
    """The end of the known first name ``tokens[k]`` holds before ``'s`` and a lower-case word or
    an abbreviation (``Per Siddharth's request``, ``Yasmin's laptop``, ``Emeka's SSN``), or 0:
    not a last name too, an ordinary word, a place, a technology, nor before a noun a
    scientist's name owns (``Newton's law``)."""
    start, end, word = tokens[k]
    if len(word) < 5 or word[-2:] not in ("'s", "\u2019s") or k + 1 >= len(tokens):
        return 0
    name = word[:-2]
    after = tokens[k + 1][2]
    if (
        name not in first_names()
        or name in last_names()  # "Pearson's correlation": a family name owns a method more often
        or not (after.islower() or (after.isupper() and 2 <= len(after) <= 5))  # "Emeka's SSN"
        or after in EPONYM_NOUNS
        or not adjacent(text, tokens[k], tokens[k + 1])
        or ordinary(name)
        or name in TECH_WORDS
        or platform_name(name)
        or gazetteer().is_place(name)
        or touches_code(text, start, end)
    ):
        return 0
    return end - 2


_OWNED_TIES = KIN_WORDS | word_set("ex")
"""Ties after a possessive that a name in apposition follows (``my ex, Dontrell,``)."""


_APPOSED_ROLES = word_set(
    "intern trainee apprentice assistant volunteer secretary receptionist cashier clerk concierge housekeeper"
    " babysitter nanny tutor hire newcomer technician nurse caregiver carer landlord landlady tenant"
)
"""Roles after ``the`` that a name in apposition follows (``The intern, Chukwuemeka, will``)."""


def _apposed(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` is a name set off by commas or brackets after a possessive and a tie (``my ex,
    Dontrell, keeps...``, ``My neighbor (Dale) keeps``), after ``the`` and a person's role (``The
    intern, Chukwuemeka, will``) or in brackets after a tie opening a clause (``Wife (Doreen) at
    bedside``): a known first name or a word that is no ordinary one."""
    gap = text[tokens[k - 1][1] : tokens[k][0]] if k >= 1 else ""
    if gap not in (", ", " ("):
        return False
    word = tokens[k][2]
    end = tokens[k][1]
    closes = ")" if gap == " (" else ",.;!?"
    tie = tokens[k - 1][2].lower()
    before = tokens[k - 2][2].lower() if k >= 2 and adjacent(text, tokens[k - 2], tokens[k - 1]) else ""
    return (
        (
            (tie in _OWNED_TIES and before in OWNERS)
            or (tie in _APPOSED_ROLES and before in ("the", "our", "my", "your", "new"))
            or (  # a note's "Wife (Doreen) at bedside": the tie opens the clause, capitalised
                gap == " ("
                and tie in KIN_WORDS
                and capitalised(tokens[k - 1][2])
                and _CLAUSE_OPEN.search(text, max(0, tokens[k - 1][0] - 32), tokens[k - 1][0]) is not None
            )
        )
        and capitalised(word)
        and (word in first_names() or not ordinary(word))
        and (not gazetteer().is_place(word) or (word in first_names() and not _unambiguous_place(word)))
        and word not in TECH_WORDS
        and ((end == len(text) and gap == ", ") or text[end : end + 1] in closes)
    )


_BRACKET_REACH = 4
"""How many words before a bracketed first name a role or a tie may stand (``tenant in 4B (Rashida)``)."""


def _bracketed_after_role(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` alone in brackets is a known first name, in any case, that is no English word,
    place or technology, and a role or a tie stands up to :data:`_BRACKET_REACH` words before the
    bracket in the same clause (``spoke w/ tenant in 4B (rashida)``, ``the caller on line 2 (Dale)``)."""
    start, end, word = tokens[k]
    closed = text[end : end + 1] == ")" or text[end : end + 2] == "?)"  # "(Bernadette?)": a name half-remembered
    if k == 0 or text[start - 1 : start] != "(" or not closed:
        return False
    name = word.capitalize() if word.islower() else word
    if (
        not capitalised(name)
        or name not in first_names()
        or english_word(name)
        or name in TECH_WORDS
        or gazetteer().is_place(name)
        or platform_name(name)
    ):
        return False
    for j in range(k - 1, max(-1, k - 1 - _BRACKET_REACH), -1):
        if j + 1 < k and any(ch in ".;:!?\n" for ch in text[tokens[j][1] : tokens[j + 1][0]]):
            return False  # the role belongs to an earlier clause
        if tokens[j][2].lower() in _TIES or tokens[j][2].lower() in _PERSON_NOUNS:
            return True
    return False


_PERSON_NOUNS = word_set("man woman lady guy gentleman girl boy person")
"""Nouns that stand for someone whose name a bracket may give (``the woman from Nationwide (Bernadette?)``)."""


def _mention_end(text: str, tokens: list[Token], k: int) -> int:
    """The end of a chat's mention of someone at ``tokens[k]`` (``@Mariana can you...``,
    ``@kwame.mensah``), or 0: a known first name after ``@``, or a first and a last name the
    lists know joined by ``.`` or ``_``; not a decorator's or a package's name (``@app.route``,
    ``@angular/core``, ``@Override``)."""
    start, end, word = tokens[k]
    if not start or text[start - 1] != "@" or (start >= 2 and text[start - 2] not in " \t\n(,;"):
        return 0
    after = text[end : end + 2]
    if after[:1] in ("(", "/") or (after[:1] == "." and after[1:].isalnum()):
        return 0
    if capitalised(word):
        return end if word in first_names() and word not in TECH_WORDS and not platform_name(word) else 0
    first, sep, last = word.replace("_", ".").partition(".")
    if not (sep and word.islower() and first.isalpha() and last.isalpha()):
        return 0
    return end if first.capitalize() in first_names() and last.capitalize() in last_names() else 0


def _heading_for(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]``, a known first name that is no ordinary word nor a place, closes a heading
    after ``for`` (``Tutor feedback for Anjali: great progress!``, ``Notes for Tomasz:``)."""
    start, end, word = tokens[k]
    return (
        k > 0
        and tokens[k - 1][2] == "for"
        and text[end : end + 1] == ":"
        and adjacent(text, tokens[k - 1], tokens[k])
        and word in first_names()
        and not ordinary(word)
        and not gazetteer().is_place(word)
        and not touches_code(text, start, end)
    )


_TEAMS = word_set(
    "accounting accounts finance hr legal sales marketing support payroll procurement purchasing engineering ops"
    " operations security compliance billing reception admin facilities logistics recruiting recruitment IT"
)
"""Departments someone is from (``Bob from accounting``, ``Grace from HR``), compared lower-cased (``IT`` as written)."""
_NOT_BEFORE_NAME = word_set("a an the this that your our my any no each every one")


def _from_team(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]``, a capitalised known first name or a word that is no English one, is
    someone from a department (``Bob from accounting``, ``Grace from the billing team``, ``Pacheco
    from accounting``); not a thing (``a Bill from accounting``, ``Slack from IT``)."""
    if k + 2 >= len(tokens) or tokens[k + 1][2] != "from":
        return False
    word = tokens[k][2]
    place = gazetteer().lookup(word)
    if word not in first_names() and (
        english_word(word) or word in TECH_WORDS or platform_name(word) or (place is not None and not place.ambiguous)
    ):
        return False  # ("Oliveira from accounting": a word of another language only is a family name here)
    if k and tokens[k - 1][2].lower() in _NOT_BEFORE_NAME:
        return False
    if not (adjacent(text, tokens[k], tokens[k + 1]) and adjacent(text, tokens[k + 1], tokens[k + 2])):
        return False
    team = tokens[k + 2][2]
    if team == "the" and k + 4 < len(tokens):
        return tokens[k + 3][2].lower() in _TEAMS or (
            tokens[k + 4][2].lower() in ("team", "office", "department", "desk")
            and adjacent(text, tokens[k + 3], tokens[k + 4])
        )
    return team == "IT" or (team != "it" and team.lower() in _TEAMS)


LANDFORMS = word_set("Lake Mount Mt Lago Lac Monte Mont Mount Loch Isla Isle Cape Cabo")
"""Words that make the capitalised name after them a place (``Lake Como``, ``Mount Kenya``)."""


_AFTER_NAME = frozenset(",|(-\u2013\u2014/<")

SCORE_TITLE = 0.85
SCORE_GREETING = 0.8
SCORE_SIGNATURE = 0.8
SCORE_KNOWN_NAMES = 0.75
SCORE_FIRST_NAME = 0.65
SCORE_ROLE = 0.7
SCORE_LOWER_NAME = 0.6
SCORE_INITIAL = 0.7
SCORE_COUNTRY = 0.85
SCORE_PLACE = 0.8
SCORE_AMBIGUOUS_PLACE = 0.7


def _name_run(
    text: str, tokens: list[Token], i: int, *, first_may_be_ordinary: bool = False, particle_first: bool = False
) -> int:
    """How many tokens from ``i`` form a name (0 if none): capitalised words and inner particles;
    ``particle_first``: particles may open it too (after a title: ``Mevrouw van den Berg``)."""
    n = 0
    last_cap = 0
    while i + n < len(tokens) and n < 6:
        word = tokens[i + n][2]
        if n and word in ROOM_WORDS:
            return 0  # "the Lincoln Room": a room's name, no person's
        if n and not adjacent(text, tokens[i + n - 1], tokens[i + n]):
            break
        if capitalised(word) and not is_false_entity(word, None, ignore_ordinary=True):
            if (
                ordinary(word)
                and not known_name(word)
                and not (n == 0 and first_may_be_ordinary)
                and not (n and tokens[i + n - 1][2] in PARTICLES and _known_after(text, tokens, i + n))
            ):
                break
            n += 1
            last_cap = n
        elif (n or particle_first) and word in PARTICLES:
            n += 1
        else:
            break
    return last_cap


def _known_after(text: str, tokens: list[Token], k: int) -> bool:
    """A capitalised known name right after ``tokens[k]``: ``Maria das Graças Souza`` goes on
    over ``Graças``, an ordinary word after a particle, to the family name."""
    if k + 1 >= len(tokens) or not adjacent(text, tokens[k], tokens[k + 1]):
        return False
    word = tokens[k + 1][2]
    return capitalised(word) and known_name(word)


def _title_at(text: str, token: Token) -> int:
    """Characters the title ``token`` takes with its dot (0 when the word is no title here)."""
    start, end, word = token
    dotted = end < len(text) and text[end] == "."
    if word in TITLES and (dotted or word not in ("M", "Sr", "Sra", "Fr")):
        return end - start + (1 if dotted else 0)
    if (dotted or "." in word) and word in _LOWER_TITLES:
        # "gentile dott. Rossi", "dott.ssa Bianchi", "la dra. Pérez": a title in lower case, with its dot
        return end - start + (1 if dotted else 0)
    if word in _LOWER_WORD_TITLES:
        return end - start  # "La señora Blazquez llamó", "la signora Rossi"
    return 0


_LOWER_TITLES = word_set(
    "dott dott.ssa sig sig.ra sig.na dr dra sr sra srta prof profa avv ing mme mlle lic licda dhr mevr"
)
"""Titles written in lower case with their dot (not ``ms.``, ``hr.``, ``m.``: units and abbreviations)."""
_LOWER_WORD_TITLES = word_set("señora señor señorita senhora senhor signora signor signorina madame monsieur")
"""Titles written out in lower case, as Spanish, Portuguese, Italian and French prose has them."""


_NAMED_AS = (
    r"(?:my|his|her|their|[\p{L}]+['\u2019]s)[ \t]+name[ \t]+is|my[ \t]+name['\u2019]?s|me[ \t]+llamo|mi[ \t]+nombre[ \t]+es|je[ \t]+m['\u2019][ \t]?appelle"
    r"|mi[ \t]+chiamo|ich[ \t]+hei(?:ß|ss)e|meu[ \t]+nome[ \t]+é|jag[ \t]+heter|jeg[ \t]+heter|mijn[ \t]+naam[ \t]+is"
    r"|mam[ \t]+na[ \t]+imi[eę]|nazywam[ \t]+si[eę]|jmenuji[ \t]+se|nama[ \t]+saya|t[eê]n[ \t]+t[oô]i[ \t]+l[aà]"
    r"|is[ \t]+mise|ako[ \t]+si|jina[ \t]+langu[ \t]+ni|benim[ \t]+ad[\u0131i]m"
    r"|(?:guy|man|woman|lady|girl|boy|person|someone|somebody|gentleman|fellow|dude|chap|bloke|kid|child|baby"
    r"|son|daughter|friend|customer|client|patient|tenant|caller|agent|rep|technician|driver|doctor|nurse|officer"
    r"|student|teacher|neighbou?r|caseworker|worker|adviser|advisor|manager|receptionist|clerk|cashier|assistant"
    r"|therapist|counsell?or|coach|instructor|trainer|volunteer|colleague|coworker|co-worker|roommate|flatmate"
    r"|housemate|landlord|landlady|paramedic|midwife|dentist|surgeon|consultant|engineer|plumber|electrician"
    r"|mechanic|cleaner|nanny|babysitter|carer|caregiver|solicitor|lawyer|attorney|detective|supervisor|boss)"
    r"[ \t]+(?:named|called|by[ \t]+the[ \t]+name[ \t]+of)"
    r"|call(?:s|ed)?[ \t]+(?:him|her|them)"
)
"""Words that say a name follows in many languages (``my name is``, ``je m'appelle``, ``jag heter``,
``nama saya``, ``tên tôi là``, ``ako si``, ``a guy named``, ``a caseworker called``, ``I heard him call
her``): there a known first name that is a
word too is one, and a capitalised word that is no ordinary one is a name no list needs to know."""
_INTRO_WORDS = (
    r"(?<![\p{L}])(?<!\p{L}')(?:hi|hey|hello|dear|thanks|thx|cheers|it'?s|this\s+is|i'?m|i\s+am|my\s+name\s+is|ask|tell|cc"
    r"|said|told|asked|reach|ping|(?:fwd|forward)\s+(?:it\s+|this\s+)?to|ask\s+for"
    r"|(?:driver|courier|host|agent|rep|nurse|doctor|tutor|contact|tech|technician)\s+is"
    rf"|{'|'.join(sorted(_MET_VERBS))}|(?:talk|talked|speak|spoke|chat|chatted)\s+(?:to|with)"
    r"|(?:his|her|their)\s+name\s+is|my\s+name'?s|hola|soy|me\s+llamo|salut|je\s+suis|hallo|ich\s+bin|ich\s+hei(?:ß|ss)e|ciao|sono|mi\s+chiamo"
    r"|olá|oi|sou|meu\s+nome\s+é"
    r"|hoi|hej|hei|coucou|c['\u2019]est|(?:sou|aqui\s+é)(?:\s+[ao])?(?:\s+d\.)?"  # "aqui é a dani", "sou a d. rosa"
    r"|(?<=(?:^|[,.!?])[ \t]{0,2})tu"  # Polish "hej kasia, tu michał" (here is); not French "tu es"
    rf"|{_NAMED_AS})"
)
_INTRO = regex.compile(_INTRO_WORDS + r"[ \t]{1,2}$", regex.IGNORECASE)
"""What comes right before a first name written in lower case (``hey marcus``)."""
_INTRO_WORD = regex.compile(_INTRO_WORDS + r"[ \t]", regex.IGNORECASE)
"""An introduction anywhere: a text in lower case is read for names only when it has one."""


_NAMING = regex.compile(rf"(?<![\p{{L}}'])(?:{_NAMED_AS})[ \t]{{1,2}}$", regex.IGNORECASE)
"""An introduction that says a name follows (``my name is carlos``): there a first name that is
also an ordinary word is one all the same."""


@lru_cache(maxsize=1 << 16)
def _lower_given(word: str) -> bool:
    """``word``, in lower case, is a known first name (``priya``; ``jean-baptiste`` as ``Jean-Baptiste``)."""
    if word.capitalize() in first_names():
        return True
    if "-" not in word:
        return False
    parts = [part.capitalize() for part in word.split("-")]
    # "jean-baptiste" as listed, or "john-paul": each part a first name
    return "-".join(parts) in first_names() or all(len(p) > 1 and p in first_names() for p in parts)


def _and_after_name(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` follows ``and`` after a lower-case first name introduced (``i met jake and
    priya``): the second is introduced too."""
    if k < 2 or tokens[k - 1][2] != "and" or not adjacent(text, tokens[k - 1], tokens[k]):
        return False
    start, _end, word = tokens[k - 2]
    return (
        word.islower()
        and _lower_given(word)
        and not ordinary(word)
        and adjacent(text, tokens[k - 2], tokens[k - 1])
        and _INTRO.search(text, max(0, start - 14), start) is not None
    )


_POSSESSIVE_ENDS = ("'s", "\u2019s")


def _lower_owner(word: str) -> bool:
    """``word``, before ``'s`` and a lower-case word, is a first name no word, place or technology
    spells (``sasha's place``; not ``django's docs``, ``paris's metro``)."""
    return (
        word.islower()
        and _lower_given(word)
        and not ordinary(word)
        and word.capitalize() not in TECH_WORDS
        and not platform_name(word)
        and not gazetteer().is_place(word.capitalize())
    )


_NO_LOWER_NAMES = FOREIGN_FUNCTION_WORDS | word_set("elle elles lui ela ele noël noel")
"""Articles, pronouns and a feast of other languages the name lists hold as first names too
(``het``, ``elle``, ``noël``): in lower case after an introduction (``c'est elle``) no one's name."""


def _lower_name_at(text: str, tokens: list[Token], k: int) -> int:
    """How many tokens from ``k`` are a lower-case first name (and last name) after an
    introduction, or a first and a last name after a role or a tie (``patient anita desai``)."""
    start, _end, word = tokens[k]
    if word[-2:] in _POSSESSIVE_ENDS and k + 1 < len(tokens) and tokens[k + 1][2].islower():
        return int(_lower_owner(word[:-2]))  # "crashing at sasha's place"
    end = tokens[k][1]
    if (
        word[-1:] == "s"
        and text[end : end + 2] in ("' ", "\u2019 ")
        and k + 1 < len(tokens)
        and tokens[k + 1][2].islower()
    ):
        return int(_lower_owner(word))  # German "die adresse von lukas' oma"
    if not word.islower() or not _lower_given(word) or word in _NO_LOWER_NAMES:
        return 0  # "morgen is het overwegend bewolkt", "c'est elle qui": Dutch "het", French "elle"
    if _SHIP_TO.search(text, max(0, start - 20), start) is not None:
        return _addressee(text, tokens, k)
    introduced = _INTRO.search(text, max(0, start - 24), start) is not None or _and_after_name(text, tokens, k)
    tied = (
        k > 0
        and tokens[k - 1][2] in _TIES
        and (adjacent(text, tokens[k - 1], tokens[k]) or text[tokens[k - 1][1] : start] == ", ")
    )  # "my dad, roberto silva"
    subject = _lower_subject(text, tokens, k)  # "ok so chris said ..."
    if not (introduced or tied or subject) or touches_code(text, start, tokens[k][1]):
        return 0
    last_name = listed_last = False
    middle = 0  # "ana beatriz souza": a second first name before the last one
    if (
        k + 2 < len(tokens)
        and adjacent(text, tokens[k], tokens[k + 1])
        and adjacent(text, tokens[k + 1], tokens[k + 2])
        and tokens[k + 1][2].islower()
        and _lower_given(tokens[k + 1][2])
        and not english_word(tokens[k + 1][2])
        and tokens[k + 2][2].islower()
        and tokens[k + 2][2].capitalize() in last_names()
        and not english_word(tokens[k + 2][2])
    ):
        middle = 1
    if k + 1 + middle < len(tokens) and adjacent(text, tokens[k + middle], tokens[k + 1 + middle]):
        last = tokens[k + 1 + middle][2]
        listed_last = last.islower() and last.capitalize() in last_names() and last not in _CLAUSE_WORDS
        last_name = (listed_last and not english_word(last)) or ((introduced or subject) and _unlisted_last(last))
    if not introduced:
        if not last_name and (tied or subject) and not english_word(word) and (subject or _owned_tie(text, tokens, k)):
            return 1  # "my husband ahmed will pick it up", "chris said he's late"
        return 2 + middle if last_name and not english_word(word) else 0
    if (
        listed_last
        and not last_name
        and word not in PERSON_STOP_WORDS
        and tokens[k + 1 + middle][2] not in PERSON_STOP_WORDS
    ):
        return 2 + middle  # "i'm john smith": a first and a last name the lists know, though both are words too
    if (
        english_word(word)
        and not _here_after(text, tokens, k)
        and not last_name
        and _NAMING.search(text, max(0, start - 16), start) is None
    ):
        return 0  # "it's sabrina here", "it's carlos mendez", "my name is will" name someone; "it's will" none
    return 2 + middle if last_name else 1


_CHAT_WORDS = word_set(
    """
    pls plz lol lmao rofl haha hehe btw tmrw tmr tho thx thnx tnx asap idk omg tysm brb ttyl imo imho fyi
    lmk nvm smh tbh okk okie yeah yep nope wanna gonna gotta kinda sorta dunno ppl msgs pics abt bcoz
    rgds regds"""
)
"""Chat words no word list holds (``hi its chris lmao``): no last name after a first one."""


def _unlisted_last(word: str) -> bool:
    """``word``, after a lower-case first name someone introduced, is a last name no list holds
    (``hi its priya venkatesan``, ``spoke to tom fairweather``): a lower-case word of four
    letters or more that no language's word list, chat or name stop list holds."""
    return (
        len(word) >= 4
        and word.isalpha()
        and word.islower()
        and not ordinary(word)
        and word not in _CHAT_WORDS
        and word not in PERSON_STOP_WORDS
    )


_SUBJECT_VERBS = word_set("said says told asked texted called replied wrote thinks thought wants wanted")
"""Verbs of saying after a lower-case first name that opens a clause: its subject (``chris said``)."""
_CLAUSE_OPENERS = word_set("so and but then ok okay lol omg cuz coz because what that when if whether")


def _lower_subject(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` opens a clause (the text's start, a line or a bullet, a punctuation mark or
    ``so``, ``and``...) and a verb of saying follows it, maybe after a last name no list holds:
    ``ok so chris said kevin is late``, ``- deepa raghunathan says ...``; or, a first name that is
    no word of any language, it follows a question's auxiliary (``did dmitri ever pay you back``)."""
    word = tokens[k][2]
    if (
        0 < k < len(tokens) - 1
        and tokens[k - 1][2] in _ASKING
        and adjacent(text, tokens[k - 1], tokens[k])
        and adjacent(text, tokens[k], tokens[k + 1])
        and tokens[k + 1][2].islower()
    ):
        return not ordinary(word) and word.capitalize() not in TECH_WORDS and not platform_name(word)
    verb = k + 1
    if verb + 1 < len(tokens) and _unlisted_last(tokens[verb][2]) and adjacent(text, tokens[k], tokens[verb]):
        verb += 1  # "deepa raghunathan says"
    if (
        verb >= len(tokens)
        or tokens[verb][2] not in _SUBJECT_VERBS
        or not adjacent(text, tokens[verb - 1], tokens[verb])
    ):
        return False
    if k == 0:
        return True
    gap = text[tokens[k - 1][1] : tokens[k][0]]
    if "\n" in gap and gap.strip() in ("", "-", "*", "\u2022"):
        return True  # a line or a bullet of notes: "- deepa raghunathan says ..."
    return gap.strip() in (",", ".", "!", "?", ":", ";") or (gap == " " and tokens[k - 1][2] in _CLAUSE_OPENERS)


_SHIPPED_WORDS = r"(?<![\p{L}])(?:ship|deliver|send|post|mail)(?:[ ]it|[ ]them)?[ ]to[ ]"
_SHIP_TO = regex.compile(_SHIPPED_WORDS + "$", regex.IGNORECASE)
_SHIPPED = regex.compile(_SHIPPED_WORDS, regex.IGNORECASE)
"""Where a parcel's addressee is named in a chat written in lower case (``pls ship to jorge ramirez 1420 w 18th st``)."""


def _addressee(text: str, tokens: list[Token], k: int) -> int:
    """How many tokens from ``k`` (a lower-case first name after ``ship to``) name the addressee:
    the first name and maybe a last name, right before a house number; 0 without one."""
    n = 1
    if k + 1 < len(tokens) and adjacent(text, tokens[k], tokens[k + 1]) and tokens[k + 1][2].isalpha():
        n = 2 if tokens[k + 1][2].islower() and tokens[k + 1][2] not in PERSON_STOP_WORDS else 1
    end = tokens[k + n - 1][1]
    return n if text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit() else 0


_LOWER_PERSON_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr"})
_LOWER_FOREIGN_TITLES = frozenset({"mme", "mlle", "dhr", "mevr", "sr", "sra"})
"""Titles of other languages in lower case (``mme diallo``, ``dhr. el amrani``, ``o sr. tavares``):
a listed family name only follows, and all but French ``mme`` and ``mlle`` need their dot (``sr``
alone is English's ``senior``)."""
_CLAUSE_WORDS = word_set(
    "will can may might would should must shall said says is was has had and or but to from at on in"
)
"""Words that go on with the clause after a name (``dr jones will call``), which name lists hold too."""
_LOWER_TITLE_WORD = regex.compile(r"(?<![\p{L}'])(?:(?:mr|mrs|ms|miss|dr|mme|mlle)\.?|(?:dhr|mevr|sr|sra)\.)[ ]")
"""A title in lower case: a text in lower case is read for names when it has one."""


def _lower_titled_at(text: str, tokens: list[Token], k: int) -> int:
    """How many tokens after the title ``tokens[k]``, written in lower case (``spoke to mrs patel``),
    name a person: a known last name that is no ordinary word, or a known first and last name
    (``mr john smith``), or a particle and a family name (``dhr. el amrani``)."""
    title = tokens[k][2]
    foreign = title in _LOWER_FOREIGN_TITLES
    if (title not in _LOWER_PERSON_TITLES and not foreign) or k + 1 >= len(tokens):
        return 0
    gap = text[tokens[k][1] : tokens[k + 1][0]]
    if gap not in (" ", ". ") or (foreign and gap != ". " and title not in ("mme", "mlle")):
        return 0  # "dr jones", "mrs. patel", "o sr. tavares"
    first = tokens[k + 1][2]
    if not first.islower() or touches_code(text, tokens[k + 1][0], tokens[k + 1][1]):
        return 0
    if (first in PARTICLES or first == "el") and k + 2 < len(tokens) and adjacent(text, tokens[k + 1], tokens[k + 2]):
        family = tokens[k + 2][2]  # "dhr. el amrani", "mevr. van dijk"
        return 2 if family.islower() and len(family) > 2 and family.isalpha() and not english_word(family) else 0
    if len(first) == 1 and k + 2 < len(tokens) and text[tokens[k + 1][1] : tokens[k + 2][0]] == ". ":
        family = tokens[k + 2][2]  # "dr k. mensah": an initial, then the family name
        if (
            family.islower()
            and len(family) > 2
            and family.isalpha()
            and (family.capitalize() in last_names() or not english_word(family))
            and family not in _CLAUSE_WORDS
            and family.capitalize() not in _ARTICLES
            and not touches_code(text, tokens[k + 2][0], tokens[k + 2][1])
        ):
            return 2
        return 0
    if k + 2 < len(tokens) and adjacent(text, tokens[k + 1], tokens[k + 2]):
        second = tokens[k + 2][2]
        if (
            second.islower()
            and second not in _CLAUSE_WORDS
            and first.capitalize() in first_names()
            and second.capitalize() in last_names()
        ):
            return 2  # "mr john smith"
    known = first.capitalize() in last_names() or (not foreign and len(first) > 2 and first.isalpha())
    return 1 if known and not english_word(first) else 0  # "mr hashemi", "mrs silva"; not "mr bean"


_FOR_ME = regex.compile(r"[ ](?:for|from)[ ]me\b")
"""After a greeting's name: ``say hi to Ion for me`` (a first name that is a word too is one there)."""
_GREETINGS_SENT = word_set("hi hello regards love greetings")
"""Words before ``to`` whose object is a person (``say hi to Elvira``, ``my regards to Pablo``)."""


def _greeting_to(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` follows a greeting sent to someone: ``say hi to``, ``my regards to``."""
    return (
        k >= 2
        and tokens[k - 1][2] == "to"
        and tokens[k - 2][2].lower() in _GREETINGS_SENT
        and adjacent(text, tokens[k - 2], tokens[k - 1])
    )


_ASKED_FOR = {
    "for": word_set("ask asks asked asking"),
    "to": word_set("speak speaks spoke speaking talk talks talked talking reply replies replied replying write writes"),
    "with": word_set("speak speaks spoke speaking talk talks talked talking"),
}
"""A verb and its preposition whose object is a person (``ask for Sanjay``, ``speak to Olu``)."""


_SPOKE_WITH = regex.compile(
    r"(?i:(?<![\p{L}])(?:falei|falou|falamos|conversei|conversou|hablé|habló|hablamos|platiqué|parlé|parlait"
    r"|parlato|parlavo|gesprochen|telefoniert|gebeld|gesproken|sprak|belde)[ ]"
    r"(?:com|con|avec|mit|met)(?:[ ](?:o|a|la|el))?)[ ]$"
)
"""Someone spoken with in Portuguese, Spanish, French, Italian, German or Dutch, right before a
name (``Falei com o Rodrigo``, ``hablé con Mateo``, ``j'ai parlé avec Mathilde``)."""
_WITH_WORDS = frozenset({"com", "con", "avec", "mit", "met", "o", "a", "la", "el"})
_UNDER_THE_NAME = regex.compile(r"(?i:(?:under|in|by)[ ]the[ ]name(?:[ ]of)?|booked[ ]under)[ ]$")
"""A booking's or an account's holder named after it: ``a table under the name Okonkwo``."""


def _asked_for(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` follows a verb and its preposition whose object is a person: ``ask for``,
    ``speak to``, ``talk with``, ``reply to``; or ``under the name``."""
    if k < 2:
        return False
    if tokens[k - 1][2].lower() in _WITH_WORDS and _SPOKE_WITH.search(text, max(0, tokens[k][0] - 24), tokens[k][0]):
        return True  # "Falei com o Rodrigo ontem"
    if tokens[k - 1][2] in ("name", "of", "under") and _UNDER_THE_NAME.search(
        text, max(0, tokens[k][0] - 24), tokens[k][0]
    ):
        return True
    verbs = _ASKED_FOR.get(tokens[k - 1][2].lower())
    return (
        verbs is not None
        and tokens[k - 2][2].lower() in verbs
        and adjacent(text, tokens[k - 2], tokens[k - 1])
        and adjacent(text, tokens[k - 1], tokens[k])
    )


_SELF_INTRO = regex.compile(
    r"(?<![\p{L}'])(?:it'?s|it\u2019s|this[ \t]+is|i'?m|i\u2019m|i[ \t]+am|soy|je[ \t]+suis"
    r"|ich[ \t]+bin|hier[ \t]+ist|sono|sou(?:[ \t]+[ao])?|aqui[ \t]+(?:é|e)(?:[ \t]+[ao])?|eu[ \t]+sou|ik[ \t]+ben"
    r"|det[ \t]+är|jeg[ \t]+er|jestem|tu[ \t]+jest|jsem|t[oô]i[ \t]+l[aà]|saya|mimi[ \t]+ni"
    r"|(?:you'?re|you\u2019re|you[ \t]+are)[ \t]+(?:chatting|speaking|talking)[ \t]+(?:with|to)"
    rf"|{_NAMED_AS})[ \t]{{1,2}}[\"\u201c]?$",
    regex.IGNORECASE,
)
_SELF_INTRO_BACK = _ending_at(_SELF_INTRO)
_NAMED_AS_BEFORE = regex.compile(
    rf"(?<![\p{{L}}'])(?:{_NAMED_AS}|soy|je[ \t]+suis|ich[ \t]+bin|sono|sou|eu[ \t]+sou|ik[ \t]+ben|jestem|jsem)"
    r"[ \t]{1,2}[\"\u201c]?$",
    regex.IGNORECASE,
)
""":data:`_NAMED_AS`, and the copulas of other languages than English before a name (``Soy
Valentina``; English ``I'm Grace`` may say how one is), the name in quotes or not (``call her
"Shauna"``)."""
_GREETINGS = (
    r"hi|hey|hello|hiya|g'day|g\u2019day|morning|evening|afternoon|yo|hola|olá|ciao|hallo|hej|salut|bonjour"
    r"|cześć|czesc|ahoj|merhaba|halo"
)
"""Greetings that open a message before the writer says who they are (:data:`_GREETED_HERE`,
:data:`_GREETED_INTRO`)."""
_GREETED_HERE = regex.compile(rf"(?i:(?<![\p{{L}}'])(?:{_GREETINGS}))[,!][ \t]{{1,2}}$")
"""A greeting and a comma or a bang, before ``<name> here`` (``G'day, Shane here``, ``Hey! Sipho here.``)."""
_HERE_AFTER = regex.compile(r"[ ]here(?=[.,!;:\n]|[ ](?:from|again|with|and)\b|$)")
"""Someone introducing themselves right before a capitalised word (``Hi, it's Jenny from ...``,
Portuguese ``sou a Beatriz``)."""
_INTRO_CUES = word_set("from here with at calling speaking and of")
_UNKNOWN_CUES = word_set("from here calling speaking")
"""Words after a name no list knows that make someone introducing themselves (``this is
Chidinma from Lagos``, ``it's Oyelaran calling``); not ``with``: ``this is Zendesk with ...``."""
"""Words after a name introduced that go on as a person's (``it's June from HR``, ``this is Paris
here``): a name that is also an ordinary word or a place needs one."""


def _here_after_greeting(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` is a capitalised name saying who writes, between a greeting and ``here``
    (``G'day, Shane here from Ballarat``, ``Hey! Sipho here.``), whatever the lists know: not an
    ordinary word, a technology or a place."""
    start, end, word = tokens[k]
    return (
        _HERE_AFTER.match(text, end) is not None
        and _GREETED_HERE.search(text, max(0, start - 12), start) is not None
        and capitalised(word)
        and (word in first_names() or not ordinary(word))
        and word not in TECH_WORDS
        and not platform_name(word)
        and not gazetteer().is_place(word)
    )


_CHEERED = regex.compile(
    r"(?i:(?<![\p{L}'])(?:happy[ ](?:birthday|bday|retirement|anniversary)|congrats|congratulations|welcome"
    r"|welcome[ ](?:aboard|back|home)|kudos(?:[ ]to)?|shout-?outs?[ ]to|shout[ ]out[ ]to|well[ ]done"
    r"|good[ ]luck|get[ ]well[ ]soon|farewell|goodbye|rip|r\.i\.p\.|miss[ ]you|proud[ ]of[ ]you))[,!]?[ ]{1,2}$"
)
"""Words that cheer, welcome or mourn someone right before their name (``Happy retirement, Doreen!``,
``Welcome aboard Rasmus!``, ``Kudos to Yusuf``, ``RIP Grandpa Wilhelm``)."""


def _cheered(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]``, a known first name, is cheered, welcomed or mourned (:data:`_CHEERED`); one
    that is an ordinary word too only before ``!``, a comma or the end (``Welcome back, Grace!``)."""
    start, end, word = tokens[k]
    if word not in first_names() or _CHEERED.search(text, max(0, start - 24), start) is None:
        return False
    if ordinary(word) and text[end : end + 1] not in ("!", ",", ""):
        return False  # "Welcome Guide", "Congratulations Will be sent"
    return not touches_code(text, start, end) and not _unambiguous_place(word)  # Doreen is a town too


_GREETED_INTRO = regex.compile(
    rf"(?i:(?<![\p{{L}}'])(?:{_GREETINGS})[,!]?[ ](?:it'?s|it\u2019s|this[ ]is|i'?m|i\u2019m))[ ]$"
)


def _greeted_intro(text: str, start: int, end: int) -> bool:
    """A greeting and an introduction before the word and a comma after it: ``Hi it's Bongani,
    I'm outside``: a name no list knows is the writer's there."""
    return text[end : end + 1] == "," and _GREETED_INTRO.search(text, max(0, start - 20), start) is not None


def _introduced(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]``, a capitalised known name, is someone introducing themselves (``this is
    Jenny from Bloom Dental``, ``Hey it's Raj``); an ordinary word or a place there (``It's May``,
    ``This is Paris``) only with a word after it that goes on as a person's."""
    start, _end, word = tokens[k]
    if _SELF_INTRO_BACK.match(text, max(0, start - 24), start) is None:
        return False
    if not known_name(word):
        if capitalised(word) and not english_word(word) and _family_then_cue(text, tokens, k):
            return not touches_code(text, start, tokens[k][1])  # "it's Duc Nguyen from 14 Boundary St"
        # "Hi, this is Chidinma from Lagos": a name no list knows, a cue right after it
        return (
            capitalised(word)
            and not ordinary(word)
            and word not in TECH_WORDS
            and not platform_name(word)
            and not gazetteer().is_place(word)
            and (
                (
                    k + 1 < len(tokens)
                    and adjacent(text, tokens[k], tokens[k + 1])
                    and tokens[k + 1][2].lower() in _UNKNOWN_CUES
                )
                or _greeted_intro(text, start, tokens[k][1])
                or _NAMED_AS_BEFORE.search(text, max(0, start - 40), start) is not None  # "my name is Chidinma"
            )
            and not touches_code(text, start, tokens[k][1])
        )
    if not ordinary(word) and not gazetteer().is_place(word):
        return True
    if word in first_names() and _NAMED_AS_BEFORE.search(text, max(0, start - 24), start) is not None:
        return True  # "je m'appelle Valentina": a first name that is a word too, named as one
    after = k + max(1, _name_run(text, tokens, k, first_may_be_ordinary=True))  # "this is Ana Costa with ..."
    return (
        after < len(tokens)
        and adjacent(text, tokens[after - 1], tokens[after])
        and tokens[after][2].lower() in _INTRO_CUES
    )


def _family_then_cue(text: str, tokens: list[Token], k: int) -> bool:
    """After ``tokens[k]`` a capitalised family name the lists hold, then a cue of
    :data:`_UNKNOWN_CUES` (``it's Duc Nguyen from ...``)."""
    return (
        k + 2 < len(tokens)
        and adjacent(text, tokens[k], tokens[k + 1])
        and adjacent(text, tokens[k + 1], tokens[k + 2])
        and capitalised(tokens[k + 1][2])
        and tokens[k + 1][2] in last_names()
        and tokens[k + 2][2].lower() in _UNKNOWN_CUES
    )


_AFTER_PERSON = word_set("at in on or and from who about please when if to tomorrow today tonight by before after")
"""Words that go on after a person named as an object (``ask for Sanjay at the desk``), where a
thing's name would have its noun (``ask for Jira access``)."""


def _clause_goes_on(text: str, tokens: list[Token], k: int) -> bool:
    """What follows ``tokens[k]``: punctuation, the end, or a word that does not make it a thing's name."""
    if k + 1 >= len(tokens) or not adjacent(text, tokens[k], tokens[k + 1]):
        return True
    return tokens[k + 1][2].lower() in _AFTER_PERSON


def _title_case_after(text: str, tokens: list[Token], k: int) -> bool:
    """A capitalised word follows ``tokens[k]``: a name that is an ordinary word too is a word of a
    title there (``the Customer Journey Map``)."""
    return k + 1 < len(tokens) and adjacent(text, tokens[k], tokens[k + 1]) and capitalised(tokens[k + 1][2])


_ADDRESSED_KIN = word_set("aunt auntie uncle grandma grandpa granny nana cousin")
"""Ties a person is called by, with no possessive before them (``this is aunt linda``)."""


def _owned_tie(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` follows a possessive and a tie (``his sister Funmi``, ``my colleague Kwame``,
    ``kevin's wife emily``), or a tie a person is called by (``aunt linda``): a name there is a
    person's even when no name list holds it."""
    if k < 1 or tokens[k - 1][2].lower() not in KIN_WORDS:
        return False
    if tokens[k - 1][2].lower() in _ADDRESSED_KIN:
        return True
    if k < 2 or not adjacent(text, tokens[k - 2], tokens[k - 1]):
        return False
    owner = tokens[k - 2][2]
    return owner.lower() in OWNERS or (len(owner) > 3 and owner.endswith(("'s", "\u2019s")))


def _here_after(text: str, tokens: list[Token], k: int) -> bool:
    """``here``, ``again`` or ``from`` follows the word: ``it's sabrina here``, ``it's esperanza
    again``, ``hey its maria from the dentist``."""
    if k + 1 >= len(tokens) or not adjacent(text, tokens[k], tokens[k + 1]):
        return False
    after = tokens[k + 1][2].lower()
    word = tokens[k][2].lower()
    return after in ("here", "again") or (after == "from" and word not in _SEASONS and word not in CALENDAR_WORDS)


_THING_ROLES = word_set(
    "driver host agent operator client member sender recipient rep representative rider courier seller buyer"
    " instructor supervisor advisor adviser subscriber"
)
"""Role words that name a program's or a machine's part too (``the driver Nvidia GeForce``)."""


def _tied_unknown(text: str, tokens: list[Token], k: int) -> int:
    """How many tokens from ``k`` are two or three capitalised words after a role or a tie, the
    last no ordinary word, though the lists know neither (``patient Rami Khoury``); 0 for none,
    a place or a technology's name."""
    tie = tokens[k - 1][2].lower()
    if tie not in _TIES:
        return 0
    n = _name_run(text, tokens, k, first_may_be_ordinary=True)
    if n == 1 and _owned_one(text, tokens, k):
        return 1  # "your driver Ahmadullah is": a possessive makes even a machine's role a person's
    if tie in _THING_ROLES:
        return 0
    named = [t[2] for t in tokens[k : k + n] if t[2] not in PARTICLES]
    if (
        2 <= len(named) <= 3
        and not ordinary(named[-1])
        and not any(w in TECH_WORDS for w in named)
        and not gazetteer().is_place(text[tokens[k][0] : tokens[k + n - 1][1]])
    ):
        return n
    return 0


_PERSON_VERBS = word_set(
    "is was will has had said says called texted phoned arrived arrives arriving left can could would should"
    " just also already"
)
"""Words after a name that a person's role precedes where the role names a machine's part too
(``your driver Ahmadullah is arriving``; ``your driver Nvidia to the latest`` is none)."""


def _owned_one(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` is one capitalised word no list knows after a possessive and a tie, a
    lower-case word after it (``Your driver Ahmadullah is arriving``, ``my tutor Oyinkansola
    said``): no ordinary word, technology, platform or place."""
    word = tokens[k][2]
    owner = k - 2
    if k >= 3 and tokens[owner][2].lower() not in OWNERS and capitalised(tokens[owner][2]):
        owner = k - 3  # "Your Uber driver Ahmadullah"
    after = tokens[k + 1][2] if k + 1 < len(tokens) and adjacent(text, tokens[k], tokens[k + 1]) else ""
    machine = tokens[k - 1][2].lower() in _THING_ROLES  # "update your driver Nvidia to ..."
    return (
        owner >= 0
        and tokens[owner][2].lower() in OWNERS
        and all(adjacent(text, tokens[j], tokens[j + 1]) for j in range(owner, k))
        and after.islower()
        and (not machine or after in _PERSON_VERBS)
        # a kin word's name may be a word of another language (``my daughter Temi will``: Italian's "themes")
        and not (english_word(word) if tokens[k - 1][2].lower() in KIN_WORDS else ordinary(word))
        and word not in TECH_WORDS
        and not platform_name(word)
        and not gazetteer().is_place(word)
        and not touches_code(text, tokens[k][0], tokens[k][1])
    )


def _particled(text: str, tokens: list[Token], k: int, n: int, words: list[str]) -> bool:
    """A first name, a particle and a last name the lists know, though each is a word too
    (``María de la Cruz``, ``Rosa da Silva``); not a place (``Rio de la Plata``)."""
    return (
        n > len(words) >= 2
        and words[0] in first_names()
        and words[-1] in last_names()
        and not gazetteer().is_place(text[tokens[k][0] : tokens[k + n - 1][1]])
    )


def _back_after(text: str, tokens: list[Token], k: int) -> bool:
    """``back`` follows the word: ``ring Jan back``, ``call Martin back`` (a person, even where
    the name is an ordinary word or a month)."""
    return k + 1 < len(tokens) and tokens[k + 1][2].lower() == "back" and adjacent(text, tokens[k], tokens[k + 1])


_BY_INITIALS = regex.compile(
    r"(?<![\p{L}])(?i:by)[ ](?P<name>(?:\p{Lu}\.[ ]?){1,3}(?<=[. ])(?P<family>\p{Lu}[\p{Ll}\p{M}'\u2019]{2,}"
    r"(?:-\p{Lu}[\p{Ll}\p{M}'\u2019]+)?))(?![\p{L}\p{M}\d@-]|\.[\p{L}\d])"
)
"""Initials and a family name after ``by`` (``reviewed by J.R. Okoye``, ``written by A. B.
Smithson``): an author, whatever lists know the name."""


def _initial_at(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` is an initial (``J.``) before a known last name that is no ordinary word, or
    before any word that is none after a role (``Magistrate P. Henshaw``)."""
    start, end, word = tokens[k]
    if len(word) != 1 or not word.isupper() or k + 1 >= len(tokens):
        return False
    if start and not (text[start - 1].isspace() or text[start - 1] in ",;:(\"'"):
        return False  # U.S., A.B.C.
    surname = tokens[k + 1]
    gap = text[end : surname[0]]
    if not (gap in (". ", ".") and len(surname[2]) > 1 and capitalised(surname[2])):
        return False
    if touches_code(text, start, surname[1]):
        return False
    if _known_family(surname[2]):
        return True
    role = k > 0 and tokens[k - 1][2].lower() in ROLE_WORDS and adjacent(text, tokens[k - 1], tokens[k])
    return role and not ordinary(surname[2]) and surname[2] not in TECH_WORDS


_IRISH_PREFIXES = frozenset({"\u00d3", "O", "N\u00ed", "Nic", "U\u00ed", "Mac", "Mag"})
"""The words that open an Irish family name (``Ó Briain``, ``Ní Bhriain``, ``Mac Giolla``)."""


def _irish_initial_at(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` is an initial before an Irish family name in two words (``P. Ó Súilleabháin``):
    a prefix of :data:`_IRISH_PREFIXES`, then a capitalised word that is no ordinary one."""
    start, end, word = tokens[k]
    if len(word) != 1 or not word.isupper() or k + 2 >= len(tokens) or text[end : end + 2] != ". ":
        return False
    prefix, family = tokens[k + 1], tokens[k + 2]
    return (
        prefix[0] == end + 2
        and prefix[2] in _IRISH_PREFIXES
        and text[prefix[1] : family[0]] == " "
        and capitalised(family[2])
        and not ordinary(family[2])
        and (not start or text[start - 1].isspace() or text[start - 1] in ",;:(\"'")
    )


def _foreign_pair(words: list[str]) -> bool:
    """A known first name and a known family name, each an ordinary word of another language
    only (``Bianca Oliveira``, ``Rosa Campos``, ``Clara Flores``), none an English one
    (``Will Power``, ``Grace Church``), no particle first (``Del Monte``) and no place (``Mont Blanc``)."""
    return (
        len(words) >= 2
        and words[0] in first_names()
        and words[-1] in last_names()
        and words[0].lower() not in PARTICLES
        and not any(w.lower() in english_words() or w.lower() in CALENDAR_WORDS for w in words)
        and not gazetteer().is_place(" ".join(words))
    )


def _known_family(word: str) -> bool:
    """A known last name that is no ordinary word, or a double-barrelled one with such a part
    and only capitalised parts (``Kowalczyk-Nowak``)."""
    if word in last_names():
        return not ordinary(word)
    parts = word.split("-")
    return (
        len(parts) > 1
        and all(len(p) > 1 and capitalised(p) for p in parts)
        and any(p in last_names() and not ordinary(p) for p in parts)
    )


def _middle_initial_at(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` opens a name with an initial in the middle (``Mary J. Blige``, the Hungarian
    ``Horváth I. Kristóf``): two capitalised words around it, each a known name or no ordinary
    word, at least one a known name (``Table A. The`` is none)."""
    if k + 2 >= len(tokens):
        return False
    first, initial, last = tokens[k], tokens[k + 1], tokens[k + 2]
    if len(initial[2]) != 1 or not initial[2].isupper():
        return False
    if text[first[1] : initial[0]] != " " or text[initial[1] : last[0]] != ". ":
        return False
    words = (first[2], last[2])
    return (
        all(
            len(w) > 1
            and capitalised(w)
            and not is_false_entity(w, None, ignore_ordinary=True)
            and (known_name(w) or not ordinary(w))
            for w in words
        )
        and any(known_name(w) for w in words)
        and not touches_code(text, first[0], last[1])
    )


_STRING_OPENS = regex.compile(r'[:\[,{][ \t]*"$')
"""A JSON string opens right before: its first word starts a line of the string's text."""
_STAMP = r"(?:\[[^\]\n]{1,25}\][ \t]*)?"
"""A chat line's time stamp in brackets (``[09:16] ``)."""
_SPEAKER = regex.compile(rf"^[ \t]*{_STAMP}[\p{{L}}][\p{{L}}\p{{N}}_.-]{{0,24}}:[ \t]{{1,2}}$")
"""A chat transcript's speaker before the message (``[09:16] agent_sam: ``): the message opens there."""


_BARE_STAMP = regex.compile(
    r"^[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?[ ])?[0-9]{1,2}[:.][0-9]{2}(?:[ ]?[AaPp]\.?[Mm]\.?)?[ \t]{1,3}$"
)
"""A text thread's time stamp without brackets, maybe after a weekday (``Fri 7:12am  ``,
``Tue 14:20  ``, ``Mon 1:15 PM ``): the message opens after it."""


_LINE_REACH = 80
"""Longer than any speaker and time stamp before a message: how far back a line start is looked for."""


def _line_start(text: str, pos: int) -> bool:
    line = line_before(text, pos, _LINE_REACH)
    if line is None:  # the line opens further back: only a JSON string's quote right before can open it here
        return _STRING_OPENS.search(text, max(0, pos - _LINE_REACH), pos) is not None
    return (
        line.strip(" \t>\"'*-") == ""
        or _STRING_OPENS.search(line) is not None
        or _SPEAKER.match(line) is not None
        or (line[-1:] in " \t" and _BARE_STAMP.match(line) is not None)
    )


_VOCATIVE_AFTER = regex.compile(r",[ ](?=\p{Ll})")
"""After a name addressed: a comma and a lower-case word (``Nikolaj, your appointment``)."""
_SEASONS = frozenset({"spring", "summer", "autumn", "winter"})
_CLAUSE_OPEN = regex.compile(
    rf"(?:^|[.!?;][ \t]{{1,2}}|^[ \t]*{_STAMP}\p{{L}}[\p{{L}}\p{{N}}_ '\u2019]{{0,20}}:[ \t]{{1,2}}"
    r"|^[ \t]*(?:\p{L}{1,12}\.?[ \t]+)?[-\u2013\u2014][ \t]+)$",
    regex.MULTILINE,
)
"""Where an address to someone opens: a line's start, a sentence's, a clause's after a semicolon,
a label's value (``Reminder: ``, ``Teacher's note: ``) or a list's item after a dash (``- ``,
``Mon - ``)."""


def _vocative_at(text: str, tokens: list[Token], k: int) -> bool:
    """A known first name addressed at the opening of a line, a sentence or a label's value, a
    comma and a lower-case word after it: ``Reminder: Nikolaj, your appointment...``,
    ``Carolina, please confirm.``; a first name that is an ordinary word too only before
    :data:`.words.ADDRESSED_AFTER` (``Reminder: Helena, your appointment``)."""
    start, end, word = tokens[k]
    if word not in first_names() or _VOCATIVE_AFTER.match(text, end) is None:
        return False
    if ordinary(word) and (
        ADDRESSED_AFTER.match(text, end) is None or word.lower() in _SEASONS or word.lower() in CALENDAR_WORDS
    ):
        return False  # "Grace, your appointment" is addressed; "Will, of course" may be no one
    return _CLAUSE_OPEN.search(text, max(0, start - 32), start) is not None and not touches_code(text, start, end)


_UPPER_RUN = regex.compile(
    r"(?<![\p{L}\p{M}\d_./@-])\p{Lu}[\p{Lu}\p{M}'\u2019.-]*+(?![\p{Ll}\p{N}])"
    r"(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'\u2019.-]*+(?![\p{Ll}\p{N}]))+"
)
"""Two or more words in capitals (``TONY MCGAW``, ``DR. VITOR GABRIEL DA ROSA``)."""
_UPPER_PARTICLES = frozenset(p.upper() for p in PARTICLES)


_NAME_JOINS = regex.compile(r"([-'\u2019.])")


def _title_cased(word: str) -> str:
    """``MCGAW`` -> ``Mcgaw``, ``WILMSEN-NOACK`` -> ``Wilmsen-Noack`` (same length, or ``""``)."""
    if word.isalpha():
        out = word[:1] + word[1:].lower()
    else:
        out = "".join(part[:1] + part[1:].lower() if part.isalpha() else part for part in _NAME_JOINS.split(word))
    return out if len(out) == len(word) else ""


def _initial(text: str, word: Token) -> bool:
    """``word`` is one letter with a dot after it (``K.`` of ``K. WATANABE``)."""
    return len(word[2]) == 1 and text[word[1] : word[1] + 1] == "."


_TRAVEL_TITLES = frozenset({"MR", "MRS", "MS", "MISS", "MSTR", "DR", "PROF"})
"""Titles after a traveller's names in the airline layout."""
_TRAVEL_NAME = regex.compile(
    r"(?<![\p{L}\p{M}\d_./@-])(\p{Lu}[\p{Lu}'\-]{1,30}(?:[ ]\p{Lu}[\p{Lu}'\-]{1,30})?/\p{Lu}[\p{Lu}'\-]{0,30}"
    r"(?:[ ]\p{Lu}[\p{Lu}'\-]{0,30}){0,2}?)[ ]?(?:"
    + "|".join(sorted(_TRAVEL_TITLES, key=lambda t: (-len(t), t)))
    + r")(?![\p{L}\p{M}\d])"
)
"""A traveller's name as a ticket or passenger list writes it: ``SMITH/JOHN MR``, ``GARCIA
LOPEZ/MARIA JOSE MRS`` (family name, slash, given names, a title)."""


_UNTITLED_TRAVEL_NAME = regex.compile(
    r"(?<![\p{L}\p{M}\d_./@-])(\p{Lu}[\p{Lu}'\-]{1,30}(?:[ ]\p{Lu}[\p{Lu}'\-]{1,30})?)/(\p{Lu}[\p{Lu}'\-]{1,30})"
    r"((?:[ ]\p{Lu}[\p{Lu}'\-]{2,30}){0,2})(?![\p{L}\p{M}\d/])"
)
"""The same layout without a title: ``YILMAZ/MEHMET EMRE`` in a passenger list."""


def find_travel_names(text: str) -> list[Span]:
    """PERSON spans of names in the airline layout (see :data:`_TRAVEL_NAME`), without the title,
    where a name list knows one of the words (``TCP/IP DR`` is a plan's); without a title, where
    the first given name is a known first name and the family name no English word (``YILMAZ/MEHMET
    EMRE``; not ``RED/AMBER``)."""
    out = []
    for m in _TRAVEL_NAME.finditer(text):
        words = regex.split(r"[ /]", m.group(1))
        if any(len(w) > 1 and known_name(_title_cased(w)) for w in words):
            out.append(Span(m.start(1), m.end(1), "PERSON", SCORE_TITLE, "names"))
    for m in _UNTITLED_TRAVEL_NAME.finditer(text):
        family, given = _title_cased(m.group(1).split()[-1]), _title_cased(m.group(2))
        if any(o.start <= m.start() < o.end for o in out):
            continue
        if (
            given in first_names()
            and not ordinary(given)
            and not english_word(family)
            and not ordinary(family)
            and (family in last_names() or len(family) > 3)  # not "CLI/TUI": an abbreviation is no family name
        ):
            end = m.end(3)
            for word in reversed(m.group(3).split()):  # a title or a word after the names: not theirs
                if word not in _TRAVEL_TITLES and known_name(_title_cased(word)):
                    break
                end -= len(word) + 1
            out.append(Span(m.start(1), end, "PERSON", SCORE_TITLE, "names"))
    return out


_NATIVE_NAME = regex.compile(
    r"[ ]?[(\uff08]((?:\p{Han}|\p{Hangul}){2,4}|\p{Han}{1,3}[\u30fb\u00b7]?\p{Han}{1,3})[)\uff09]"
)
"""A name in Han or Hangul in brackets: how a romanized name gives its own script (``Zhang Wei (张伟)``)."""


def native_name(text: str, end: int) -> Span | None:
    """The PERSON span of a name in Chinese, Japanese or Korean characters bracketed right after a
    person's name ending at ``end``, or None."""
    m = _NATIVE_NAME.match(text, end)
    return None if m is None else Span(m.start(1), m.end(1), "PERSON", SCORE_KNOWN_NAMES, "names")


def find_upper_names(text: str) -> list[Span]:
    """PERSON spans of names written in capitals, which NER and the rules for capitalised
    words do not read: a CV's heading (``TONY MCGAW``), a bank statement's payee (``TRANSFER TO
    JEPPE DANIELSEN REF``). A run of words in capitals is cut at ordinary words that are no
    names (``TRANSFER``, ``TO``, ``REF``); a piece, read title-cased after any title, must be two
    known names (not all ordinary words) or, where it makes a whole line, a known first name
    that is no ordinary word and capitalised words."""
    out: list[Span] = []
    for match in _UPPER_RUN.finditer(text):
        words = [(m.start(), m.end(), m.group()) for m in KEY_WORD.finditer(text, match.start(), match.end())]
        piece: list[Token] = []
        for word in [*words, (0, 0, "")]:
            cased = _title_cased(word[2])
            if cased and (
                _initial(text, word)
                or len(word[2]) == 1
                or word[2] in _UPPER_PARTICLES
                or not ordinary(cased)
                or known_name(cased)
            ):
                piece.append(word)
                continue
            while piece and (piece[-1][2] in _UPPER_PARTICLES or len(piece[-1][2]) == 1):
                piece.pop()  # a particle or a letter ends no name ("VENKATESH IYER      M  58": a sex column)
            company = _upper_company(text, piece)
            span = _upper_name(text, piece) if not company else None
            out.extend(company)
            if span is not None:
                out.append(span)
            piece = []
    return out


_UPPER_FORM = regex.compile(rf"(?i:{LEGAL_FORMS})")


def _upper_company(text: str, words: list[Token]) -> list[Span]:
    """A company in capitals closed by a legal form of three letters or more, and the town after
    it (a statement line's ``CARD PAYMENT HUDSON-GRANT LTD SPRINGFIELD``): ORGANIZATION and
    LOCATION spans, or none."""
    form = next(
        (j for j in range(len(words) - 1, 0, -1) if len(words[j][2]) >= 3 and _UPPER_FORM.fullmatch(words[j][2])), 0
    )
    if not form or touches_code(text, words[0][0], words[form][1]):
        return []
    out = [Span(words[0][0], words[form][1], "ORGANIZATION", SCORE_KNOWN_NAMES, "names")]
    rest = words[form + 1 : form + 4]
    town = " ".join(_title_cased(w) for _, _, w in rest)
    if rest and all(_title_cased(w) for _, _, w in rest) and town_like(town):
        out.append(Span(rest[0][0], rest[-1][1], "LOCATION", SCORE_TOWN_STAY, "names"))
    return out


_CONTACT_NEXT = regex.compile(r"\n[ \t]*[^\n]*?(?:\d|@)")
"""The next line holds a digit or an ``@``: a contact line (a street, a phone, an e-mail)."""


_HANDED_TO = regex.compile(
    r"(?i:(?<![\p{L}])(?:signed(?:[ ]for)?|received|collected|accepted|picked[ ]up|left[ ]with|witnessed)[ ]by"
    r"|(?<![\p{L}])(?:delivered|issued|payable|made[ ]out|addressed|handed|payment|transfer|paid)[ ]to|in[ ]the[ ]name[ ]of"
    r"|(?<![\p{L}])(?:card|account|policy)?holder(?:[ ]name)?|(?<![\p{L}])attn\.?)[ \t]{1,2}$"
)
"""Words that hand a thing to a person or name its holder, right before the name (``signed for by
K. WATANABE``, ``holder ELENA PETROVA``): a name in capitals there needs one known name."""


def _handed_to(text: str, start: int) -> bool:
    """:data:`_HANDED_TO` ends right before ``start``."""
    return _HANDED_TO.search(text, max(0, start - 24), start) is not None


def _upper_name(text: str, words: list[Token]) -> Span | None:
    """The PERSON span of ``words`` (capitals, no ordinary word that is no name), if a name."""
    titled = False
    while words and _title_cased(words[0][2]).rstrip(".") in TITLES:
        words = words[1:]  # DR. / HERR / MR
        titled = True
    if len(words) < 2 or len(words) > 5 or touches_code(text, words[0][0], words[-1][1]):
        return None
    handed = _handed_to(text, words[0][0])
    initials = 0
    while initials < len(words) - 1 and (_initial(text, words[initials]) or (handed and len(words[initials][2]) == 1)):
        initials += 1  # K. WATANABE, J. R. SMITH: initials open the name; PAYMENT TO N MAHLANGU, without dots
    cased = [
        _title_cased(w[2])
        for j, w in enumerate(words[initials:], initials)
        if w[2] not in _UPPER_PARTICLES and not (j < len(words) - 1 and _initial(text, w))  # JANE R. HOLLOWAY
    ]
    if any(len(w) < 2 or is_false_entity(w, None, ignore_ordinary=True) for w in cased):
        return None
    before, after = line_before(text, words[0][0]), line_after(text, words[-1][1])
    whole_line = before is not None and after is not None and not before.strip(" \t>*#-:") and not after.strip(" \t.,")
    if initials and handed and any(known_name(w) for w in cased):
        return Span(words[0][0], words[-1][1], "PERSON", SCORE_KNOWN_NAMES, "names")  # signed for by E. MORALES
    if all(ordinary(w) for w in cased) and not (
        whole_line
        and cased[0] in first_names()
        and cased[-1] in last_names()
        and after is not None
        and _CONTACT_NEXT.match(text, words[-1][1] + len(after))
    ):
        return None  # GRACE PERIOD, ROSE GARDEN; but MARIA SMITH heading a CV, a contact line under it
    known = sum(1 for w in cased if known_name(w) or ("-" in w and all(known_name(p) for p in w.split("-"))))
    if titled and not any(ordinary(w) and not known_name(w) for w in cased):
        return Span(words[0][0], words[-1][1], "PERSON", SCORE_KNOWN_NAMES, "names")  # MRS. ADAOBI NWANKWO-ILESANMI
    if known >= 2 or (whole_line and cased[0] in first_names() and not ordinary(cased[0])):
        return Span(words[0][0], words[-1][1], "PERSON", SCORE_KNOWN_NAMES, "names")
    if known and not all(ordinary(w) for w in cased) and handed:
        return Span(words[0][0], words[-1][1], "PERSON", SCORE_KNOWN_NAMES, "names")
    if (
        len(cased) <= 3
        and not any(ordinary(w) for w in cased)
        and _CARDHOLDER.search(text, max(0, words[0][0] - 24), words[0][0])
    ):
        return Span(words[0][0], words[-1][1], "PERSON", SCORE_KNOWN_NAMES, "names")  # cardholder DIMITRIS KARALIS
    return None


_CARDHOLDER = regex.compile(r"(?i:card[ ]?holder(?:[ ]name)?|name[ ]on[ ](?:the[ ])?card)[ \t]*:?[ \t]{1,2}$")
"""A card's holder named right before a name in capitals, as the card prints it: no list needs to
know the name (``cardholder DIMITRIS KARALIS``), when none of its words is an ordinary one."""


_SUBJECT_AFTER = regex.compile(r"[ ](?=\p{Ll}+\b)")
"""After a name that opens a clause: a lower-case word (``Ida sorted out my refund``)."""
_LABEL_AFTER = regex.compile(r"[ ](\p{Ll}[\p{L}\p{M}'\-]{0,30}):[ \t]")
"""One lower-case word and a colon after a name that opens a line: the words of a label (``Antal
\u00e4renden:``), unless the word is a deed (``Anna wrote:``)."""
_ACTED = regex.compile(
    r"[ ](?:sorted|helped|called|phoned|rang|emailed|texted|told|asked|explained|fixed|resolved|handled|answered"
    r"|replied|confirmed|offered|arranged|processed|dealt|refunded|apologi[sz]ed|booked|checked|noticed|reported"
    r"|mentioned|suggested|recommended|promised|agreed|approved|signed|joined|visited|greeted|served|advised"
    r"|walked|showed|drove|delivered|picked|dropped|kindly|personally|quickly|patiently"
    r"|to[ ](?:send|call|prepare|draft|review|follow|update|share|book|check|contact|circulate|schedule"
    r"|organi[sz]e|arrange|email|confirm|present|report|chase|ask))\b"
)
"""A deed only a person does, after a first name that is an ordinary word too (``Norma sorted out
my refund``, ``Wolf kindly explained``, a minutes' ``Action: Hazel to send the budget``)."""


_INSTRUCTION_VERBS = word_set(
    "Blanch Baste Braise Brown Fry Glaze Grill Poach Roast Sear Sift Simmer Toss Whisk Marinate Bake Cook Sand Saw"
)
"""Verbs that open a recipe's or a manual's step and that name lists hold too (``Blanch beans 4
min``, ``Sand the edges``): an instruction, no person acting."""
_TAGALOG_PRONOUNS = word_set("ako ikaw siya kami kayo sila tayo")
_TAGALOG_PARTICLES = word_set("po ho ay si ang ng naman lang rin din mismo")
"""Tagalog pronouns (some are given names elsewhere: ``Ako``) and the particles that follow them."""


def _subject_at(text: str, tokens: list[Token], k: int) -> bool:
    """A known first name (no technology name) opens a line, a sentence or a label's value, a
    lower-case word after it: ``Ida sorted out my refund``, ``Action: Zachary to send the
    budget``; a first name that is an ordinary word too, only before a person's deed
    (:data:`_ACTED`: ``Norma sorted out``); after a comma, a name no word or place spells before
    such a deed (``great service, Oleksandr fixed my laptop``). (In the standard library's
    docstrings and the installed packages' descriptions, 9,745 paragraphs, this reads two
    words, both in lorem ipsum.)"""
    start, end, word = tokens[k]
    if word not in first_names() or word in TECH_WORDS or _SUBJECT_AFTER.match(text, end) is None:
        return False
    if k + 1 < len(tokens) and word not in faker_first_names() and not ordinary(tokens[k + 1][2]):
        return False  # "Nowa wersja programu": a rare given name before a word of a language no list reads
    if word in _INSTRUCTION_VERBS:
        return False  # "Blanch beans 4 min, drain": a step of a recipe
    if technical_use(text, start, end):
        return False  # "Petri dishes were invented", "Dijon mustard adds tang": a thing's name
    if k + 1 < len(tokens) and word.lower() in _TAGALOG_PRONOUNS and tokens[k + 1][2].lower() in _TAGALOG_PARTICLES:
        return False  # "Ako po si Maricel": "I am Maricel", no one named Ako
    acted = _ACTED.match(text, end) is not None
    if ordinary(word) and not acted:
        return False  # Maria, Norma, Wolf are words too: a person's deed must follow (Norma sorted out)
    label = _LABEL_AFTER.match(text, end)
    if label is not None and not acted and label.group(1) not in _ACTING_VERBS:
        return False  # "Antal \u00e4renden: 1 284" (Swedish: number of cases): a label's words, no one's deed
    opens = _CLAUSE_OPEN.search(text, max(0, start - 32), start) is not None
    if not opens and acted and text.endswith(", ", 0, start) and not ordinary(word):
        opens = not gazetteer().is_place(word)  # "great service, Oleksandr fixed my laptop"
    return opens and not touches_code(text, start, end)


_ACTING_VERBS = word_set(
    "will would could should can can't cannot won't may might must is was isn't wasn't has had hasn't hadn't"
    " did does didn't doesn't said says asked asks told tells sent sends called calls wrote writes replied"
    " mentioned thinks thought wants wanted needs needed knows knew confirmed agreed left joined"
)
"""Verbs and auxiliaries after a person acting in the middle of a sentence (``Efua will confirm``,
``whether Cormac could drive``)."""
_ASKING = word_set("did does will would could can has is was should")
"""Auxiliaries that open a question before its subject (``Did Hamza ever get back``)."""
_OPENERS = word_set("Tomorrow Today Yesterday Tonight Now Then Also Meanwhile Later Earlier Apparently Hopefully")
"""Capitalised words opening a sentence before its subject (``Tomorrow Ngaio is presenting``)."""
_PROGRAMMING_NAMES = word_set("Julia Ada Pascal Ruby Dart Swift Crystal Elixir Scala Haskell Perl Logo Go")
"""First names that name programming languages (``Julia is fast``)."""


def _acting(text: str, tokens: list[Token], k: int) -> bool:
    """``tokens[k]``, a known first name no word, place or technology spells, acts in a sentence:
    before a verb or an auxiliary (``Efua will confirm``, ``whether Cormac could drive``), after
    an auxiliary opening a question and before a lower-case word (``Did Hamza ever get back``), or
    is cited (``According to Lerato, the branch...``)."""
    start, end, word = tokens[k]
    if k >= 2 and tokens[k - 1][2] == "to" and tokens[k - 2][2] in ("According", "according"):
        if text[end : end + 1] != ",":  # "According to Lerato, the branch ...": someone's word
            return False
    else:
        if k + 1 >= len(tokens) or not adjacent(text, tokens[k], tokens[k + 1]) or not tokens[k + 1][2].islower():
            return False
        before = tokens[k - 1][2] if k and adjacent(text, tokens[k - 1], tokens[k]) else ""
        asking = before.lower() in _ASKING and before[:1].isupper()  # "Did Hamza ever get back"
        if before[:1].isupper() and not (
            (asking or before in _OPENERS)
            and _CLAUSE_OPEN.search(text, max(0, tokens[k - 1][0] - 32), tokens[k - 1][0])
        ):
            return False  # "Rio Grande will": a word of a longer name
        if tokens[k + 1][2] not in _ACTING_VERBS and not asking:
            return False
    return (
        not ordinary(word)
        and not (word.endswith("s") and ordinary(word[:-1]))  # "Linux or Macs can now": a thing's plural
        and word not in TECH_WORDS
        and word not in _PROGRAMMING_NAMES
        and not platform_name(word)
        and not gazetteer().is_place(word)
        and not technical_use(text, start, end)
        and not touches_code(text, start, end)
    )


_NAME_WORD = r"\p{Lu}[\p{Ll}\p{M}'\u2019]+(?:-\p{Lu}?[\p{Ll}\p{M}'\u2019]+)*"
_SIGN_OFF = regex.compile(
    rf"^[ \t>]*(?:--?[ \t]*|\u2014[ \t]*)?(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD})?(?:[ ]\p{{Lu}}\.?)?)"
    r"[ \t]*(?=\n[ \t>]*(?:\n|$)|\Z)",
    regex.MULTILINE,
)
"""A line holding only a name, closing a message or a quoted one (``> Laura``, ``-- Heinz-Werner``),
maybe with the family name's initial (a review's ``- Precious A.``)."""
_DASH_SIGN_OFF = regex.compile(
    rf"(?<=[.!?)][ \t]{{1,3}})(?:--?|\u2013|\u2014)[ \t]*(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD})?(?:[ ]\p{{Lu}}\.)?)"
    r"[ \t]*(?=[\"\n]|\Z)"
)
"""A dash and a name closing a message on its last line (``I've reset your MFA. - Priya``), a chat's
or a JSON string's; the family name's initial may follow (``Great stay! - Émilie B.``)."""
_LONG_DASH_SIGN_OFF = regex.compile(
    rf"(?<=[\p{{L}}\d][ \t]{{1,3}})(?:\u2013|\u2014)[ \t]*(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD})?)"
    r"[ \t]*(?=[\"\n]|\Z|,[ ][+(]?\d)"
)
"""A long dash and a name closing a message after a word or a number, no full stop between
(``or +351 912 345 678 \u2014 Inês``), or before the number to call (``collect from me \u2013
Thandeka, 082 555 1973``): a first name that is no ordinary word only."""


_LOWER_DASH_SIGN_OFF = regex.compile(
    r"(?<=[\p{L}\d.!?)][ \t]{1,3})(?:--?|\u2013|\u2014)[ \t]*(?P<name>\p{Ll}[\p{Ll}\p{M}'\u2019-]+)[ \t]*(?=\n|\Z)"
)
"""A dash (or two) and a first name in lower case at a message's end (``sent from my iphone - hannah``,
``pick u up at 8? -- lisa``)."""


_LOWER_CLOSING_SIGN_OFF = regex.compile(
    r"(?<![\p{L}])(?:lg|vg|glg|gr|groetjes|groeten|gr(?:ü|ue)(?:ß|ss)e|pozdrawiam|pozdro|bisous|bises|bjs|beijos"
    r"|bjos|baci|besos|abrazos|saludos|xx|xoxo)[.,!]?[ \t]{1,2}(?P<name>\p{Ll}[\p{Ll}\p{M}'\u2019-]+)[ \t.!]*(?=\n|\Z)"
)
"""A chat's closing in lower case and a first name at a message's end (German ``lg tobi``, liebe
Grüße; Dutch ``groetjes sanne``; Portuguese ``bjs ana``)."""


def _lower_sign_offs(text: str, pattern: regex.Pattern[str] = _LOWER_DASH_SIGN_OFF) -> list[Span]:
    """PERSON spans of :data:`_LOWER_DASH_SIGN_OFF` (or ``pattern``) whose name is a known first
    name and no English word."""
    return [
        Span(m.start("name"), m.end("name"), "PERSON", SCORE_SIGNATURE, "names")
        for m in pattern.finditer(text)
        if _lower_given(m.group("name")) and not english_word(m.group("name"))
    ]


_THANKS_LINE = regex.compile(
    r"(?i)(?:^|\n)[ \t]*(?:thanks|thank you|thx|ty|cheers|best|regards|best regards|kind regards|warm regards"
    r"|many thanks|love|xo|xoxo|ta)[ \t]*[!,.]*[ \t]*\n[ \t]*$"
)
"""A line that thanks or closes a message, right before a sign-off line."""


def _after_thanks(text: str, at: int) -> bool:
    """The line before the one at ``at`` thanks or closes (``Thanks!``, ``Cheers,``)."""
    return _THANKS_LINE.search(text, max(0, at - 40), at) is not None


_INITIAL_WORD = regex.compile(r"\p{Lu}\.?")


def _sign_offs(text: str, pattern: regex.Pattern[str] = _SIGN_OFF) -> list[Span]:
    """PERSON spans of sign-off lines (:data:`_SIGN_OFF`) whose first word is a known first name
    that is no technology word (and whose second, if any, is a known name). An ordinary word
    (``Laura``, ``Will``, a doctest's ``True``) signs off only in a quoted message or after a
    signature's dashes (``> Laura``, ``-- Will``); a name no list knows, after a dash and a
    line of thanks (``Thanks!`` / ``- Bao``)."""
    out: list[Span] = []
    for match in pattern.finditer(text):
        words = [w for w in match.group("name").split() if not _INITIAL_WORD.fullmatch(w)]
        first = words[0]
        marked = any(c in text[match.start() : match.start("name")] for c in ">-\u2014")
        if first not in first_names() and len(words) == 1 and marked and _after_thanks(text, match.start()):
            if not ordinary(first) and first not in TECH_WORDS and not gazetteer().is_place(first):
                out.append(Span(match.start("name"), match.end("name"), "PERSON", SCORE_SIGNATURE, "names"))
            continue  # "Thanks!" / "- Bao": a name no list knows, signed after a thank-you
        if first not in first_names() or first in TECH_WORDS or first.lower() in CALENDAR_WORDS:
            continue
        if ordinary(first) and (not marked or pattern is _LONG_DASH_SIGN_OFF):
            continue
        if len(words) == 2 and not known_name(words[1]):
            continue
        out.append(Span(match.start("name"), match.end("name"), "PERSON", SCORE_SIGNATURE, "names"))
    return out


_SELF_NAMED = regex.compile(
    rf"(?<![\p{{L}}])(?i:ik|i|je|ich|io|yo|eu|ja),[ ](?P<name>{_NAME_WORD}(?:[ ](?:(?:{NAME_PARTICLES})[ ])*{_NAME_WORD}){{1,3}}),"
    r"[ ](?i:geboren|born|n[ée]e?|nat[oa]|nacid[oa]|nascid[oa]|urodzon[ya])(?![\p{L}])"
)
"""A writer's full name between commas after ``I`` and before ``born`` (Dutch ``heb ik, Ravindre
Ramsaran, geboren op``, French ``je, Marie Dupont, née le``)."""


def _self_named(text: str) -> list[Span]:
    """PERSON spans of :data:`_SELF_NAMED`: the names a writer gives between commas before their birth."""
    return [
        Span(m.start("name"), m.end("name"), "PERSON", SCORE_TITLE, "names")
        for m in _SELF_NAMED.finditer(text)
        if not touches_code(text, m.start("name"), m.end("name"))
    ]


_ROLE_LABEL = regex.compile(
    rf"(?<![\p{{L}}])(?P<role>\p{{L}}+):[ \t]{{1,2}}(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD})?)[ \t]*(?=\n|\Z)"
)
"""A role's label and a name ending a line or a text: the agent who signs a call's notes
(``Operatore: Luca``, ``Agent: Priya Nair``)."""


def _role_sign_offs(text: str) -> list[Span]:
    """PERSON spans of :data:`_ROLE_LABEL` whose label is a role (:data:`ROLE_WORDS`) and whose name
    opens with a known first name that is no English word and no place, or with any known first
    name before a known family name (``Agent: Will`` stays: a word)."""
    out = []
    for m in _ROLE_LABEL.finditer(text):
        if m.group("role").lower() not in ROLE_WORDS:
            continue
        words = m.group("name").split()
        first = words[0]
        if first not in first_names() or first in TECH_WORDS or gazetteer().is_place(first):
            continue
        if (len(words) == 1 and not english_word(first)) or (len(words) == 2 and known_name(words[1])):
            out.append(Span(m.start("name"), m.end("name"), "PERSON", SCORE_ROLE, "names"))
    return out


_HONORIFIC = regex.compile(
    r"(?<![\p{L}\p{M}'\-])(?P<name>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?)-(?:san|sama|kun|chan|sensei|senpai|ssi|nim)"
    r"(?![\p{L}\p{M}\-])"
)
"""A name before a Japanese or Korean honorific (``Tanaka-san``, ``Kim-ssi``)."""
_HONORIFICS = ("-san", "-sama", "-kun", "-chan", "-sensei", "-senpai", "-ssi", "-nim")
"""What :data:`_HONORIFIC` is searched for only in texts that hold (its search tries every position)."""


def find_names(text: str, tokens: list[Token] | None = None) -> list[Span]:
    """PERSON spans of the title, greeting, signature and known-name rules (may overlap each other);
    ``tokens``: the words of ``text`` when the caller has them."""
    tokens = word_tokens(text) if tokens is None else tokens
    out: list[Span] = []
    index = {t[0]: k for k, t in enumerate(tokens)}
    given = first_names()

    def emit(k: int, n: int, score: float) -> None:
        start, end = tokens[k][0], tokens[k + n - 1][1]
        if text[end - 2 : end] in _POSSESSIVE_ENDS:
            end -= 2  # "sasha's place": the name without its possessive
        if not touches_code(text, start, end):
            out.append(Span(start, end, "PERSON", score, "names"))

    for k, token in enumerate(tokens):
        word = token[2]
        if _title_at(text, token) and k + 1 < len(tokens):
            gap = text[token[1] : tokens[k + 1][0]]
            if (
                gap.strip(". \t") == ""
                and len(gap) <= 3
                and _title_at(text, tokens[k + 1])
                and tokens[k + 1][2] not in given
            ):
                continue  # "Herrn Dr. Lukas Hoffmann": the last title opens the name
            if gap.strip(". \t") == "" and len(gap) <= 3:
                # "el señor Presidente": after a title in lower case, a word that is no name is none
                n = _name_run(
                    text, tokens, k + 1, first_may_be_ordinary=word not in _LOWER_WORD_TITLES, particle_first=True
                )
                if word in _LOWER_WORD_TITLES:
                    # "la signora Rossi di Pestarena": a particle after the name says where she is
                    # from ("la señora de la Cruz": particles before it are the name's)
                    lead = next((j for j in range(n) if tokens[k + 1 + j][2] not in PARTICLES), n)
                    n = next((j for j in range(lead, n) if tokens[k + 1 + j][2] in PARTICLES), n)
                if (
                    n == 1
                    and k + 2 < len(tokens)
                    and _initial(text, tokens[k + 1])
                    and text[tokens[k + 1][1] : tokens[k + 2][0]] == ". "
                    and capitalised(tokens[k + 2][2])
                ):
                    n = 2  # "Mrs E. Abernethy": an initial and the family name after the title
                if n:
                    emit(k + 1, n, SCORE_TITLE)
                    continue
        if (
            (word in SALUTATIONS or _good_morning(tokens, k))
            and k + 1 < len(tokens)
            and _line_start(text, tokens[k - 1][0] if word not in SALUTATIONS else token[0])
            and adjacent(text, token, tokens[k + 1])
            and not _title_at(text, tokens[k + 1])
        ):
            foreign = (
                not english_word(tokens[k + 1][2])
                and tokens[k + 1][2].lower() not in _GROUPS_GREETED
                and text.startswith(",", tokens[k + 1][1])
            )
            n = _name_run(text, tokens, k + 1, first_may_be_ordinary=foreign)  # "Ciao Benedetta," (an Italian word too)
            if n:
                emit(k + 1, n, SCORE_GREETING)
                continue
        if k and capitalised(word) and _MAIDEN_BEFORE.search(text, max(0, token[0] - 12), token[0]) is not None:
            n = _name_run(text, tokens, k, first_may_be_ordinary=True)
            if n:
                emit(k, n, SCORE_TITLE)  # "Gertrud Müller geb. Schäfer", "Assunta De Santis ved. Colombo"
                continue
        if (
            k
            and word[:1].isupper()
            and (
                tokens[k - 1][2].lower() in _BEFORE_NAME
                or (tokens[k - 1][2] == "to" and _greeting_to(text, tokens, k))
                or _asked_for(text, tokens, k)
                or _met(text, tokens, k)
            )
            and adjacent(text, tokens[k - 1], token)
        ):
            n = _name_run(text, tokens, k)
            named = [t[2] for t in tokens[k : k + n] if t[2] not in PARTICLES]
            if (
                (n >= 2 or (n and _owned_tie(text, tokens, k)))
                and not any(ordinary(w) and not known_name(w) for w in named)
            ) or (
                n == 1
                and known_name(word)
                and (
                    not ordinary(word)
                    or _back_after(text, tokens, k)
                    or (word in given and tokens[k - 1][2].lower() in _TIES and not _title_case_after(text, tokens, k))
                    or (
                        word in given
                        and not english_word(word)
                        and not gazetteer().is_place(word)
                        and not _title_case_after(text, tokens, k)
                    )  # "spoke with Violeta": a first name that is a word of another language only
                    or (
                        word in given and _asked_for(text, tokens, k) and not gazetteer().is_place(word)
                    )  # "Spoke with John this morning", "ask for Grace": the object of a verb of speaking
                    or (
                        word in given
                        and tokens[k - 1][2] == "to"
                        and _greeting_to(text, tokens, k)
                        and _FOR_ME.match(text, token[1]) is not None
                    )
                    or (
                        word in given
                        and tokens[k - 1][2].lower() in CONTACT_VERBS
                        and not gazetteer().is_place(word)
                        and _clause_goes_on(text, tokens, k)
                    )  # "Call Maria at 5", "text Grace tomorrow": a first name that is a word too
                )
            ):
                emit(k, n, SCORE_ROLE)
                continue
            tied = _tied_unknown(text, tokens, k)
            if tied:
                emit(k, tied, SCORE_ROLE)
                continue
            if n == 1 and not ordinary(word) and _asked_for(text, tokens, k) and _clause_goes_on(text, tokens, k):
                emit(k, n, SCORE_ROLE)  # "ask for Sanjay at the front desk": no name list needs to know him
                continue
        mention = _mention_end(text, tokens, k) if k == 0 or text[token[0] - 1] == "@" else 0
        if mention:
            out.append(Span(token[0], mention, "PERSON", SCORE_ROLE, "names"))  # "@Mariana can you take it?"
            continue
        owner = _possessive_name(text, tokens, k) if word[-1:] == "s" else 0
        if owner:
            out.append(Span(token[0], owner, "PERSON", SCORE_FIRST_NAME, "names"))  # "Per Siddharth's request"
            continue
        if word[:1].isupper() and (
            _apposed(text, tokens, k) or _from_team(text, tokens, k) or _heading_for(text, tokens, k)
        ):
            emit(k, 1, SCORE_ROLE)  # "my ex, Dontrell, keeps", "Bob from accounting"
            continue
        if _bracketed_after_role(text, tokens, k):
            emit(k, 1, SCORE_ROLE)  # "spoke w/ tenant in 4B (rashida) re: leak"
            continue
        if (
            k
            and word[:1].isupper()
            and (_introduced(text, tokens, k) or _here_after_greeting(text, tokens, k) or _cheered(text, tokens, k))
        ):
            n = _name_run(text, tokens, k, first_may_be_ordinary=True)
            emit(k, n or 1, SCORE_ROLE)  # "Hi, it's Jenny from Bloom Dental", "this is Jenny Wu"
            continue
        if word[-1:] == "s" and _family_plural(text, tokens, k):
            emit(k, 1, SCORE_ROLE)  # "from the Hendersons": a family
            continue
        if _middle_initial_at(text, tokens, k):
            emit(k, 3, SCORE_INITIAL)
            continue
        if _initial_at(text, tokens, k):
            emit(k, 2, SCORE_INITIAL)
            continue
        if _irish_initial_at(text, tokens, k):
            emit(k, 3, SCORE_INITIAL)  # "A. Ó Briain"
            continue
        lower = _lower_name_at(text, tokens, k)
        if lower:
            emit(k, lower, SCORE_LOWER_NAME)
            continue
        titled = _lower_titled_at(text, tokens, k)
        if titled:
            emit(k + 1, titled, SCORE_LOWER_NAME)
            continue
        if word in given and (
            _vocative_at(text, tokens, k) or _subject_at(text, tokens, k) or _acting(text, tokens, k)
        ):
            emit(k, 1, SCORE_FIRST_NAME)
            continue
        if ((capitalised(word) and not ordinary(word)) or known_name(word)) and word not in _ARTICLES:
            n = _name_run(text, tokens, k)
            if n >= 2:
                words = [t[2] for t in tokens[k : k + n] if t[2] not in PARTICLES]
                known = sum(1 for w in words if known_name(w))
                if (
                    all(ordinary(w) for w in words)
                    and not _particled(text, tokens, k, n, words)
                    and not _foreign_pair(words)
                ):
                    continue  # Yoga Mat, Will Power: ordinary words that lists also hold as names
                if technical_use(text, token[0], tokens[k + n - 1][1]):
                    continue  # "the Monte Carlo estimate", "a Nash equilibrium": a method named after one
                if _middle_initial_at(text, tokens, k + n - 1):
                    n += 2  # "Jose Rizalino B. Macaraeg": two given names, an initial, the family name
                if known >= 2:
                    emit(k, n, SCORE_KNOWN_NAMES)
                elif word in first_names() and (
                    not ordinary(word)
                    or (
                        n == 2
                        and word not in _TOWN_HEADS
                        and not ordinary(words[1])
                        and words[1] not in TECH_WORDS
                        and not gazetteer().is_place(words[1])
                    )
                ):
                    emit(
                        k, n, SCORE_FIRST_NAME
                    )  # "Albert Nkemelu": a first name that is a word, a family name no list holds
    if ", " in text or " and " in text:
        out.extend(_first_name_lists(text, tokens))  # "volunteers: Priyanka, Dmitri, Fatou and Jonah"
    if "'" in text or '"' in text or "\u2018" in text or "\u201c" in text:
        out.extend(nicknamed_names(text))  # "Oluwaseun 'Seun' Adebayo"
    if "@" in text:
        out.extend(name_handles(text))  # "cc @emily-chen on the ticket"
    if "Ma. " in text:
        out.extend(_maria_abbreviated(text))  # "Hi Ma. Cristina Dela Cruz"
    if "." in text:
        out.extend(filename_names(text))  # "resume_Karthik_Subramanian_2024.pdf"
    if " and " in text or " n " in text or " & " in text:
        out.extend(_names_with_me(text))  # "me and Tunde will come"
    out.extend(_interjected_names(text))  # "lol ok Hiro"
    out.extend(honoured_names(text))  # "send the documents to sharma uncle"
    if ", " in text:
        out.extend(_self_named(text))  # "Op 12 januari heb ik, Ravindre Ramsaran, geboren op ..."
    if ":" in text:
        out.extend(_role_sign_offs(text))  # "Aperto reclamo. Operatore: Luca"
    if "by " in text and "." in text:
        for match in _BY_INITIALS.finditer(text):  # "reviewed by J.R. Okoye", "written by A. B. Smithson"
            family = match.group("family")
            if (
                not ordinary(family)
                and family not in TECH_WORDS
                and not platform_name(family)
                and not gazetteer().is_place(family)
                and not touches_code(text, match.start("name"), match.end())
            ):
                out.append(Span(match.start("name"), match.end(), "PERSON", SCORE_TITLE, "names"))
    if "-" in text and any(suffix in text for suffix in _HONORIFICS):
        for match in _HONORIFIC.finditer(text):  # "Tanaka-san will join"
            last = match.group("name").split()[-1]
            if (known_name(last) or not ordinary(last)) and not touches_code(text, match.start(), match.end()):
                out.append(Span(match.start("name"), match.end("name"), "PERSON", SCORE_TITLE, "names"))
    if "\n" in text:
        out.extend(_sign_offs(text))
    if "- " in text or "\u2014" in text or "\u2013" in text:
        out.extend(_sign_offs(text, _DASH_SIGN_OFF))
    if "\u2014" in text or "\u2013" in text:
        out.extend(_sign_offs(text, _LONG_DASH_SIGN_OFF))
    if "- " in text or "\u2014" in text or "\u2013" in text:
        out.extend(_lower_sign_offs(text))
    out.extend(_lower_sign_offs(text, _LOWER_CLOSING_SIGN_OFF))  # "ruf mich an wenn was is. lg tobi"
    for match in _CLOSING.finditer(text):
        same = match.group("same")
        if same.strip():
            at = match.start("same")
        else:
            nxt = regex.compile(r"\n[ \t]*\n?[ \t]*(?=\S)").match(text, match.end())
            if nxt is None:
                continue
            at = nxt.end()
        k = index.get(at)
        if k is None:
            continue
        n = _name_run(text, tokens, k)
        if (
            not n
            and k + 1 < len(tokens)
            and _initial(text, tokens[k])
            and text[tokens[k][1] : tokens[k + 1][0]] == ". "
        ):
            family = _name_run(text, tokens, k + 1)  # "Hoogachtend,\nR. Ramsaran": an initial, then the family name
            n = family + 1 if family else 0
        end = tokens[k + n - 1][1] if n else at
        rest = text[end : text.find("\n", end) if "\n" in text[end:] else len(text)].strip()
        if n and (not rest or rest[0] in _AFTER_NAME):
            emit(k, n, SCORE_SIGNATURE)
    return out


_TOWN_HEADS = frozenset(
    {
        "Saint",
        "Sainte",
        "San",
        "Santa",
        "Santo",
        "Sankt",
        "Port",
        "Fort",
        "Mount",
        "Lake",
        "New",
        "Bad",
        "Little",
        "Great",
    }
)
"""First words of towns' names that are first names too (``Saint Virginie-sur-Mer``, ``Port Macquarie``)."""

_LIST_JOINS = frozenset({", ", " and ", ", and ", " & ", " or ", " und ", " y ", " et ", " e "})
_JOIN_WORDS = frozenset({"and", "or", "und", "y", "et", "e"})
SCORE_NAME_LIST = 0.85


def _first_name_lists(text: str, tokens: list[Token]) -> list[Span]:
    """PERSON spans of a list of single first names (``Priyanka, Dmitri, Fatou, Jonah and
    Mei-Ling``, ``Yusuf and Saanvi``), which NER reads as places one by one: of three or more
    items, two known first names that are no English word and every item a known first name or
    no ordinary word; of two, both such names; no item a place that is no name too (``Paris,
    London and Berlin``), a technology, or followed by another capitalised word (``Anna Lee``),
    and no list of languages (``available in English, French and German``)."""
    out: list[Span] = []
    run: list[int] = []

    def close() -> None:
        items = [tokens[j] for j in run]
        if _names_list(text, items):
            out.extend(Span(t[0], t[1], "PERSON", SCORE_NAME_LIST, "names") for t in items)
        run.clear()

    for k, token in enumerate(tokens):
        if run and token[2] in _JOIN_WORDS and text[tokens[run[-1]][1] : token[0]] in (" ", ", "):
            continue  # the "and" of "Yusuf and Saanvi": the join is read with the next item
        single = capitalised(token[2]) and (
            k + 1 >= len(tokens) or not (adjacent(text, token, tokens[k + 1]) and capitalised(tokens[k + 1][2]))
        )
        joined = bool(run) and text[tokens[run[-1]][1] : token[0]] in _LIST_JOINS
        before_ok = not run and (k == 0 or not (adjacent(text, tokens[k - 1], token) and capitalised(tokens[k - 1][2])))
        if single and (joined or before_ok):
            if not joined and run:
                close()
            run.append(k)
        elif run:
            close()
            if single and before_ok:
                run.append(k)
    if run:
        close()
    return out


def _names_list(text: str, items: list[Token]) -> bool:
    """The single capitalised words ``items`` of a list are first names (see :func:`_first_name_lists`)."""
    # a first name that is a word of another language only counts ("Mariana and Guido will present")
    known = sum(1 for t in items if t[2] in first_names() and not english_word(t[2]))
    if not ((len(items) >= 3 and known >= 2) or (len(items) == 2 and known == 2)):
        return False
    return all(
        (t[2] in first_names() or not ordinary(t[2]))
        and t[2] not in TECH_WORDS
        and not platform_name(t[2])
        and not _unambiguous_place(t[2])
        and not touches_code(text, t[0], t[1])
        for t in items
    ) and not names_a_language(text, items[0][0], items[0][1])  # "in English, French and German"


def _unambiguous_place(word: str) -> bool:
    place = gazetteer().lookup(word)
    return place is not None and not place.ambiguous


_CHANGED_TO = word_set(
    "upgrade upgraded upgrading upgrades downgrade downgraded downgrading switch switched switching"
    " migrate migrated migrating convert converted converting rename renamed renaming"
)
"""Verbs before ``to`` that lead to a plan, a format or a name, no place (``Upgrade to Enterprise``)."""


def _context_before(text: str, tokens: list[Token], k: int, through_the: bool = False) -> bool:
    """A place word right before ``tokens[k]``, or (``through_the``) before ``the`` right before it
    (``in the UK``)."""
    if through_the and k >= 2 and tokens[k - 1][2] == "the" and adjacent(text, tokens[k - 1], tokens[k]):
        k -= 1
    if k == 0 or tokens[k - 1][2].lower() not in PLACE_CONTEXT or not adjacent(text, tokens[k - 1], tokens[k]):
        return False
    return not (k >= 2 and tokens[k - 1][2].lower() == "to" and tokens[k - 2][2].lower() in _CHANGED_TO)


def _place_after(text: str, tokens: list[Token], k: int) -> bool:
    """``<name>, <known place or state code>``: ``Reading, PA``, ``Nice, France`` (the whole name:
    ``Green, Blue`` is no place because ``Blue Mountains`` is one)."""
    if k + 1 >= len(tokens) or text[tokens[k][1] : tokens[k + 1][0]].strip() != ",":
        return False
    word = tokens[k + 1][2]
    if len(word) == 2 and word.isupper():
        return True
    hit = _place_at(text, tokens, k + 1)
    return hit is not None and not hit[0].ambiguous


def _place_at(text: str, tokens: list[Token], k: int, lower_case: bool = False) -> tuple[Place, int] | None:
    """The longest gazetteer place whose words are the tokens from ``k`` (and how many), or None;
    ``lower_case``: a place written all in lower case, not an ambiguous one (``reading``)."""
    word = tokens[k][2]
    if lower_case:
        candidates = [p for p in gazetteer().candidates(word) if not p.ambiguous] if word.islower() else ()
    else:
        candidates = gazetteer().candidates(word) if capitalised(word) or word in ("USA", "UK", "UAE", "U.S.A") else ()
    for place in candidates:
        n = len(place.words)
        if k + n > len(tokens):
            continue
        run = tokens[k : k + n]
        if all((t[2] if lower_case else t[2].lower()) == w for t, w in zip(run, place.words, strict=True)) and all(
            adjacent(text, a, b) for a, b in pairwise(run)
        ):
            return place, n
    return None


_HOME = regex.compile(
    r"(?<![\p{L}'])(?:(?:live|lives|living|lived|reside|resides|residing|based|born|located|stay|stays|staying"
    r"|work|works|working|worked|study|studies|studying|studied|raised|up|hospital|office|school|college"
    r"|university|clinic|branch|store|shop|church|flat|house|home|apartment)[ \t]+in"
    r"|(?:move|moved|moving|relocated|relocating|back|flying|fly|heading|driving)[ \t]+to"
    r"|(?:i'?m|i[ \t]+am|we'?re|we[ \t]+are)[ \t]+(?:in|from)"
    r"|(?:come|comes|coming|originally)[ \t]+from)[ \t]{1,2}$",
    regex.IGNORECASE,
)
"""Where someone lives, works, comes from or moved to: a place's name may follow in lower case
(``i live in el paso texas``, ``we moved to cape town``, ``she works at st mary's hospital in leeds``)."""
_HOME_BACK = _ending_at(_HOME)
_HOME_WORD = regex.compile(r"(?<![\p{L}'])(?:in|to|from)[ \t]", regex.IGNORECASE)


def _lower_place_at(text: str, tokens: list[Token], k: int, after_place: bool) -> tuple[Place, int] | None:
    """A gazetteer place written in lower case from ``tokens[k]``, where a home phrase comes right
    before it or a place just ended (``el paso texas``): not an ambiguous one (``reading``)."""
    if not after_place and _HOME_BACK.match(text, max(0, tokens[k][0] - 24), tokens[k][0]) is None:
        return None
    return _place_at(text, tokens, k, lower_case=True)


def _landform_name(text: str, tokens: list[Token], k: int) -> int:
    """How many capitalised words after the landform word ``tokens[k]`` name it (0: none)."""
    gap = text[tokens[k][1] : tokens[k + 1][0]]
    if gap not in (" ", ". "):
        return 0
    n = _name_run(text, tokens, k + 1, first_may_be_ordinary=True)
    words = [t[2] for t in tokens[k + 1 : k + 1 + n] if t[2] not in PARTICLES]
    if not words or all(ordinary(w) and not gazetteer().candidates(w) for w in words):
        return 0  # Mount Pleasant Road is an address's business; "Lake House" is no place name
    return min(n, 3)


_ARTICLES = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Our", "Their"})
"""Words that open a noun phrase, which the name lists hold too (``The`` is a surname there): a
name that starts with one is a thing's (``The Nile flows north``)."""
_YEARS_CLOSE = regex.compile(r"\((?:19|20)\d\d[ \t]?[-\u2013\u2014]")
"""A bracketed year range opens: what a CV's experience line ends with."""
_AMOUNT_CLOSE = regex.compile(r"\d[.,]\d\d(?:[ ]?\S{1,3})?[ \t]*$", regex.MULTILINE)
"""A line closes with an amount: what a bank statement's line ends with."""
_LONE_LETTER = regex.compile(r"[ ](?!I\b)\p{Lu}(?![\p{L}\p{M}\d.'\u2019-])")
"""A capital letter alone after a word (``Annex A``, ``Schedule C``)."""
_NAMED_FOR_PLACE = regex.compile(
    r"[ ](?:Times|Post|Herald|Tribune|Gazette|Chronicle|Journal|Examiner|Courier|Telegraph|Observer|Globe"
    r"|Daily[ ]News|Business[ ]Journal|Review[ ]of[ ]Books"
    r"|Peace[ ]Process|Stock[ ]Exchange|Fashion[ ]Week|Motor[ ]Show|Film[ ]Festival"
    rf"|{'|'.join(sorted(w.capitalize() for w in EVENT_WORDS))})(?![\p{{L}}\p{{M}}\d])"
)
"""A newspaper's title, a treaty, an event or an orchestra named after a town (``The New York
Times``, ``the Paris Agreement``, ``Berlin Marathon``, ``Stockholm syndrome`` capitalised): no
one's place."""


_PRODUCT_AFTER = regex.compile(r"(?:[ ]\p{Lu}[\p{L}]*){0,2}")


def _word_end(text: str, end: int) -> int:
    """Where the capitalised words right after ``end`` stop (``Google`` -> ``Google Drive``)."""
    m = _PRODUCT_AFTER.match(text, end)
    return m.end() if m is not None else end


_TURKISH_CASE = regex.compile(
    r"['\u2019](?:[dt][ae]n?|[dt][ae]ki|[yn]?[ae]|[yn]?[\u0131iu\u00fc]|n?[\u0131iu\u00fc]n|y?l[ae]|l[\u0131iu\u00fc])$"
)
"""A Turkish case ending written after a proper name's apostrophe (``İzmir'de``, ``Ankara'dan``,
``Bursa'ya``, ``İstanbul'un``)."""


def _opens_sentence_before_lower(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` opens a line, a sentence or a clause (:data:`_CLAUSE_OPEN`) and a
    lower-case word follows it."""
    return (
        _SUBJECT_AFTER.match(text, end) is not None and _CLAUSE_OPEN.search(text, max(0, start - 32), start) is not None
    )


def find_places(text: str, taken: Sequence[Span] = (), tokens: list[Token] | None = None) -> list[Span]:
    """LOCATION spans of gazetteer places (longest name first), clear of ``taken``."""
    tokens = word_tokens(text) if tokens is None else tokens
    out: list[Span] = []
    clear_of = Coverage((s.start, s.end) for s in taken)  # a bisect per place, not a scan of what was taken
    k = 0
    after_place = False  # a place in lower case just ended: "el paso texas"
    technical: bool | None = None  # technical_text(text), read on the first place that needs it
    while k < len(tokens):
        start, _end, word = tokens[k]
        if word in LANDFORMS and k + 1 < len(tokens):
            n = _landform_name(text, tokens, k)
            end = tokens[k + n][1] if n else start
            if (
                n
                and not touches_code(text, start, end)
                and not clear_of.overlaps(start, end)
                and not technical_use(text, start, end)  # "the Monte Carlo estimate": a method
            ):
                out.append(Span(start, end, "LOCATION", SCORE_PLACE, "names"))
                k += n + 1
                continue
        hit = _place_at(text, tokens, k)
        if hit is None and ("'" in word or "\u2019" in word):
            base = _TURKISH_CASE.sub("", word)
            end = start + len(base)
            if (
                base != word
                and capitalised(base)
                and any(not p.ambiguous and len(p.words) == 1 for p in gazetteer().candidates(base))
                and not touches_code(text, start, tokens[k][1])
                and not clear_of.overlaps(start, end)
            ):
                out.append(Span(start, end, "LOCATION", SCORE_PLACE, "names"))  # "İzmir'de" (in Izmir)
                k += 1
                continue
        if hit is None:
            lower = _lower_place_at(text, tokens, k, after_place) if word[:1].islower() else None
            after_place = False
            if lower is not None:
                place, n = lower
                end = tokens[k + n - 1][1]
                if not touches_code(text, start, end) and not clear_of.overlaps(start, end):
                    out.append(
                        Span(start, end, "LOCATION", SCORE_COUNTRY if place.kind == "country" else SCORE_PLACE, "names")
                    )
                    after_place = k + n < len(tokens) and text[end : tokens[k + n][0]] in (" ", ", ")
                k += n
                continue
            k += 1
            continue
        after_place = False
        place, n = hit
        end = tokens[k + n - 1][1]
        span_ok = not touches_code(text, start, end) and not clear_of.overlaps(start, end)
        if span_ok and is_false_entity(text[start:end], None, ignore_ordinary=True):
            span_ok = False  # "NaN": an identifier that spells a place (Nan, Thailand)
        if span_ok and _LONE_LETTER.match(text, end):
            span_ok = False  # "in Annex A", "Appendix B": a document's part, no place
        if span_ok and names_a_make(text, start, end):
            span_ok = False  # "a 2015 Toyota Corolla": a car's make
        if span_ok and _NAMED_FOR_PLACE.match(text, end):
            span_ok = False  # "The New York Times", "the Paris Agreement": a newspaper, a treaty
        if span_ok and in_language_list(text, start, end):
            span_ok = False  # "Catalan, Esperanto, Kazakh": a list of languages
        if span_ok and technical_use(text, start, end):
            span_ok = False  # "Jinja is a fast template engine": a library that spells a place
        if span_ok and "," in text and in_term_list(text, start, end, gazetteer().is_place):
            span_ok = False  # "HLS: Hue, Luminance, Saturation": a list of terms that spells a place
        if span_ok and place.ambiguous and platform_name(text[start : _word_end(text, end)]):
            span_ok = False  # "uploaded to Google Drive": a service that spells a place
        if (
            span_ok
            and not place.ambiguous
            and n == 1
            and place.kind != "country"
            and ordinary(word)
            and not known_name(word)
        ):
            if technical is None:
                technical = technical_text(text)
            if technical:
                # "MON-ARM-D  Dual monitor arm": in a log, a table or a ticket a word that spells a
                # town needs a place's context too
                span_ok = _context_before(text, tokens, k, through_the=True) or _place_after(text, tokens, k)
        if (
            span_ok
            and not place.ambiguous
            and n == 1
            and ordinary(word)
            and _opens_sentence_before_lower(text, start, end)
        ):
            # "Hang the card on the door", "Para más información": a word of a sentence's opening
            # that spells a town needs a place's context as an ambiguous one does
            span_ok = _context_before(text, tokens, k, through_the=True) or _place_after(text, tokens, k)
        if (
            span_ok
            and n == 1
            and place.kind != "country"
            and DESCRIBED_BEFORE.search(text, max(0, start - 30), start) is not None
        ):
            span_ok = False  # "Der letzte Zug verlässt": a noun after an article and an adjective
        if span_ok and place.ambiguous:
            # a month or weekday that names a town too ("in March") needs a place after it
            month_like = text[start:end].lower() in CALENDAR_WORDS
            # "in the UK"; not "in the Lincoln Room": a capitalised word after the place names something else
            named = (
                k + n < len(tokens)
                and adjacent(text, tokens[k + n - 1], tokens[k + n])
                and capitalised(tokens[k + n][2])
            )
            span_ok = (not month_like and _context_before(text, tokens, k, through_the=not named)) or _place_after(
                text, tokens, k + n - 1
            )
        if span_ok:
            if place.kind == "country":
                score = SCORE_COUNTRY
            else:
                score = SCORE_AMBIGUOUS_PLACE if place.ambiguous else SCORE_PLACE
            out.append(Span(start, end, "LOCATION", score, "names"))
        k += n
    return out


_PARTICLES_BEFORE = regex.compile(
    r"(?:(?P<first>\p{Lu}[\p{Ll}\p{M}'\u2019-]+)|(?P<title>\p{Lu}[\p{L}]{0,5}\.))[ \t]"
    rf"(?P<particles>(?:(?:{NAME_PARTICLES})[ \t]){{1,3}})$"
)


_FAMILY = r"(?P<family>\p{Lu}[\p{Ll}\p{M}'\u2019]+(?:-\p{Lu}[\p{Ll}\p{M}'\u2019]+)?)(?![\p{L}\p{M}])"
"""A family name's word (``Vasseur``, ``Kowalczyk-Nowak``)."""
_PARTICLES_AFTER = regex.compile(rf"[ \t](?:(?:{NAME_PARTICLES}|le|la)[ \t]){{1,3}}{_FAMILY}")


_LOWER_WORD_TITLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:" + "|".join(sorted(_LOWER_WORD_TITLES)) + r")[ ]$")


def _with_particles_after(text: str, span: Span) -> Span:
    if _LOWER_WORD_TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is not None:
        return span  # "la signora Rossi di Pestarena": where she is from (the title's run stopped there)
    end = particles_after(text, span.end)
    return span if end == span.end else Span(span.start, end, span.type, span.score, span.detector)


def particles_after(text: str, end: int) -> int:
    """Where a person's name that ends at ``end`` really ends: with particles and a family name
    after it (``Margot du Vasseur``, ``Carminho da Ferreira``) when that name is a known family
    name or no ordinary word (``Anna de Luxe``: no name), else ``end``."""
    m = _PARTICLES_AFTER.match(text, end)
    if m is None:
        return end
    family = m.group("family")
    if family in last_names() or not ordinary(family):
        return m.end()
    return end


_FAMILY_AFTER = regex.compile(rf"[ ]{_FAMILY}(?!\d)")


def family_after(text: str, end: int) -> int:
    """Where a person's name that NER ended at ``end`` really ends: with a known family name right
    after it that is no ordinary word (``Müşteri Ayşe`` then ``Demir``: NER left the family name out),
    else ``end``."""
    m = _FAMILY_AFTER.match(text, end)
    return m.end() if m is not None and _known_family(m.group("family")) else end


def particles_before(text: str, start: int) -> int:
    """Where a family name that starts at ``start`` really starts: with the particles before it
    when a given name or a title precedes them (``Francisca do Jesus``, ``Dr. da Mota``, ``Amber van
    Kuijc``; the given name too when it is a known one, the title not), else ``start``. A
    particle after an ordinary word is a preposition (``la casa de Mota``)."""
    m = _PARTICLES_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return start
    first = m.group("first")
    if first is not None:
        if first not in first_names():
            return start
        return m.start("first")
    return m.start("particles") if m.group("title")[:-1] in TITLES else start


def _with_parties(text: str, found: list[Span], parties: list[Span]) -> list[Span]:
    """``found`` with the statement lines' counterparties: a party replaces the spans it overlaps
    (``CARD PAYMENT REINDL AG`` read by the capitals rule) unless the spans inside it already cover
    all its letters (``HUDSON-GRANT LTD`` and its town ``SPRINGFIELD``)."""
    for party in parties:
        inside = [f for f in found if party.start <= f.start and f.end <= party.end]
        taken = {i for f in inside for i in range(f.start, f.end)}
        if all(i in taken for i in range(party.start, party.end) if text[i].isalnum()):
            continue
        found = [f for f in found if f.end <= party.start or party.end <= f.start] + [party]
    return found


def _lower_home(text: str) -> bool:
    """A text in lower case says where someone lives, comes from or moved to (see :data:`_HOME`)."""
    return any(_HOME.search(text, max(0, m.end() - 24), m.end()) for m in _HOME_WORD.finditer(text))


_JOINED_AFTER = regex.compile(
    r"[ ](?P<join>and|y|e|et|und|i|och|og|en|&|con|mit|avec|com)[ ](\p{Lu}[\p{Ll}\p{M}'\u2019-]+)(?![\p{L}\p{M}\d])"
)
_FOREIGN_JOINS = word_set("y e et und i och og con mit avec com")
"""Words of other languages that join two people (``Jonas und Lea``, ``Giovanna con Stefano``):
after one, a first name that is an English word too (``Lea``) is the second person."""
_JOINED_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}\d])(\p{Lu}[\p{Ll}\p{M}'\u2019-]+)[ ](?:and|y|e|et|und|i|och|og|en|&)[ ]$"
)


_LIST_TAIL = regex.compile(r",[ ](\p{Lu}[\p{Ll}\p{M}'\u2019-]+)(?=[ \t]*(?:[\n.;)]|\Z))")
"""The last item of a list, a single capitalised word ending its line or sentence (``, Phuong``)."""


def _list_tail(text: str, people: Sequence[Span], k: int) -> regex.Match[str] | None:
    """The single word closing a list after ``people[k]``, a person, when a person or an organization
    NER read (a name it misread) opens the list with a comma (``Tita Luz, Kuya Ramon, Phuong``): a known first name that is no English word,
    or a capitalised word that is no ordinary word, place or technology."""
    if people[k].type != "PERSON" or text[people[k - 1].end : people[k].start] != ", ":
        return None
    m = _LIST_TAIL.match(text, people[k].end)
    if m is None:
        return None
    word = m.group(1)
    if word in first_names() and not english_word(word):
        return m
    named = not ordinary(word) and word not in TECH_WORDS and not platform_name(word)
    return m if named and not gazetteer().is_place(word) else None


def joined_first_names(text: str, people: Sequence[Span], detector: str = "names") -> list[Span]:
    """A known first name joined by ``and`` (``y``, ``et``, ``und``...) to a person found
    (``Lucía y Mateo llegan``, ``Mateo and Lucía Ortega``): the second person of the pair; and
    the single name that closes a list of people found (:func:`_list_tail`)."""
    out: list[Span] = []
    listed = sorted((p for p in people if p.type in ("PERSON", "ORGANIZATION")), key=lambda p: p.start)
    for k in range(1, len(listed)):
        tail = _list_tail(text, listed, k)
        if tail is not None and not touches_code(text, tail.start(1), tail.end(1)):
            out.append(Span(tail.start(1), tail.end(1), "PERSON", SCORE_FIRST_NAME, detector))
    for person in people:
        if person.type != "PERSON" or not any(known_name(w) for w in KEY_WORD.findall(text, person.start, person.end)):
            continue  # a person no name list knows a word of may be a tool's name ("Lex and Yacc")
        after = _JOINED_AFTER.match(text, person.end)
        before = _JOINED_BEFORE.search(text, max(0, person.start - 40), person.start)
        for m in (after, before):
            if m is None:
                continue
            group = m.lastindex or 1  # the name: after the join word
            word = m.group(group)
            foreign_join = m.re is _JOINED_AFTER and m.group("join") in _FOREIGN_JOINS
            if (
                word in first_names()
                and (foreign_join or word.lower() not in english_words())  # Valentina: another language's word only
                and not (ordinary(word) and gazetteer().is_place(word))
                and not touches_code(text, m.start(group), m.end(group))
            ):
                out.append(Span(m.start(group), m.end(group), "PERSON", SCORE_FIRST_NAME, detector))
    return out


_INVERTED_AFTER = regex.compile(r",[ ](\p{Lu}[\p{Ll}\p{M}'\u2019-]+)(?![\p{L}\p{M}\d])(?![ ]\p{Lu})")
_INVERTED_BEFORE = regex.compile(
    r"(?:^|(?<=[\n(;:\t])|(?<=[ ](?P<slot>to|for|by|with|from|add|cc)[ ]))"
    r"(?P<family>\p{Lu}(?:[\p{Ll}\p{M}'\u2019-]+|[\p{Lu}\p{M}'\u2019-]+)),[ ]$"
)


_EMAIL_DISPLAY = regex.compile(
    r"@[\w-]+(?:\.[\w-]+)+[ ]\((?P<name>\p{Lu}[\p{L}\p{M}'\u2019.&-]*"
    r"(?:[ ](?:&[ ]|(?:de|van|von|der|da|di|du|la|le)[ ])?\p{Lu}[\p{L}\p{M}'\u2019.&-]*){0,4})\)"
)
"""An e-mail address's ``@`` and domain followed by the name it is shown with in brackets, the old
header's way (``billing@northwind-traders.com (Northwind Traders)``, ``jdoe@example.org (Jane Doe)``)."""


def email_display_names(text: str) -> list[Span]:
    """The names shown in brackets after e-mail addresses (:data:`_EMAIL_DISPLAY`): a person's when
    it opens with a known first name, else an organization's; not a technology, a service or
    words that are all ordinary ones (``(Support Team)``, ``(GitHub)``)."""
    out: list[Span] = []
    at = text.find("@")
    while at >= 0:
        m = _EMAIL_DISPLAY.match(text, at)  # from each "@": the address's domain, then the bracket
        at = text.find("@", at + 1)
        if m is None or not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._+-'")):
            continue
        name = m.group("name")
        words = [w for w in name.split() if w != "&"]
        if all(ordinary(w) for w in words) or all(w in TECH_WORDS or platform_name(w) for w in words):
            continue
        person = words[0] in first_names() and not any(w in _COMPANY_WORDS for w in words)
        out.append(Span(m.start("name"), m.end("name"), "PERSON" if person else "ORGANIZATION", SCORE_ROLE, "names"))
    return out


_COMPANY_WORDS = word_set("Inc Ltd LLC GmbH AG SA SAS SRL BV NV AB AS Oy Corp Co Group Traders Industries Holdings")
"""Legal forms and words of companies' names that make a name shown after an e-mail address a company's."""


_NICKNAMED = regex.compile(
    r"(?<![\p{L}\p{M}'\u2019])(?P<first>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)[ ]"
    r"(?:'\p{Lu}[\p{Ll}\p{M}]+'|\"\p{Lu}[\p{Ll}\p{M}]+\"|\u2018\p{Lu}[\p{Ll}\p{M}]+\u2019|\u201c\p{Lu}[\p{Ll}\p{M}]+\u201d)"
    r"[ ](?P<last>\p{Lu}[\p{Ll}\p{M}'\u2019-]+)(?![\p{L}\p{M}\d])"
)
"""A first name, a nickname in quotes and a family name (``Oluwaseun 'Seun' Adebayo``, ``Rodrigo
"Digoy" Macaraeg``)."""


_HANDLE = regex.compile(
    r"(?<![\w@.])@(?P<handle>[A-Za-z][a-z]+(?:[._-][A-Za-z][a-z]+){1,2}|[A-Za-z][a-z]{2,}[._-][a-z])(?![\w@/(-]|\.\w)"
)
"""A chat's mention of a user by a handle of two or three words joined by ``.``, ``_`` or ``-``,
or a word and an initial (``@jonas.becker``, ``@emily-chen``, ``@li.na.chen``, ``@aigerim_b``)."""


def name_handles(text: str) -> list[Span]:
    """PERSON spans of handles (:data:`_HANDLE`) that spell a name: a known first name and a known
    family name, or a known first name that is no English word and an initial; not a decorator's
    or a package's (``@app.route``, ``@types/node``)."""
    return [
        Span(m.start("handle"), m.end("handle"), "PERSON", SCORE_ROLE, "names")
        for m in _HANDLE.finditer(text)
        if _spells_name(m.group("handle"))
    ]


def _spells_name(handle: str) -> bool:
    """A handle's words are a known first name and a known family name, or a known first name that
    is no English word and an initial; none is a technology's or a platform's name."""
    parts = regex.split(r"[._-]", handle)
    first, last = parts[0].capitalize(), parts[-1].capitalize()
    if first not in first_names() or any(p.capitalize() in TECH_WORDS or platform_name(p) for p in parts):
        return False
    if len(last) == 1:
        return not english_word(first)  # "@test_b", "@will_x"
    return last in last_names()


_KOREAN_FAMILIES = (
    "Kim|Lee|Yi|Park|Pak|Choi|Choe|Jung|Jeong|Chung|Kang|Cho|Jo|Yoon|Yun|Jang|Chang|Lim|Im|Han|Oh|Seo|Suh|Shin"
    "|Sin|Kwon|Hwang|Ahn|An|Song|Yoo|Yu|Hong|Jeon|Jun|Ko|Go|Moon|Mun|Yang|Son|Bae|Baek|Paik|Heo|Huh|Nam|Noh"
    "|Roh|Ha|Kwak|Sung|Seong|Cha|Joo|Ju|Woo|Min|Ryu|Na|Jin|Um|Eom|Chae|Won|Cheon|Bang|Gong|Hyun|Ham|Byun|Yeom"
)
_KOREAN_SYLLABLE = r"(?:[bcdghjkmnprstwy]{0,3}[aeiouy]{1,3}(?:ng|n|m|l|k|p|t|h)?)"
_KOREAN_GIVEN = rf"\p{{Lu}}{_KOREAN_SYLLABLE[3:-1]}-{_KOREAN_SYLLABLE}"
_KOREAN_NAME = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}'-])(?:(?P<given>{_KOREAN_GIVEN})[ ](?:{_KOREAN_FAMILIES})"
    rf"|(?:{_KOREAN_FAMILIES})[ ](?P<after>{_KOREAN_GIVEN}))(?![\p{{L}}\p{{M}}'-])"
)
"""A Korean name romanized: a given name of two syllables joined by a hyphen (``Ji-hoon``,
``Seo-yeon``) before or after one of the common family names (``Ji-hoon Park``, ``Park Ji-hoon``)."""


def korean_names(text: str) -> list[Span]:
    """PERSON spans of romanized Korean names (:data:`_KOREAN_NAME`) whose given name is no word
    (``the Co-op Kim stocks``)."""
    return [
        Span(m.start(), m.end(), "PERSON", SCORE_ROLE, "names")
        for m in _KOREAN_NAME.finditer(text)
        if not ordinary((m.group("given") or m.group("after")).replace("-", ""))
        and not ordinary(m.group("given") or m.group("after"))
        and not touches_code(text, m.start(), m.end())
    ]


_EXTENSIONS = r"\.(?i:pdf|docx?|xlsx?|csv|txt|rtf|odt|pptx?|jpe?g|png|heic|tiff?|zip|eml|msg|pages)(?![\p{L}\p{N}])"
_FILENAME = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}_./\\-])(?P<stem>[\p{{L}}\p{{N}}][\p{{L}}\p{{M}}\p{{N}}_.-]{{2,80}}?){_EXTENSIONS}\Z"
)
r"""A file's name with a document's or a scan's extension (``resume_Karthik_Subramanian_2024.pdf``),
searched up to the end of an extension (``\Z``: the search's end)."""
_EXTENSION = regex.compile(_EXTENSIONS)
"""Where a file's name ends: :data:`_FILENAME` is searched only before one (its own scan would
try every letter of the text)."""
_LONGEST_STEM = 82
_FILENAME_PART = regex.compile(r"[\p{L}\p{M}]+")


def filename_names(text: str) -> list[Span]:
    """PERSON spans of a person's name spelt in a file's name (:data:`_FILENAME`), its words
    joined by ``_``, ``-`` or ``.``: a known first name that is no English word and, next to it
    (before or after), a known family name or a capitalised word that is no ordinary one
    (``Passport_Scan_maria_gonzalez.pdf``, ``Subramanian-Karthik-CV.docx``); no technology's,
    service's or place's name (``Release_Notes.pdf``, ``Victoria_Station_map.pdf``)."""
    out = []
    for ext in _EXTENSION.finditer(text):
        m = _FILENAME.search(text, max(0, ext.start() - _LONGEST_STEM), ext.end())
        if m is None:
            continue
        parts = list(_FILENAME_PART.finditer(m.group("stem")))
        base = m.start("stem")
        for a, b in pairwise(parts):
            if m.group("stem")[a.end() : b.start()] not in ("_", "-", "."):
                continue
            words = (a.group(), b.group())
            if any(_thing_name(w.capitalize()) for w in words):
                continue
            if any(_filename_pair(first, other) for first, other in (words, words[::-1])):
                out.append(Span(base + a.start(), base + b.end(), "PERSON", SCORE_ROLE, "names"))
                break
    return out


def _filename_pair(first: str, other: str) -> bool:
    """``first`` is a known first name; ``other`` a known family name, or a capitalised word that no
    word list holds. One of them is no English word (``maria_gonzalez``, not ``grace-hopper``)."""
    if first.capitalize() not in first_names() or len(other) < 2:
        return False
    if other.capitalize() in last_names() and not english_word(other):
        return True
    return not english_word(first) and (
        other.capitalize() in last_names() or (other[0].isupper() and not ordinary(other))
    )


_MA_NAME = regex.compile(
    r"(?<![\p{L}\p{M}.])Ma\.[ ](?P<first>\p{Lu}[\p{Ll}\p{M}]+)"
    r"(?:[ ](?:(?:Dela|Delos|De[ ]La|De[ ]Los|De|Del|Sta\.|San|Santa)[ ])?\p{Lu}[\p{Ll}\p{M}]+){0,3}"
)
"""``Ma.`` for María before a given name, as the Philippines write it (``Ma. Cristina Dela Cruz``,
``Ma. Theresa Santos``), and the names after it."""


def _maria_abbreviated(text: str) -> list[Span]:
    """PERSON spans of :data:`_MA_NAME` whose given name after ``Ma.`` is a known first name."""
    return [
        Span(m.start(), m.end(), "PERSON", SCORE_TITLE, "names")
        for m in _MA_NAME.finditer(text)
        if m.group("first") in first_names() and not touches_code(text, m.start(), m.end())
    ]


def _thing_name(word: str) -> bool:
    """``word`` names a technology, a service or a place: no one's name."""
    return word in TECH_WORDS or platform_name(word) or gazetteer().is_place(word)


_WITH_ME = regex.compile(
    r"(?<![\p{L}])(?i:me|you|him|her|us)[ ](?:and|&|n)[ ](?P<name>\p{Lu}[\p{Ll}\p{M}'\u2019-]+)(?![\p{L}\p{M}])"
    r"(?![ ]\p{Lu})"
)
"""A one-word name joined to a pronoun (``me and Tunde will come``, ``you n Priya``)."""


def _names_with_me(text: str) -> list[Span]:
    """PERSON spans of :data:`_WITH_ME` whose name is no ordinary word, technology or place."""
    return [
        Span(m.start("name"), m.end("name"), "PERSON", SCORE_ROLE, "names")
        for m in _WITH_ME.finditer(text)
        if not ordinary(m.group("name")) and not _thing_name(m.group("name"))
    ]


_INTERJECTED = regex.compile(
    r"(?<![\p{L}])(?i:ok|okay|thanks|thx|ty|hi|hey|hiya|yo|uy|bye|night|sure|yes|yeah|yep|sorry|congrats|cheers"
    r"|lol|haha)[ ,]+(?P<name>\p{Lu}[\p{Ll}\p{M}'\u2019-]+)(?=[ ]*(?:[,.!?\n]|$))"
)
"""A first name after a chat's interjection, ending its clause (``lol ok Hiro``, ``uy Marites,``)."""


def _interjected_names(text: str) -> list[Span]:
    """PERSON spans of :data:`_INTERJECTED` whose name is a known first name and no ordinary word,
    technology or place (``ok Google`` stays)."""
    return [
        Span(m.start("name"), m.end("name"), "PERSON", SCORE_ROLE, "names")
        for m in _INTERJECTED.finditer(text)
        if m.group("name") in first_names()
        and not ordinary(m.group("name"))
        and not _thing_name(m.group("name"))
        and not touches_code(text, m.start("name"), m.end("name"))
    ]


_FAMILY_HONORIFIC = re.compile(
    r" (?:uncle|aunty|auntie|ji|didi|bhaiya|bhai|bhabhi|dada|dadi|nana|nani|chacha|chachi|mama|mami)(?![a-z])"
)
"""An Indian family's honorific after a name, in the lower-cased text (a literal blank first: a fast scan)."""
_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'\u2019@.#/])\p{L}[\p{Ll}\p{M}]+\Z")
"""The word that ends where the search ends: the name before an honorific."""


def honoured_names(text: str) -> list[Span]:
    """PERSON spans of a name before an Indian family's honorific (:data:`_FAMILY_HONORIFIC`), in
    any case (``sharma uncle``, ``Neha didi``, ``raju bhaiya``): a name the name lists hold and no
    English word, technology or place spells (``the bhai`` or ``your uncle`` name no one)."""
    out: list[Span] = []
    lower = text.lower()
    if len(lower) != len(text):
        return out  # lower-casing moved offsets ("İ"): no honorific's position is the text's
    for honorific in _FAMILY_HONORIFIC.finditer(lower):
        end = honorific.start()
        m = _NAME_BEFORE.search(text, max(0, end - 40), end)
        if m is None:
            continue
        name = m.group()
        listed = name.capitalize()
        if (
            (listed in first_names() or listed in last_names())
            and not english_word(name)
            and not _thing_name(listed)
            and not touches_code(text, m.start(), m.end())
        ):
            out.append(Span(m.start(), m.end(), "PERSON", SCORE_ROLE, "names"))
    return out


def nicknamed_names(text: str) -> list[Span]:
    """PERSON spans of names with a quoted nickname (:data:`_NICKNAMED`): a known first name, and a
    family name that is no ordinary word, place or technology, or a known family name
    (``Thomas 'Tom' Hardy``; not ``the "Smart" Setting`` nor ``Release "Alpha" Build``)."""
    out = []
    for m in _NICKNAMED.finditer(text):
        last = m.group("last")
        if (
            m.group("first") in first_names()
            and (last in last_names() or not ordinary(last))
            and not _thing_name(last)
            and not touches_code(text, m.start(), m.end())
        ):
            out.append(Span(m.start(), m.end(), "PERSON", SCORE_TITLE, "names"))
    return out


def inverted_names(text: str, people: Sequence[Span], detector: str = "names") -> list[Span]:
    """The other half of a name written family name first, then a comma and the given name
    (``Vītoliņa, Edvīns``, ``Please add Pērkons, Zane``): a known first name after a one-word
    person found, or, before a one-word person that is a known first name, a family name that
    opens its line or clause (or follows ``to``, ``for``, ``by``...) and is no ordinary word (but
    a known family name after ``to``, ``for``...: ``add Smith, Anna``), place or technology."""
    out: list[Span] = []
    for person in people:
        if person.type != "PERSON":
            continue
        given = text[person.start : person.end].split()
        if len(given) > 1:
            if len(given) > 3 or given[0] not in first_names():
                continue
            before = _INVERTED_BEFORE.search(text, max(0, person.start - 40), person.start)
            if before is not None and before.group("family").isupper():  # "GUTIÉRREZ, Rosa María": a notice's
                family = before.group("family")
                if family.title() in last_names() and not touches_code(text, before.start(), person.start):
                    out.append(Span(before.start("family"), before.end("family"), "PERSON", SCORE_FIRST_NAME, detector))
            continue
        after = _INVERTED_AFTER.match(text, person.end)
        if after is not None and after.group(1) in first_names() and not ordinary(after.group(1)):
            out.append(Span(after.start(1), after.end(1), "PERSON", SCORE_FIRST_NAME, detector))
        before = _INVERTED_BEFORE.search(text, max(0, person.start - 40), person.start)
        if before is None or text[person.start : person.end] not in first_names():
            continue
        family = before.group("family")
        if family.isupper():
            family = family.title()  # "MAGUIRE, Bridget": a family name in capitals, as notices and rolls write it
            if family not in last_names():
                continue
        if (
            (not ordinary(family) or (before.group("slot") is not None and family in last_names()))
            and family not in TECH_WORDS
            and not platform_name(family)
            and not gazetteer().is_place(family)
            and family not in SALUTATIONS
            and not touches_code(text, before.start("family"), before.end("family"))
        ):
            out.append(Span(before.start("family"), before.end("family"), "PERSON", SCORE_FIRST_NAME, detector))
    return out


def _clear(found: list[Span], coverage: Coverage | None) -> list[Span]:
    """The spans of ``found`` that overlap nothing an earlier stage covered."""
    return found if coverage is None else [s for s in found if not coverage.overlaps(s.start, s.end)]


_CHAT_SPEAKER = regex.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{0,20}\d:\d\d[^\]\n]{0,10}\]|\d{1,2}:\d\d(?::\d\d)?(?:[ ]?[AaPp][Mm])?)[ \t]+<?"
    r"(?:(?P<name>\p{Lu}[\p{Ll}\p{M}'\-]{1,30}(?:[ ]\p{Lu}[\p{Ll}\p{M}'\-]{1,30}|[ ]\p{Lu}\.)?)"
    r"|(?P<handle>[a-z]{2,20}[._][a-z]{2,30}))>?:[ ]"
)
"""A chat log's line: a time, then the speaker's name or user name and a colon (``[10:43] Priya:
yeah``, ``10:44 PM <Sam Okafor>: ok``, ``[18:02] Sylvie B.: qqn a vu``, ``[09:12] kenji.watanabe:
morning``)."""


def chat_speakers(text: str) -> list[Span]:
    """PERSON spans of the speakers of a chat log's lines (:data:`_CHAT_SPEAKER`): a known first
    name that is no English word, or a known name that is no ordinary word, and no technology
    (``[10:42] Server:``, ``Bot:`` stay)."""
    out = []
    for m in _CHAT_SPEAKER.finditer(text):
        if m.group("handle"):
            first, _, last = m.group("handle").replace("_", ".").partition(".")
            if _spells_name(m.group("handle")) or (
                first.capitalize() in first_names() and not english_word(first) and not ordinary(last)
            ):
                out.append(Span(m.start("handle"), m.end("handle"), "PERSON", SCORE_SIGNATURE, "names"))
            continue
        first = m.group("name").split()[0]
        if first in TECH_WORDS or platform_name(first):
            continue
        if (first in first_names() and not english_word(first)) or (not ordinary(first) and known_name(first)):
            out.append(Span(m.start("name"), m.end("name"), "PERSON", SCORE_SIGNATURE, "names"))
    return out


_TRANSCRIPT_LINE = regex.compile(
    r"(?m)^[ \t]*(?P<name>\p{Lu}[\p{Ll}\p{M}'\-]{1,30}(?:[ ]\p{Lu}[\p{Ll}\p{M}'\-]{1,30})?):[ ]+\S"
)
"""A transcript's line without a time: a speaker's name, a colon and what they said (``Zoe: hi``)."""


def transcript_speakers(text: str) -> list[Span]:
    """PERSON spans of the speakers of a transcript without times (:data:`_TRANSCRIPT_LINE`), when
    two speakers or more take turns over three lines or more: a known name that is no ordinary word of
    any language (``Status:``, ``Agent:``, a German mail header's ``Von:`` stay)."""
    lines = list(_TRANSCRIPT_LINE.finditer(text))
    if len(lines) < 3 or len({m.group("name") for m in lines}) < 2:
        return []
    out = []
    for m in lines:
        first = m.group("name").split()[0]
        if first in TECH_WORDS or platform_name(first) or ordinary(first):
            continue  # "Von:", "Para:", "Betreff:": a mail header's keys, words of some language
        if known_name(first):
            out.append(Span(m.start("name"), m.end("name"), "PERSON", SCORE_SIGNATURE, "names"))
    return out


def _inside_word(text: str, span: Span) -> bool:
    """``span`` starts or ends inside an ASCII word or number (``Jinja2``: the town Jinja is no part of it)."""
    before = text[span.start - 1] if span.start else " "
    after = text[span.end] if span.end < len(text) else " "
    return (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum())


class NameRulesDetector(Detector):
    """PERSON, ORGANIZATION and LOCATION from rules and gazetteers (see the module docstring)."""

    name = "names"
    stage = STAGE_NER
    entity_types = frozenset({"PERSON", "LOCATION", "ORGANIZATION"})

    def warm_up(self) -> None:
        gazetteer()
        first_names()
        last_names()

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: Budget) -> list[list[Span]]:
        out: list[list[Span]] = []
        for i, text in enumerate(texts):
            budget.check(self.name)
            cover = covered[i] if i < len(covered) else ()
            # Han, kana, Hangul and Arabic have no case: their names are read before the early exit
            scripts = [] if text.isascii() else find_other_script_names(text) + find_names_in_latin_lines(text)
            if (
                not any(c.isupper() for c in text)
                and _INTRO_WORD.search(text) is None
                and _LOWER_TITLE_WORD.search(text) is None
                and _TIE_WORD.search(text) is None
                and not _lower_home(text)
                and (" to " not in text or _SHIPPED.search(text) is None)
                and (("- " not in text and "\u2014" not in text) or _LOWER_DASH_SIGN_OFF.search(text) is None)
                and _LOWER_CLOSING_SIGN_OFF.search(text) is None
            ):
                if "@" in text:
                    scripts += name_handles(text)  # "tho @jonas.becker wrote most of it"
                if ":" in text:
                    scripts += chat_speakers(text)  # "[09:12] kenji.watanabe: morning all"
                scripts += honoured_names(text)  # "send the documents to sharma uncle"
                # "lol wojtek you absolute legend", "via roma 18 a bergamo"
                scripts += lower_chat_names(text)
                scripts += towns_after_address(text, [c for c in cover if c.type == "STREET_ADDRESS"])
                coverage = coverage_of(cover, budget.memo) if cover and scripts else None
                out.append(_clear(scripts, coverage))
                continue
            tokens = word_tokens(text)
            coverage = coverage_of(cover, budget.memo) if cover else None
            people = _clear(find_names(text, tokens), coverage)
            if scripts:
                people += _clear(scripts, coverage)
            if " d" in text or " v" in text or " l" in text or " t" in text:  # "Margot du Vasseur"
                people = [_with_particles_after(text, p) for p in people]
            if _UPPER_RUN.search(text) is not None:
                people += _clear(find_upper_names(text), coverage)
            if ":" in text and ("\n" in text or _CHAT_SPEAKER.match(text) is not None):  # "[10:43] Priya: yeah"
                speakers = chat_speakers(text) if "\n" not in text or _CHAT_SPEAKER.search(text) else []
                if "\n" in text and not speakers:
                    speakers = transcript_speakers(text)  # "Zoe: hi" / "Sam: hey" / "Zoe: ok"
                people += _clear([c for c in speakers if not any(c.overlaps(p) for p in people)], coverage)
            if ":" in text and "\n" in text:  # "[19:04] Dazza: nah", "MS. ABERNATHY: Loretta Abernathy"
                talk = conversation_speakers(text)
                people += _clear([c for c in talk if not any(c.overlaps(p) for p in people)], coverage)
            # "ill get kofi to drive me": a first name in a chat's message in lower case
            people += _clear([n for n in lower_chat_names(text) if not any(n.overlaps(p) for p in people)], coverage)
            if "," in text or "\t" in text:  # "1001,Babatunde,Fashola,babatunde.f@gmail.com"
                people += _clear([r for r in row_names(text) if not any(r.overlaps(p) for p in people)], coverage)
            if "-" in text:  # "Ji-hoon Park"
                people += _clear([n for n in korean_names(text) if not any(n.overlaps(p) for p in people)], coverage)
            if "/" in text:
                travellers = _clear(find_travel_names(text), coverage)
                people = [p for p in people if not any(p.overlaps(t) for t in travellers)] + travellers
            # "known to everyone as Nell", "pani Haliny", "Minutes: J. Albright": names the words around show
            words = {t[2] for t in tokens}
            people += _clear([c for c in cue_people(text, words) if not any(c.overlaps(p) for p in people)], coverage)
            orgs = _clear(find_orgs(text), coverage)
            if "tt" in text or "Hd" in text or "/A" in text:  # "Gough-Taylor\nAttn: Customer Relations"
                orgs += _clear(attn_orgs(text), coverage)
            # "all of us at Barthelemy", "works for NFI", "this is Ana Costa with Sarkuysan", "a startup
            # called Quillpad" (each pattern runs only where its words are)
            orgs += _clear(team_orgs(text), coverage)
            if "-" in text:
                orgs += _clear(
                    [f for f in double_barrelled_firms(text, tokens) if not any(f.overlaps(p) for p in people)],
                    coverage,
                )
            if "(" in text or "\uff08" in text:  # "Zhang Wei (张伟)": the name in its own script
                people += _clear([n for n in (native_name(text, p.end) for p in people) if n is not None], coverage)
            if "(" in text:  # "quarterly review with Kelly Lee (Grant-Moody)"
                bracketed = [bracket_org(text, p.end) for p in people if bracket_town(text, p.end) is None]
                orgs += _clear([o for o in bracketed if o is not None], coverage)
                if "@" in text:  # "billing@northwind-traders.com (Northwind Traders)"
                    for shown in _clear(email_display_names(text), coverage):
                        (people if shown.type == "PERSON" else orgs).append(shown)
            places = find_places(text, [*cover, *people, *orgs], tokens)
            # A town may overlap a gazetteer place: the stage joins the two ("Rocchetta Di Fabriano").
            streets = [c for c in cover if c.type == "STREET_ADDRESS"]
            towns = find_towns(text, orgs, [*cover, *people, *orgs], tokens, streets)
            if "\u00b7" in text or "|" in text or "\u2022" in text:
                towns += contact_line_towns(text, [*cover, *orgs])
            towns += _clear(cue_places(text, words), coverage)  # "on Delancey Road", "in the Sugar House neighbourhood"
            if streets:  # "bergstr. 7 in kassel"
                towns += _clear(towns_after_address(text, streets), coverage)
            # "Villagers in Little Brackwell", "on Mill Road in Ballyconneely", "im Birkenweg", "of larch lane"
            towns += _clear(
                [t for t in placed_towns(text, words) if not any(t.overlaps(p) for p in people + orgs)], coverage
            )
            if _YEARS_CLOSE.search(text) is not None:  # "Senior Analyst, Hudson-Grant, Ritaborough (2019-2023)"
                towns += _clear(experience_lines(text), coverage)
            if '"' in text or "'" in text or "\u201c" in text or "\u2018" in text or " (" in text:
                # 'Jim "Wee Jim" Dunsmore', 'Julius Chukwuemeka "J.R."', "Ifeoma Okafor-Bello (Tunde) of"
                nicks = quoted_nicknames(text)
                nicks += nicknames_after(text, [*people, *nicks, *(c for c in cover if c.type == "PERSON")])
                people += _clear(
                    [n for n in nicks if not any(n.start >= p.start and n.end <= p.end for p in people)], coverage
                )
            # "H. MacAulay (4th)", "- Bronwyn T, verified buyer"
            short = short_names(text)
            people += _clear(
                [n for n in short if not any(n.start >= p.start and n.end <= p.end for p in people)], coverage
            )
            if ", " in text:  # "Il nipote, Gianmarco, parla", "the new baby boy, Chiemerie!"
                apposed = apposed_names(text)
                people += _clear([a for a in apposed if not any(a.overlaps(p) for p in people)], coverage)
            if " " in text:
                joined = joined_first_names(text, people) + (inverted_names(text, people) if ", " in text else [])
                people += _clear([j for j in joined if not any(j.overlaps(p) for p in people)], coverage)
            found = [
                f
                for f in people + orgs + [with_town_affixes(text, t) for t in places + towns]
                if not _inside_word(text, f)
                and text[f.start : f.end].lower() not in FOREIGN_FUNCTION_WORDS
                and not in_timezone(text, f.start)
                and not names_a_thing(text, f.start, f.end, f.type)  # "Frame: White Oak", "Red Lentil Soup"
            ]
            if _AMOUNT_CLOSE.search(text) is not None:  # "04/03 CARD PAYMENT CASTANEDA GROUP LAKE GEORGE  -35.90"
                found = _with_parties(text, found, _clear(statement_parties(text), coverage))
            out.append(found)
        return out
