"""What the pattern detectors share per call: the text view, context-word search, gates.

Each shortcut must give exactly what the slower path it replaces gives: the tests compare
against the reference behaviour (a literal alternation, phonenumbers' own walk).
"""

from __future__ import annotations

import random
import re

import regex

from mask.core.detector import Budget
from mask.core.detectors import ContextWords
from mask.core.detectors.base import PatternDetector
from mask.core.detectors.dates import _MONTHS, MONTH_DATE_PATTERN, MONTH_GATE
from mask.core.detectors.shared import TextView, normalized_of, view_of
from mask.core.detectors.validators import digit_count

from .conftest import builtin_detectors


def _reference_find_all(words: ContextWords, lower: str) -> list[tuple[int, int]]:
    """The former implementation: one alternation of the spellings, longest first."""
    variants: set[str] = set()
    for w in words.words:
        pieces = re.split(r"[\s_.\-]+", w)
        seps = (" ", "_", "", *(c for c in ".-" if c in w)) if len(pieces) > 1 else ("",)
        variants.update(sep.join(pieces) for sep in seps)
    literal = re.compile("|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True)))
    hits = []
    for m in literal.finditer(lower):
        at, end = m.span()
        if (at == 0 or not lower[at - 1].isalnum()) and (end >= len(lower) or not lower[end].isalpha()):
            hits.append((at, end))
    return hits


def _context_sets() -> list[ContextWords]:
    sets = [
        ContextWords(["dl", "dl#", "dln", "d.o.b", "dob", "date of birth", "ss #", "ss#", "ssn", "ssns"]),
        ContextWords(["a", "ab", "abc", "b c", "bc"]),
    ]
    for det in builtin_detectors().values():
        for rule in getattr(det, "rules", ()):
            sets.extend(w for w in (rule.context, rule.negative) if w)
    return sets


def _random_text(rng: random.Random, words: ContextWords) -> str:
    pieces = [*words.words, "x", "1", " ", "_", "-", ".", "#", "é", "ssn9", "a", "b c", "dlx"]
    return "".join(rng.choice(pieces) + rng.choice(["", " ", "", "_"]) for _ in range(rng.randint(0, 40)))


def test_find_all_equals_the_literal_alternation() -> None:
    rng = random.Random(3)
    checked = 0
    for words in _context_sets():
        for _ in range(150):
            lower = _random_text(rng, words).lower()
            got = words.find_all(TextView(lower, lower))
            assert got == _reference_find_all(words, lower), (words, lower)
            checked += len(got)
    assert checked > 1000  # the texts do hold words


def test_find_all_reads_a_word_written_with_dots() -> None:
    # the literal probes did not hold a dotted word's own spelling, so "D.O.B. March 23, 1937"
    # had no context
    words = ContextWords(["d.o.b", "date of birth"])
    lower = "d.o.b. march 23, 1937 / date of birth 03/23/1937"
    assert words.find_all(TextView(lower, lower)) == [(0, 5), (24, 37)]


def test_regions_of_a_text_whose_lower_case_changes_length_use_the_regex() -> None:
    words = ContextWords(["ssn"])
    text = "\u0130\u0130 SSN 536229841"  # 'İ'.lower() is two characters: offsets would shift
    view = TextView(text)
    assert view.lower_aligned is None
    assert words.regions(text, 5, view=view) == [(0, 11)]  # "SSN" at 3..6, reach 5


def test_view_is_shared_within_a_call_and_never_printed() -> None:
    budget = Budget()
    secret = "ssn 536-22-9841"
    assert view_of(secret, budget) is view_of(secret, budget)
    assert normalized_of(secret, budget) is normalized_of(secret, budget)
    assert view_of(secret, Budget()) is not view_of(secret, budget)
    assert "536" not in repr(budget) and "536" not in repr(view_of(secret, budget))
    assert Budget() == Budget()  # the scratch does not take part in comparisons


def test_one_call_computes_context_regions_once_for_every_detector() -> None:
    dets = builtin_detectors()
    budget = Budget()
    text = "routing 021000021 account 123456789012 ssn 536229841"
    for name in ("us_bank", "us_ssn", "us_passport"):
        dets[name].detect([text], [[]], budget)
    views = [v for k, v in budget.memo.items() if isinstance(k, tuple) and k[0] == "view"]
    assert len(views) == 1
    assert len(views[0]._regions) >= 3  # routing, account, ssn words: cached on the one view


def test_month_gate_holds_every_month_date() -> None:
    """The gate lets through every date the pattern matches: a day, a month of any language and
    a year, or an English month first."""
    pattern = regex.compile(MONTH_DATE_PATTERN)
    for name in _MONTHS:
        for date in (f"3 {name} 1950", f"3. {name} 1950", f"3 de {name} de 1950", f"{name} 3, 1950"):
            if pattern.search(date):
                assert MONTH_GATE.search(date), date
    assert MONTH_GATE.search("3 maja 1977") and MONTH_GATE.search("march 12, 1987")


def test_anchor_gates_hold_every_anchor() -> None:
    gated = 0
    for det in builtin_detectors().values():
        if not isinstance(det, PatternDetector):
            continue
        for rule in det.rules:
            if rule.anchor_gate:
                gated += 1
                assert all(any(g in a for g in rule.anchor_gate) for a in rule.anchors), rule.anchors


def test_gated_rules_still_find_their_values() -> None:
    dets = builtin_detectors()
    text = "born March 12, 1987; db_password: hunter22x and slack xoxb-1234567890-abcdefghij"
    found = {(s.type, text[s.start : s.end]) for d in dets.values() for s in d.detect([text], [[]], Budget())[0]}
    assert ("DATE_TIME", "March 12, 1987") in found
    assert ("PASSWORD", "hunter22x") in found
    assert ("API_KEY", "xoxb-1234567890-abcdefghij") in found


def test_distance_and_near_on_an_ascii_view_equal_the_regex() -> None:
    rng = random.Random(5)
    compared = hits = 0
    for words in _context_sets():
        pieces = [
            *words.words,
            "X",
            "7",
            " ",
            "  ",
            "_",
            "-",
            ".",
            "\x1c",
            "\t",
            "#",
            "Ab",
            *(w.upper() for w in words.words),
        ]
        pieces = [p for p in pieces if p.isascii()]
        for _ in range(40):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
            view = TextView(text)
            assert view.ascii
            for start in range(0, len(text), 3):
                end = min(len(text), start + rng.randint(0, 9))
                for window, before in ((48, False), (20, True), (5, False)):
                    want = words.distance(text, start, end, window, before)
                    assert words.distance(text, start, end, window, before, view) == want, (words, text, start)
                    hits += want is not None
                assert words.near(text, start, end, 12, view) == words.near(text, start, end, 12)
                compared += 1
    assert compared > 5000 and hits > 1000


def test_digit_gated_detectors_skip_texts_without_digits_only() -> None:
    dets = builtin_detectors()
    gated = [d for d in dets.values() if isinstance(d, PatternDetector) and d.needs_digit]
    assert {d.name for d in gated} >= {"us_ssn", "us_bank", "us_passport", "date_of_birth", "iban"}
    words = "ssn social security routing account passport dob born birth iban wallet **"  # ** a masked card's
    for det in gated:
        assert not det.wanted(words)
        assert det.wanted(f"{words} 1")
        assert det.wanted(f"{words} \uff15\uff13\uff16")  # full-width digits normalize into ASCII ones
    full_width = "SSN \uff15\uff13\uff16-\uff12\uff12-\uff19\uff18\uff14\uff11"
    assert [s.type for s in dets["us_ssn"].detect([full_width], [[]], Budget())[0]] == ["US_SSN"]


def test_ascii_texts_without_a_needed_literal_are_skipped() -> None:
    """An ASCII text is its own normalized form: a detector whose every rule needs an anchor
    (secrets) or a context word (driver's licences) skips a text holding none of them, and
    still reads the same words written in full-width letters."""
    dets = builtin_detectors()
    secrets, licences = dets["secrets"], dets["us_driver_license"]
    assert not secrets.wanted("status") and not licences.wanted("Dana Scully 12345678")
    assert secrets.wanted("PASSWORD=hunter2hunter2") and licences.wanted("Driver's License: D1234567")
    assert secrets.wanted("\uff50\uff41\uff53\uff53\uff57\uff4f\uff52\uff44=x")  # full-width: normalized first
    text = "Driver's License: D1234567"
    assert [s.type for s in licences.detect([text], [[]], Budget())[0]] == ["US_DRIVER_LICENSE"]


def test_quiet_test_finds_exactly_the_texts_holding_a_needed_literal() -> None:
    """The prefilter is a trie of the literals (case-blind ones searched in the lower-cased
    text): for every built-in detector it says yes exactly when one literal occurs."""
    from mask.core.detectors.base import _quiet_test

    checked = 0
    for det in builtin_detectors().values():
        rules = getattr(det, "rules", ())
        quiet = _quiet_test(rules) if rules else None
        if quiet is None:
            continue
        if all(r.anchors for r in rules):
            exact = {a for r in rules if not r.anchors_lower for a in r.anchors}
            blind = {a.lower() for r in rules if r.anchors_lower for a in r.anchors}
        else:
            exact, blind = set(), {h for r in rules for h in r.context.heads}
        for literal in sorted(exact | blind):
            for text in (
                literal,
                f"x {literal} y",
                f"x{literal.upper()}",
                literal[:-1],
                f"{literal[:-1]} {literal[-1]}",
            ):
                expected = any(a in text for a in exact) or any(b in text.lower() for b in blind)
                assert quiet.found(text) == expected, (det.name, text)
                checked += 1
    assert checked > 100


def test_digit_count_counts_ascii_digits_only() -> None:
    rng = random.Random(9)
    for _ in range(300):
        text = "".join(rng.choice("0123456789ab -\uff11\u0663é") for _ in range(rng.randint(0, 60)))
        assert digit_count(text) == sum(text.count(d) for d in "0123456789")


def test_rules_with_an_alphabet_find_in_its_runs_what_a_whole_scan_finds() -> None:
    import json
    from pathlib import Path

    from mask.core.detectors.shared import finditer_runs

    corpus = Path(__file__).resolve().parents[1] / "data" / "corpus-500.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()[:200]]
    rng = random.Random(37)
    base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    for _ in range(3000):
        pieces = []
        for _ in range(rng.randint(0, 8)):
            kind = rng.random()
            if kind < 0.3:
                pieces.append(rng.choice("13") + "".join(rng.choice(base58) for _ in range(rng.randint(20, 40))))
            elif kind < 0.5:
                pieces.append(rng.choice(("bc1", "BC1")) + "".join(rng.choice(bech) for _ in range(rng.randint(5, 20))))
            else:
                pieces.append("".join(rng.choice("aZ09 -._:/0l1O") for _ in range(rng.randint(0, 20))))
        texts.append(rng.choice(["", " ", "-", "x"]).join(pieces))
    rules = [r for d in builtin_detectors().values() if isinstance(d, PatternDetector) for r in d.rules if r.alphabet]
    assert rules  # the Bitcoin address rule
    for rule in rules:
        for text in texts:
            whole = [m.span() for m in rule.pattern.finditer(text)]
            assert [m.span() for m in finditer_runs(rule.pattern, TextView(text), rule.alphabet, None)] == whole, text


def test_the_call_s_wanted_test_is_the_detector_s_own() -> None:
    import json
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[1] / "data" / "corpus-500.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()[:200]]
    rng = random.Random(41)
    words = ["SSN", "ssn", "Passport", "DOB", "born", "routing", "acct", "0x", "bc1", "-", ".", "1", "é", " ", "\n"]
    texts += ["".join(rng.choice(words) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    dets = [d for d in builtin_detectors().values() if isinstance(d, PatternDetector)]
    assert any(d._quiet is not None and d._quiet.blind is not None for d in dets)
    for det in dets:
        for text in texts:
            assert det._wanted_in(text, Budget()) == PatternDetector.wanted(det, text), (det.name, text)


def test_probes_cover_every_spelling_once_at_its_offset() -> None:
    from mask.core.detectors.probes import choose_probes

    spellings = {"ssn", "ssns", "ss#", "social security", "my social", "her social", "tin", "dl", "d.o.b"}
    probes = choose_probes(spellings)
    covered = [s for _, members in probes for s, _ in members]
    assert sorted(covered) == sorted(spellings)
    for probe, members in probes:
        for spelling, offset in members:
            assert spelling[offset : offset + len(probe)] == probe
    # one probe shared by the spellings of "social", rather than "my " and "her" (common in text)
    assert sum(1 for _, members in probes if any("social" in s for s, _ in members)) == 1
    assert all(probe not in ("her", "my ", "the") for probe, _ in probes)
