"""Generated texts for the names benchmark: gold PERSON/LOCATION/ORGANIZATION spans, and harmless tool output.

Everything comes from templates written for this benchmark and Faker (12 locales); no
public NER or PII data set is used. ``labelled(n)`` returns texts with gold spans,
``harmless(n)`` texts that hold no person, place or organization.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from faker import Faker

LOCALES = ["en_US", "en_GB", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR", "nl_NL", "pl_PL", "sv_SE", "da_DK", "vi_VN"]

LABELLED_TEMPLATES = [
    "Dear {person},\nYour order has shipped and should arrive in {city} on {weekday}.\n\nBest regards,\n{person2}",
    "Hi {first},\nthe ticket was reassigned to {person2} at {company}.\nThanks,\n{person3}",
    "Meeting notes: {person} ({company}) and {person2} agreed to move the launch to {city}.",
    "{person} flew from {city} to {city2} on Tuesday for the {company} audit.",
    "Customer {person} from {country} reported that the app crashes on login.",
    "Please forward the contract to Mr. {last} at {company} before Friday.",
    "Support ticket #4412 opened by {person}: delivery to {city}, {country} is late.",
    "Dr. {last} will see the patient in {city} next week.",
    "Hola {first},\n\nte escribo desde {city}.\n\nSaludos,\n{person}",
    "Bonjour {first},\nle colis part de {city} demain.\nCordialement,\n{person2}",
    "Hallo {first},\ndie Lieferung nach {city} ist unterwegs.\nMit freundlichen Grüßen,\n{person2}",
    "{company} hired {person} as head of sales for {country}.",
    "Shipment for {person}, {city}: 3 parcels, ETA 2 days.",
    "Interview with {person}, who grew up in {city} and now works for {company}.",
    "Escalated by {person2} on behalf of {person} ({company}, {city}).",
]

HARMLESS_TEMPLATES = [
    "2024-05-{d2} 10:{d2}:{d2} INFO worker-{n} processed batch {n4} in {n} ms (queue=default)",
    "ERROR [{module}] TimeoutError after {n}s calling {func}() on {host}",
    "Invoice INV-{year}-{n5} covers items 1-{n}. Total: {price} {cur}. Due {date}.",
    "Shipment {track} is on its way; ETA {n} days. Status: In Transit.",
    "Upgraded from v{ver} to v{ver2}; see CHANGELOG for breaking changes.",
    "## {ver2} ({date})\n### Fixed\n- {func} no longer raises on empty input\n- Faster {module} import",
    "SKU {sku} | {product} | {price} {cur} | In stock: {n}",
    "JIRA-{n4}: {func} returns None when the cache is cold. Priority: High. Sprint {n}.",
    "def {func}(self, {arg}: int) -> dict:\n    return self.{arg}_cache.get({arg})",
    "Order #{n5} confirmed. Estimated delivery: {weekday}, {month} {d2}. Tracking ID {track}.",
    "PR #{n4} merged: bump {module} to {ver2}, drop Python 3.8, CI green on Ubuntu and Windows.",
    "Build {n5} FAILED at step 'Run tests' ({n} failed, {n4} passed) on {weekday}.",
    "GET /api/v2/{arg}s/{n5} 200 {n}ms user_agent=curl/8.4.0",
    "Product: {product}. Dimensions: {n} x {n} cm, weight {n} kg, warranty {n} years. Price {price} {cur}.",
    "FYI the PDF export is ASAP for the Q{q} report; KPI dashboard refresh at {d2}:00 UTC.",
    "Release Notes {ver2}: New dark mode, Improved search, Bug fixes. Download size {n} MB.",
    "Disk usage on {host}: {n}% of {n4} GB; SMART status OK; RAID rebuild {n}% complete.",
    "Payment of {price} {cur} received for order {n5}. Reference: {sku}. Method: Credit Card.",
    "Step {n}: run `pip install {module}=={ver}` then `python -m {module}.cli --help`.",
    "Weekly report: {n} tickets closed, {n} reopened, mean time to resolve {n} h. Next review on {weekday}.",
    "Deployed {module} {ver2} to Kubernetes; PostgreSQL migration {n4} applied; Redis cache warmed.",
    "GitHub Actions: Lint passed, Unit Tests failed ({n}), Docker Build skipped. Retry with Node {n}.",
    "Order Summary\nSubtotal: {price} {cur}\nShipping: Free\nTax (VAT {n}%): {price} {cur}\nTotal Due: {price} {cur}",
    "Known Issues: Dark Mode flickers on macOS Sonoma; Export to Excel drops hidden columns.",
    "Product Title: {product} - Premium Quality, Fast Shipping, {n} Reviews, Rated {q}.5 Stars",
    "Error Code E{n4}: Access Denied. Contact Support or see the Help Center (Article {n5}).",
    "Migration Guide: Replace DataFrame.append with pandas.concat; Python 3.{n} or newer required.",
    "Status Page: API Gateway Operational, Search Degraded Performance, Webhooks Partial Outage.",
    "Meeting Agenda: Roadmap Review, Budget Planning, Hiring Update, Any Other Business.",
    "Your Amazon Web Services bill for {month} is {price} USD. Free Tier usage: {n}%.",
    "Chrome {n}.0 on Windows {q}1, Safari on iOS {n}, Firefox ESR: supported browsers as of {month}.",
    "Action Required: Verify your Email Address to keep using Premium Features.",
    "Sprint Retrospective - What Went Well: Faster Builds. What To Improve: Flaky Tests.",
    "Cart: {n} x {product}, {n} x USB Hub, Gift Wrap. Promo Code SPRING{n} applied.",
    "Warning: Deprecated Function {func} will be removed in Version {ver2}. Use {func}_v2 instead.",
    "Server Room Temperature Alert: {n} C on Rack {q}, Fan Speed {n4} RPM, Humidity {n}%.",
    "Table of Contents: Introduction, Getting Started, Configuration, Advanced Usage, FAQ, License.",
    "Reminder: Quarterly Business Review on {weekday} at {d2}:00 in Conference Room B.",
    "New Feature Request: Bulk Edit for Tags and Custom Fields (Votes: {n}, Status: Under Review).",
    "Terraform plan: {n} to add, {n} to change, {n} to destroy. Module aws_s3_bucket.logs updated.",
]
PRODUCTS = [
    "Stainless Steel Water Bottle",
    "Wireless Mouse M325",
    "USB-C Charging Cable 2m",
    "Organic Green Tea 100g",
    "Noise Cancelling Headphones",
    "Ergonomic Office Chair",
    "LED Desk Lamp",
    "Mechanical Keyboard TKL",
    "Yoga Mat Pro",
    "Cast Iron Skillet 28cm",
]
MODULES = ["requests", "numpy", "auth", "billing", "scheduler", "parser", "cache", "router", "storage", "metrics"]
FUNCS = ["get_user_by_id", "parseConfig", "load_settings", "fetchOrders", "build_index", "retry_request", "to_json"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


@dataclass
class Record:
    text: str
    spans: list[tuple[int, int, str]]


def _fill(template: str, values: dict[str, tuple[str, str | None]]) -> Record:
    """Fill ``{key}`` fields, tracking where the labelled ones land."""
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    i = 0
    while i < len(template):
        j = template.find("{", i)
        if j < 0:
            out.append(template[i:])
            break
        out.append(template[i:j])
        pos += j - i
        k = template.index("}", j)
        value, etype = values[template[j + 1 : k]]
        if etype:
            spans.append((pos, pos + len(value), etype))
        out.append(value)
        pos += len(value)
        i = k + 1
    return Record("".join(out), spans)


def labelled(n: int, seed: int = 7) -> list[Record]:
    rng = random.Random(seed)
    fakers = {loc: Faker(loc) for loc in LOCALES}
    for k, f in enumerate(fakers.values()):
        f.seed_instance(seed + k)
    records = []
    for i in range(n):
        f = fakers[LOCALES[i % len(LOCALES)]]
        g = fakers[rng.choice(LOCALES)]
        values = {
            "person": (f.name(), "PERSON"),
            "person2": (g.name(), "PERSON"),
            "person3": (f.name(), "PERSON"),
            "first": (f.first_name(), "PERSON"),
            "last": (f.last_name(), "PERSON"),
            "city": (f.city(), "LOCATION"),
            "city2": (g.city(), "LOCATION"),
            "country": (f.country(), "LOCATION"),
            "company": (f.company(), "ORGANIZATION"),
            "weekday": (rng.choice(WEEKDAYS), None),
        }
        records.append(_fill(LABELLED_TEMPLATES[i % len(LABELLED_TEMPLATES)], values))
    return records


def harmless(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    f = Faker("en_US")
    f.seed_instance(seed)
    texts = []
    for i in range(n):
        values = {
            "d2": (f"{rng.randint(1, 28):02d}", None),
            "n": (str(rng.randint(1, 99)), None),
            "n4": (str(rng.randint(1000, 9999)), None),
            "n5": (str(rng.randint(10000, 99999)), None),
            "year": (str(rng.randint(2019, 2026)), None),
            "q": (str(rng.randint(1, 4)), None),
            "ver": (f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", None),
            "ver2": (f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", None),
            "price": (f"{rng.randint(1, 999)}.{rng.randint(0, 99):02d}", None),
            "cur": (rng.choice(["USD", "EUR", "GBP", "CHF", "JPY"]), None),
            "date": (f.date(), None),
            "track": (rng.choice(["1Z", "94", "JD"]) + f.bothify("##??#######?##").upper(), None),
            "sku": (f.bothify("SKU-???-####").upper(), None),
            "product": (rng.choice(PRODUCTS), None),
            "module": (rng.choice(MODULES), None),
            "func": (rng.choice(FUNCS), None),
            "arg": (rng.choice(["order", "user", "item", "session"]), None),
            "host": (f"{rng.choice(['db', 'web', 'api'])}-{rng.randint(1, 9)}.internal", None),
            "weekday": (rng.choice(WEEKDAYS), None),
            "month": (rng.choice(MONTHS), None),
        }
        texts.append(_fill(HARMLESS_TEMPLATES[i % len(HARMLESS_TEMPLATES)], values).text)
    return texts
