"""Usernames (``USERNAME``): a login under its label, as a payload's field (``{"username": ...}``,
GitHub's ``login``, a ``user`` field), in JSON text, ``Key: value`` and logfmt text, after ``My
username is``; the user an SSH server's log line names (``Accepted publickey for dkaminski from
10.0.0.5``). Each reveals back to the original. Look-alikes stay in clear: system and service
accounts, bots and placeholders, a ``user`` object, a host's name, a chat's ``User:`` speaker, a
person's name under a login's label; and NER calls no login a person or an organization."""

from __future__ import annotations

import json

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    ("payload", "login"),
    [
        ({"username": "jarceneaux_nola", "email": "j@example.com"}, "jarceneaux_nola"),
        ({"login": "octocat", "id": 583231, "type": "User"}, "octocat"),
        ({"user": "kmartin84"}, "kmartin84"),
        ({"account": {"userName": "t.brooks"}}, "t.brooks"),
        ({"screen_name": "ana_ruiz_88"}, "ana_ruiz_88"),
        ({"nombre_de_usuario": "jperez"}, "jperez"),
        ({"Benutzername": "mmueller"}, "mmueller"),
        ({"type": "username", "value": "dkaminski"}, "dkaminski"),
    ],
)
def test_a_login_in_a_payload(pattern_mask: Mask, payload: dict, login: str) -> None:
    out = pattern_mask.protect(payload)
    assert login not in json.dumps(out)
    assert pattern_mask.reveal(out) == payload
    text = json.dumps(payload)
    protected = pattern_mask.protect(text)
    assert login not in protected and "[USERNAME_" in protected
    assert pattern_mask.reveal(protected) == text


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("Username: kmartin84", "kmartin84"),
        ("login name = j.doe", "j.doe"),
        ("Ticket reopened (user: kayla_m_rivers) after the reset.", "kayla_m_rivers"),
        ('ts=2024-05-01T10:00:00Z level=info user=jdoe msg="login ok"', "jdoe"),
        ("GET /api/v1/session?user=jdoe&lang=en", "jdoe"),
        ("My username is jarceneaux_nola, can you reset it?", "jarceneaux_nola"),
        ("Mi nombre de usuario es jperez_77.", "jperez_77"),
        ("Jan  5 10:00:01 web-01 sshd[812]: Accepted publickey for dkaminski from 10.0.0.5 port 22 ssh2", "dkaminski"),
        ("sshd[901]: Failed password for invalid user bob from 10.0.0.7 port 4242 ssh2", "bob"),
        ("sshd[901]: Invalid user bob_k from 2001:db8::5 port 4242", "bob_k"),
    ],
)
def test_a_login_in_text(pattern_mask: Mask, text: str, login: str) -> None:
    assert (login, "USERNAME") in scanned(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert login not in out
    assert pattern_mask.reveal(out) == text


def test_a_login_gets_an_opaque_token(pattern_mask: Mask) -> None:
    out = pattern_mask.protect("Username: kmartin84")
    assert out.startswith("Username: [USERNAME_") and out.endswith("]")
    assert pattern_mask.protect("user=kmartin84 action=login") == f"user={out.removeprefix('Username: ')} action=login"


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "root"},
        {"user": "admin"},
        {"login": "dependabot[bot]"},
        {"login": "github-actions"},
        {"username": "ec2-user"},
        {"username": "www-data"},
        {"username": "svc-backup"},
        {"username": "svc_reports"},
        {"username": "jenkins2"},
        {"username": "<username>"},
        {"username": "your_username"},
        {"username": "{{user}}"},
        {"username": "$USER"},
        {"username": "xxx"},
        {"username": "N/A"},
        {"username": "null"},
        {"username": "unknown"},
        {"username": "Bob Smith"},  # a person's name where a login was asked for: not a login's shape
        {"user": {"id": 42, "type": "User"}},
        {"hostname": "web-01"},
        {"host_name": "db-primary"},
        {"messages": [{"role": "user", "content": "hi_there"}]},
    ],
)
def test_look_alike_payloads_stay(pattern_mask: Mask, payload: dict) -> None:
    assert pattern_mask.protect(payload) == payload
    assert pattern_mask.protect(json.dumps(payload)) == json.dumps(payload)


def test_an_email_under_a_logins_label_is_an_email(pattern_mask: Mask) -> None:
    text = json.dumps({"username": "jane@example.com"})
    assert scanned(pattern_mask, text) == [("jane@example.com", "EMAIL_ADDRESS")]


@pytest.mark.parametrize(
    "text",
    [
        "hostname: web-01",
        "User: hello",
        "User: can you summarize this?\nAssistant: Sure.",
        "Last login: Mon Jan 15 10:22:01 2024 from 10.0.0.5",
        "Username: Bob Smith",
        "user = request.user",
        "def login(username: str) -> bool:",
        "login: Optional[str] = None",
        "Failed password for root from 10.0.0.7 port 4242 ssh2",
        "Accepted publickey for deploy from 10.0.0.5 port 22 ssh2",
        "The request failed for bob from accounting",
        "git clone git@github.com:acme/tools.git",
        "Set user=$USER and login=<your_login> in the config",
        # a protocol's commands under a USER column (poplib's docstring): words in capitals
        "Minimal Command Set:\n        USER name               user(name)\n        PASS string             "
        "pass_(string)\n        STAT                    stat()\n        QUIT                    quit()",
    ],
)
def test_look_alike_text_stays(pattern_mask: Mask, text: str) -> None:
    assert not any(etype == "USERNAME" for _, etype in scanned(pattern_mask, text))


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("My username is jarceneaux_nola", "jarceneaux_nola"),
        ("Username: Marcus_Whitfield", "Marcus_Whitfield"),
        ("Accepted publickey for dkaminski from 10.0.0.5 port 22 ssh2", "dkaminski"),
    ],
)
def test_ner_calls_no_login_a_person(ner_mask: Mask, text: str, login: str) -> None:
    found = scanned(ner_mask, text)
    assert (login, "USERNAME") in found
    assert not any(etype in ("PERSON", "ORGANIZATION") and login in value for value, etype in found)
