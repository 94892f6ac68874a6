"""Fixtures for the LangChain adapter tests (the scripted model lives in ``lc_scripted``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from lc_scripted import POLICY, ScriptedChatModel, Step

from mask.core import Mask


@pytest.fixture
def policy_mask() -> Iterator[Mask]:
    """The adapter brief's Mask: memory vault, no audit sinks, send_email may see emails."""
    m = Mask(POLICY)
    yield m
    m.close()


@pytest.fixture
def scripted() -> Callable[..., ScriptedChatModel]:
    def make(*steps: Step, chunk_size: int = 4) -> ScriptedChatModel:
        return ScriptedChatModel(script=list(steps), chunk_size=chunk_size)

    return make
