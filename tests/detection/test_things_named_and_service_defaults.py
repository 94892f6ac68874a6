"""Tool outputs about things, not people, stay in clear with the pattern detectors: a generic name
field decided by its record (a catalogue's ``nombre`` beside ``precio``, a calendar's holidays, a
chess table's ``ECO | Name``, a plant card's ``Common name:``), a training plan's ``@RPE6`` and a
crontab's ``@reboot``, a service's default credentials (``guest:guest``) and its application
account (``user: catalog_app``), an empty key before the next line, a till's receipt number and a
cloud's region. What a person's record holds is still protected."""

from __future__ import annotations

import pytest

from mask.core import Mask

from .conftest import scanned

HOLIDAYS = (
    '{"year": 2025, "holidays": [\n {"date": "2025-04-18", "name": "Good Friday", "type": "public"},\n'
    ' {"date": "2025-12-26", "name": "Boxing Day", "type": "public"}\n], "count": 2}'
)
PRODUCTS = (
    '{"consulta": "zapatillas", "productos": [\n  {"referencia": "NBL-HKR-MID-ARN", "nombre": "Niebla Hiker Mid WP",'
    ' "color": "Arena", "precio": "149,00 \u20ac", "stock": 0}\n]}'
)
PRODUCT_NO_PARENT = '[{"nombre": "Cresta Trail Runner", "precio": "119,95 \u20ac", "stock": 64}]'
OPENINGS = (
    "ECO  | Name                    | Main line (first moves)\n"
    "-----|-------------------------|------------------------\n"
    "D06  | Queen's Gambit          | 1.d4 d5 2.c4\n"
    "C55  | Two Knights Defence     | 1.e4 e5 2.Nf3 Nc6 3.Bc4 Nf6\n"
)
PLANT = "PLANT CARD #PC-118\nCommon name: Fiddle-leaf fig\nLatin name: Ficus lyrata (family Moraceae)\n"
TRAINING = (
    "Week | Day A (Strength)             | Day B\n"
    "1    | Squat 3\u00d78 @RPE6, Push-up 3\u00d710| 6\u00d71 min hard\n"
    "3    | Deadlift 3\u00d76, Press 3\u00d78      | 4\u00d73 min @threshold / 2 min\n"
)
CRONTAB = "0 2 * * * /opt/jobs/bin/rebuild_index --full\n@reboot              /opt/jobs/bin/warm_cache --top=2000\n"
BROKER = '[queue]\nbroker = "amqp://guest:guest@localhost:5672//"\nprefetch = 16\n'
DOTENV = (
    "DATABASE_URL=postgres://app:app@localhost:5432/app_dev\n"
    "STRIPE_LIKE_API_KEY=\nSMTP_HOST=localhost\nSMTP_PORT=1025\n"
)
DB_CONFIG = 'database:\n  host: db.internal\n  port: 5432\n  user: catalog_app\n  password: ""\n'
DIENST = "[datenbank]\nhost = db-primaer.intern\nbenutzer = lager_app\npasswort =\n"
RECEIPT = "Auth code 0A41F2   Txn 000918273\n2024-04-06 14:32:09   Receipt No. 0412-03-88127\n"
REGION = "Filters applied: capacity \u2265 0.8 L \u00b7 sort=relevance \u00b7 region=EU-WEST"


@pytest.mark.parametrize(
    "text",
    [
        *(HOLIDAYS, PRODUCTS, PRODUCT_NO_PARENT, OPENINGS, PLANT, TRAINING, CRONTAB, BROKER, DOTENV, DB_CONFIG),
        *(DIENST, RECEIPT, REGION, "Region: eu-west-1", "Generic name: Metformin hydrochloride"),
        '{"name": "Calculator", "description": "Adds two numbers", "inputSchema": {"type": "object"}}',
    ],
)
def test_things_stay_in_clear(pattern_mask: Mask, text: str) -> None:
    assert scanned(pattern_mask, text) == []
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        # a person's record keeps its generic name field a name, whatever its list is called
        (
            '{"clientes": [{"nombre": "Lucía Ferrer Ortiz", "email": "lferrer@correo.es"}]}',
            "Lucía Ferrer Ortiz",
            "PERSON",
        ),
        ('{"holidays": [{"name": "Good Friday"}], "owner": {"name": "Ines Duarte"}}', "Ines Duarte", "PERSON"),
        ('{"guests": [{"date": "2025-04-18", "name": "Marta Ilves", "type": "vip"}]}', "Marta Ilves", "PERSON"),
        # a person's record, by an e-mail or a phone beside the name, whatever thing's key it has too
        (
            '{"author": {"name": "Jane Holloway", "email": "jane@holloway.dev", "url": "https://holloway.dev"}}',
            "Jane Holloway",
            "PERSON",
        ),
        ('{"name": "Jane Holloway", "phone": "+44 20 7946 0958", "quantity": 2}', "Jane Holloway", "PERSON"),
        # a person's own name field is a name even beside a thing's key
        ('{"full_name": "Aurelio Benedetti", "price": "12.00"}', "Aurelio Benedetti", "PERSON"),
        (
            "| Name           | Phone         |\n|----|----|\n| Priya Raman    | 020 7946 0958 |",
            "Priya Raman",
            "PERSON",
        ),
        ("Name: Fiona Gallagher\nDOB: 1988-02-14", "Fiona Gallagher", "PERSON"),
        ("Patient name: Fiona Gallagher", "Fiona Gallagher", "PERSON"),
        # a person's login and password in a URL, and a password that repeats no service's login
        ("postgres://okafor_b:Bl4ckberry+Sea@db.corp.io:5432/crm", "Bl4ckberry+Sea", "PASSWORD"),
        ("postgres://okafor_b:Bl4ckberry+Sea@db.corp.io:5432/crm", "okafor_b", "USERNAME"),
        ("amqp://guest:Heron2210x@localhost:5672//", "Heron2210x", "PASSWORD"),
        ("jdoe:jdoe@db.corp.io postgres://kvale_t:kvale_t@db.corp.io/x", "kvale_t", "USERNAME"),
        # a key's value on its own line, a person's login under a login's label
        ("api_key=sk4f9e2b7c1d0a3e5f6b8c9d", "sk4f9e2b7c1d0a3e5f6b8c9d", "API_KEY"),
        ("user: kayla_m_rivers\n", "kayla_m_rivers", "USERNAME"),
        # a mention that is an account, a crontab line's mention in its comment
        ("Squat day is done, thanks @mkovacs for spotting", "mkovacs", "USERNAME"),
        ("cc @rpe_fan42 on the plan", "rpe_fan42", "USERNAME"),
        # a phone under a phone's label beside a receipt, a place under a region's label
        ("Receipt No. 4471 \u00b7 Tel. 0412 555 019", "0412 555 019", "PHONE_NUMBER"),
        ("Region: West Yorkshire", "West Yorkshire", "LOCATION"),
    ],
)
def test_personal_values_still_found(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in scanned(pattern_mask, text)


def test_a_payload_record_is_decided_by_its_keys(pattern_mask: Mask) -> None:
    payload = {
        "productos": [{"nombre": "Cresta Trail Runner", "precio": "119,95", "stock": 64}],
        "reviews": [{"name": "Ines Duarte", "email": "ines@duarte.pt", "url": "https://duarte.pt"}],
    }
    out = pattern_mask.protect(payload)
    assert out["productos"][0]["nombre"] == "Cresta Trail Runner"
    assert out["reviews"][0]["name"] != "Ines Duarte"
