"""``MaskLeakGuard``: a LangChain callback that checks what reaches a model, for any chain.

LangChain callbacks observe: they cannot change a prompt. They can refuse it, though: with
``raise_error = True`` an exception raised in ``on_chat_model_start``/``on_llm_start``
propagates and the model is never called. The guard scans every prompt with the Mask's
detectors (tokens Mask minted are not PII; entity types the policy passes through are
ignored) and, when it finds plaintext PII:

* counts it in :attr:`MaskLeakGuard.stats` (per entity type, never values),
* sends an :class:`~mask.core.events.ErrorEvent` (``error="PlaintextToModel"``) on the
  Mask's bus, so metrics and alert subscribers see it,
* and, with ``block=True`` (the default), raises :class:`~mask.core.MaskPolicyError`
  (entity types and counts only) so the request is never sent.

Use it as a seat belt next to :class:`MaskMiddleware` or :func:`protect_tool`, or on its
own around chains that have no middleware: ``model.invoke(msgs, config={"callbacks": [guard]})``.
Enforcement (the protection itself) lives in the middleware and tool wrappers.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import BaseMessage

from mask.core.adapters import LeakGuard
from mask.core.walk import Limits, collect_strings

from ._convert import message_payload

if TYPE_CHECKING:
    from mask.core import Mask

__all__ = ["MaskLeakGuard"]


class MaskLeakGuard(BaseCallbackHandler):
    """Refuse (or count) model requests that carry plaintext PII."""

    raise_error = True
    run_inline = True

    def __init__(self, mask: Mask, *, scope: str | None = None, block: bool = True) -> None:
        self.mask = mask
        self.scope = scope
        self.block = block
        self.raise_error = block
        self._guard = LeakGuard(mask, scope=scope, block=block)
        self.stats: Counter[str] = self._guard.stats

    def on_chat_model_start(self, serialized: Any, messages: list[list[BaseMessage]], **kwargs: Any) -> None:
        config = self.mask.config
        limits = Limits(config.max_input_chars, config.max_depth, config.max_leaves)
        texts: list[str] = []
        for batch in messages:
            texts += collect_strings([message_payload(m, config.max_depth) for m in batch], limits, keys=True)
        self._guard.check(texts)

    def on_llm_start(self, serialized: Any, prompts: list[str], **kwargs: Any) -> None:
        self._guard.check(prompts)

    def __repr__(self) -> str:
        return f"<MaskLeakGuard block={self.block} stats={dict(self.stats)!r}>"
