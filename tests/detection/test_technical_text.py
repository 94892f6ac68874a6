"""Technical text stays as it is: addresses that name no host, prose after an ``address:``
label, and technology names, identifiers and word lists that NER calls names."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.plugins.spacy.calibration import calibrate
from mask.plugins.spacy.filters import is_false_entity

from .conftest import found

NER_TYPES = {"PERSON", "LOCATION", "ORGANIZATION"}


# -- IP addresses -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["0.0.0.0", "::", "127.0.0.1", "127.10.0.3", "::1", "255.255.255.0", "255.255.240.0", "0.0.0.255", "224.0.0.251"],
)
def test_an_address_that_names_no_host_is_no_ip_address(detectors, value: str) -> None:  # type: ignore[no-untyped-def]
    # Unspecified, loopback, netmasks and hostmasks, multicast: they say nothing about anyone.
    assert found(detectors["ip_address"], f"bind to {value} on the server") == []


@pytest.mark.parametrize("value", ["10.1.2.3", "192.168.1.20", "198.51.100.7", "fe80::1", "2001:db8::7", "8.8.8.8"])
def test_host_addresses_are_still_found(detectors, value: str) -> None:  # type: ignore[no-untyped-def]
    assert found(detectors["ip_address"], f"login from {value} at noon") == [("IP_ADDRESS", value)]


def test_a_config_line_keeps_its_wildcard_and_netmask(pattern_mask: Mask) -> None:
    text = "listen 0.0.0.0:8080 (and [::]:8080), netmask 255.255.255.0, health check on 127.0.0.1; peer 10.20.30.40"
    out = pattern_mask.protect(text)
    assert out.startswith("listen 0.0.0.0:8080 (and [::]:8080), netmask 255.255.255.0, health check on 127.0.0.1;")
    assert "10.20.30.40" not in out


# -- "address:" before prose ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "address: A string or integer, the IP address. Either IPv4 or IPv6 works.",
        "Address: the host name of the server, as a string",
        "email address: optional, used for the weekly digest",
    ],
)
def test_prose_after_an_address_label_is_no_street_address(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    "value",
    ["Rose Cottage, Lower Slaughter", "Calle de la Rosa", "flat 3 rose court", "221B Baker Street", "12 main st"],
)
def test_addresses_after_the_label_are_still_protected(pattern_mask: Mask, value: str) -> None:
    assert value not in pattern_mask.protect(f"Address: {value}")


# -- technology names, identifiers and lists ------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["Linux", "Unicode", "ASCII PEM", "Posix", "Perl", "SSLContext", "UDPServer", "ABCMeta", "Extending IOBase"],
)
def test_technology_names_and_identifiers_are_no_names(value: str) -> None:
    assert is_false_entity(value)


@pytest.mark.parametrize("value", ["McDonald", "DeShawn Jones", "Linux Foundation", "Anna Kowalski", "MacArthur"])
def test_names_with_capitals_inside_are_kept(value: str) -> None:
    assert not is_false_entity(value)


def test_a_list_of_words_is_no_organization_but_a_firm_of_names_is() -> None:
    listed = "Widgets: Canvas, Scale, Listbox"
    _, listed_score = calibrate("ORG", listed, listed.index("Scale"), len(listed))
    firm = "Smith, Jones and Brown signed."
    etype, firm_score = calibrate("ORG", firm, 0, firm.index(" signed"))
    assert listed_score < 0.5
    assert (etype, firm_score >= 0.5) == ("ORGANIZATION", True)


def test_an_unknown_word_after_an_article_is_no_place() -> None:
    text = "you may not also use the Popen constructor's stdin argument"
    start = text.index("Popen")
    assert calibrate("GPE", text, start, start + 5)[1] < 0.5
    known = "She flew to the Netherlands on Monday."
    start = known.index("Netherlands")
    assert calibrate("GPE", known, start, start + len("Netherlands")) == ("LOCATION", 0.9)


@pytest.mark.parametrize(
    "text",
    [
        "The keys are stored in ASCII PEM files under /etc/ssl.",
        "Other widgets are Frame, Label, Entry, Canvas, Scale, Listbox and Button.",
        "If you use this argument you may not also use the Popen constructor's stdin argument.",
        "The parser was ported from Perl and follows Posix rules.",
        "Both services run on Linux and read Unicode text from stdin.",
        "An SSLContext wraps the socket before the UDPServer starts.",
    ],
)
def test_technical_sentences_are_unchanged(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


def test_names_places_and_firms_beside_them_are_still_protected(ner_mask: Mask) -> None:
    text = "Smith, Jones and Brown signed the lease in Boston. I met Kevin McDonald in Dublin on Linux day."
    out = ner_mask.protect(text)
    for value in ("Smith, Jones and Brown", "Boston", "Kevin McDonald", "Dublin"):
        assert value not in out
    assert "Linux" in out


def test_an_identifier_that_spells_a_place_is_no_place(ner_mask: Mask) -> None:
    text = "orjson.dumps() serializes NaN, Infinity and -Infinity as null"
    assert ner_mask.protect(text) == text
    trip = "We drove from Nan to Chiang Mai."
    assert "Chiang Mai" not in ner_mask.protect(trip)


def test_an_ampersand_after_a_name_is_no_part_of_it(ner_mask: Mask) -> None:
    text = "Copyright 2014-2018 Thomas Amland & contributors"
    spans = [text[s.start : s.end] for s in ner_mask.scan([text])[0] if s.type in NER_TYPES]
    assert spans == ["Thomas Amland"]
