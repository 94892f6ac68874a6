"""The token finder's numeric runs, found from their first digit, are the runs its pattern finds."""

from __future__ import annotations

import json
from pathlib import Path

from mask.core.tokens.finder import _NUMERIC_RUN, _numeric_runs

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus-500.jsonl"

TEXTS = [
    "+1 415 555 2671, (415) 555-2671, ((415) 555-2671, ++44 20 7946 0018, +(0)20 7946 0018",
    "1234567 12345 x(12 34 56) +123456 (123456) 12-34-56-78 1.2.3.4.5.6 00 44 20 7946 0018",
    "\u0661\u0662\u0663\u0664\u0665\u0666 12345\u0666 1234567\u0668 a123456b",
    "",
    "+",
    "(",
    "123456",
]


def test_the_same_runs_as_the_pattern() -> None:
    texts = [*TEXTS, *(json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8"))]
    for text in texts:
        assert list(_numeric_runs(text)) == [m.span() for m in _NUMERIC_RUN.finditer(text)], text[:80]


def test_a_shape_with_a_pre_scan_finds_what_its_scan_finds() -> None:
    import re

    import regex

    from mask.core.tokens.finder import _FLAGS, _matches_from, shape_copy
    from mask.core.tokens.format import FormatScheme
    from mask.core.tokens.scheme import as_pattern

    shapes = [as_pattern(p) for p in FormatScheme().patterns()]
    shapes = [p for p in shapes if p.starts is not None]
    assert shapes  # the IBAN shape has one
    more = [
        "DE89 3704 0044 0532 0130 00, de89370400440532013000, xDE89370400440532013000, _DE89370400440532013000",
        "\u00e9DE89370400440532013000 \u212aZ89370400440532013000 GB29NWBK60161331926819 GB29 NWBK 6016 1331 9268 19",
        "12345 AB12 CD1234567890123 A1B2 ZZ99ZZZZZZZZZZZZ 9GB29NWBK60161331926819",
        "aB12CD1234567890123 x.GB29NWBK60161331926819 -GB29NWBK60161331926819 GB29NWBK6016133192681",
        "",
    ]
    texts = [*TEXTS, *more, *(json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8"))]
    for shape in shapes:
        compiled = regex.compile(shape.source, _FLAGS)
        starts = (re.compile(shape.starts[0]), shape.starts[1])
        for text in texts:
            if not text.isascii():
                continue  # the shape's own scan reads it
            assert [m.span() for m in _matches_from(compiled, starts, text, shape_copy(text))] == [
                m.span() for m in compiled.finditer(text)
            ], text[:80]


def test_the_run_patterns_match_alike_in_both_engines() -> None:
    """The run reader matches the numeric shapes with the stdlib engine where they compile
    there (finder._run_pattern): it must find what ``regex`` finds, at every start and end."""
    import random

    import regex

    from mask.core.keys import KeyRing
    from mask.core.tokens.finder import _FLAGS, TokenFinder
    from mask.core.tokens.format import FormatScheme
    from mask.core.tokens.fpe import FpeScheme
    from mask.core.tokens.opaque import OpaqueScheme

    finders = [
        TokenFinder({"format": FormatScheme(), "opaque": OpaqueScheme()}),
        TokenFinder({"fpe": FpeScheme(KeyRing("k1", {"k1": b"k" * 32})), "format": FormatScheme()}),
    ]
    rng = random.Random(3)
    alphabet = "00000001234567896666   --..()/+xX\\nab"
    matched = 0
    for finder in finders:
        patterns = [finder._numeric, finder._covering, *finder._numeric_after.values()]
        for ours in patterns:
            if ours is None:
                continue
            theirs = regex.compile(ours.pattern, _FLAGS)
            for _ in range(4000):
                text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
                pos = rng.randint(0, len(text))
                end = rng.randint(pos, len(text))
                for method in ("match", "search"):
                    a = getattr(ours, method)(text, pos, end)
                    b = getattr(theirs, method)(text, pos, end)
                    assert (a is None) == (b is None), (text, pos, end, ours.pattern)
                    if a is not None:
                        matched += 1
                        assert (a.span(), a.lastgroup) == (b.span(), b.lastgroup), (text, pos, end)
    assert matched > 1000
