"""Tool outputs that hold no personal data, for the harmless probe (``probe_harmless.py --tools N``).

What an agent's tools return when no person is involved: weather reports, product records,
stock quotes, build and deploy logs, release notes, error messages, metrics, recipes, unit
conversions, calendar slots, shipment states and configuration. Our own wording; numbers,
versions, codes and product words drawn at random. No name of a person, town, street,
company or country is written in them (a city in a weather report would be a place), so a
record that comes back altered is a false positive.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable

__all__ = ["tool_outputs"]

_R = random.Random
_DIRECTIONS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW", "NNW", "ESE")
_SKIES = ("Partly cloudy", "Light rain", "Sunny", "Overcast", "Scattered showers", "Fog", "Clear")
_PRODUCTS = (
    ("Wireless Mouse", "Graphite"),
    ("Noise Cancelling Headphones", "Midnight Blue"),
    ("Classic Crew T-Shirt", "Black"),
    ("Stainless Steel Water Bottle", "Silver"),
    ("Mechanical Keyboard", "White"),
    ("Running Shoes", "Coral"),
    ("Long Range Electric Scooter", "Grey"),
    ("Standing Desk Frame", "Oak"),
)
_SERVICES = ("billing-api", "auth-service", "search-indexer", "payments-worker", "web-frontend", "report-cron")
_ERRORS = ("TimeoutError", "ConnectionResetError", "ValueError", "KeyError", "PermissionError", "OOMKilled")
_FEATURES = (
    "Dark Mode",
    "Offline Sync",
    "Bulk Export",
    "Two-Factor Login",
    "Custom Fields",
    "Keyboard Shortcuts",
    "Audit Log",
    "Smart Filters",
)
_DISHES = ("Tomato Soup", "Lemon Tart", "Vegetable Curry", "Banana Bread", "Mushroom Risotto", "Chili Con Carne")
_UNITS = (("miles", "km", 1.609), ("pounds", "kg", 0.4536), ("inches", "cm", 2.54), ("gallons", "litres", 3.785))
_TICKERS = ("ACME", "GLOBX", "INITECH", "UMBR", "HOOLI", "VNDLY")
_ROOMS = ("Atlas", "Orion", "Summit", "Harbor", "Maple", "Cedar")
_STATUSES = ("In transit", "Out for delivery", "Delivered", "Held at depot", "Label created")
_PLANS = ("Starter", "Team", "Business", "Enterprise", "Pro")


def _version(rng: _R) -> str:
    return f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"


def _sha(rng: _R, n: int = 7) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _code(rng: _R, letters: int, digits: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(letters)) + "".join(
        rng.choice(string.digits) for _ in range(digits)
    )


def _weather(rng: _R) -> str:
    high = rng.randint(8, 34)
    return (
        f"Weather for today: {rng.choice(_SKIES)}, high of {high}°C, low of {high - rng.randint(4, 12)}°C. "
        f"Wind {rng.choice(_DIRECTIONS)} {rng.randint(3, 40)} km/h. UV index {rng.randint(1, 10)}. "
        f"Humidity {rng.randint(30, 95)}%, pressure {rng.randint(990, 1035)} hPa."
    )


def _weather_json(rng: _R) -> str:
    return json.dumps(
        {
            "conditions": rng.choice(_SKIES),
            "temperature_c": rng.randint(-5, 35),
            "wind": {"speed_kmh": rng.randint(0, 60), "direction": rng.choice(_DIRECTIONS)},
            "precipitation_mm": round(rng.random() * 12, 1),
            "forecast": [{"day": d, "high": rng.randint(5, 30)} for d in ("Mon", "Tue", "Wed")],
        }
    )


def _product(rng: _R) -> str:
    name, color = rng.choice(_PRODUCTS)
    return json.dumps(
        {
            "sku": f"{_code(rng, 3, 0)}-{_code(rng, 2, 0)}-{rng.randint(100, 999)}",
            "name": f"{name} {rng.choice(('', 'Pro ', 'Lite ', 'Max '))}{rng.randint(2, 9)}".replace("  ", " "),
            "color": color,
            "price": round(rng.uniform(5, 500), 2),
            "currency": rng.choice(("USD", "EUR", "GBP")),
            "stock": rng.randint(0, 400),
            "rating": round(rng.uniform(3.0, 5.0), 1),
        }
    )


def _spec_line(rng: _R) -> str:
    name, _ = rng.choice(_PRODUCTS)
    return (
        f"{name} Model {rng.randint(2, 9)} Long Range: 0-100 km/h in {rng.randint(3, 9)}.{rng.randint(0, 9)} s, "
        f"range {rng.randint(200, 700)} km, battery {rng.randint(40, 100)} kWh, weight {rng.randint(8, 30)} kg."
    )


def _quote(rng: _R) -> str:
    picks = rng.sample(_TICKERS, 3)
    return (
        "Quotes: "
        + ", ".join(f"{t} {rng.uniform(10, 900):.2f} ({rng.choice('+-')}{rng.uniform(0, 4):.1f}%)" for t in picks)
        + f"; volume {rng.randint(1, 90)}.{rng.randint(0, 9)}M."
    )


def _build(rng: _R) -> str:
    return (
        f"Build #{rng.randint(1000, 99999)} {rng.choice(('passed', 'failed'))} in {rng.randint(1, 40)}m "
        f"{rng.randint(0, 59)}s on main (commit {_sha(rng)}). {rng.randint(50, 3000)} tests, "
        f"{rng.randint(0, 5)} failures, coverage {rng.randint(60, 99)}%."
    )


def _log(rng: _R) -> str:
    return (
        f"ERROR 2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z {rng.choice(_SERVICES)}-{rng.randint(1, 9)} "
        f"{rng.choice(_ERRORS)}: upstream did not respond within {rng.randint(5, 60)}s "
        f"(retry {rng.randint(1, 5)}/5, request id {_sha(rng, 12)})"
    )


def _deploy(rng: _R) -> str:
    return (
        f"Deployed {rng.choice(_SERVICES)} v{_version(rng)} to production ({rng.randint(2, 12)} pods, "
        f"region eu-west-{rng.randint(1, 3)}). Rollout finished in {rng.randint(1, 15)} min; "
        f"error rate {rng.uniform(0, 1):.2f}%, p99 latency {rng.randint(80, 900)} ms."
    )


def _release(rng: _R) -> str:
    a, b = rng.sample(_FEATURES, 2)
    return (
        f"Release notes v{_version(rng)}: Added {a}. Improved {b} on large workspaces. Fixed a crash when "
        f"opening files over {rng.randint(2, 500)} MB. Known issue: #{rng.randint(100, 9999)}."
    )


def _k8s(rng: _R) -> str:
    return (
        f"Pod {rng.choice(_SERVICES)}-{_sha(rng, 6)}-{_sha(rng, 5)} restarted {rng.randint(1, 9)} times "
        f"({rng.choice(_ERRORS)}). Memory limit {rng.choice((256, 512, 1024))}Mi, CPU {rng.randint(1, 4)} cores."
    )


def _metrics(rng: _R) -> str:
    return json.dumps(
        {
            "service": rng.choice(_SERVICES),
            "window": "5m",
            "requests": rng.randint(1000, 90000),
            "errors": rng.randint(0, 90),
            "latency_ms": {"p50": rng.randint(5, 80), "p95": rng.randint(80, 400), "p99": rng.randint(400, 2000)},
        }
    )


def _recipe(rng: _R) -> str:
    return (
        f"Recipe: {rng.choice(_DISHES)}. Serves {rng.randint(2, 8)}. {rng.randint(100, 500)} g flour, "
        f"{rng.randint(1, 4)} eggs, {rng.randint(100, 400)} ml milk, 1 pinch salt. Bake at "
        f"{rng.choice((160, 180, 200))}°C for {rng.randint(15, 60)} minutes."
    )


def _convert(rng: _R) -> str:
    a, b, f = rng.choice(_UNITS)
    x = rng.randint(1, 500)
    return f"{x} {a} = {x * f:.2f} {b}"


def _calendar(rng: _R) -> str:
    hour = rng.randint(8, 16)
    return json.dumps(
        {
            "event": rng.choice(("Quarterly Business Review", "Sprint Planning", "Design Review", "All Hands")),
            "room": rng.choice(_ROOMS),
            "start": f"{hour:02d}:00",
            "end": f"{hour + 1:02d}:30",
            "recurring": rng.choice((True, False)),
        }
    )


def _shipment(rng: _R) -> str:
    return (
        f"Shipment {_code(rng, 2, 0)}{rng.randint(10**9, 10**10 - 1)} status: {rng.choice(_STATUSES)}. "
        f"{rng.randint(1, 5)} parcels, {rng.uniform(0.3, 25):.1f} kg, ETA {rng.randint(1, 6)} days."
    )


def _plan(rng: _R) -> str:
    return (
        f"The {rng.choice(_PLANS)} plan includes {rng.randint(1, 50)} seats, {rng.choice((10, 100, 500))} GB "
        f"storage, SSO and audit logs for {rng.randint(5, 90)} dollars per month. Upgrade from Settings > Billing."
    )


def _config(rng: _R) -> str:
    return (
        f"max_connections = {rng.randint(10, 500)}\ntimeout_seconds = {rng.randint(1, 120)}\n"
        f"cache_size_mb = {rng.randint(16, 4096)}\nlog_level = {rng.choice(('INFO', 'DEBUG', 'WARNING'))}\n"
        f"feature_flags = [{', '.join(repr(f.lower().replace(' ', '_')) for f in rng.sample(_FEATURES, 2))}]"
    )


def _ticket(rng: _R) -> str:
    return (
        f"Ticket #{rng.randint(10000, 99999)}: Printer offline after firmware update {_version(rng)}. "
        f"Priority: {rng.choice(('Low', 'Medium', 'High'))}. Status: {rng.choice(('Open', 'Resolved', 'Pending'))}. "
        f"Category: Hardware Request."
    )


def _error_code(rng: _R) -> str:
    return (
        f"Error code 0x{_sha(rng, 8).upper()}: access denied. See KB {rng.randint(100000, 9999999)}. "
        f"Line {rng.randint(1, 900)} Column {rng.randint(1, 80)}: unexpected token at position {rng.randint(1, 9000)}."
    )


def _score(rng: _R) -> str:
    return (
        f"Final score {rng.randint(0, 5)}-{rng.randint(0, 5)} after {rng.choice((90, 120))} minutes; "
        f"possession {rng.randint(35, 65)}%, shots {rng.randint(3, 25)}, corners {rng.randint(0, 12)}."
    )


def _invoice_totals(rng: _R) -> str:
    return (
        f"Invoice INV-{rng.randint(2020, 2026)}-{rng.randint(1, 99999):05d}: {rng.randint(1, 9)} items, subtotal "
        f"{rng.uniform(10, 2000):.2f} EUR, VAT {rng.choice((7, 19, 20, 21))}%, due in {rng.choice((14, 30, 60))} days."
    )


_TEMPLATES: tuple[Callable[[_R], str], ...] = (
    _weather,
    _weather_json,
    _product,
    _spec_line,
    _quote,
    _build,
    _log,
    _deploy,
    _release,
    _k8s,
    _metrics,
    _recipe,
    _convert,
    _calendar,
    _shipment,
    _plan,
    _config,
    _ticket,
    _error_code,
    _score,
    _invoice_totals,
)


def tool_outputs(n: int, seed: int) -> list[str]:
    """``n`` harmless tool outputs, the templates in turn, values drawn with ``seed``."""
    rng = random.Random(seed)
    return [_TEMPLATES[i % len(_TEMPLATES)](rng) for i in range(n)]
