"""The label detector's fast paths give what the general code gives: on corpus texts, edge
cases and random text (a speed change must not change a span)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from mask.core.detectors import label_shapes
from mask.core.detectors.labels import key_words

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus-500.jsonl"


def _corpus(limit: int = 200) -> list[str]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line, _ in zip(fh, range(limit), strict=False)]


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    pools = [
        "ab AZ09 -+()./",
        "0123456789",
        "\u0660\u0661\u0662\u0663²³¹0\u06619 x",
        "".join(chr(i) for i in range(128)),
        "aé9ß²\u0660 ",
    ]
    return ["".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def test_one_ascii_word_in_one_case_is_its_own_key_words() -> None:
    # _key_values takes (key.lower(),) for such a key without calling key_words
    rng = random.Random(11)
    keys = ["Phone", "PHONE", "phone", "SSN", "A", "a", "Z", "Zip", "zIP", "iPhone", "McDonald", "DOB"]
    keys += ["".join(rng.choice("aAbBzZ") for _ in range(rng.randint(1, 41))) for _ in range(5000)]
    for key in keys:
        if key.isascii() and key.isalpha() and (key.islower() or key.isupper() or key[1:].islower()):
            assert key_words(key) == (key.lower(),), key


def test_digit_count_is_the_isdigit_count() -> None:
    texts = _corpus() + _random_texts(3, 20_000)
    texts += ["", "0", "²", "٣", "12-34", "+1 (415) 555-0199", "x" * 300, "0" * 300, "\u0661\u0662\u0663 123"]
    for text in texts:
        for piece in (text, text[:12], text[5:40]):
            assert label_shapes._digits(piece) == sum(ch.isdigit() for ch in piece), repr(piece)


def test_an_ascii_key_ending_in_digits_ends_with_those_digits() -> None:
    # _key_values skips such a key when its trailing digits are no head, without key_words
    rng = random.Random(13)
    keys = ["05", "12T23", "1984-12-12T23", "line1", "addressLine2", "phoneE164", "E164", "a_1", "x-9", "ab'7"]
    keys += [
        "".join(rng.choice("aZ09_-'.") for _ in range(rng.randint(1, 41))) + rng.choice("0123456789")
        for _ in range(8000)
    ]
    for key in keys:
        words = key_words(key)
        if words:
            assert words[-1] == key[len(key.rstrip("0123456789")) :], key


def _json_like(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [
        '{"',
        '"',
        '": "',
        '", "',
        '"}',
        "[",
        "]",
        ": ",
        ", ",
        "\\",
        '\\"',
        "phone",
        "name",
        "+1 415 555 0199",
        " x ",
    ]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def test_json_quotes_without_backslashes_are_those_of_the_full_scan(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mask.core.detectors import label_json
    from mask.core.detectors.label_words import THING_KEYS, TYPE_KEYS

    texts = _corpus() + _json_like(17, 5000)
    texts += ["", '"', '{"a": "b"}', '{"a": "b\\"c"}', '{\\"a\\": \\"b\\"}', '["x", "y"]', '{"a": ["b", {"c": "d"}]}']
    for text in texts:
        for lo, hi in ((0, len(text)), (1, len(text) - 1), (len(text) // 3, len(text))):
            if text.find("\\", lo, hi) < 0:
                fast = [m.span() for m in label_json._QUOTE.finditer(text, lo, hi)]
                full = [m.span() for m in label_json._QUOTES.finditer(text, lo, hi) if m.end() - m.start() == 1]
                assert fast == full, repr(text)
    found = [list(label_json.json_leaves(t, TYPE_KEYS, THING_KEYS)) for t in texts]
    monkeypatch.setattr(label_json, "_QUOTE", label_json._QUOTES)  # the full scan everywhere
    assert found == [list(label_json.json_leaves(t, TYPE_KEYS, THING_KEYS)) for t in texts]


_KEY_VALUE_BEFORE = (
    r"(?<![\w'\-])(?=((?:\w\.){2,4}\w?|\w[\w'\-]{0,40}))\1\.?"
    # after a blank: eight capitals since a SWIFT code (BIC DEUTDEFF), capitals and a blank before a
    # digit since a spaced National Insurance number (NI number QQ 12 34 56 C), capitals and a dash
    # before a digit since a policy number (policy number PN-77812345)
    # (since an employee code and a staff card: dashed groups of capitals, a slash before the digit,
    # EMP-IN-22871, STF/2019/0457)
    r"(?:[ \t]{0,4}(:(?![:/])|=(?!=)|\#[ \t]{0,2}:?)"
    r"|[ \t]{1,4}(?=[+(0-9]|[A-Z]{1,5}(?:-[A-Z]{1,5}){0,2}[ \-/]?[0-9]|[A-Z]{6}[A-Z0-9]{2})"
    # after a copula: six capitals since the codice fiscale, an article before a date since "es el 3 de mayo"
    # (since a plate, an employee code and a staff card: a blank, a dash, a slash or dashed groups
    # before the digit; lautet, was and will be as copulas)
    # (since a login: lower-case letters and a digit, an underscore or an inner dot, My username is
    # jarceneaux_nola)
    r"|[ \t]{1,2}(is|es|est|ist|lautet|é|è|to|jest|är|er|je|was|will[ \t]be)[ \t]{1,2}"
    r"(?=(?:(?:el|le|il|o|on|am)[ \t])?[+(0-9]|[A-Z]{1,6}(?:-[A-Z]{1,6}){0,2}[ \-/]?[0-9]"
    r"|[a-z][\w\-]{0,39}(?:[_0-9]|\.\w)))"
)
"""The key-value pattern before its abbreviation was spelled out and its separator look-ahead added."""


def test_the_key_value_pattern_finds_what_it_found_before() -> None:
    import re

    from mask.core.detectors.label_detector import _KEY_VALUE

    before = re.compile(_KEY_VALUE_BEFORE)
    rng = random.Random(19)
    pieces = [
        "is",
        "es",
        "est",
        "ist",
        "é",
        "è",
        "to",
        "jest",
        "är",
        "er",
        "je",
        "D.O.B.",
        "a.b",
        "S.S.N",
        "phone",
        "Tel.",
        " ",
        "  ",
        "\t",
        "     ",
    ]
    pieces += [
        ":",
        "=",
        "==",
        "#",
        "#:",
        "# :",
        "://",
        "123",
        "X12",
        "ABCDEF1",
        "DEUTDEFF",
        "+1",
        "(4",
        "e",
        "i",
        "x.",
        "'",
        "-",
        "\n",
    ]
    texts = _corpus() + _random_texts(23, 20_000)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 24))) for _ in range(40_000)]
    texts += [
        "".join(rng.choice("aZ09 .:=#+(\t'-_éèiesDOB\n") for _ in range(rng.randint(0, 60))) for _ in range(20_000)
    ]
    for text in texts:
        for begin in (0, 3):
            old = [(m.span(), m.groups()) for m in before.finditer(text, begin)]
            assert [(m.span(), m.groups()) for m in _KEY_VALUE.finditer(text, begin)] == old, repr(text)


def test_key_value_matches_are_those_of_the_scan() -> None:
    from mask.core.detectors.label_detector import _KEY_VALUE, _key_value_matches

    rng = random.Random(29)
    pieces = ["is", "es", "D.O.B.", "phone", " ", "\t", ":", "=", "#", "#:", "123", "X12", "+1", "'", "-", "\n", "é"]
    texts = _corpus() + _random_texts(31, 10_000) + ["", "a", "a:", ":a: 1", "a=b=c=1", "x 1 y 2", "'a: 1", "-a: 1"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 24))) for _ in range(30_000)]
    for text in texts:
        for begin in (0, 1, 2, 7):
            old = [(m.start(), m.end(), m.groups()) for m in _KEY_VALUE.finditer(text, begin)]
            assert [(m.start(1), m.end(), m.groups()) for m in _key_value_matches(text, begin)] == old, repr(text)
