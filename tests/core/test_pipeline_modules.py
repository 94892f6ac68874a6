"""The protect and reveal pipelines, step by step, and the engine that reports them."""

from __future__ import annotations

import hmac
from collections import Counter

from mask.core import Mask
from mask.core.edits import Edit, splice
from mask.core.events import Protected
from mask.core.field_context import FieldContext, LeafContext
from mask.core.protect import EntityKey, ProtectOutcome
from mask.core.reveal import RevealOutcome
from mask.core.walk import FieldPath

CONFIG = {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}}


def test_splice_applies_edits_in_any_order() -> None:
    text = "mail bob@corp.com or call 415"
    edits = [Edit(26, 29, "[P]"), Edit(5, 17, "[E]")]
    assert splice(text, edits) == "mail [E] or call [P]"
    assert splice(text, []) == text


def test_protect_outcome_names_what_was_done() -> None:
    with Mask(CONFIG) as mask:
        done = mask._protector.protect_texts(["mail bob@corp.com", "nothing here"], "default")
        assert isinstance(done, ProtectOutcome)
        assert done.texts[1] == "nothing here" and "bob@corp.com" not in done.texts[0]
        assert done.counts == Counter({"EMAIL_ADDRESS": 1})
        assert done.minted == [done.texts[0][len("mail ") :]]
        (key,) = done.entities
        assert key == EntityKey("EMAIL_ADDRESS", "tokenize", key.detector, key.scheme)
        assert done.by("detector") == Counter({key.detector: 1})


def test_protected_event_keys_stay_plain_tuples_to_observers() -> None:
    seen: list[Protected] = []
    with Mask(CONFIG) as mask:
        mask.bus.connect(Protected, lambda _bus, event: seen.append(event), weak=False)
        mask.protect("mail bob@corp.com")
    ((etype, action, detector, scheme),) = seen[0].entities  # unpacks as (type, action, detector, scheme)
    assert (etype, action) == ("EMAIL_ADDRESS", "tokenize")
    assert seen[0].detectors == Counter({detector: 1}) and seen[0].schemes == Counter({scheme: 1})


def test_reveal_outcome_counts_revealed_and_refused() -> None:
    with Mask({**CONFIG, "tools": {"crm": {"reveal": ["PHONE_NUMBER"]}}}) as mask:
        protected = mask.protect("mail bob@corp.com")
        done = mask._revealer.reveal_texts([protected], "crm", "default")
        assert isinstance(done, RevealOutcome)
        assert done.texts == [protected]  # the tool may not see e-mail addresses
        assert done.refused == {"policy": Counter({"EMAIL_ADDRESS": 1})} and not done.shown
        done = mask._revealer.reveal_texts([protected], None, "default")
        assert done is not None and done.texts == ["mail bob@corp.com"] and len(done.shown) == 1
        assert mask._revealer.reveal_texts(["no tokens"], None, "default") is None


def test_field_context_prefix_and_label() -> None:
    with Mask(CONFIG) as mask:
        context: FieldContext = mask._context
        leaf = context.leaf("ssn", FieldPath("ssn"))
        assert isinstance(leaf, LeafContext) and leaf.prefix == "ssn: "
        assert leaf.label is not None and leaf.label.start == len("ssn: ")
        assert context.leaf("12345", None) == LeafContext("", None)  # a value, not a field name


def test_vault_key_is_the_documented_formula() -> None:
    """prefix + scope tag + ':' + HMAC(vault-index key of the scope and key id, canonical token)[:40 hex]."""
    with Mask(CONFIG) as mask:
        tokens, keys = mask.tokens, mask.keys
        tag = hmac.digest(keys.derive("scope-tag", "", keys.current), b"s1", "sha256").hex()[:16]
        mac = hmac.digest(keys.derive("vault-index", "s1", keys.current), b"TOKEN", "sha256").hex()[:40]
        assert tokens.index_key("TOKEN", "s1", keys.current) == f"mask:{tag}:{mac}"
