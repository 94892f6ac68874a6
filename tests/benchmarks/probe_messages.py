"""Leak probe: short messages built from Faker values in 24 locales, with templates that the
evaluation sets do not use, protected with mask-spacy; prints the share of each kind of value
still in clear, and examples.

    python tests/benchmarks/probe_messages.py                 # 12 messages per locale, seed 3
    python tests/benchmarks/probe_messages.py --per-locale 16 --seed 5 --examples 10

A quick way to find what detection misses on text it was not built around (the templates
are deliberately plain: a call note, a shipping label, a driver assignment...). It is not
a scored evaluation set: see ``bench_detection.py`` for that.

Some of Faker's providers pick from sets, so the messages of one seed change with Python's
hash seed: compare two versions of Mask on the same messages with ``PYTHONHASHSEED=0`` set
for both runs.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from typing import Any

LOCALES = [
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "pt_BR",
    "nl_NL",
    "pl_PL",
    "sv_SE",
    "da_DK",
    "fi_FI",
    "cs_CZ",
    "hu_HU",
    "ro_RO",
    "tr_TR",
    "en_IN",
    "en_AU",
    "en_CA",
    "es_MX",
    "pt_PT",
    "de_AT",
    "fr_CH",
    "en_IE",
]

TEMPLATES = (
    (
        "Hi team, {name} called from {phone} about the delivery to {street}, {city}.",
        ("name", "phone", "street", "city"),
    ),
    ("Can you ring {first} back on {phone}? She is in {city} until Friday.", ("first", "phone", "city")),
    ("{company} contact: {name}, tel. {phone}, {email}", ("company", "name", "phone", "email")),
    ("Shipping label:\n{name}\n{address}", ("name", "address")),
    (
        "Note from the call: customer lives at {street} in {city} and prefers {phone} after 6pm.",
        ("street", "city", "phone"),
    ),
    ("Forwarding the invoice from {company} ({city}) to {name}.", ("company", "city", "name")),
    ("{name} <{email}> wrote: please update my number to {phone}", ("name", "email", "phone")),
    (
        "Driver assigned: {name}. Pickup: {street}, {postcode} {city}. Call {phone} on arrival.",
        ("name", "street", "postcode", "city", "phone"),
    ),
)


def _values(fake) -> dict[str, str]:  # type: ignore[no-untyped-def]
    address = fake.address()
    values = {
        "name": fake.name(),
        "first": fake.first_name(),
        "phone": fake.phone_number(),
        "city": fake.city(),
        "company": fake.company(),
        "email": fake.email(),
        "address": address,
    }
    try:
        values["street"] = fake.street_address()
    except AttributeError:
        values["street"] = address.split("\n")[0]
    try:
        values["postcode"] = fake.postcode()
    except AttributeError:
        values["postcode"] = "12345"
    return values


def main(argv: list[str] | None = None) -> int:
    from faker import Faker

    from mask.core import Mask

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-locale", type=int, default=12)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--examples", type=int, default=0, help="examples of values left in clear, per kind")
    args = parser.parse_args(argv)

    mask = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "detectors": {"nlp_processes": 1}})
    leaked: Counter[str] = Counter()
    total: Counter[str] = Counter()
    examples: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    rng = random.Random(args.seed)
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(11 + args.seed)
        for _ in range(args.per_locale):
            template, kinds = rng.choice(TEMPLATES)
            values = _values(fake)
            text = template.format(**values)
            out = mask.protect(text)
            for kind in kinds:
                value = values[kind] if kind != "address" else values["address"].split("\n")[0]
                total[kind] += 1
                if value in out:
                    leaked[kind] += 1
                    if len(examples[kind]) < args.examples:
                        examples[kind].append((locale, value, out.replace("\n", " | ")))
    mask.close()
    print_report(total, leaked, examples)
    return 0


def print_report(total: Counter[str], leaked: Counter[str], examples: dict[str, list[Any]]) -> None:
    """Each kind's share of values left in clear, all of them together, then the examples."""
    for kind in sorted(total):
        print(f"{kind:11s} in clear {leaked[kind]:3d}/{total[kind]:3d} = {leaked[kind] / total[kind]:.2f}")
    all_leaked, all_total = sum(leaked.values()), sum(total.values())
    if all_total:
        print(f"{'all':11s} in clear {all_leaked:3d}/{all_total:3d} = {all_leaked / all_total:.2f}")
    for kind, rows in examples.items():
        print(f"== {kind}")
        for row in rows:
            print("  ", row)


if __name__ == "__main__":
    raise SystemExit(main())
