"""E-mail spans stop at quotes and URL paths: the token replaces exactly the address."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.fixture(scope="module")
def patterns() -> Mask:
    return Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("{'email': 'alice@corp.com'}", "alice@corp.com"),
        ('{"email": "alice@corp.com"}', "alice@corp.com"),
        ("see https://cdn.corp.com/files/alice.smith@corp.com", "alice.smith@corp.com"),
        ("o'brien@corp.com wrote", "o'brien@corp.com"),
        ("(bob+tag@corp.com)", "bob+tag@corp.com"),
        # a key and "=" (or a query's "?to=") before the address stay out of it; a bounce
        # address, "=" after "+", is one address
        ("INFO auth login ok user=anna.kowalski@corp.pl ip=10.0.4.17", "anna.kowalski@corp.pl"),
        ("notify?to=ops@corp.io&cc=x", "ops@corp.io"),
        ("bounce list+jane=doe.org@lists.corp.org", "list+jane=doe.org@lists.corp.org"),
    ],
)
def test_email_span_is_exactly_the_address(patterns: Mask, text: str, address: str) -> None:
    spans = [s for s in patterns.scan([text])[0] if s.type == "EMAIL_ADDRESS"]
    assert [text[s.start : s.end] for s in spans] == [address]
    protected = patterns.protect(text)
    assert protected.count("'") == text.count("'") - address.count("'")
