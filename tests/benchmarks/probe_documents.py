"""Leak probe: documents rather than records (formal letters, contracts, news items, CVs,
meeting minutes, e-mail headers, reviews, incident reports, git logs, forms and call notes in
the locale's language, bank statement lines, listings, clinical notes, social posts, short
biographies, reply chains), built from Faker values in 24 locales; the same measures and
options as ``probe_records.py``.

    python tests/benchmarks/probe_documents.py --ner --chars --per-locale 24 --seed 5
    python tests/benchmarks/probe_documents.py --ner --examples 10 --kind city

It is not a scored evaluation set: see ``bench_detection.py`` for that. Compare two versions
of Mask on the same documents with ``PYTHONHASHSEED=0`` set for both runs.
"""

from __future__ import annotations

import random
from typing import Any

from probe_records import Template, V, run


def _letter(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"{v['name']}\n{v['address']}\n\n{v['company']}\nAttn: Customer Relations\n\n3 March 2026\n\n"
        f"Dear Sir or Madam,\n\nI am writing about the order delivered to my home last week. "
        f"Please contact me on {v['phone_fmt']}.\n\nYours faithfully,\n{v['name']}\n"
    ), ("name", "address", "company", "phone_fmt")


def _contract(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"This Agreement is made between {v['company']}, with its registered office at {v['oneline']} "
        f'(the "Supplier"), and {v["name"]}, residing at {v["street"]}, {v["city2"]} (the "Client").'
    ), ("company", "oneline", "name", "street", "city2")


def _news(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"{v['name']}, {rng.randint(21, 80)}, of {v['city']}, was named the winner on Saturday. "
        f'"It was a surprise," said {v["first"]} {v["last"]}, a spokesperson for {v["company"]}.'
    ), ("name", "city", "first", "last", "company")


def _cv(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"{v['name'].upper()}\n{v['street']} · {v['city']} · {v['phone']}\n\nEXPERIENCE\n"
        f"Senior Analyst, {v['company']}, {v['city2']} (2019-2023)\n\nREFERENCES\n{v['name2']}, available on request\n"
    ), ("name_upper", "street", "city", "phone", "company", "city2", "name2")


def _minutes(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"Minutes of the board meeting\nPresent: {v['name']}, {v['name2']}, {v['first']} {v['last']}\n"
        f"Apologies: {v['last2']}\nAction: {v['first']} to send the revised budget to {v['company']}.\n"
    ), ("name", "name2", "first", "last", "last2", "company")


def _mail_headers(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f'From: "{v["name"]}" <{v["email"]}>\nTo: {v["name2"]} <{v["email2"]}>\n'
        f"Subject: Re: visit to {v['city']}\n\nSee you at {v['street']} on Monday.\n"
    ), ("name", "name2", "city", "street")


def _review(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"★★★★☆ Great service at the {v['city']} branch. {v['first']} sorted out my refund in ten "
        f"minutes. Only downside: parking on {v['street']} is a nightmare."
    ), ("city", "first", "street")


def _incident(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"Incident report: the reporting party, {v['name']}, residing at {v['oneline']}, stated that a "
        f"vehicle was damaged outside {v['company']}. Witness: {v['name2']} (tel. {v['phone']})."
    ), ("name", "oneline", "company", "name2", "phone")


def _git_log(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"commit {rng.getrandbits(160):040x}\nAuthor: {v['name']} <{v['email']}>\nDate:   Mon Mar 2 10:12:44 2026\n\n"
        f"    Fix the export for the {v['city']} office\n\n    Reviewed-by: {v['name2']}\n"
    ), ("name", "city", "name2")


def _lowercase_chat(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"hey its {v['first'].lower()} here, my new number is {v['phone']} and i moved to {v['city']} "
        f"btw. say hi to {v['first2']} for me"
    ), ("first_lower", "phone", "city", "first2")


_FORM = {
    "de": ("Name", "Straße", "PLZ", "Ort", "Telefon", "Firma"),
    "fr": ("Nom", "Adresse", "Code postal", "Ville", "Téléphone", "Société"),
    "es": ("Nombre", "Dirección", "Código postal", "Ciudad", "Teléfono", "Empresa"),
    "it": ("Nome", "Indirizzo", "CAP", "Città", "Telefono", "Azienda"),
    "pt": ("Nome", "Morada", "Código postal", "Cidade", "Telefone", "Empresa"),
    "nl": ("Naam", "Adres", "Postcode", "Plaats", "Telefoon", "Bedrijf"),
}


def _native_form(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    labels = _FORM.get(v["lang"], ("Name", "Street", "Postcode", "City", "Phone", "Company"))
    values = (v["name"], v["street"], v["postcode"], v["city"], v["phone"], v["company"])
    return "\n".join(f"{label}: {value}" for label, value in zip(labels, values, strict=True)) + "\n", (
        "name",
        "street",
        "postcode",
        "city",
        "phone",
        "company",
    )


_CALLBACK = {
    "de": "Frau {last} aus {city} hat angerufen, bitte unter {phone} zurückrufen. Sie wohnt in der {street}.",
    "fr": "Mme {last} de {city} a appelé, merci de la rappeler au {phone}. Elle habite {street}.",
    "es": "La señora {last}, de {city}, llamó; devolver la llamada al {phone}. Vive en {street}.",
    "it": "La signora {last} di {city} ha chiamato, richiamare al {phone}. Abita in {street}.",
    "pt": "A Sra. {last}, de {city}, ligou; ligar de volta para {phone}. Mora na {street}.",
    "nl": "Mevrouw {last} uit {city} heeft gebeld, graag terugbellen op {phone}. Ze woont aan de {street}.",
    "pl": "Pani {last} z miejscowości {city} dzwoniła, proszę oddzwonić pod {phone}. Mieszka przy {street}.",
    "sv": "Fru {last} från {city} ringde, ring tillbaka på {phone}. Hon bor på {street}.",
    "da": "Fru {last} fra {city} ringede, ring tilbage på {phone}. Hun bor på {street}.",
}


def _native_note(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    template = _CALLBACK.get(
        v["lang"], "Ms {last} from {city} called, please ring her back on {phone}. She lives at {street}."
    )
    return template.format(**v), ("last", "city", "phone", "street")


def _statement(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"03/03 TRANSFER TO {v['name_upper']} REF {rng.randint(100000, 999999)}  -120.00\n"
        f"04/03 CARD PAYMENT {v['company'].upper()} {v['city'].upper()}  -35.90\n"
    ), ("name_upper", "company_upper", "city_upper")


def _listing(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"Charming two-bedroom flat on {v['street']} in {v['city']}, close to the station. "
        f"Viewings: contact {v['name']} on {v['phone']}."
    ), ("street", "city", "name", "phone")


def _medical(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"Pt is a {rng.randint(20, 90)} y/o from {v['city']}, referred by Dr. {v['last2']}. Lives with "
        f"partner {v['first2']}. NOK: {v['name2']}, {v['phone']}."
    ), ("city", "last2", "first2", "name2", "phone")


def _social(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"So happy for {v['first']} {v['last']} who just moved to {v['city']}! 🎉 Congrats from all of us at "
        f"{v['company']}."
    ), ("first", "last", "city", "company")


def _bio(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"{v['name']} (born {rng.randint(1, 28)} May {rng.randint(1950, 2000)} in {v['city']}) is an engineer. "
        f"She grew up in {v['city2']} and joined {v['company']} in 2015."
    ), ("name", "city", "city2", "company")


def _reply_chain(v: V, rng: random.Random) -> tuple[Any, tuple[str, ...]]:
    return (
        f"Sounds good, see you then.\n\nOn Mon, 2 Mar 2026 at 10:12, {v['name']} <{v['email']}> wrote:\n"
        f"> Could we meet at {v['street']} instead? My number is {v['phone']}.\n> {v['first']}\n"
    ), ("name", "street", "phone", "first")


def _extra(v: V, fake: Any, locale: str) -> V:
    v = dict(v)
    v["name_upper"] = v["name"].upper()
    v["first_lower"] = v["first"].lower()
    v["first2"] = fake.first_name()
    v["email"] = fake.email()
    v["email2"] = fake.email()
    v["lang"] = locale.split("_")[0]
    v["company_upper"] = v["company"].upper()
    v["city_upper"] = v["city"].upper()
    return v


TEMPLATES: list[Template] = [
    _letter,
    _contract,
    _news,
    _cv,
    _minutes,
    _mail_headers,
    _review,
    _incident,
    _git_log,
    _lowercase_chat,
    _native_form,
    _native_note,
    _statement,
    _listing,
    _medical,
    _social,
    _bio,
    _reply_chain,
]


if __name__ == "__main__":
    raise SystemExit(run(TEMPLATES, __doc__, extra=_extra))
