"""Reveal: found through case changes, quotes, markdown and punctuation; authorized; audited."""

from __future__ import annotations

import time

import pytest

from mask.core import Mask
from mask.core.keys import KeyRing

from .conftest import KEY_A, KEY_B, ListSink, SinkPlugin, config, make_mask

TEXT = "Alice Smith <alice@corp.com> SSN 123-45-6789 card 4111 1111 1111 1111 phone +1 (212) 555-0134"


def tokens_of(mask: Mask, protected: str) -> list[str]:
    return [m.token for m in mask.tokens.find(protected) if m.reserved]


WRAPS = {
    "plain": "{}",
    "dquote": '"{}"',
    "squote": "'{}'",
    "bold": "**{}**",
    "code": "`{}`",
    "italic": "_{}_.",
    "parens": "({}),",
    "brackets": "[{}]!",
    "angle": "<{}>;",
    "json": '{{"to": "{}"}}',
    "newline": "\n{}\n",
}


@pytest.mark.parametrize("wrap", list(WRAPS.values()), ids=list(WRAPS))
@pytest.mark.parametrize("case", [str, str.upper, str.lower], ids=["same", "upper", "lower"])
@pytest.mark.parametrize("value", ["alice@corp.com", "Alice Smith", "123-45-6789", "4111 1111 1111 1111"])
def test_model_rewrites_still_reveal(tmask: Mask, wrap: str, case: object, value: str) -> None:
    token = tmask.protect(value)
    assert token != value
    answer = "Sure: " + wrap.format(case(token)) + " done"  # type: ignore[operator]
    assert tmask.reveal(answer) == "Sure: " + wrap.format(value) + " done"


@pytest.mark.parametrize("scheme", ["opaque", "aead", "format"])
def test_every_reversible_scheme_reveals_in_markdown(scheme: str) -> None:
    m = make_mask(config(tokens={"default_scheme": scheme}))
    token = m.protect("bob@corp.com")
    if scheme == "opaque":
        assert token.startswith("[EMAIL_")
    if scheme == "aead":
        assert token.startswith("MSK1.EMAIL_ADDRESS.ka.")
    assert m.reveal(f"- **{token.lower()}**: ok") == "- **bob@corp.com**: ok"


def test_tool_policy_decides_what_a_tool_sees() -> None:
    sink = SinkPlugin()
    cfg = config(
        audit={"sinks": ["list"]},
        tools={"send_email": {"reveal": ["EMAIL_ADDRESS"]}, "crm": {"reveal": ["*"]}},
        reveal={"default": ["PERSON"], "user": ["EMAIL_ADDRESS", "PERSON"]},
    )
    m = make_mask(cfg, sink=sink)
    protected = m.protect(TEXT)
    args = {"to": protected}
    assert m.reveal(args, tool="crm") == {"to": TEXT}
    sent = m.reveal(args, tool="send_email")["to"]
    assert "alice@corp.com" in sent and "123-45-6789" not in sent and "Alice Smith" not in sent
    other = m.reveal(args, tool="unlisted_tool")["to"]
    assert "Alice Smith" in other and "alice@corp.com" not in other
    user = m.reveal(protected)
    assert "Alice Smith" in user and "alice@corp.com" in user and "4111 1111 1111 1111" not in user
    refusals = [r for r in sink.sink.records if r.action == "reveal_refused"]
    assert {r.tool for r in refusals} == {"send_email", "unlisted_tool", None}
    assert all(r.outcome == "policy" for r in refusals)
    send_refused = next(r for r in refusals if r.tool == "send_email")
    assert dict(send_refused.counts) == {"US_SSN": 1, "CREDIT_CARD": 1, "PHONE_NUMBER": 1, "PERSON": 1}
    reveals = [r for r in sink.sink.records if r.action == "reveal"]
    assert {r.tool for r in reveals} == {"crm", "send_email", "unlisted_tool", None}
    dump = repr([r.as_dict() for r in sink.sink.records])
    # whole values: four digits alone turn up in a record's timestamp or hash now and then
    for secret in ("alice@corp.com", "123-45-6789", "Alice", "4111 1111", "41111111", *tokens_of(m, protected)):
        assert secret not in dump


def test_cross_tenant_token_is_refused_and_audited(audited: tuple[Mask, ListSink]) -> None:
    m, sink = audited
    token = m.protect("bob@corp.com", scope="tenant-a")
    assert m.reveal(token, scope="tenant-a") == "bob@corp.com"
    assert m.reveal(token, scope="tenant-b") == token
    refused = [r for r in sink.records if r.action == "reveal_refused"]
    assert refused and refused[-1].scope == "tenant-b" and refused[-1].outcome == "unverified"
    assert dict(refused[-1].counts) == {"EMAIL_ADDRESS": 1}


@pytest.mark.parametrize("scheme", ["opaque", "format", "aead"])
def test_forged_token_is_refused_and_audited(scheme: str) -> None:
    sink = SinkPlugin()
    m = make_mask(config(audit={"sinks": ["list"]}, tokens={"default_scheme": scheme}), sink=sink)
    real = m.protect("bob@corp.com")
    forged = {"opaque": "[EMAIL_AAAAAA]", "format": "mask.aaaaaaaa@mask.example"}.get(scheme)
    if forged is None:
        body = real.rsplit(".", 1)[1]
        forged = real[: -len(body)] + ("A" if body[0] != "A" else "B") + body[1:]
    assert m.reveal(f"to {forged}") == f"to {forged}"
    last = sink.sink.records[-1]
    assert (last.action, last.outcome, dict(last.counts)) == ("reveal_refused", "unverified", {"EMAIL_ADDRESS": 1})


def test_tampered_vault_record_is_refused_and_audited(audited: tuple[Mask, ListSink]) -> None:
    m, sink = audited
    token = m.protect("bob@corp.com")
    data = m.vault._data  # type: ignore[attr-defined]
    (key,) = list(data)
    raw, expires = data[key]
    data[key] = (raw[:-1] + bytes([raw[-1] ^ 1]), expires)
    assert m.reveal(f"to {token}") == f"to {token}"
    last = sink.records[-1]
    assert (last.action, last.outcome) == ("reveal_refused", "tampered")
    assert dict(last.counts) == {"EMAIL_ADDRESS": 1}


def test_record_moved_to_another_token_does_not_open(audited: tuple[Mask, ListSink]) -> None:
    m, sink = audited
    a, b = m.protect(["ann@corp.com", "bob@corp.com"])
    data = m.vault._data  # type: ignore[attr-defined]
    key_a = m.tokens.index_key(m.tokens.find(a)[0].token, "default", "ka")
    key_b = m.tokens.index_key(m.tokens.find(b)[0].token, "default", "ka")
    data[key_b] = data[key_a]  # swap ciphertexts: the token is bound as associated data
    assert m.reveal(b) == b
    assert sink.records[-1].outcome == "tampered"


def test_unresolved_tokens_kept_or_marked() -> None:
    keep = make_mask()
    mark = make_mask(config(tokens={"unresolved": "mark"}))
    answer = "mail [EMAIL_AAAAAA] or Person_AAAAAA, SSN 666-00-0000; real SSN 123-45-6789"
    assert keep.reveal(answer) == answer
    assert mark.reveal(answer) == (
        "mail [UNRESOLVED:EMAIL_ADDRESS] or [UNRESOLVED:PERSON], SSN [UNRESOLVED:US_SSN]; real SSN 123-45-6789"
    )


def test_expired_token_is_unresolved() -> None:
    m = make_mask(config(tokens={"unresolved": "mark"}, entities={"EMAIL_ADDRESS": {"ttl_seconds": 1}}))
    token = m.protect("bob@corp.com")
    ssn = m.protect("123-45-6789")
    assert m.reveal(token) == "bob@corp.com"
    time.sleep(1.1)
    assert m.reveal(token) == "[UNRESOLVED:EMAIL_ADDRESS]"
    assert m.reveal(ssn) == "123-45-6789"  # other types keep the vault default (forever)


def test_real_values_are_never_taken_for_tokens(tmask: Mask) -> None:
    """The reference passes real SSNs and dashed cards through as "tokens": Mask must not."""
    text = "SSN 123-45-6789, card 4111-1111-1111-1111, phone +1 (212) 555-0134"
    assert tmask.reveal(text) == text
    protected = tmask.protect(text)
    for real in ("123-45-6789", "4111-1111-1111-1111", "(212) 555-0134"):
        assert real not in protected


def test_rotation_keeps_old_tokens_revealable() -> None:
    old = make_mask(keys=KeyRing.from_strings(KEY_A))
    token = old.protect("bob@corp.com")
    rotated = make_mask(vault=old.vault, keys=KeyRing.from_strings(KEY_B, [KEY_A]))
    assert rotated.reveal(token) == "bob@corp.com"
    new = rotated.protect("bob@corp.com")
    assert new != token and rotated.reveal(new) == "bob@corp.com"
    assert rotated.reveal([token, new]) == ["bob@corp.com", "bob@corp.com"]
    retired_dropped = make_mask(vault=old.vault, keys=KeyRing.from_strings(KEY_B))
    assert retired_dropped.reveal(token) == token  # without the old key the old token is dead


def test_aead_tokens_survive_restarts_without_shared_state() -> None:
    first = make_mask(config(tokens={"default_scheme": "aead"}))
    token = first.protect("bob@corp.com", scope="t1")
    assert len(first.vault) == 0  # type: ignore[arg-type]  # nothing stored
    second = make_mask(config(tokens={"default_scheme": "aead"}))  # new process, empty vault
    assert second.protect("bob@corp.com", scope="t1") == token
    assert second.reveal(token, scope="t1") == "bob@corp.com"
    assert second.reveal(token, scope="t2") == token
    rotated = make_mask(config(tokens={"default_scheme": "aead"}), keys=KeyRing.from_strings(KEY_B, [KEY_A]))
    assert rotated.reveal(token, scope="t1") == "bob@corp.com"
