"""``Mask.warm_up()`` loads what phone validation would load on the first numbers: the
configured regions' metadata and their validity patterns for every possible length."""

from __future__ import annotations

from mask.core import Mask, phone_patterns


def test_warm_up_builds_the_configured_regions_patterns() -> None:
    mask = Mask(
        {
            "vault": {"backend": "memory"},
            "audit": {"sinks": []},
            "plugins": {"disable": ["spacy"]},
            "detectors": {"phone_regions": ["GR", "NZ"]},
        }
    )
    phone_patterns._check.cache_clear()
    mask.warm_up()
    built = phone_patterns._check.cache_info().currsize
    assert built >= 2  # Greek and New Zealand numbers of each of their possible lengths
    # what a first Greek number needs is there already: validating one builds nothing
    assert mask.protect("Phone: 210 123 4567") != "Phone: 210 123 4567"
    assert mask.scan(["τηλ. 694 123 4567"])[0]
    assert phone_patterns._check.cache_info().currsize == built


def test_warm_up_is_quiet_with_an_unknown_region() -> None:
    mask = Mask(
        {
            "vault": {"backend": "memory"},
            "audit": {"sinks": []},
            "plugins": {"disable": ["spacy"]},
            "detectors": {"phone_regions": ["US", "ZZ"]},
        }
    )
    assert mask.warm_up() is mask
