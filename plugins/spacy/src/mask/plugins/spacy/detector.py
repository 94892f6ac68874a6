"""The spaCy NER detector: PERSON, LOCATION, ORGANIZATION, NRP.

It runs last in the waterfall (``STAGE_NER``). Regions earlier detectors found (and
tokens Mask minted) are cut out of the text before NER sees it, as are texts and lines
without a letter an entity could start with (:mod:`.compact`); entities map back to the
original characters in pieces that never overlap a covered span. All strings of one
payload go through one ``nlp.pipe`` call (shared with worker processes when
``detectors.nlp_processes`` > 1, :mod:`.pool`); the time budget is checked between
documents.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from mask.core.detector import STAGE_NER, Budget, Detector, Pending
from mask.core.detectors.labels import LabelVocabulary
from mask.core.errors import MaskDetectionTimeout
from mask.core.spans import Coverage, Span, coverage_of

from .calibration import calibrate
from .compact import Compacted, compact, has_entity_start
from .evidence import (
    LOW,
    organization_evidence,
    person_evidence,
    place_evidence,
    restore_named,
    technical_text,
)
from .filters import (
    FOREIGN_FUNCTION_WORDS,
    after_change_verb,
    in_code,
    in_timezone,
    is_false_entity,
    names_a_landmark,
    names_a_make,
    names_a_variety,
    ordinary_word,
    platform_name,
    trim_lowercase,
)
from .foreign import anchored_entity, mostly_foreign
from .gazetteer import gazetteer
from .languages import describes_a_thing, in_language_list, names_a_language
from .lines import line_before
from .model import load_pipeline
from .names import family_after, inverted_names, joined_first_names, particles_after, particles_before
from .orgs import bracket_org
from .pool import NerPool, NerWorker, RawEntity, get_pool
from .technical import in_term_list, technical_name, technical_use
from .things import foreign_common_noun, names_a_thing
from .towns import bracket_town, with_town_affixes
from .wordlists import first_names, known_name

__all__ = ["FIELD_LABELS", "LABELS", "MIN_PARALLEL_CHARS", "SpacyNerDetector", "raw_entities"]

LABELS = {
    "PERSON": ("PERSON", 0.85),
    "GPE": ("LOCATION", 0.85),
    "LOC": ("LOCATION", 0.8),
    "FAC": ("LOCATION", 0.75),
    "ORG": ("ORGANIZATION", 0.8),
    "NORP": ("NRP", 0.75),
}
"""spaCy label -> (Presidio entity type, highest score); :func:`.calibration.calibrate` sets each entity's."""

FIELD_LABELS = frozenset(
    [
        "ssn",
        "iban",
        "bic",
        "swift",
        "dob",
        "pin",
        "id",
        "email",
        "e-mail",
        "phone",
        "tel",
        "fax",
        "mobile",
        "ip",
        "url",
        "uri",
        "api",
        "aws",
        "card",
        "cvv",
        "cvc",
        "pan",
        "otp",
        "passport",
        "dl",
        "vat",
        "tin",
        "ein",
        "routing",
        "aba",
        "acct",
        "json",
        "http",
        "https",
        "sms",
        "mfa",
        "2fa",
        "ssh",
        "pgp",
        "gpg",
        "jwt",
        "uuid",
        # national identifiers' labels (``mi DNI es ...``, ``Mijn BSN``)
        "dni",
        "nif",
        "nie",
        "cpf",
        "nhs",
        "nino",
        "bsn",
        "pesel",
        "aadhaar",
        "aadhar",
        "curp",
        "cpr",
        "nir",
        "insee",
    ]
)
"""Field labels small models often tag as ORG or PERSON (``SSN 123-45-6789``): never entities,
nor is an entity that holds one in capitals (``mi DNI es``)."""
MIN_PARALLEL_CHARS = 1_000
"""Calls with less text than this stay in the calling process even with worker processes."""
CHUNK = 20_000
"""Longer texts are cut (at whitespace) into pieces of about this many characters."""
_SIZE_AFTER = regex.compile(r"[ ]?[0-9]{1,2}(?:[.,]5)?(?![0-9%])")
"""A clothing or shoe size after a country's two letters (``US 10``, ``EU 42``, ``UK 8.5``)."""
_SIZE_WORD = regex.compile(r"(?i:size|taille|talla|gr(?:ö|oe)(?:ß|ss)e|tamanho|taglia|maat)")
"""A size's label shortly before those letters."""
_SIZE_BEFORE = regex.compile(r"\b[A-Z]{2}[ ]?[0-9]{1,2}(?:[.,]5)?[ ]?[=/|,][ ]?$")
"""Another system's size right before (``EU 42 = UK 8 = US 9``)."""
_LIST_ITEM_NEXT = regex.compile(r"\n[ \t]*(?:[-*#>\u2022]|\d+[.)])")
"""A line break then a list's bullet or a heading's sign inside an entity: two lines' words, no name."""
_WEAK_READING = 0.5
"""An entity scored below this is one NER's words alone suggest (calibration's 0.45): a name a rule
joins to a person found takes its place."""
_MODEL_BEFORE = regex.compile(r"(?<![\p{L}\d])\p{L}{1,4}\d{1,4}\p{Ll}?[ ]$")
"""A product's model code right before a word (``M3 Max``, ``S24 Ultra``): the word is the model's, no one's name."""
_COLUMN_GAP = regex.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
"""Blanks between two columns inside an entity (not a wrapped line's indent)."""
_STRIP = " \t\r\n\"'`.,;:!?()[]{}<>-\u2013\u2014*_/\\|&+\u00b7\u2022"


class SpacyNerDetector(Detector):
    name = "spacy"
    stage = STAGE_NER
    entity_types = frozenset(t for t, _ in LABELS.values())

    def __init__(
        self,
        model: str,
        timeout: float | None = None,
        batch_size: int = 64,
        processes: int = 1,
        min_parallel_chars: int = MIN_PARALLEL_CHARS,
    ) -> None:
        self.model = model
        self.timeout = timeout
        self.batch_size = max(1, batch_size)
        self.processes = max(1, processes)
        self.min_parallel_chars = min_parallel_chars
        self._labels: LabelVocabulary | None = None

    def __repr__(self) -> str:
        return f"<SpacyNerDetector {self.name!r} model={self.model!r} processes={self.processes}>"

    @property
    def nlp(self):  # type: ignore[no-untyped-def]
        """The loaded pipeline (loaded on first use, shared by every detector of this process)."""
        return load_pipeline(self.model)

    def warm_up(self) -> None:
        """Load the pipeline and start the worker processes now instead of on the first calls."""
        _ = self.nlp
        gazetteer()
        if self.processes > 1:
            get_pool(self.model, self.processes - 1).warm_up(strict=False)

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: Budget) -> list[list[Span]]:
        jobs, pieces = _jobs(texts, covered)
        if not jobs:
            return [[] for _ in texts]
        deadline = self._deadline(budget)
        self._check(deadline)
        nlp = self.nlp
        self._check(deadline)
        return self._spans(texts, covered, budget, jobs, self._run(nlp, pieces, deadline))

    def begin(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: Budget) -> Pending | None:
        """Hand the worker processes their shares now, so that they parse while the stage's other
        detectors (the name rules) run here; this process keeps a smaller share
        (:data:`BEGUN_LOCAL_WEIGHT`) and parses it in :meth:`_Begun.finish`. None when the call
        is parsed here alone (one process, or a short text)."""
        if self.processes <= 1:
            return None
        jobs, pieces = _jobs(texts, covered)
        if not jobs or sum(len(p) for p in pieces) < self.min_parallel_chars:
            return None
        deadline = self._deadline(budget)
        self._check(deadline)
        nlp = self.nlp
        shares = _shares(pieces, self.processes, BEGUN_LOCAL_WEIGHT)
        pool = get_pool(self.model, self.processes - 1)
        taken = pool.start([[part for _, _, part in share] for share in shares], self.batch_size)
        return _Begun(self, nlp, pool, taken, texts, covered, budget, deadline, jobs, pieces, shares)

    def _spans(
        self,
        texts: Sequence[str],
        covered: Sequence[Sequence[Span]],
        budget: Budget,
        jobs: list[tuple[int, int, Compacted]],
        entities: list[list[RawEntity]],
    ) -> list[list[Span]]:
        """The spans of NER's raw entities of each piece (``jobs``), cleaned, filtered and calibrated."""
        out: list[list[Span]] = [[] for _ in texts]
        is_place = gazetteer().is_place
        foreign: dict[int, bool] = {}  # text index: written in another language (mostly_foreign)
        technical: dict[int, bool] = {}  # text index: a log, a config, a table, a ticket (technical_text)
        for (i, offset, seen), found in zip(jobs, entities, strict=True):
            text = texts[i]
            cover = covered[i] if i < len(covered) else ()
            coverage = coverage_of(cover, budget.memo) if cover else None  # a bisect per entity, not a scan
            lowered: dict[tuple[int, int], float] = {}
            for start, end, label in found:
                for lo, hi in seen.to_original(offset + start, offset + end):
                    cleaned = _clean(text, *trim_lowercase(text, lo, hi))
                    gap = None if cleaned is None else _COLUMN_GAP.search(text, *cleaned)
                    if gap is not None:  # "Marshaller     Generate": two columns of a table, the first one's words
                        cleaned = _clean(text, cleaned[0], gap.start())
                    if cleaned is None or is_false_entity(text[cleaned[0] : cleaned[1]], is_place):
                        continue
                    if in_code(text, *cleaned) or self._field_name(text, *cleaned) or names_a_variety(text, *cleaned):
                        continue
                    if in_timezone(text, cleaned[0]):
                        continue  # "TZ=Europe/Berlin": a time zone's name
                    etype, score = calibrate(label, text, *cleaned)
                    unsupported = 0.0  # the score an entity had before it was lowered for want of evidence
                    if score > LOW and etype in ("PERSON", "ORGANIZATION", "LOCATION"):
                        if i not in technical:
                            technical[i] = technical_text(text)
                        if technical[i] and not self._evidence(etype, text, *cleaned, is_place):
                            unsupported, score = score, LOW  # "when Atlas replica is DEGRADED": no one's name
                    if i not in foreign:
                        foreign[i] = mostly_foreign(text)
                    if foreign[i] and not anchored_entity(text, *cleaned):
                        continue  # "Strahlenbelastung der Bevölkerung": a German noun phrase, read as English
                    if foreign[i] and foreign_common_noun(text, *cleaned):
                        continue  # "una Torre di 1 livello": a noun of the text's language a family name list holds
                    if names_a_thing(text, *cleaned, etype):
                        continue  # "Aurora Pro Max", "Midnight Black", "Red Lentil", "Max 50 000 rows": a thing
                    if etype == "NRP" and (names_a_language(text, *cleaned) or describes_a_thing(text, *cleaned)):
                        continue  # "available in English and French", "Turkish lira": no one's group
                    if etype != "ORGANIZATION" and in_language_list(text, *cleaned):
                        continue  # "Catalan, Esperanto, Kazakh": a list of languages and scripts
                    if etype in ("PERSON", "LOCATION") and platform_name(text[cleaned[0] : cleaned[1]]):
                        continue  # "logged in Datadog", "Google Drive", "Name: Antergos Linux": a service or system
                    if etype in ("PERSON", "LOCATION") and names_a_make(text, *cleaned):
                        continue  # "2015 Toyota Corolla": a car's make, no town
                    if etype in ("ORGANIZATION", "LOCATION") and after_change_verb(text, cleaned[0]):
                        continue  # "Improved Smart Filters on large workspaces": a feature
                    if (
                        etype == "PERSON"
                        and " " not in text[cleaned[0] : cleaned[1]]
                        and _MODEL_BEFORE.search(text, max(0, cleaned[0] - 8), cleaned[0])
                    ):
                        continue  # "the M3 Max chip": a model's name after its code
                    if etype == "LOCATION" and names_a_landmark(text[cleaned[0] : cleaned[1]]):
                        continue  # "the Pacific Ocean", "the Eiffel Tower": no one's place
                    if (
                        etype == "LOCATION"
                        and cleaned[1] - cleaned[0] == 2
                        and _SIZE_AFTER.match(text, cleaned[1])
                        and (
                            _SIZE_WORD.search(text, max(0, cleaned[0] - 24), cleaned[0])
                            or _SIZE_BEFORE.search(text, max(0, cleaned[0] - 12), cleaned[0])
                        )
                    ):
                        continue  # "Size: US 10", "sizes UK 8.5 / EU 42": a size system, no one's place
                    if _LIST_ITEM_NEXT.search(text, *cleaned):
                        continue  # "### Misc\n- Freethreaded wheels": a heading and a list's item, no name
                    if technical_use(text, *cleaned):
                        continue  # "the Tab key", "Fibonacci number", "Jinja is a template engine": a thing
                    value = text[cleaned[0] : cleaned[1]]
                    if etype in ("PERSON", "LOCATION") and technical_name(value) and not is_place(value):
                        continue  # "Google Summer of Code", "Native Starlette": a service's or a library's name
                    if etype == "LOCATION" and "," in text and in_term_list(text, *cleaned, is_place):
                        continue  # "BLUE, MAGENTA, CYAN, WHITE": a list of terms, no place
                    if etype == "PERSON":  # "Francisca do Jesus" where NER read "Jesus", "Margot du Vasseur" "Margot"
                        # and "Ayşe" where NER left out the "Demir" after it
                        cleaned = (
                            particles_before(text, cleaned[0]),
                            family_after(text, particles_after(text, cleaned[1])),
                        )
                    span = with_town_affixes(text, Span(cleaned[0], cleaned[1], etype, score, self.name))
                    if unsupported:
                        lowered[(span.start, span.end)] = unsupported
                    if coverage is None or not coverage.overlaps(span.start, span.end):
                        out[i].append(span)
                        # a town in brackets after an entity that has no evidence of its own ("Artikelstamm
                        # (Auszug)" where the title is no one's name) is none either
                        framed = "(" in text and span.score > LOW
                        bracketed = bracket_town(text, span.end, self.name) if framed else None
                        if bracketed is None and etype == "PERSON" and framed:
                            bracketed = bracket_org(text, span.end, self.name)  # "Kelly Lee (Grant-Moody)"
                        if bracketed is not None and (
                            coverage is None or not coverage.overlaps(bracketed.start, bracketed.end)
                        ):
                            out[i].append(bracketed)  # "the invoice from Kivelä ry (Huittinen)"
            if lowered:  # "to Bill" after "Coach: Bill Tennant": a word of a name found with evidence
                out[i] = restore_named(text, out[i], cover, lowered)
            joined = joined_first_names(text, out[i], self.name) if out[i] else []
            if out[i] and ", " in text:
                joined += inverted_names(text, out[i], self.name)  # "Pērkons, Zane": the family name before
            if joined:
                # NER's weaker reading of the words ("Please add Pērkons" an organization at 0.45, a list's
                # last name "Phuong" one too) gives way to the name
                out[i] = [o for o in out[i] if not (o.score < _WEAK_READING and any(o.overlaps(n) for n in joined))]
                taken = Coverage([(o.start, o.end) for o in (*out[i], *cover)])
                out[i] += [j for j in joined if not taken.overlaps(j.start, j.end)]
        return out

    @staticmethod
    def _evidence(etype: str, text: str, start: int, end: int, is_place: Callable[[str], bool]) -> bool:
        """In a technical text (:func:`.evidence.technical_text`), the words around the entity say it
        is a person, a company or a place (:mod:`.evidence`); a place the gazetteer knows needs none."""
        if etype == "PERSON":
            return person_evidence(text, start, end)
        if etype == "ORGANIZATION":  # "Coordinator: Bong Santiago" read as a company: a person's evidence is one too
            return organization_evidence(text, start, end) or person_evidence(text, start, end)
        return is_place(text[start:end]) or place_evidence(text, start, end)

    def _field_name(self, text: str, start: int, end: int) -> bool:
        """The entity is a whole JSON key that names a field (``{"Straße": ...}``, ``"Stadt":``, one
        word that is no name: ``"Issuer":``), or a label opening its line (``Ville: Lyon``)."""
        json_key = (
            text[start - 1 : start] == '"'
            and text[end : end + 1] == '"'
            and text[end + 1 : end + 3].lstrip()[:1] == ":"
        )
        head = line_before(text, start) if text[end : end + 1] == ":" else None
        label = head is not None and not head.strip(" \t>*-")
        if not json_key and not label:
            return False
        word = text[start:end]
        if json_key and " " not in word and not known_name(word):
            return True  # {"Issuer": "Amazon"}: a key of one word that is no name names a field
        if label and " " not in word and ordinary_word(word) and word not in first_names():
            return True  # "Branch: release/3.8": an ordinary word opening its line as a label
        if self._labels is None:
            self._labels = LabelVocabulary.build()
        return self._labels.resolve_key(text[start:end]) is not None

    def _local(self, nlp, deadline: float | None) -> Callable[[list[str]], list[list[RawEntity]]]:  # type: ignore[no-untyped-def]
        """Parse a share in this process."""

        def local(share: list[str]) -> list[list[RawEntity]]:
            found = []
            for doc in nlp.pipe(share, batch_size=self.batch_size):
                self._check(deadline)
                found.append(raw_entities(doc))
            return found

        return local

    def _run(self, nlp, pieces: list[str], deadline: float | None) -> list[list[RawEntity]]:  # type: ignore[no-untyped-def]
        """Raw entities of every piece, in this process or shared with the worker pool."""
        local = self._local(nlp, deadline)
        total = sum(len(p) for p in pieces)
        if self.processes <= 1 or total < self.min_parallel_chars:
            return local(pieces)
        shares = _shares(pieces, self.processes)
        pool = get_pool(self.model, self.processes - 1)
        texts = [[part for _, _, part in share] for share in shares]
        return _merged(pieces, shares, pool.run(texts, local, self.batch_size, lambda: _remaining(deadline)))

    def _deadline(self, budget: Budget) -> float | None:
        own = None if self.timeout is None else time.monotonic() + self.timeout
        if budget.deadline is None:
            return own
        return budget.deadline if own is None else min(own, budget.deadline)

    def _check(self, deadline: float | None) -> None:
        if deadline is not None and time.monotonic() > deadline:
            raise MaskDetectionTimeout(
                f"detector {self.name!r} exceeded its time budget (detectors.nlp_timeout_seconds)"
            )


def _remaining(deadline: float | None) -> float | None:
    return None if deadline is None else deadline - time.monotonic()


@dataclass(slots=True)
class _Begun:
    """NER :meth:`SpacyNerDetector.begin` started: the workers parse their shares meanwhile."""

    detector: SpacyNerDetector
    nlp: Any
    pool: NerPool
    taken: dict[int, NerWorker]
    """The workers engaged, by share (:meth:`NerPool.start`)."""
    texts: Sequence[str]
    covered: Sequence[Sequence[Span]]
    budget: Budget
    deadline: float | None
    jobs: list[tuple[int, int, Compacted]]
    pieces: list[str]
    shares: list[list[tuple[int, int, str]]]

    def finish(self) -> list[list[Span]]:
        local = self.detector._local(self.nlp, self.deadline)
        parts = [[part for _, _, part in share] for share in self.shares]
        found = self.pool.collect(self.taken, parts, local, lambda: _remaining(self.deadline))
        entities = _merged(self.pieces, self.shares, found)
        return self.detector._spans(self.texts, self.covered, self.budget, self.jobs, entities)

    def cancel(self) -> None:
        self.pool.cancel(self.taken)


BEGUN_LOCAL_WEIGHT = (4, 5)
"""The calling process's share of NER's parsing, against one worker's, when the parse was begun
beside the stage's other detectors (:meth:`SpacyNerDetector.begin`): four fifths (4/9 of the text with
one worker), since this process runs the name rules meanwhile. On the benchmark corpus the name rules
cost about a sixth of parsing the same text; timed per call, with a third kept here the calling process
waited 7-8 ms for the worker, with 3/7 1-3 ms and with half under 1 ms (the worker then waits)."""


def _jobs(
    texts: Sequence[str], covered: Sequence[Sequence[Span]]
) -> tuple[list[tuple[int, int, Compacted]], list[str]]:
    """The pieces NER reads (the texts without what earlier stages covered, in chunks), each with
    ``(text index, offset in the compacted text, compacted)``."""
    jobs: list[tuple[int, int, Compacted]] = []
    pieces: list[str] = []
    for i, text in enumerate(texts):
        if not has_entity_start(text):
            continue
        seen = compact(text, covered[i] if i < len(covered) else ())
        if not has_entity_start(seen.text):
            continue
        for offset, piece in _chunks(seen.text):
            jobs.append((i, offset, seen))
            pieces.append(piece)
    return jobs, pieces


def _merged(
    pieces: Sequence[str], shares: list[list[tuple[int, int, str]]], results: list[list[list[RawEntity]]]
) -> list[list[RawEntity]]:
    """The shares' entities back in the offsets of the pieces they were cut from."""
    merged: list[list[RawEntity]] = [[] for _ in pieces]
    for share, found in zip(shares, results, strict=True):
        for (k, off, _), entities in zip(share, found, strict=True):
            merged[k].extend((off + s, off + e, label) for s, e, label in entities)
    return merged


def _shares(pieces: Sequence[str], n: int, first: tuple[int, int] = (1, 1)) -> list[list[tuple[int, int, str]]]:
    """``pieces`` in at most ``n`` shares, each a list of ``(piece index, offset in the piece,
    part)``: of about equal length, or with the first (this process's) ``first`` = ``(p, q)``
    times the length of each other.

    The pieces are taken as one stream, cut near each share's end (:func:`_cut_near`):
    a piece is cut only where a share ends inside it, so a call of one text is cut once (with
    two processes) and the shares differ by the distance to the nearest sentence end: the
    process with the larger share keeps the others waiting.
    """
    total = sum(len(p) for p in pieces)
    window = max(64, total // (8 * n))
    p, q = first
    weight = p + (n - 1) * q

    def end(share: int) -> int:
        return total * (p + share * q) // weight

    shares: list[list[tuple[int, int, str]]] = [[] for _ in range(n)]
    share = pos = 0
    for k, piece in enumerate(pieces):
        start = 0
        while share < n - 1 and end(share) < pos + len(piece):
            cut = _cut_near(piece, end(share) - pos, start, window)
            if cut > start:
                shares[share].append((k, start, piece[start:cut]))
                start = cut
            share += 1
        if start < len(piece):
            shares[share].append((k, start, piece[start:]))
        pos += len(piece)
    return [s for s in shares if s]


def _cut_near(text: str, target: int, lo: int, window: int) -> int:
    """Where to cut ``text`` (after ``lo``) closest to ``target``: after the sentence end, else the
    line end, else the space nearest ``target`` within ``window``; else after the nearest
    whitespace anywhere; a text without any is not cut (``lo`` or its end, the nearer)."""
    if target <= lo:
        return lo
    if target >= len(text):
        return len(text)
    for sep, reach in ((". ", window), ("\n", window), (" ", window), (" ", len(text)), ("\n", len(text))):
        cuts = [
            i + len(sep)
            for i in (
                text.rfind(sep, max(lo, target - reach), target + len(sep)),
                text.find(sep, target + 1, target + reach),
            )
            if i >= 0 and lo < i + len(sep) < len(text)
        ]
        if cuts:
            return min(cuts, key=lambda c: abs(c - target))
    return lo if target - lo < len(text) - target else len(text)


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` pieces of at most about :data:`CHUNK` characters, cut at whitespace."""
    if len(text) <= CHUNK:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK)
        if end < len(text):
            cut = max(text.rfind(" ", start + CHUNK // 2, end), text.rfind("\n", start + CHUNK // 2, end))
            if cut > start:
                end = cut
        yield start, text[start:end]
        start = end


def raw_entities(doc) -> list[RawEntity]:  # type: ignore[no-untyped-def]
    """``(start, end, label)`` of the entities of ``doc`` whose label Mask maps to an entity type."""
    return [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents if ent.label_ in LABELS]


_FIRST_WORD = regex.compile(r"([\p{L}]+)[,!]?[ ]+(?=\p{Lu})")
"""An entity's first word and the blank after it, before a capitalised word."""
_QUOTE_CLOSED = regex.compile(r"(?<=\w)['\"](?=\s)")
"""A straight quote after a word and before a blank: where a quoted value closes."""


def _quote_end(text: str, start: int, end: int) -> int:
    """``end``, or where a quote opened before ``start`` on its line closes inside the entity:
    ``-d 'name=Bas van Dijk' -d`` is ``Bas van Dijk`` (NER's span ran on to ``' -d``)."""
    m = _QUOTE_CLOSED.search(text, start, end)
    if m is None:
        return end
    line = text.rfind("\n", 0, start) + 1
    return m.start() if text.count(text[m.start()], line, start) % 2 == 1 else end


def _clean(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` without surrounding punctuation and a possessive ``'s``; None if no entity is left."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    if "\n" in text[start:end]:
        line_end = text.find("\n", start, end)
        if text[end : end + 1] == ":" or len(text[start:line_end].split()) >= 2:
            # "Vince J\nSent:", "Cordelia Ashworth-Blake\nHead of Partnerships", "Citlali Ramírez Huerta\nLicencia
            # de conducir": a whole name ends with its line, what NER read on into the next one is another
            # field ("David\n    Megginson", one word before a wrap, goes on)
            end = line_end
            while end > start and text[end - 1] in _STRIP:
                end -= 1
    if text[max(start, end - 2) : end] in ("'s", "\u2019s"):
        end -= 2
    end = _quote_end(text, start, end)
    first = _FIRST_WORD.match(text, start, end)
    if first is not None and first.group(1).lower() in FOREIGN_FUNCTION_WORDS:
        start = first.end()  # "Olá Rui Carvalho": the greeting is no part of the name
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    value = text[start:end]
    if len(value) < 2 or not any(c.isalpha() for c in value) or value.lower() in FIELD_LABELS:
        return None
    if any(w.isupper() and w.lower() in FIELD_LABELS for w in value.split()):
        return None  # a field label in capitals inside the entity: "DNI es", "Mijn BSN", "SSN Alice"
    return start, end
