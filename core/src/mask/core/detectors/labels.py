"""Which entity type a field name or label names: the vocabulary and its matching.

A key is normalized into words (``billingPhoneNo`` -> ``billing phone no``; accents, case,
snake/camel/kebab case, dots and spaces all fold) and matched against the phrases of
:data:`~.label_words.LABELS`: a field name is a label when its last words are a phrase
(``phone``, ``postal code``), optionally followed by a suffix (``_no``, ``_number``) and
preceded only by modifiers (``billing_``, ``home_``) or other label words
(``customer_phone``). ``file_name`` and ``product_name`` name things, not people, and
``username`` a login (``USERNAME``); ``id``, ``type`` and ``status`` name nothing.

In running text (``Key: value`` lines) a label may follow any words (``Please call my
phone: ...``), but not a word that says it names a thing (``File name: ...``).

The caches that outlive a call keep only keys and labels made of vocabulary words: a key in
running text or a JSON key can be a value (``Anna: see you``, ``{"Anna Weber": {...}}``), and no
text of one call stays in memory after it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from ..config import MaskConfig
from ..walk import FieldPath
from .label_words import (
    ANY_CASE_LABELS,
    CUSTOM_FIELD_PREFIXES,
    FIELD_ONLY,
    GENERIC_KEYS,
    LABELS,
    LIST_LABELS,
    MODIFIERS,
    NOT_LABELS,
    ON_RECORD,
    OWNERS,
    PERSON_STOP_WORDS,
    PREPOSITIONS,
    PROGRAMME_KEYS,
    STOP_VALUES,
    SUFFIXES,
    TEXT_ONLY,
    THING_KEYS,
    THING_NAME_QUALIFIERS,
    TYPE_KEYS,
    WITH_WORDS,
)
from .shared import UNSPACED_LETTERS

__all__ = ["FieldPath", "LabelVocabulary", "key_words"]

_CAMEL = regex.compile(
    r"(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})"
)
_SEPARATORS = regex.compile(r"[^\p{L}\p{N}]+")
_ASCII_CAMEL = re.compile(
    r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])"
)
_ASCII_SEPARATORS = re.compile(r"[^a-z0-9]+")
_MAX_KEY = 64
_MAX_WORDS = 8
_CACHE_SIZE = 4096
_FIRST_WORD = regex.compile(r"[\p{L}\p{N}]+")
_WORDED = regex.compile(r"[\p{L}\p{N}.]+(?:[ ][\p{L}\p{N}.]+)+")
"""A name written in words apart by one blank (``Patient ID``), not a system's key (``patient_id``)."""


_UNSPACED_WORD = regex.compile(rf"[{UNSPACED_LETTERS}]{{3,}}")


def unspaced_ending(word: str, known: Container[str]) -> str | None:
    """The longest proper ending, two letters at least, of a ``word`` written in a script without
    blanks between words that ``known`` holds (``姓名`` of ``客户姓名``, customer name; ``지사`` of
    nothing), or None: such a script writes a field name glued to the words before it."""
    if len(word) < 3 or _UNSPACED_WORD.fullmatch(word) is None:
        return None
    for i in range(1, len(word) - 1):
        if word[i:] in known:
            return word[i:]
    return None


def glued_words(word: str, known: Container[str]) -> tuple[str, ...] | None:
    """A lower-case ASCII field name written as one word read as the fewest ``known`` words, two
    to four of two letters or more (``mobilephone`` -> ``mobile phone``, ``dateofbirth`` -> ``date of
    birth``: CRM exports write them so), or None."""
    size = len(word)
    best: list[tuple[str, ...] | None] = [None] * (size + 1)
    best[0] = ()
    for end in range(2, size + 1):
        for start in range(max(0, end - 20), end - 1):
            before = best[start]
            if before is None or len(before) >= 4 or word[start:end] not in known:
                continue
            found = (*before, word[start:end])
            current = best[end]
            if current is None or len(found) < len(current):
                best[end] = found
    result = best[size]
    return result if result is not None and len(result) >= 2 else None


def key_words(key: str) -> tuple[str, ...]:
    """The words of a field name or label: case, accents and separators folded.

    ``"billingPhoneNo."`` -> ``("billing", "phone", "no")``; ``"Teléfono"`` -> ``("telefono",)``;
    ``"address_line1"`` -> ``("address", "line", "1")``. Long keys give ``()``. Keys made of
    vocabulary words are memoized; a plain ASCII word needs no memo.
    """
    if not key or len(key) > _MAX_KEY:
        return ()
    if key.isascii() and key.isalpha():  # one word, in one case or capitalized: no split
        if key.islower():
            return (key,)
        if key.isupper() or key[1:].islower():
            return (key.lower(),)
    words = _KEY_WORDS.get(key)
    if words is None:
        words = _split_key(key)
        if words and _KNOWN_WORDS.issuperset(words):
            if len(_KEY_WORDS) >= _CACHE_SIZE:
                _KEY_WORDS.clear()
            _KEY_WORDS[key] = words
    return words


_UNDECOMPOSED = str.maketrans({"\u00f8": "o", "\u00e6": "ae", "\u0142": "l", "\u0111": "d", "\u0131": "i"})
"""Letters that carry their mark in one code point, which NFKD leaves whole: Norwegian and Danish
``ø`` and ``æ`` (``Fødselsnummer`` is the vocabulary's ``fodselsnummer``), Polish ``ł``, Vietnamese ``đ``,
Turkish dotless ``\u0131`` (``Numaras\u0131`` is the vocabulary's ``numarasi``, as people write it
without the Turkish keyboard)."""


def _split_key(key: str) -> tuple[str, ...]:
    if key.isascii():  # the same classes in ASCII, with the stdlib engine (no accent to fold)
        words = tuple(w for w in _ASCII_SEPARATORS.split(_ASCII_CAMEL.sub(" ", key).lower()) if w)
    else:
        spaced = _CAMEL.sub(" ", key)
        folded = unicodedata.normalize("NFKD", spaced.casefold())
        plain = "".join(ch for ch in folded if not unicodedata.combining(ch)).translate(_UNDECOMPOSED)
        words = tuple(w for w in _SEPARATORS.split(plain) if w)
    return words if len(words) <= _MAX_WORDS else ()


NAME_KEYS = frozenset({("name",), ("display", "name")})
"""Keys that name a person as often as a thing (``{"name": "Calculator"}``): their siblings decide."""
GENERIC_NAME_KEYS = NAME_KEYS | frozenset(
    {("nombre",), ("nom",), ("nome",), ("naam",), ("namn",), ("navn",), ("nimi",)}
)
"""``name`` in the languages of the labels, as a payload's generic key (``{"nombre": "Niebla Hiker
Mid WP", "precio": ...}``): a record's keys or its parent's decide, as for :data:`NAME_KEYS`."""
_CUSTOM_PREFIXES = tuple(sorted((_split_key(p) for p in CUSTOM_FIELD_PREFIXES), key=len, reverse=True))


def field_words(key: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a field name (``key``, whose :func:`key_words` are ``words``) without the mark
    of a custom field a system adds to it (a ``cf_`` or ``custom_`` prefix, Odoo's ``x_``,
    Salesforce's ``__c`` suffix): ``cf_pin_code`` and ``Phone__c`` name what ``pin_code`` and
    ``Phone`` name. A custom ``name`` keeps its mark: ``custom_name`` is a thing's own name."""
    if len(words) > 1 and words[-1] == "c" and key.endswith("__c"):
        words = words[:-1]
    for prefix in _CUSTOM_PREFIXES:
        if len(words) > len(prefix) and words[: len(prefix)] == prefix:
            rest = words[len(prefix) :]
            return words if rest in NAME_KEYS else rest
    return words


def _vocabulary_words(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(w for phrase in phrases for w in _split_key(phrase))


_KNOWN_WORDS = _vocabulary_words(
    [
        *(p for items in LABELS.values() for p in items),
        *(p for items in TEXT_ONLY.values() for p in items),
        *PREPOSITIONS, *FIELD_ONLY, *MODIFIERS, *SUFFIXES, *GENERIC_KEYS, *TYPE_KEYS, *THING_KEYS,
        *OWNERS, *NOT_LABELS, *STOP_VALUES, *PERSON_STOP_WORDS, *CUSTOM_FIELD_PREFIXES,
    ]
)  # fmt: skip
"""The words of the built-in vocabulary: the only words a cache that outlives a call keeps."""
_KEY_WORDS: dict[str, tuple[str, ...]] = {}


_NUMBER_WORDS = frozenset({"n", "no", "nr", "nro", "num", "nbr", "numero", "nummer", "number", "numer"})
"""Words for "number" a field name may open with before an identifier's phrase (``N\u00b0 de passeport``,
``N\u00ba afiliaci\u00f3n Seguridad Social``, Polish ``nrRejestracyjny``): the phrase's number, as after it."""
_COMPOUNDED_NUMBERS = frozenset({"number", "nbr", "nummer"})
"""Words for "number" of languages that write a number's label as a compound (``contract number``,
``Vertragsnummer``): after a noun no phrase holds, they name no number of the phrase ``numero`` opens."""
_SPELLED_NUMBERS = frozenset({"numero", "numer", "numar"})
"""The word for "number" that opens a phrase in the Romance languages and Polish (``numero de cliente``,
``numer umowy``, ``num\u0103r de \u00eenmatriculare``), which forms abbreviate."""
_NUMBER_SHORT_FORMS = (("n",), ("no",), ("nr",), ("nro",), ("num",), ("n", "o"))
"""How a form abbreviates it, as normalized: ``N\u00b0``, ``N\u00ba`` and ``No.``, ``Nr.``, ``Nro.``, ``N\u00fam.``, ``N.\u00ba``."""


def _abbreviated(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The phrase ``words`` with its opening word for "number" abbreviated as forms write it
    (:data:`_NUMBER_SHORT_FORMS`): ``N.\u00ba de cliente`` and ``Nr. umowy`` are the phrases ``numero de
    cliente`` and ``numer umowy``."""
    if len(words) < 2 or words[0] not in _SPELLED_NUMBERS:
        return ()
    return tuple((*short, *words[1:]) for short in _NUMBER_SHORT_FORMS)


_NAMED_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "STREET_ADDRESS", "EMAIL_ADDRESS", "DATE_TIME"})
"""Types a number word before their label does not name (``no_email``, ``no_address``: a flag). A plural
after it is a count (``n_accounts``, ``num_pins``): only a singular phrase counts."""


_DOCUMENT_WORDS = frozenset({"id", "doc", "document", "identification", "identity"})
"""Words before a generic key that leave it generic: the number of an identity document its parent
or a sibling names."""
_DOCUMENT_CODES = {"p": "US_PASSPORT", "pp": "US_PASSPORT", "i": "NATIONAL_ID", "id": "NATIONAL_ID"}
"""ICAO's codes of a travel document's kind, as a passenger list or a check-in API writes its
``doc_type`` (``P``: a passport; ``I``: an identity card)."""

_NUMBER_KEYS = frozenset({"number", "no", "num", "nr", "nbr", "numero", "nummer"})
"""Generic keys that hold a number (not a ``value`` or a ``name``)."""
_PROGRAMME_KEYS = frozenset(key_words(p) for p in PROGRAMME_KEYS)


def _documents(parent: str | None) -> bool:
    """``parent`` is a travel or identity document's key (``travel_document``, ``id_document``,
    ``documents``): its ``type`` and ``number`` are the document's kind and number."""
    words = key_words(parent) if parent else ()
    return bool(words) and _singular(words[-1]) in ("document", "doc")


_ANY_CASE_KEYS = {etype: frozenset(key_words(p) for p in items) for etype, items in ANY_CASE_LABELS.items()}


@dataclass
class LabelVocabulary:
    """Phrases per entity type, as normalized word tuples, and the rules that match them."""

    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    field_only: frozenset[tuple[str, ...]] = frozenset()
    text_only: frozenset[tuple[str, ...]] = frozenset()
    ignored: frozenset[tuple[str, ...]] = frozenset()
    heads: frozenset[str] = frozenset()
    """The last word of every phrase, and the suffixes: a label in text ends with one."""
    firsts: frozenset[str] = frozenset()
    """The first word of every phrase, and the modifiers (see :meth:`may_be_key`)."""
    known: frozenset[str] = _KNOWN_WORDS
    """The built-in vocabulary's words and the configured phrases': what the caches keep."""
    _text_cache: dict[tuple[str, ...], str | None] = field(default_factory=dict, repr=False)
    _key_cache: dict[str, str | None] = field(default_factory=dict, repr=False)
    _glued_cache: dict[str, str | None] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, extra: Mapping[str, Sequence[str]] | None = None, ignore: Iterable[str] = ()) -> LabelVocabulary:
        """The built-in vocabulary plus ``extra`` phrases per type, minus ``ignore``d names."""
        phrases: dict[tuple[str, ...], str] = {}
        tables: list[tuple[str, Sequence[str]]] = [*LABELS.items(), *TEXT_ONLY.items(), *(extra or {}).items()]
        for etype, items in tables:
            for phrase in items:
                words = key_words(phrase)
                if not words:
                    continue
                phrases[words] = etype  # config entries come last: they win
                short = tuple(w for w in words if w not in PREPOSITIONS)
                if len(short) >= 2 and short != words:
                    phrases.setdefault(short, etype)  # "data nascita", "date naissance"
                for form in {words, short}:
                    for abbreviated in _abbreviated(form):
                        phrases.setdefault(abbreviated, etype)  # "N.\u00ba de cliente", "Nr. umowy"
        ignored = frozenset(w for w in (key_words(n) for n in (*NOT_LABELS, *ignore)) if w)
        field_only = frozenset(key_words(p) for p in FIELD_ONLY)
        configured = {key_words(p) for items in (extra or {}).values() for p in items}
        text_only = frozenset(key_words(p) for items in TEXT_ONLY.values() for p in items) - configured
        heads = frozenset({w[-1] for w in phrases} | SUFFIXES | ON_RECORD)
        firsts = frozenset({w[0] for w in phrases} | MODIFIERS | {p[0] for p in _CUSTOM_PREFIXES})
        known = _KNOWN_WORDS | _vocabulary_words(p for items in (extra or {}).values() for p in items)
        return cls(phrases, field_only, text_only, ignored, heads, firsts, known)

    @classmethod
    def from_config(cls, config: MaskConfig) -> LabelVocabulary:
        """The vocabulary with the ``[labels]`` table of ``config``: ``TYPE = [names]`` adds
        field names and labels of a type, ``ignore = [names]`` says which are none."""
        table = config.section("labels")
        extra = {k: v for k, v in table.items() if k != "ignore" and isinstance(v, list)}
        ignore = table.get("ignore", [])
        return cls.build(extra, ignore if isinstance(ignore, list) else ())

    # -- field names ---------------------------------------------------------------------

    def resolve_key(self, key: str | None) -> str | None:
        """The entity type a whole field name names, or None (memoized when made of vocabulary words)."""
        if not key:
            return None
        cache = self._key_cache
        if key in cache:
            return cache[key]
        words = key_words(key)
        found = self._resolve_key(field_words(key, words))
        self._keep(cache, key, words, found)
        return found

    def resolve_column(self, name: str) -> str | None:
        """The type a table's column name (or a report's key before its value) names: as a field
        name; written in words with a blank between them, as a person heads a column, also a label
        only running text trusts (``Patient ID``; not ``patient_id``, a system's key for any id). A
        ``#`` after it reads as number (``Loyalty #``, ``Phone #``), and after a person's label
        names the person's number, as in text (``Member #``, ``Employee #``)."""
        found = self.resolve_key(name)
        numbered = name.rstrip().endswith("#")
        if numbered and found == "PERSON":
            return "PERSONAL_ID"
        words = key_words(name) if found is None else ()
        if not words:
            return found
        if numbered:
            return self.resolve_words((*words, "number"), strict=True)
        if _WORDED.fullmatch(name.strip()) is not None:
            return self.resolve_words(words, strict=True, worded=True)
        return None

    def may_be_key(self, value: str) -> bool:
        """A cheap test: False when ``value`` cannot be a field name of the vocabulary (its
        first word starts no phrase and is no modifier); True says :meth:`resolve_key` may
        tell."""
        if len(value) > _MAX_KEY:
            return False
        m = _FIRST_WORD.search(value)
        if m is None:
            return False
        first = m.group().casefold()
        return first in self.firsts or first.rstrip("s") in self.firsts or not first.isascii()

    def _resolve_key(self, words: tuple[str, ...]) -> str | None:
        found = self.resolve_words(words, strict=True)
        if found is None and words:
            single = (*words[:-1], _singular(words[-1]))
            if single != words:
                found = self.resolve_words(single, strict=True)
        if found is None and len(words) > 1 and words[0] in _NUMBER_WORDS:
            rest = words[2:] if words[:2] == ("n", "o") else words[1:]  # N.\u00ba: the ordinal's o
            while len(rest) > 1 and rest[0] in MODIFIERS:
                rest = rest[1:]
            numbered = self.resolve_words(rest, strict=True)  # not a plural's: n_accounts is a count
            if numbered == "PERSON" and self._person_number(rest, words[: len(words) - len(rest)], ()):
                return "PERSONAL_ID"  # N.\u00ba de cliente, nr_klienta: the person's number
            if numbered is not None and numbered not in _NAMED_TYPES:
                return numbered  # No de passeport, no_passeport: the number of what the rest names
        if found is None and len(words) == 1 and len(words[0]) >= 6 and words[0].isascii() and words[0].isalpha():
            cache = self._glued_cache  # bounded: any key of any payload comes here once
            if words[0] in cache:
                return cache[words[0]]
            glued = glued_words(words[0], self.known)  # mobilephone, dateofbirth, cardholdername
            if glued is not None:
                found = self._resolve_key(glued)
            if len(cache) >= _CACHE_SIZE:
                cache.clear()
            cache[words[0]] = found
        return found

    def resolve_words(
        self, words: tuple[str, ...], *, strict: bool, in_text: bool = False, worded: bool = False
    ) -> str | None:
        """The type named by ``words``.

        ``strict`` (a field name): every word before the phrase is a modifier or a label
        word. Otherwise (a label in text) the words before it are prose, but the one just
        before a person's ``name`` must not name a thing. ``worded``: a field name written
        in words, as a person heads a column (``Patient ID``), which may be a label only
        running text trusts.
        """
        if not words or words in self.ignored:
            return None
        body = _strip_suffixes(words)
        for cut in dict.fromkeys((words, _without_on_record(words), body)):
            for i in range(len(cut)):
                tail = cut[i:]
                etype = self.phrases.get(tail)
                if etype is None:
                    continue
                if (in_text and tail in self.field_only) or (strict and not worded and tail in self.text_only):
                    return None
                lead = cut[:i]
                if any(w in self.ignored for w in (cut[j:] for j in range(i))):
                    return None
                if etype == "PERSON" and self._person_number(tail, lead, words[len(cut) :]):
                    etype = "PERSONAL_ID"  # Kunde Nr., customer_num, No. cliente: the person's number
                if strict:
                    if lead in self.phrases or all(w in MODIFIERS or (w,) in self.phrases or w.isdigit() for w in lead):
                        return etype  # billing_phone, credit_card_security_code
                    continue
                if lead and (lead[-1] in OWNERS or (lead[-1],) in self.ignored):
                    return None
                if lead and tail in NAME_KEYS and lead[-1] in THING_NAME_QUALIFIERS:
                    return None  # "Common name: Fiddle-leaf fig", "Latin name: Ficus lyrata"
                return etype
        ending = unspaced_ending(words[-1], self.heads)
        if ending is not None:  # 客户姓名 (customer name): the label is 姓名
            return self.resolve_words((*words[:-1], ending), strict=strict, in_text=in_text)
        return None

    def _person_number(self, phrase: tuple[str, ...], before: tuple[str, ...], after: tuple[str, ...]) -> bool:
        """A person's label ``phrase`` with a word for "number" ``before`` it (prepositions and the
        ordinal's ``o`` of ``N.\u00ba`` between them) or among the suffixes ``after`` it names that
        person's number, not the person: ``Kunde Nr.``, ``customer_num``, ``N.\u00ba de cliente``,
        ``kundenummer`` (read as ``kunde nummer``). Not a name's label, nor a label of someone one
        calls (:data:`_REACHED`), nor of people in the plural: ``No. of attendees``, ``num_customers``
        and ``n\u00famero de clientes`` count them."""
        last = phrase[-1]
        if phrase in _REACHED or last == "name" or last in LIST_LABELS:
            return False
        if _singular(last) != last and (*phrase[:-1], _singular(last)) in self.phrases:
            return False
        if not _NUMBER_WORDS.isdisjoint(after):
            return True
        for word in reversed(before):
            if word in PREPOSITIONS or word == "o":
                continue
            return word in _NUMBER_WORDS
        return False

    def resolve_text(self, words: tuple[str, ...]) -> str | None:
        """:meth:`resolve_words` for a label in running text (memoized when made of vocabulary words)."""
        cache = self._text_cache
        if words in cache:
            return cache[words]
        found = self.resolve_words(words, strict=False, in_text=True)
        self._keep(cache, words, words, found)
        return found

    def resolve_numbered(self, words: tuple[str, ...]) -> str | None:
        """The type a label in running text names whose word for "number" follows its noun, as prose
        writes it (``titular del contrato n.\u00ba 4500217863``, ``contratto n. 12345``: the phrase
        ``numero de contrato``; ``een rijbewijs met nummer 5123456789``: a licence "with number"),
        or None. Only an identifier's type: a name's label before a number word names no number
        of its own here (``Kunde Nr.`` is :meth:`resolve_words`' already)."""
        count = 2 if words[-2:] == ("n", "o") else 1 if words[-1] in _NUMBER_WORDS else 0
        noun = words[: len(words) - count]
        if not count or not noun:
            return None
        if noun[-1] in WITH_WORDS:
            found = self.resolve_text(noun[:-1]) if len(noun) > 1 else None
            return None if found in _NAMED_TYPES else found
        if words[-1] in _COMPOUNDED_NUMBERS:
            return None  # "National Number: 2083661177" (a phone's, printed by a library): English compounds
        for size in (1, 2):  # the noun and, for an inflected phrase, the word before it
            if size <= len(noun):
                found = self.resolve_text(("numero", *noun[-size:]))
                if found is not None and found not in _NAMED_TYPES and found != "PERSON":
                    return found
        return None

    def _keep(self, cache: dict[Any, str | None], key: object, words: tuple[str, ...], found: str | None) -> None:
        """Memoize ``found`` when ``words`` are all vocabulary words (see the module docstring)."""
        if words and self.known.issuperset(words):
            if len(cache) >= _CACHE_SIZE:
                cache.clear()
            cache[key] = found

    def is_generic(self, key: str | None) -> bool:
        """``number``, ``value``, ``idValue``: a key that takes the type its parent or a sibling names
        (``id`` alone does not: ``{"card": {"id": "card_1N..."}}`` is the record's id)."""
        words = key_words(key) if key else ()
        if len(words) > 1 and words[0] in _DOCUMENT_WORDS:
            # {"nationalId": {"idValue": ...}}, {"passport": {"id_number": ...}},
            # {"document_type": "passport", "document_number": ...}
            words = words[1:]
        return bool(words) and all(w in GENERIC_KEYS or w.isdigit() for w in words)

    def in_any_case(self, etype: str, key: str) -> bool:
        """``key`` ends with a label whose ``etype`` value is a name in any case (``full_name``,
        ``billingLastName``, ``Nachname``, ``city``; see :data:`.label_words.ANY_CASE_LABELS`)."""
        keys = _ANY_CASE_KEYS.get(etype)
        if not keys:
            return False
        words = key_words(key)
        return any(words[i:] in keys for i in range(len(words)))

    def person_named_by_parent(self, path: FieldPath) -> bool:
        """``path`` is a ``name`` key in an object a person's key holds (``{"requester": {"name":
        ...}}``): a name there may be written in lower case, as under ``full_name``."""
        return (
            path.key is not None
            and path.parent is not None
            and key_words(path.key)[-1:] == ("name",)
            and self.resolve_key(path.parent) == "PERSON"
        )

    def resolve_path(self, path: FieldPath) -> str | None:
        """The type a leaf's path names: its own key first; a generic key (``number``,
        ``value``) takes the type its parent or a type-naming sibling names."""
        own = self.resolve_key(path.key)
        words = field_words(path.key, key_words(path.key)) if path.key else ()
        if own == "PERSON" and words in GENERIC_NAME_KEYS:
            if path.thing:
                return None  # {"name": "Calculator", "description": ...}
            if path.parent:
                return self._named(path.parent)
        if own is not None:
            return own
        if words in _PART_NAMES and path.sibling:
            # a geocoder's {"long_name": "10178", "types": ["postal_code"]}
            return _GEOCODER_PARTS.get(path.sibling) or self.resolve_key(path.sibling)
        if path.postal and words == ("by",):
            return "LOCATION"  # {"adresse": ..., "postnummer": "8000", "by": "Aarhus"}: the Danish town
        if path.surname and words == ("ad",):
            return "PERSON"  # {"ad": "Ay\u015fe", "soyad": "Y\u0131ld\u0131r\u0131m"}: the Turkish given name
        if words == ("id",) and path.parent and _singular((key_words(path.parent) or ("",))[-1]) in _ACCOUNT_HOLDERS:
            return "PERSONAL_ID"  # {"user": {"id": "u_201884"}}: the user's id (an id's shape, with a digit)
        if path.key is not None and not self.is_generic(path.key):
            return None
        if words and words[0] in NAME_PARTS and path.parent and _singular(key_words(path.parent)[-1]) in _PEOPLE:
            return "PERSON"  # {"user": {"profile": {"given": "Aylin", "family": "Demir"}}}
        if path.sibling and words and (words[0] in _DOCUMENT_WORDS or _documents(path.parent)):
            coded = _DOCUMENT_CODES.get(path.sibling.strip().casefold())
            if coded is not None:
                return coded  # {"doc_type": "P", "doc_no": ...}: a passport's number
        if words and words[-1] in _NUMBER_KEYS and path.parent and key_words(path.parent) in _PROGRAMME_KEYS:
            return "PERSONAL_ID"  # {"loyalty": {"number": ...}}: the member's number
        for hint in (path.sibling, path.parent):
            hinted = self.resolve_key(hint) if hint else None
            if hinted is not None:
                if words and words[0] in NAME_PARTS:
                    return "PERSON" if hinted == "PERSON" else None
                return hinted
        return None

    def _named(self, parent: str) -> str | None:
        """What a ``name`` key under ``parent`` names: the parent's place or company; a
        person under a person (or a card or an account: its holder); nothing under a thing."""
        hinted = self.resolve_key(parent)
        if hinted in ("LOCATION", "ORGANIZATION", "PERSON"):
            return hinted
        if hinted in ("CREDIT_CARD", "US_BANK_NUMBER", "USERNAME"):
            return "PERSON"  # a card's, an account's or a user's name: its holder's
        if hinted is not None:
            return None
        words = key_words(parent)
        if not words:
            return "PERSON"
        last = _singular(words[-1])
        if last == "user":
            return "PERSON"  # {"user": {"displayName": "Ngozi Okonkwo"}}: the user's name (a login fails the shape)
        if last in OWNERS or words[-1] in OWNERS or last in _THING_PARENTS:
            return None  # {"priority": {"name": "High"}}, {"status": {"name": "In Progress"}}
        return "PERSON"


_THING_PARENTS = frozenset(
    {
        "priority", "status", "issuetype", "type", "resolution", "project", "component", "version", "fixversion",
        "label", "milestone", "license", "repo", "repository", "plan", "product", "tier", "level", "severity",
        "state", "stage", "environment", "category", "tag", "statuscategory", "workflow", "board", "sprint",
        "channel", "queue", "pipeline", "branch", "language", "currency", "file", "folder", "tool", "model",
    }
    # a catalogue's, a calendar's, a game's lists, in the languages of the labels
    | {
        "holiday", "feriado", "festivo", "feiertag", "ferie", "opening", "variant", "variante", "producto",
        "produto", "prodotto", "produit", "produkt", "articulo", "artigo", "articolo", "artikel", "article",
        "recipe", "receta", "ingredient", "plant", "species", "sku", "listing", "offer", "oferta",
    }
)  # fmt: skip
"""Parents whose ``name`` names a thing, a setting or a state, no person (Jira's, GitHub's objects)."""
_PART_NAMES = frozenset({("long", "name"), ("short", "name")})
"""Keys of an address part's name whose type a sibling names (Google's geocoding results)."""
_GEOCODER_PARTS = {
    "route": "STREET_ADDRESS",
    "street_address": "STREET_ADDRESS",
    "premise": "STREET_ADDRESS",
    "neighborhood": "LOCATION",
    "sublocality": "LOCATION",
    "sublocality_level_1": "LOCATION",
    "postal_town": "LOCATION",
    "administrative_area_level_1": "LOCATION",
    "administrative_area_level_2": "LOCATION",
}
"""A geocoder's address part types that no field name spells (``route``: the street's name)."""
NAME_PARTS = frozenset({"first", "last", "middle", "given", "family"})
"""Generic keys that are a part of a name under a person (``{"name": {"first": ...}}``)."""

_PEOPLE = frozenset({"user", "profile", "person", "people", "member"})
"""Parents whose ``first``, ``last``, ``given`` and ``family`` are a person's name parts."""

_ACCOUNT_HOLDERS = frozenset({"user", "customer", "member", "subscriber", "client", "buyer", "seller"})
"""Parents whose ``id`` is the id a company gives one person (``{"customer": {"id": "cus_8812"}}``), as
``customer_id`` is; a record's own ``id`` names no one."""


_REACHED = frozenset(
    key_words(p)
    for p in (
        "contact", "contact person", "emergency contact", "person to contact", "person to notify", "recipient",
        "sender", "caller", "receiver", "next of kin", "nok", "guardian", "spouse", "caregiver", "carer",
    )
)  # fmt: skip
"""Person labels whose number is the number they are called on (``contact_no``, ``recipient_number``,
``emergency contact no``): the phone's detectors read it, not :func:`_person_number`."""


def _without_on_record(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` without ``on file`` or ``on record`` at their end (``ID number on file``: the
    phrase ``ID number``, whose ``number`` is part of the label, not a suffix to strip)."""
    if len(words) > 2 and words[-1] in ON_RECORD and words[-2] == "on":
        return words[:-2]
    return words


def _strip_suffixes(words: tuple[str, ...]) -> tuple[str, ...]:
    words = _without_on_record(words)  # "card on file"
    end = len(words)
    while end > 1 and (words[end - 1] in SUFFIXES or words[end - 1].isdigit()):
        end -= 1
    return words[:end]


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("sses"):
        return word[:-2]
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us")):
        return word[:-1]  # "addresses" above, "status" and "campus" are singular
    return word
