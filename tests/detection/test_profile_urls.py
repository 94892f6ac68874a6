"""A profile's address written without its scheme (``linkedin.com/in/taylorbrooks`` in a
résumé's contact line) names a person: it is a URL all the same."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("(919) 555-0172 · taylor.brooks@proton.me · linkedin.com/in/taylorbrooks", "linkedin.com/in/taylorbrooks"),
        ("Profile: uk.linkedin.com/in/priya-raghavan-4b1a2c/", "uk.linkedin.com/in/priya-raghavan-4b1a2c/"),
        ("Follow tiktok.com/@maria.gonzalez.", "tiktok.com/@maria.gonzalez"),
    ],
)
def test_a_profile_address_is_a_url(pattern_mask: Mask, text: str, url: str) -> None:
    spans = [s for s in pattern_mask.scan([text])[0] if s.type == "URL"]
    assert [text[s.start : s.end] for s in spans] == [url]
    assert url not in pattern_mask.protect(text)


def test_with_its_scheme_it_is_one_url(pattern_mask: Mask) -> None:
    text = "See https://www.linkedin.com/in/taylor-brooks-1a2b3c/ for more"
    spans = pattern_mask.scan([text])[0]
    assert [(text[s.start : s.end], s.type) for s in spans] == [
        ("https://www.linkedin.com/in/taylor-brooks-1a2b3c/", "URL")
    ]


@pytest.mark.parametrize("text", ["linkedin.com/company/acme", "the linkedin.com/in/ prefix", "mylinkedin.com/in/x"])
def test_other_pages_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
