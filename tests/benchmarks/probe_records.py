"""Leak probe: records and messages of shapes the evaluation sets and ``probe_messages.py`` do
not use (CRM JSON with other key names, CSV with a header, chat transcripts, invoices, shipping
notifications, calendar invites, HR records, appointment reminders, call summaries, e-mail
signatures, YAML, logs), built from Faker values in 24 locales; prints the share of each kind of
value still in clear after ``Mask.protect``, and examples.

    python tests/benchmarks/probe_records.py                     # pattern detectors only, seed 3
    python tests/benchmarks/probe_records.py --ner               # with mask-spacy
    python tests/benchmarks/probe_records.py --per-locale 24 --seed 5 --examples 10 --kind phone
    python tests/benchmarks/probe_records.py --ner --chars --examples 10   # characters left uncovered

Phones come from Faker (``phone``) and as valid numbers of the locale's region written by
phonenumbers in its national, international, E.164 or RFC 3966 layout (``phone_fmt``). A
multi-line address counts as left in clear when any of its lines is. It is not a scored
evaluation set: see ``bench_detection.py`` for that.

Some of Faker's providers pick from sets, so the records of one seed change with Python's hash
seed: compare two versions of Mask on the same records with ``PYTHONHASHSEED=0`` set for both.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from probe_messages import LOCALES, print_report  # the same 24 locales as the message probe

V = dict[str, str]
Template = Callable[[V, random.Random], tuple[Any, tuple[str, ...]]]


def _crm_json(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    record = {
        "recordId": f"C-{rng.randint(10000, 99999)}",
        "contactName": v["name"],
        "mobileNo": v["phone"],
        "homeAddress": {"line1": v["street"], "town": v["city"], "postCode": v["postcode"]},
        "employer": v["company"],
        "segment": "retail",
    }
    return json.dumps(record, ensure_ascii=False, indent=rng.choice([None, 2])), (
        "name",
        "phone",
        "street",
        "city",
        "postcode",
        "company",
    )


def _crm_dict(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return {
        "account": {"holder": v["name"], "org_name": v["company"]},
        "reachable_on": v["phone_fmt"],
        "ship_to": v["oneline"],
        "notes": f"Prefers delivery before noon. Backup number {v['phone']}.",
    }, ("name", "company", "phone_fmt", "oneline", "phone")


def _csv(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    sep = rng.choice([",", ";", "\t"])
    header = sep.join(["id", "full_name", "telephone", "address_line", "town", "organisation", "status"])
    row = sep.join(
        [str(rng.randint(1, 999)), v["name"], v["phone"], f'"{v["street"]}"', v["city"], f'"{v["company"]}"', "active"]
    )
    return f"{header}\n{row}\n", ("name", "phone", "street", "city", "company")


def _chat(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        "[10:02] Agent: Could I have your full name please?\n"
        f"[10:02] Customer: sure, it's {v['name']}\n"
        "[10:03] Agent: And the best number to reach you?\n"
        f"[10:03] Customer: {v['phone']}\n"
        "[10:04] Agent: Which address is the order going to?\n"
        f"[10:04] Customer: {v['oneline']}\n"
    ), ("name", "phone", "oneline")


def _invoice(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"INVOICE #{rng.randint(1000, 9999)}\nBill to:\n{v['name']}\n{v['company']}\n{v['address']}\n"
        f"Total due: {rng.randint(20, 900)}.00 EUR\n"
    ), ("name", "company", "address")


def _shipping(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"Good news! Your parcel is on its way and will be delivered to {v['first']} {v['last']} at "
        f"{v['oneline']} tomorrow. Questions? Call the courier on {v['phone_fmt']}."
    ), ("first", "last", "oneline", "phone_fmt")


def _calendar(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"Meeting: quarterly review with {v['name']} ({v['company']})\n"
        f"When: Thu 14:00-15:00\nWhere: {v['street']}, {v['city']}\nDial-in: {v['phone']}\n"
    ), ("name", "company", "street", "city", "phone")


def _hr(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"Employee: {v['last']}, {v['first']}\nDepartment: Logistics\nHome address: {v['oneline']}\n"
        f"Emergency contact: {v['name2']} - {v['phone']}\n"
    ), ("last", "first", "oneline", "name2", "phone")


def _appointment(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"Reminder: {v['first']}, your appointment with Dr. {v['last2']} is on Tuesday at 9:30 at "
        f"{v['street']}, {v['city']}. To reschedule please call {v['phone_fmt']}."
    ), ("first", "last2", "street", "city", "phone_fmt")


def _call_summary(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"Call summary: caller {v['name']} from {v['company']} reported that the router at "
        f"{v['street']} in {v['city']} keeps dropping. Callback requested on {v['phone']}."
    ), ("name", "company", "street", "city", "phone")


def _signature(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"Thanks for your help.\n\nBest regards,\n\n{v['name']}\nAccount Manager | {v['company']}\n"
        f"M: {v['phone_fmt']}\n{v['oneline']}\n"
    ), ("name", "company", "phone_fmt", "oneline")


def _log(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f'2026-11-02T10:00:{rng.randint(10, 59)}Z event=address_change customer="{v["name"]}" '
        f'new_address="{v["oneline"]}" phone={v["phone_e164"]}'
    ), ("name", "oneline", "phone_e164")


def _yaml(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"contact:\n  person: {v['name']}\n  org: {v['company']}\n  tel: '{v['phone']}'\n  location: {v['city']}\n"
    ), ("name", "company", "phone", "city")


def _prose(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (f"{v['name']} moved from {v['city']} to {v['city2']} last spring and now works for {v['company']}."), (
        "name",
        "city",
        "city2",
        "company",
    )


def _markdown(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        "| Name | Phone | City |\n|---|---|---|\n"
        f"| {v['name']} | {v['phone']} | {v['city']} |\n| {v['name2']} | {v['phone_fmt']} | {v['city2']} |\n"
    ), ("name", "phone", "city", "name2", "phone_fmt", "city2")


def _sms(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"Hi {v['first']}, your driver is 5 min away from {v['street']}. Questions: {v['phone_fmt']}. Reply STOP to opt out."
    ), ("first", "street", "phone_fmt")


def _delivery_line(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (f"Deliver to: {v['name']}, {v['street']}, {v['postcode']} {v['city']} (leave at the door)"), (
        "name",
        "street",
        "postcode",
        "city",
    )


def _voicemail(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"Voicemail transcript: hi, this is {v['name']} with {v['company']}, my number is {v['phone']}, "
        f"I'm calling about the flat on {v['street']}."
    ), ("name", "company", "phone", "street")


def _intake(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"PATIENT INTAKE\nPt: {v['last']}, {v['first']}\nAddr: {v['oneline']}\nPh (H): {v['phone']}\n"
        f"Ph (W): {v['phone_fmt']}\nEmployer: {v['company']}\nReferred by: Dr. {v['last2']}\n"
    ), ("last", "first", "oneline", "phone", "phone_fmt", "company", "last2")


def _order_email(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"Hi {v['first']}, thanks for your order! It will ship to:\n\n{v['name']}\n{v['address']}\n\n"
        f"Questions? Reply to this email or call {v['phone']}."
    ), ("first", "name", "address", "phone")


def _contact_info(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return {
        "displayName": v["name"],
        "contactInfo": {
            "primaryPhone": v["phone"],
            "mailingAddress": {
                "addressLine1": v["street"],
                "locality": v["city"],
                "postalCode": v["postcode"],
            },
        },
        "companyName": v["company"],
    }, ("name", "phone", "street", "city", "postcode", "company")


TEMPLATES: list[Template] = [
    _crm_json,
    _crm_dict,
    _csv,
    _chat,
    _invoice,
    _shipping,
    _calendar,
    _hr,
    _appointment,
    _call_summary,
    _signature,
    _log,
    _yaml,
    _prose,
    _markdown,
    _sms,
    _delivery_line,
    _voicemail,
    _intake,
    _order_email,
    _contact_info,
]

REGION = {locale: locale.split("_")[1] for locale in LOCALES}


def _valid_phone(rng: random.Random, region: str) -> tuple[str, str]:
    """A valid number of ``region`` (mobile or fixed line), written in one of four layouts, and its E.164 form."""
    import phonenumbers
    from phonenumbers import PhoneNumberFormat, PhoneNumberType

    kind = rng.choice([PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE])
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    national = str(example.national_number)
    for _ in range(50):
        keep = max(2, len(national) // 3)
        digits = national[:keep] + "".join(rng.choice("0123456789") for _ in range(len(national) - keep))
        number = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number(number):
            break
    else:
        number = example
    layout = rng.choice(
        [
            PhoneNumberFormat.NATIONAL,
            PhoneNumberFormat.NATIONAL,
            PhoneNumberFormat.INTERNATIONAL,
            PhoneNumberFormat.E164,
        ]
    )
    return phonenumbers.format_number(number, layout), phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _values(fake, rng: random.Random, locale: str) -> V:  # type: ignore[no-untyped-def]
    address = fake.address()
    phone_fmt, e164 = _valid_phone(rng, REGION[locale])
    values = {
        "name": fake.name(),
        "name2": fake.name(),
        "first": fake.first_name(),
        "last": fake.last_name(),
        "last2": fake.last_name(),
        "phone": fake.phone_number(),
        "phone_fmt": phone_fmt,
        "phone_e164": e164,
        "city": fake.city(),
        "city2": fake.city(),
        "company": fake.company(),
        "address": address,
        "oneline": ", ".join(line.strip() for line in address.split("\n") if line.strip()),
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


def _in_clear(kind: str, value: str, out: str) -> bool:
    if kind == "address":
        return any(line.strip() and line.strip() in out for line in value.split("\n"))
    return value in out


def _uncovered(value: str, text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """``(letters and digits of value, those no span covers)`` over every place ``value``
    (each line of it) is written in ``text``; ``(0, 0)`` when it is written nowhere as such."""
    covered = [False] * len(text)
    for start, end in spans:
        covered[start:end] = [True] * (end - start)
    total = left = 0
    for line in (part.strip() for part in value.split("\n")):
        at = text.find(line) if line else -1
        while at >= 0:
            for i in range(at, at + len(line)):
                if text[i].isalnum():
                    total += 1
                    left += not covered[i]
            at = text.find(line, at + len(line))
    return total, left


def run(
    templates: list[Template],
    doc: str | None,
    argv: list[str] | None = None,
    extra: Callable[[V, Any, str], V] | None = None,
) -> int:
    """Protect (or scan) records drawn from ``templates`` and print the share of values left
    in clear; ``extra(values, fake, locale)`` adds values the templates need."""
    from faker import Faker

    from mask.core import Mask

    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    parser.add_argument("--per-locale", type=int, default=18)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--examples", type=int, default=0, help="examples of values left in clear, per kind")
    parser.add_argument("--kind", action="append", help="show examples of these kinds only")
    parser.add_argument("--ner", action="store_true", help="with mask-spacy (default: pattern detectors only)")
    parser.add_argument(
        "--chars",
        action="store_true",
        help="count the letters and digits of each value that no detected span covers (Mask.scan of the "
        "payload as text), and show values covered in part",
    )
    args = parser.parse_args(argv)

    config: dict[str, Any] = {"vault": {"backend": "memory"}, "audit": {"sinks": []}}
    config["detectors"] = {"nlp_processes": 1}
    if not args.ner:
        config["plugins"] = {"disable": ["spacy"]}
    mask = Mask(config)
    leaked: Counter[str] = Counter()
    total: Counter[str] = Counter()
    examples: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    rng = random.Random(args.seed)
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(23 + args.seed)
        for _ in range(args.per_locale):
            template = rng.choice(templates)
            values = _values(fake, rng, locale)
            if extra is not None:
                values = extra(values, fake, locale)
            payload, kinds = template(values, rng)
            if args.chars:
                text = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
                spans = [(s.start, s.end) for s in mask.scan([text])[0]]
                for kind in kinds:
                    chars, left = _uncovered(values[kind], text, spans)
                    total[kind] += chars
                    leaked[kind] += left
                    show = 0 < left < chars and (not args.kind or kind in args.kind)
                    if show and len(examples[kind]) < args.examples:
                        marked = "".join(  # covered characters shown as #
                            "#" if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(text)
                        )
                        examples[kind].append((locale, template.__name__, values[kind], marked.replace("\n", " | ")))
                continue
            out = mask.protect(payload)
            out_text = out if isinstance(out, str) else json.dumps(out, ensure_ascii=False)
            for kind in kinds:
                value = values[kind]
                total[kind] += 1
                if _in_clear(kind, value, out_text):
                    leaked[kind] += 1
                    if len(examples[kind]) < args.examples and (not args.kind or kind in args.kind):
                        examples[kind].append((locale, template.__name__, value, out_text.replace("\n", " | ")))
    mask.close()
    print_report(total, leaked, examples)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(TEMPLATES, __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())
