"""Custom detectors from config (no code) and a third-party detector plugin (code)."""

from __future__ import annotations

import types
from collections.abc import Sequence

import pytest

from mask.core import Mask
from mask.core.detector import STAGE_EXACT, Budget, Detector
from mask.core.errors import MaskConfigError, MaskPluginError
from mask.core.hookspecs import hookimpl
from mask.core.spans import Span

BASE = {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}}


def make(custom: list[dict], **extra: dict) -> Mask:
    return Mask({**BASE, "detectors": {"custom": custom}, **extra})


def test_custom_regex_detector_from_config() -> None:
    m = make([{"name": "employee_id", "entity_type": "EMPLOYEE_ID", "pattern": r"\bEMP-[0-9]{6}\b", "score": 0.9}])
    try:
        text = "ticket from EMP-123456 about EMP-12"
        spans = m.scan([text])[0]
        assert [(s.type, s.detector, text[s.start : s.end]) for s in spans] == [
            ("EMPLOYEE_ID", "employee_id", "EMP-123456")
        ]
        out = m.protect(text)
        assert "EMP-123456" not in out and "EMP-12" in out
        assert m.reveal(out) == text
    finally:
        m.close()


def test_custom_validator_context_and_group() -> None:
    m = make(
        [
            {
                "name": "member_card",
                "entity_type": "MEMBER_CARD",
                "pattern": r"club(?:card)? no\.? ([0-9]{8})",
                "group": 1,
                "validator": "luhn",
                "ignore_case": True,
            },
            {
                "name": "badge",
                "entity_type": "BADGE",
                "pattern": r"\b[0-9]{5}\b",
                "context": ["locker"],
                "context_required": True,
            },
        ]
    )
    try:
        text = "Clubcard No. 12345674, club no 12345675, locker 48213" + " ." * 40 + " room 48213"
        spans = m.scan([text])[0]
        got = [(s.type, text[s.start : s.end], s.start) for s in spans]
        assert ("MEMBER_CARD", "12345674", text.index("12345674")) in got  # Luhn-valid, the group only
        assert all(v != "12345675" for _, v, _ in got)  # fails Luhn
        assert [g for g in got if g[0] == "BADGE"] == [("BADGE", "48213", text.index("48213"))]
    finally:
        m.close()


def test_custom_stdnum_validator() -> None:
    m = make(
        [{"name": "isbn", "entity_type": "ISBN", "pattern": r"\b97[89][0-9\-]{10,14}\b", "validator": "stdnum:isbn"}]
    )
    try:
        assert [s.type for s in m.scan(["book 978-0-306-40615-7 and 978-0-306-40615-8"])[0]] == ["ISBN"]
    finally:
        m.close()


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"pattern": "([0-9]"}, "does not compile"),
        ({"pattern": "[0-9]+", "validator": "nope"}, "unknown validator"),
        ({"pattern": "[0-9]+", "validator": "stdnum:no.such"}, "no module"),
        ({"pattern": "[0-9]+", "group": 3}, "group 3"),
        ({"pattern": "[0-9]+", "score": 2}, "score"),
    ],
)
def test_bad_custom_detector_fails_closed(entry: dict, message: str) -> None:
    m = make([{"name": "bad", "entity_type": "X", **entry}])
    try:
        with pytest.raises(MaskPluginError, match=message):
            m.protect("secret 123")
    finally:
        m.close()
    redacting = make([{"name": "bad", "entity_type": "X", **entry}], mask={"on_error": "redact"})
    try:
        assert redacting.protect(["secret 123"]) == ["[REDACTED:UNSCANNED]"]
    finally:
        redacting.close()


def test_custom_config_is_validated() -> None:
    with pytest.raises(MaskConfigError, match="needs 'pattern'"):
        make([{"name": "x", "entity_type": "X"}])
    with pytest.raises(MaskConfigError, match="unknown key"):
        make([{"name": "x", "entity_type": "X", "pattern": "x", "flavour": 1}])


def test_catastrophic_custom_pattern_is_bounded() -> None:
    m = make([{"name": "slow", "entity_type": "SLOW", "pattern": r"(a|aa)+$"}], mask={"on_error": "redact"})
    try:
        assert m.protect(["a" * 40 + "!"]) == ["[REDACTED:UNSCANNED]"]  # the regex timeout stops it
    finally:
        m.close()


class Ticket(Detector):
    """A third party's detector: ticket ids such as TCK-1234-AB."""

    name = "acme-tickets"
    entity_types = frozenset({"ACME_TICKET"})
    stage = STAGE_EXACT

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: Budget) -> list[list[Span]]:
        out = []
        for text, cover in zip(texts, covered, strict=True):
            spans = []
            at = text.find("TCK-")
            while at >= 0:
                span = Span(at, at + 11, "ACME_TICKET", 0.95, self.name)
                if not any(span.overlaps(c) for c in cover):
                    spans.append(span)
                at = text.find("TCK-", at + 1)
            out.append(spans)
        return out


def test_third_party_detector_plugin_module() -> None:
    plugin = types.ModuleType("acme_mask_plugin")

    @hookimpl
    def mask_detectors(config):  # type: ignore[no-untyped-def]
        return [Ticket()]

    plugin.mask_detectors = mask_detectors  # type: ignore[attr-defined]
    m = Mask(BASE, plugins=[("my-detector", plugin)])
    try:
        assert "acme-tickets" in m.detectors.names
        text = "see TCK-1234-AB, mail bob@corp.com"
        assert {s.type for s in m.scan([text])[0]} == {"ACME_TICKET", "EMAIL_ADDRESS"}
        out = m.protect(text)
        assert "TCK-1234-AB" not in out and m.reveal(out) == text
    finally:
        m.close()


def test_third_party_plugin_object_can_be_disabled_by_name() -> None:
    class Plugin:
        @hookimpl
        def mask_detectors(self, config):  # type: ignore[no-untyped-def]
            return [Ticket()]

    m = Mask({**BASE, "plugins": {"disable": ["spacy", "my-detector"]}}, plugins=[("my-detector", Plugin())])
    try:
        assert "acme-tickets" not in m.detectors.names
    finally:
        m.close()
