"""Field names written as one lower-case word, as CRM exports write them (HubSpot's
``mobilephone``, ``dateofbirth``, ``streetaddress``): read as the fewest vocabulary words they
are made of. The value stayed in clear unless a detector found it on its own; a name of a thing
(``filename``, ``hostname``, ``productname``) still names no person."""

from __future__ import annotations

import json

import pytest

from mask.core import Mask
from mask.core.detectors.labels import LabelVocabulary, glued_words


@pytest.mark.parametrize(
    ("key", "etype"),
    [
        ("mobilephone", "PHONE_NUMBER"),
        ("phonenumber", "PHONE_NUMBER"),
        ("dateofbirth", "DATE_TIME"),
        ("streetaddress", "STREET_ADDRESS"),
        ("billingaddress", "STREET_ADDRESS"),
        ("emailaddress", "EMAIL_ADDRESS"),
        ("contactperson", "PERSON"),
        ("cardholdername", "PERSON"),
        ("nameoncard", "PERSON"),
        ("companyname", "ORGANIZATION"),
        ("AssistantName", "PERSON"),
    ],
)
def test_a_glued_key_names_its_type(key: str, etype: str) -> None:
    assert LabelVocabulary.build().resolve_key(key) == etype


@pytest.mark.parametrize(
    "key", ["filename", "hostname", "productname", "servicename", "tablename", "jobtitle", "lifecyclestage"]
)
def test_a_thing_named_so_names_no_type(key: str) -> None:
    assert LabelVocabulary.build().resolve_key(key) is None


def test_the_fewest_words() -> None:
    known = {"card", "holder", "cardholder", "name", "date", "of", "birth"}
    assert glued_words("cardholdername", known) == ("cardholder", "name")
    assert glued_words("dateofbirth", known) == ("date", "of", "birth")
    assert glued_words("cardholder", known) is None  # one word: nothing glued
    assert glued_words("cardx", known) is None


def test_a_hubspot_record(pattern_mask: Mask) -> None:
    record = {
        "properties": {
            "mobilephone": "031-442-958",
            "dateofbirth": "1990-02-11",
            "streetaddress": "Karl Johans gate 22",
            "contactperson": "Jonas Berg",
            "hs_object_id": "51",
        }
    }
    out = pattern_mask.protect(json.dumps(record))
    for value in ("031-442-958", "1990-02-11", "Karl Johans gate 22", "Jonas Berg"):
        assert value not in out
    assert '"hs_object_id": "51"' in out
