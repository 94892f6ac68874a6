"""The agent evaluation set: tool outputs in 25 Faker locales with gold PII spans and hard negatives.

Records look like what an agent's tools return: nested JSON (CRM records, orders, payments,
patients; keys in snake/camel/kebab case and in English, Spanish, French, German,
Portuguese and Italian; values labelled by their key, by a parent key such as
``{"card": {"number": ...}}`` or by a sibling such as ``{"type": "drivers_license",
"number": ...}``), JSON double-encoded inside a JSON string, ``Key: value`` and
``key=value`` rows, CSV-like tables with a header, e-mails with greetings and signatures,
support tickets, log lines, free text, and harmless records with no PII at all.

Every gold value is ``{"start", "end", "type", "value"}`` with Python string offsets into
``text`` (for JSON records, the serialized JSON: ``text[start:end] == value``, and the value
is also a substring of a string leaf of ``json.loads(text)``). Hard negatives (ids,
versions, codes, timestamps, prices, hashes, UUIDs, units, abbreviations, code) are
recorded the same way under ``negatives``. Deterministic for a seed. Built only from our
own templates (:mod:`evalset_vocab`) and Faker.

    python tests/benchmarks/evalset_agent.py 1000 > agent-evalset.jsonl
"""

from __future__ import annotations

import functools
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import evalset
from evalset_values import SLOT_TYPE, full_address, gen_value, phone_number
from evalset_vocab import (
    FIELD_LABELS,
    HARD_NEGATIVES,
    HARMLESS_FIELDS,
    LOCALE_LANGUAGE,
    LOCALE_REGION,
    LOCALES,
    NEGATIVE_GROUPS,
    PROSE,
    iso_timestamp,
)
from evalset_vocab import label_in_style as styled
from faker import Faker

__all__ = ["AgentRecord", "make_agent_evalset"]


@dataclass
class AgentRecord:
    id: int
    kind: str
    locale: str
    fmt: str = "text"  # "json" when text is a JSON document
    text: str = ""
    spans: list[dict[str, Any]] = field(default_factory=list)
    negatives: list[dict[str, Any]] = field(default_factory=list)

    def add(self, piece: str, etype: str | None = None, *, negative: bool = False) -> None:
        if etype is not None or negative:
            item = {"start": len(self.text), "end": len(self.text) + len(piece), "value": piece}
            (self.spans if etype else self.negatives).append({**item, "type": etype} if etype else item)
        self.text += piece

    def add_escaped(self, inner: AgentRecord) -> None:
        """``inner.text`` as the body of a JSON string, spans and negatives moved along."""
        base = len(self.text)

        def moved(item: dict[str, Any]) -> dict[str, Any]:
            shift = len(json.dumps(inner.text[: item["start"]], ensure_ascii=False)) - 2
            return {**item, "start": base + shift, "end": base + shift + len(item["value"])}

        self.spans += [moved(s) for s in inner.spans]
        self.negatives += [moved(n) for n in inner.negatives]
        self.text += json.dumps(inner.text, ensure_ascii=False)[1:-1]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "locale": self.locale, "format": self.fmt, "text": self.text,
                "spans": self.spans, "negatives": self.negatives}  # fmt: skip


@dataclass
class Gold:
    type: str
    value: str


@dataclass
class Neg:
    value: str


def emit_json(rec: AgentRecord, obj: Any, indent: int | None = None, level: int = 0, ascii_only: bool = False) -> None:
    """Append ``obj`` exactly as ``json.dumps(obj, ensure_ascii=ascii_only, indent=indent)`` would
    (``ascii_only``: Python's default, every non-ASCII character a ``\\uXXXX`` escape; a gold
    value is then its escaped form, as it stands in the text)."""
    if isinstance(obj, (Gold, Neg)):
        rec.add('"')
        written = json.dumps(obj.value, ensure_ascii=ascii_only)[1:-1] if ascii_only else obj.value
        rec.add(written, obj.type if isinstance(obj, Gold) else None, negative=isinstance(obj, Neg))
        rec.add('"')
        return
    if not isinstance(obj, (dict, list)) or not obj:
        rec.add(json.dumps(obj, ensure_ascii=ascii_only))
        return
    items = list(obj.items()) if isinstance(obj, dict) else [(None, v) for v in obj]
    rec.add("{" if isinstance(obj, dict) else "[")
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    for i, (key, value) in enumerate(items):
        rec.add(("" if i == 0 else ",") + (pad if indent is not None else ("" if i == 0 else " ")))
        if key is not None:
            rec.add(json.dumps(key, ensure_ascii=ascii_only) + ": ")
        emit_json(rec, value, indent, level + 1, ascii_only)
    rec.add(("" if indent is None else "\n" + " " * (indent * level)) + ("}" if isinstance(obj, dict) else "]"))


def plain(obj: Any) -> Any:
    """``obj`` with the Gold/Neg markers replaced by their strings."""
    if isinstance(obj, (Gold, Neg)):
        return obj.value
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [plain(v) for v in obj]
    return obj


class _Ctx:
    """Per-record choices: locale, Faker, language of the labels, key style."""

    def __init__(self, rng: random.Random, fakers: dict[str, Faker], locale: str, multi: Faker) -> None:
        self.rng, self.fake, self.locale, self.multi = rng, fakers[locale], locale, multi
        self.region, self.lang = LOCALE_REGION[locale], LOCALE_LANGUAGE[locale]
        self.style = rng.choice(["snake", "snake", "camel", "kebab"])

    def key(self, slot: str, style: str | None = None) -> str:
        names = FIELD_LABELS[slot][1]
        return styled(self.rng.choice(names.get(self.lang) or names["en"]), style or self.style)

    def k(self, snake: str) -> str:
        return styled(snake, self.style)

    def gold(self, slot: str) -> Gold:
        return Gold(SLOT_TYPE[slot], gen_value(slot, self.rng, self.fake, self.locale, self.region))

    def neg(self) -> Neg:
        return Neg(self.rng.choice(HARD_NEGATIVES)(self.rng, self.fake))

    def harmless(self, n: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, gen in self.rng.sample(HARMLESS_FIELDS, n):
            out[self.k(name)] = Neg(gen(self.rng, self.fake))
        return out


# -- JSON tool outputs -----------------------------------------------------------------------


def _crm(c: _Ctx) -> dict[str, Any]:
    address = {c.key("street"): c.gold("street"), c.key("city"): c.gold("city"), c.key("zip"): c.gold("zip")}
    if c.rng.random() < 0.5:
        address[c.key("country")] = c.gold("country")
    person: dict[str, Any] = (
        {c.key("name"): c.gold("name")}
        if c.rng.random() < 0.6
        else {
            c.k("first_name"): Gold("PERSON", c.fake.first_name()),
            c.k("last_name"): Gold("PERSON", c.fake.last_name()),
        }
    )
    return {**c.harmless(2), **person, c.key("email"): c.gold("email"),
            c.k("contact"): {c.key("phone"): c.gold("phone"), c.k("address"): address},
            c.key("company"): c.gold("company"), **c.harmless(1)}  # fmt: skip


def _order(c: _Ctx) -> dict[str, Any]:
    items = [{c.k("sku"): c.neg(), "qty": c.rng.randint(1, 9), c.k("unit_price"): Neg(f"{c.rng.randint(1, 500)}.99")}
             for _ in range(c.rng.randint(1, 3))]  # fmt: skip
    return {**c.harmless(2), c.k("customer"): {c.key("name"): c.gold("name"), c.key("email"): c.gold("email")},
            c.k("shipping"): {c.key("street"): c.gold("street"), c.key("city"): c.gold("city"),
                              c.key("region"): c.gold("region"), c.key("zip"): c.gold("zip")},
            "items": items, c.k("payment"): {"card": {"number": c.gold("card"), c.k("expiry"): Neg("12/29")}},
            c.k("tracking_number"): c.neg()}  # fmt: skip


def _payment(c: _Ctx) -> dict[str, Any]:
    method = c.rng.choice([
        {"type": "card", "number": c.gold("card")},
        {"type": "iban", "value": c.gold("iban")},
        {"kind": "bank_account", "routing": {"number": c.gold("routing")}, "account": {"number": c.gold("account")}},
    ])  # fmt: skip
    return {**c.harmless(3), c.k("payer"): {c.key("name"): c.gold("name"), c.key("iban"): c.gold("iban")},
            c.k("method"): method, c.key("routing"): c.gold("routing"), c.key("account"): c.gold("account")}  # fmt: skip


def _patient(c: _Ctx) -> dict[str, Any]:
    docs = [
        {"type": "drivers_license", "number": c.gold("license")},
        {"type": "passport", "number": c.gold("passport")},
    ]
    contacts = [{"kind": "phone", "value": c.gold("phone")}, {"kind": "email", "value": c.gold("email")}]
    return {c.k("patient_id"): c.neg(), "patient": {c.k("first_name"): Gold("PERSON", c.fake.first_name()),
            c.k("last_name"): Gold("PERSON", c.fake.last_name()), c.key("dob"): c.gold("dob"), c.key("ssn"): c.gold("ssn")},
            c.k("documents"): docs, c.k("contacts"): contacts,
            c.k("emergency_contact"): {c.key("name"): c.gold("name"), c.key("phone"): c.gold("phone")},
            **c.harmless(2)}  # fmt: skip


JSON_BUILDERS: list[Callable[[_Ctx], dict[str, Any]]] = [_crm, _order, _payment, _patient]


def _json_record(rec: AgentRecord, c: _Ctx) -> None:
    rec.fmt = "json"
    obj = c.rng.choice(JSON_BUILDERS)(c)
    if c.rng.random() < 0.3:
        rec.kind = "json_double_encoded"
        inner = AgentRecord(rec.id, rec.kind, rec.locale)
        emit_json(inner, obj)
        rec.add('{"tool": "crm.lookup", "status": 200, "result": "')
        rec.add_escaped(inner)
        rec.add('"}')
    else:
        indent = c.rng.choice([None, 2])
        # One JSON record in five as json.dumps writes it by default (decided by the record's
        # number, not the generator, so every other record stays as it was).
        if rec.id % 5 == 2:
            rec.kind = "json_ascii"
        emit_json(rec, obj, indent, ascii_only=rec.id % 5 == 2)


# -- text tool outputs -----------------------------------------------------------------------

_TEXT_SLOTS = ["name", "phone", "email", "street", "city", "zip", "company", "dob", "iban", "card", "routing", "ssn"]


def _kv_rows(rec: AgentRecord, c: _Ctx) -> None:
    slots = c.rng.sample(_TEXT_SLOTS, c.rng.randint(3, 6))
    inline = c.rng.random() < 0.3
    style = c.rng.choice(["title", "snake", "camel"])
    for i, slot in enumerate(slots):
        rec.add((" " if inline and i else "") + c.key(slot, style) + ("=" if inline else ": "))
        rec.add(c.gold(slot).value, SLOT_TYPE[slot])
        if not inline:
            rec.add("\n")
        if c.rng.random() < 0.4:
            name, gen = c.rng.choice(HARMLESS_FIELDS)
            rec.add((" " if inline else "") + styled(name, style) + ("=" if inline else ": "))
            rec.add(gen(c.rng, c.fake), negative=True)
            rec.add("" if inline else "\n")


def _table(rec: AgentRecord, c: _Ctx, *, harmless: bool = False) -> None:
    slots = [] if harmless else c.rng.sample(_TEXT_SLOTS, c.rng.randint(2, 4))
    extra = c.rng.sample(HARMLESS_FIELDS, 2 if slots else 4)
    sep = c.rng.choice([",", ";", "\t", " | "])
    rec.add(sep.join([c.key(s, "snake") for s in slots] + [name for name, _ in extra]) + "\n")
    for _ in range(c.rng.randint(2, 4)):
        cells: list[tuple[str, str | None]] = [(c.gold(s).value, SLOT_TYPE[s]) for s in slots]
        cells += [(gen(c.rng, c.fake), None) for _name, gen in extra]
        for i, (value, etype) in enumerate(cells):
            rec.add(sep if i else "")
            quote = '"' if sep.strip() and sep.strip() in value else ""
            rec.add(quote)
            rec.add(value, etype, negative=etype is None)
            rec.add(quote)
        rec.add("\n")


def _fill(rec: AgentRecord, c: _Ctx, template: str) -> None:
    """Append ``template``; ``{neg}`` and negative kinds (``{code}``...) become hard negatives, other fields gold values."""
    rest = template
    while "{" in rest:
        head, _, tail = rest.partition("{")
        name, _, rest = tail.partition("}")
        rec.add(head)
        if name in ("neg", "neg2"):
            rec.add(c.neg().value, negative=True)
        elif name in NEGATIVE_GROUPS:
            rec.add(c.rng.choice(NEGATIVE_GROUPS[name])(c.rng, c.fake), negative=True)
        elif name == "ts":
            rec.add(iso_timestamp(c.rng), negative=True)
        elif name == "title":
            rec.add(c.rng.choice(["", "Mr. ", "Ms. ", "Dr. ", "Mrs. "]))
        elif name == "address":
            rec.add(full_address(c.rng, c.fake, c.locale), "STREET_ADDRESS")
        elif name == "phone" and c.rng.random() < 0.2:
            rec.add("(mobile ")
            rec.add(phone_number(c.rng, c.fake, c.region), "PHONE_NUMBER")
            rec.add(")")
        else:
            gold = c.gold(name)
            rec.add(gold.value, gold.type)
    rec.add(rest)


def _email(rec: AgentRecord, c: _Ctx) -> None:
    _fill(rec, c, c.rng.choice(PROSE["greeting"]) + "\n\n")
    for line in c.rng.sample(PROSE["body"], 2) + c.rng.sample(PROSE["pii_line"], c.rng.randint(1, 2)):
        _fill(rec, c, line + " ")
    _fill(rec, c, "\n\n" + c.rng.choice(PROSE["closing"]) + "\n{name}\n")
    for part in c.rng.sample(["{company}\n", "Tel. {phone}\n", "{address}\n", "{email}\n"], c.rng.randint(1, 3)):
        _fill(rec, c, part)


def _ticket(rec: AgentRecord, c: _Ctx) -> None:
    _fill(rec, c, "Ticket {code} | priority " + c.rng.choice(["low", "high", "urgent"]) + " | opened {time}\n")
    _fill(rec, c, "Customer: {name} <{email}>\n")
    _fill(rec, c, c.rng.choice(["Phone: {phone}\n", "Callback number: {phone}\n", "Mobile: {phone}\n"]))
    _fill(rec, c, "Issue: " + c.rng.choice(PROSE["ticket_issue"]) + "\n")
    _fill(rec, c, "Note: " + c.rng.choice(PROSE["pii_line"]) + "\n")


def _log(rec: AgentRecord, c: _Ctx) -> None:
    lines = [
        "{ts} INFO auth login ok user={email} ip=<ip>\n",
        "{ts} WARN payments declined card=<card> amount={amount}\n",
        "{ts} DEBUG crm lookup phone=<phone> zip=<zip> took {amount}\n",
        "{ts} INFO shipping label created for <name>, <address> tracking={code}\n",
        "{ts} ERROR sync failed for account=<account> routing=<routing> code={code}\n",
        "{ts} INFO request {code} served in 12 ms\n",
    ]
    for line in c.rng.sample(lines, c.rng.randint(2, 4)):
        for slot in ("ip", "card", "phone", "zip", "name", "address", "account", "routing"):
            line = line.replace(f"<{slot}>", "{" + slot + "}")
        if "{ip}" in line:
            head, _, tail = line.partition("{ip}")
            _fill(rec, c, head)
            rec.add(c.fake.ipv4(), "IP_ADDRESS")
            _fill(rec, c, tail)
        else:
            _fill(rec, c, line)


def _prose(rec: AgentRecord, c: _Ctx) -> None:
    """Sentences from :mod:`evalset`'s structured templates and labelled lines, hard negatives in between."""
    for _ in range(c.rng.randint(2, 3)):
        if c.rng.random() < 0.5:
            prefix, etype, gen, suffix = c.rng.choice(evalset.TEMPLATES)
            rec.add(prefix)
            rec.add(gen(c.rng, c.multi), etype)
            rec.add(suffix)
        else:
            _fill(rec, c, c.rng.choice(PROSE["labelled"]) + " ")
        _fill(rec, c, c.rng.choice(PROSE["harmless_sentence"]) + " ")


def _harmless(rec: AgentRecord, c: _Ctx) -> None:
    kind = c.rng.randrange(4)
    if kind == 0:
        rec.fmt = "json"
        obj = {**c.harmless(5), "items": [c.harmless(3) for _ in range(c.rng.randint(1, 3))]}
        emit_json(rec, obj, c.rng.choice([None, 2]))
    elif kind == 1:
        _table(rec, c, harmless=True)
    elif kind == 2:
        for _ in range(c.rng.randint(2, 4)):
            _fill(rec, c, c.rng.choice(PROSE["harmless_sentence"]) + " ")
    else:
        for _ in range(c.rng.randint(2, 4)):
            level = c.rng.choice(["INFO", "WARN", "DEBUG"])
            _fill(
                rec,
                c,
                "{ts} "
                + level
                + " job="
                + c.rng.choice(["sync", "export", "billing"])
                + " took {amount} ({version})\n",
            )


KINDS: list[tuple[str, Callable[[AgentRecord, _Ctx], None], int]] = [
    ("json", _json_record, 30),
    ("kv_rows", _kv_rows, 10),
    ("table", _table, 8),
    ("email", _email, 10),
    ("ticket", _ticket, 8),
    ("log", _log, 8),
    ("prose", _prose, 6),
    ("harmless", _harmless, 23),
]
"""(kind, builder, weight): about a fifth of the records (22%) are harmless."""


@functools.cache
def _faker(locales: str) -> Faker:
    """One Faker per locale list, reused across calls (re-seeded by every call; building one is slow).

    Faker's it_IT address provider builds its city list from a set, so its order (and the
    city a seed picks) follows the process's string hash seed; sorting it makes the set
    deterministic across processes.
    """
    fake = Faker(locales.split(","))
    for generator in fake.factories:
        for provider in generator.get_providers():
            if type(provider).__module__ == "faker.providers.address.it_IT":
                provider.cities = sorted(provider.cities)  # type: ignore[attr-defined]
    return fake


def make_agent_evalset(n: int = 1000, seed: int = 16) -> list[AgentRecord]:
    """``n`` records, kinds drawn by weight, locales in turn (every locale appears for n >= 25)."""
    rng = random.Random(seed)
    fakers = {loc: _faker(loc) for loc in LOCALES}
    for i, loc in enumerate(LOCALES):
        fakers[loc].seed_instance(seed * 1000 + i)
    multi = _faker("en_US,en_GB,de_DE,fr_FR,nl_NL,es_ES,it_IT")  # what evalset.TEMPLATES use
    multi.seed_instance(seed)
    names = [k for k, _b, _w in KINDS]
    weights = [w for _k, _b, w in KINDS]
    builders = {k: b for k, b, _w in KINDS}
    records = []
    for i in range(n):
        locale = LOCALES[i % len(LOCALES)]
        kind = rng.choices(names, weights)[0]
        rec = AgentRecord(i, kind, locale)
        builders[kind](rec, _Ctx(rng, fakers, locale, multi))
        records.append(rec)
    return records


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 1000
    for rec in make_agent_evalset(n):
        print(json.dumps(rec.as_dict(), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv)
