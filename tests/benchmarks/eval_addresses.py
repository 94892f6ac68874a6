"""Street-address detection: character-level precision and recall of Mask and of address libraries.

    python tests/benchmarks/eval_addresses.py [--per-locale N] [--seed S]

The set is built here from our own sentence templates and Faker addresses in twelve locales
(en_US, en_CA, en_GB, en_AU, fr_FR, de_DE, de_CH, es_ES, it_IT, nl_NL, pt_PT, pt_BR), plus
hard negatives (``Room 12``, ``version 2 street``, ``Order 1234 Main``, prices, dates).
No public benchmark data is used. Gold spans are the whole address (street line, unit,
postcode, city, state) as inserted into the sentence.

Candidates, each scored only if importable (install them in a scratch target to compare,
e.g. ``pip install --target /tmp/addrlibs usaddress pyap commonregex`` and
``PYTHONPATH=/tmp/addrlibs``):

- ``mask``: Mask's built-in ``address`` detector (STREET_ADDRESS spans at or above 0.5);
- ``pyap`` / ``pyap_beauhurst``: regex detection for US, CA and GB (every country tried);
- ``usaddress``: a CRF *parser*; used as a detector by keeping each run of tokens it tags as
  address parts that holds a house number and a street name (or a PO box);
- ``commonregex``: its US street-address regex;
- ``mask+pyap``, ``mask+usaddress``: the union of Mask's spans and a library's (does it add?).

Metrics: character precision/recall/F1 over all texts (a character is positive when inside
a gold address), ``whole``: the share of gold addresses covered by one predicted span, and
``neg hit``: the share of negative texts with any predicted span. Time is wall time for the set.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from faker import Faker

Span = tuple[int, int]

TEMPLATES = (
    "Ship to {a}",
    "Please send the package to {a}.",
    "My address is {a}, thanks!",
    "Deliver to: {a}",
    "We moved to {a} last May.",
    "Invoice address\n{a}\nPayment due in 30 days.",
    "The meeting is at {a} at 3pm.",
    "{a}",
    "Customer wrote: my new home is {a} — please update the record.",
    "Return label: {a}",
)
NEGATIVES = (
    "Room 12 is booked for the review.",
    "Fixed in version 2 street view does not crash anymore.",
    "You have 3 items in your cart.",
    "Order 1234 Main course was delivered late.",
    "The total is $12.99 plus 5% tax.",
    "Meeting on 12 May 2024 at 10:30.",
    "Suite of tools for 2 teams.",
    "Upgraded from v4.17.3 to v4.18.0 on build 5521.",
    "Ticket INC-20931 closed after 4 hours.",
    "We shipped 250 units to 3 warehouses in Q3.",
    "Step 4 Drive the migration with the new flag.",
    "Chapter 12 Park rangers and the 3 Rivers project.",
    "Plan: 2 Apple Watch and 1 iPad Pro.",
    "Page 10 Court rulings summary.",
    "Sold 3 Place settings for 40 EUR.",
    "Top 10 Way to improve: cache 5 results.",
    "Error 404 Not Found at /api/v2/users/17.",
    "Line 12: expected 3 arguments, got 2.",
    "Im Juni 2024 kamen 300 Gäste.",
    "Le 14 juillet 1789 à Paris.",
    "Compra 3 unidades por 12,50 €.",
    "Via email 2 times last week.",
    "SKU 4432 Blue Street Shoes, size 42.",
    "The 3 Musketeers Drive-in closes at 9.",
    "Temperature 21 C, humidity 40%.",
    "commit 9f3a2b1 touched 14 files.",
    "Suite 200 tests passed in 3.2s.",
    "Flight LH 441 departs at 07:55 from gate B12.",
    "He scored 2 goals in 90 minutes.",
    "uuid 123e4567-e89b-12d3-a456-426614174000",
)


def _us(f: Faker, rng: random.Random) -> str:
    if rng.random() < 0.1:
        return f"PO Box {rng.randint(1, 9999)}, {f.city()}, {f.state_abbr()} {f.zipcode()}"
    street = f.street_address()
    return f"{street}, {f.city()}, {f.state_abbr()} {f.zipcode()}" if rng.random() < 0.8 else street


def _ca(f: Faker, rng: random.Random) -> str:
    return f"{f.street_address()}, {f.city()}, {f.province_abbr()} {f.postalcode()}"


def _gb(f: Faker, rng: random.Random) -> str:
    sep = ", " if rng.random() < 0.7 else "\n"
    return f"{f.street_address().replace(chr(10), sep)}{sep}{f.city()}{sep if sep == chr(10) else ' '}{f.postcode()}"


def _au(f: Faker, rng: random.Random) -> str:
    return f"{f.street_address()}, {f.city()} {f.state_abbr()} {f.postcode()}"


def _postcode_city(f: Faker, rng: random.Random) -> str:
    sep = ", " if rng.random() < 0.8 else "\n"
    street = f.street_address()
    return f"{street}{sep}{f.postcode()} {f.city()}" if rng.random() < 0.85 else street


LOCALES: dict[str, Callable[[Faker, random.Random], str]] = {
    "en_US": _us,
    "en_CA": _ca,
    "en_GB": _gb,
    "en_AU": _au,
    "fr_FR": _postcode_city,
    "de_DE": _postcode_city,
    "de_CH": _postcode_city,
    "es_ES": _postcode_city,
    "it_IT": _postcode_city,
    "nl_NL": _postcode_city,
    "pt_PT": _postcode_city,
    "pt_BR": _postcode_city,
}


@dataclass
class Sample:
    text: str
    gold: list[Span]
    locale: str


HAND_WRITTEN = (
    "1600 Pennsylvania Ave NW, Washington, DC 20500",
    "350 Fifth Avenue, New York, NY 10118",
    "1 Infinite Loop, Cupertino, CA 95014",
    "221B Baker Street, London NW1 6XE",
    "Flat 2, 14 High Street, Oxford OX1 4AH",
    "PO Box 4521, Boise, ID 83702",
    "123 Main St, Toronto, ON M5V 2T6",
    "14 Rue des Tanneurs, Apt. 5, 69003 Lyon",
    "8 boulevard Haussmann, 75009 Paris",
    "Hauptstraße 5, 10115 Berlin",
    "Münchner Straße 12, 80331 München",
    "Calle Mayor 12, 3º B, 28013 Madrid",
    "Avenida de la Constitución 20, 41004 Sevilla",
    "Via Roma 10, 00184 Roma",
    "Piazza San Marco 1, 30124 Venezia",
    "Rua Augusta 100, 1100-053 Lisboa",
    "Keizersgracht 123, 1015 CJ Amsterdam",
    "Bahnhofstrasse 1, 8001 Zürich",
    "742 evergreen terrace, springfield",
    "10 Downing St",
)
"""Addresses written by hand (the last two in lower case or without a tail)."""

NEGATIVE_TEMPLATES = (
    "{company} shipped {n} units on {date}.",
    "Ticket {code} was closed after {n} hours.",
    "Meet me in Room {n} at {time}.",
    "Page {n} of {m}: {sentence}",
    "{sentence} ({n} {word})",
    "Release {n}.{m} of {company} Drive sync is out.",
    "{city} has {n} parks and {m} schools.",
    "Order {n} {word} for {price}.",
    "{word} {n} {word} {m}",
    "Version {n} Street View update, build {m}.",
)


def _negatives(per_locale: int, seed: int, rng: random.Random) -> list[Sample]:
    out = [Sample(text, [], "negative") for text in NEGATIVES]
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(seed + 1)
        for _ in range(per_locale // 2):
            text = rng.choice(NEGATIVE_TEMPLATES).format(
                company=fake.company(),
                n=rng.randint(1, 9999),
                m=rng.randint(1, 99),
                date=fake.date(),
                time=fake.time()[:5],
                code=fake.bothify("???-####").upper(),
                sentence=fake.sentence(),
                word=fake.word().capitalize(),
                city=fake.city(),
                price=f"{rng.randint(1, 999)}.{rng.randint(0, 99):02d} EUR",
            )
            out.append(Sample(text, [], "negative"))
    return out


def build_set(per_locale: int, seed: int) -> list[Sample]:
    rng = random.Random(seed)
    samples = []
    for locale, make in LOCALES.items():
        fake = Faker(locale)
        fake.seed_instance(seed)
        for _ in range(per_locale):
            address = make(fake, rng).strip()
            template = rng.choice(TEMPLATES)
            at = template.index("{a}")
            text = template.replace("{a}", address)
            samples.append(Sample(text, [(at, at + len(address))], locale))
    for address in HAND_WRITTEN:
        template = rng.choice(TEMPLATES)
        at = template.index("{a}")
        samples.append(Sample(template.replace("{a}", address), [(at, at + len(address))], "hand"))
    samples += _negatives(per_locale, seed, rng)
    return samples


# -- candidates -----------------------------------------------------------------------


def mask_candidate() -> Callable[[str], list[Span]]:
    from mask.core.detector import Budget
    from mask.core.detectors.address import address_detector

    detector = address_detector(40)

    def find(text: str) -> list[Span]:
        spans = detector.detect([text], [[]], Budget())[0]
        return [(s.start, s.end) for s in spans if s.type == "STREET_ADDRESS" and s.score >= 0.5]

    return find


def _pyap_candidate(module: str) -> Callable[[str], list[Span]]:
    lib = __import__(module)
    countries = []
    for country in ("US", "CA", "GB"):
        try:
            lib.parse("1 Main St", country=country)
            countries.append(country)
        except Exception as exc:  # a country whose patterns do not compile on this Python
            print(f"  {module}: country {country} unusable: {type(exc).__name__}: {exc}"[:160])

    def find(text: str) -> list[Span]:
        out = []
        for country in countries:
            for address in lib.parse(text, country=country):
                value = address.full_address
                at = text.find(value)
                if at < 0:  # pyap may normalize whitespace: locate the first line
                    first = value.split()[0]
                    at = text.find(first)
                    if at < 0:
                        continue
                    out.append((at, at + len(first)))
                    continue
                out.append((at, at + len(value)))
        return out

    return find


def usaddress_candidate() -> Callable[[str], list[Span]]:
    import usaddress

    skip = {"Recipient", "NotAddress", "LandmarkName"}

    def find(text: str) -> list[Span]:
        out = []
        pos = 0
        run: list[tuple[int, int, str]] = []
        tagged = usaddress.parse(text)
        for token, label in [*tagged, ("", "NotAddress")]:
            at = text.find(token, pos) if token else len(text)
            if token:
                pos = at + len(token)
            if label in skip or not token:
                labels = {lab for _, _, lab in run}
                if run and (("AddressNumber" in labels and "StreetName" in labels) or "USPSBoxID" in labels):
                    out.append((run[0][0], run[-1][1]))
                run = []
            else:
                run.append((at, at + len(token), label))
        return out

    return find


def commonregex_candidate() -> Callable[[str], list[Span]]:
    import commonregex

    def find(text: str) -> list[Span]:
        return [m.span() for m in commonregex.street_address.finditer(text)]

    return find


def union(*makers: Callable[[], Callable[[str], list[Span]]]) -> Callable[[], Callable[[str], list[Span]]]:
    """A candidate that reports the spans of all of ``makers`` (does a library add to Mask?)."""

    def make() -> Callable[[str], list[Span]]:
        finders = [m() for m in makers]
        return lambda text: [span for find in finders for span in find(text)]

    return make


CANDIDATES: dict[str, Callable[[], Callable[[str], list[Span]]]] = {
    "mask": mask_candidate,
    "pyap": lambda: _pyap_candidate("pyap"),
    "pyap_beauhurst": lambda: _pyap_candidate("pyap_beauhurst"),
    "usaddress": usaddress_candidate,
    "commonregex": commonregex_candidate,
    "mask+pyap": union(mask_candidate, lambda: _pyap_candidate("pyap")),
    "mask+usaddress": union(mask_candidate, usaddress_candidate),
}


def _chars(spans: list[Span]) -> set[int]:
    return {i for start, end in spans for i in range(start, end)}


def evaluate(find: Callable[[str], list[Span]], samples: list[Sample]) -> dict[str, float]:
    tp = fp = fn = whole = golds = neg_hits = negs = 0
    started = time.perf_counter()
    for sample in samples:
        predicted = find(sample.text)
        gold, pred = _chars(sample.gold), _chars(predicted)
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        for start, end in sample.gold:
            golds += 1
            whole += any(s <= start and end <= e for s, e in predicted)
        if not sample.gold:
            negs += 1
            neg_hits += bool(predicted)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "whole": whole / golds if golds else 0.0,
        "neg_hit": neg_hits / negs if negs else 0.0,
        "seconds": time.perf_counter() - started,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-locale", type=int, default=40)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--by-locale", action="store_true", help="Mask's figures per locale too")
    args = parser.parse_args()
    samples = build_set(args.per_locale, args.seed)
    negatives = sum(1 for s in samples if not s.gold)
    print(f"{len(samples)} texts ({negatives} negatives), {len(LOCALES)} Faker locales + hand-written")
    print(f"{'candidate':<16}{'P':>7}{'R':>7}{'F1':>7}{'whole':>8}{'neg hit':>9}{'secs':>8}")
    finders = {}
    for name, make in CANDIDATES.items():
        try:
            find = finders[name] = make()
        except ImportError:
            print(f"{name:<16}  (not installed)")
            continue
        r = evaluate(find, samples)
        print(
            f"{name:<16}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}{r['whole']:>8.3f}"
            f"{r['neg_hit']:>9.3f}{r['seconds']:>8.2f}"
        )
    if args.by_locale:
        names = [n for n in finders]
        print("\nwhole-address recall by locale (negatives: share of texts with a hit)")
        print(f"{'locale':<10}" + "".join(f"{n[:14]:>16}" for n in names))
        for locale in [*LOCALES, "hand", "negative"]:
            subset = [s for s in samples if s.locale == locale]
            row = [evaluate(finders[n], subset) for n in names]
            key = "neg_hit" if locale == "negative" else "whole"
            print(f"{locale:<10}" + "".join(f"{r[key]:>16.3f}" for r in row))


if __name__ == "__main__":
    main()
