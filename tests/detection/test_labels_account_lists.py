"""A package's or a repository's lists of accounts (``maintainers``, ``assignees``,
``requested_reviewers``) hold logins: USERNAME as field names, not in running text."""

from __future__ import annotations

from mask.core import Mask


def test_logins_in_a_package_and_a_pull_request_are_protected(pattern_mask: Mask) -> None:
    text = (
        '{"name": "left-pad-plus", "version": "2.1.0", "maintainers": ["tove-lindqvist", "okwudili"],\n'
        ' "pull_request": {"number": 812, "assignees": ["r.santamaria"], "requested_reviewers": ["hyejin-k"]}}'
    )
    out = pattern_mask.protect(text)
    for login in ("tove-lindqvist", "okwudili", "r.santamaria", "hyejin-k"):
        assert login not in out
    assert "[USERNAME_" in out
    assert '"version": "2.1.0"' in out and '"number": 812' in out


def test_counts_and_prose_stay(pattern_mask: Mask) -> None:
    for text in ('{"reviewers": 2, "assignees": []}', "The change needs two reviewers: any maintainers will do."):
        assert pattern_mask.protect(text) == text
