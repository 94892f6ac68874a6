"""Usernames (``USERNAME``) that an ops listing's or a log's layout names without a label: a
``passwd`` line (and its GECOS field's full name, a ``PERSON``), a line of ``last``, a ``sudo`` log
line, a web server's access log line, an IAM user's ARN; logins mentioned with an ``@`` in
developer and chat text (CODEOWNERS, pull request comments, release notes, a pod's annotation);
JSON keys written with Ruby's ``=>`` or the mongo shell's wrappers; a display name or a CRM
record's owner that is a login. Each reveals back to the original. Look-alikes stay in clear:
system accounts in listings, decorators and annotations, doc comments' tags, CSS at-rules, chat
group mentions, package specs and team mentions, SQL variables, e-mail addresses."""

from __future__ import annotations

import json

import pytest

from mask.core import Mask

from .conftest import scanned

PASSWD = (
    "sshd:x:110:65534::/run/sshd:/usr/sbin/nologin\n"
    "builder:x:997:997:Build user:/home/builder:/bin/bash\n"
    "okarimi:x:1012:1012:Omid Karimi,Room 2.07,,:/home/okarimi:/bin/zsh\n"
    "lfontana:x:1013:1013:Lucia Fontana,,,:/home/lfontana:/bin/bash\n"
    "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
)


def _protects(mask: Mask, text: str, values: list[str]) -> str:
    out = mask.protect(text)
    for value in values:
        assert value not in out, (value, out)
    assert mask.reveal(out) == text
    return out


def test_a_passwd_listing(pattern_mask: Mask) -> None:
    found = scanned(pattern_mask, PASSWD)
    assert ("okarimi", "USERNAME") in found and ("lfontana", "USERNAME") in found
    assert ("Omid Karimi", "PERSON") in found and ("Lucia Fontana", "PERSON") in found
    out = _protects(pattern_mask, PASSWD, ["okarimi", "lfontana", "Omid Karimi", "Lucia Fontana"])
    assert out.startswith("sshd:x:110:65534::/run/sshd:/usr/sbin/nologin\nbuilder:x:997:997:Build user:")
    assert out.endswith("nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n")


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("$ last -n 2\nhsaarinen pts/2        10.20.30.40    Tue Apr  9 08:14   still logged in\n", "hsaarinen"),
        ("$ who\nbokafor  pts/0        2024-04-09 08:14 (10.20.30.41)\n", "bokafor"),
        (
            "Apr 09 08:20:01 jump-02 sudo:   gferreira : TTY=pts/3 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls",
            "gferreira",
        ),
        (
            '192.168.4.7 - mwekesa [09/Apr/2024:08:21:15 +0200] "GET /admin HTTP/1.1" 200 1043 "-" "curl/8.5"',
            "mwekesa",
        ),
        ('"Arn": "arn:aws:iam::123456789012:user/engineering/dalia.haddad"', "dalia.haddad"),
    ],
)
def test_a_login_a_layout_names(pattern_mask: Mask, text: str, login: str) -> None:
    assert (login, "USERNAME") in scanned(pattern_mask, text)
    _protects(pattern_mask, text, [login])


@pytest.mark.parametrize(
    "text",
    [
        "reboot   system boot  6.1.0-18-amd64   Tue Apr  9 07:58   still running\n"
        "root     tty1                          Tue Apr  9 07:59 - 08:01  (00:02)\n",
        "Apr 09 08:20:01 jump-02 sudo:     root : TTY=pts/3 ; PWD=/root ; USER=root ; COMMAND=/bin/ls",
        '192.168.4.7 - - [09/Apr/2024:08:21:15 +0200] "GET / HTTP/1.1" 200 512',
        "arn:aws:iam::123456789012:user/deploy",
    ],
)
def test_system_accounts_in_layouts_stay(pattern_mask: Mask, text: str) -> None:
    assert not [s for s in scanned(pattern_mask, text) if s[1] in ("USERNAME", "PERSON")]


@pytest.mark.parametrize(
    ("text", "logins"),
    [
        ("/payments/              @abogdan @k-osei\n/docs/  @acme/docs-team", ["abogdan", "k-osei"]),
        ("Looks good to me, cc @martina-ruiz-ops who owns the cache.", ["martina-ruiz-ops"]),
        ("- Fix the retry loop (#311). Thanks @vkravets!", ["vkravets"]),
        ("- Add a `--json` flag (#302), contributed by Ji-ho Park (@jhpark).", ["jhpark"]),
        ("Welcome @tanaka-aoi and @rbello for their first contributions.", ["tanaka-aoi", "rbello"]),
        ("Annotations:  oncall-slack: @dsorensen\nStatus:       Running", ["dsorensen"]),
        ("@qmbatha can you take a look?", ["qmbatha"]),
    ],
)
def test_a_mention(pattern_mask: Mask, text: str, logins: list[str]) -> None:
    found = scanned(pattern_mask, text)
    assert all((login, "USERNAME") in found for login in logins), found
    out = _protects(pattern_mask, text, logins)
    assert "@[USERNAME_" in out


@pytest.mark.parametrize(
    "text",
    [
        "@dataclass\nclass Point:\n    x: int",
        ">>> @functools.cache\n... def f(): ...",
        ">>> @cache\n... def f(): ...",
        "    @cpython_only  # gh-98713\n    def test_x(self): ...",
        "Use the @property decorator, or @staticmethod and @classmethod.",
        "A series of @overload-decorated functions",
        "@Override\npublic String toString() {",
        "@Test public void parses() {}",
        '@SuppressWarnings("unchecked")',
        " * @param name the user's name\n * @return the greeting\n * @throws IOException never",
        "@media (max-width: 600px) { .nav { display: none; } }",
        "@tailwind base;\n@layer components {\n  .btn { @apply px-4 py-2; }\n}",
        "@import url('theme.css');\n@font-face { font-family: Inter; }",
        "@here the deploy is done. @channel please verify, @everyone else can ignore.",
        "npm i left-pad@1.3.0 react@latest @types/node @babel/core",
        "pip install requests==2.31 and npm dist-tag add pkg@2.0.0 @next",
        "/infra/   @acme-platform/sre-oncall",
        "build:\n\t@echo building\n\t@mkdir -p dist",
        "SELECT * FROM users WHERE id = @id AND name = @name",
        "subjectAltName = @san",
        "e.findall('.//tag[@class]')",
        "ping @dependabot and @github-actions",
        "@test_b is a fixture",
        "icons at @2x and @3x",
    ],
)
def test_look_alikes_of_a_mention_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_an_email_address_is_no_mention(pattern_mask: Mask) -> None:
    text = "Send it to jane.doe@example.org or @ops@example.net"
    assert [etype for _, etype in scanned(pattern_mask, text)] == ["EMAIL_ADDRESS", "EMAIL_ADDRESS"]


def test_a_handle_that_spells_a_name_stays_a_person(ner_mask: Mask) -> None:
    assert ("emily-chen", "PERSON") in scanned(ner_mask, "cc @emily-chen on the ticket")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            '  Parameters: {"utf8"=>"\u2713", "customer"=>{"first_name"=>"Makoa", "last_name"=>"Kealoha",'
            ' "nickname"=>nil, "phone"=>"(808) 555-0142"}}',
            ["Makoa", "Kealoha", "(808) 555-0142"],
        ),
        (
            '{\n    "_id" : ObjectId("65b2e4d39f8e5c0023bc45de"),\n    "firstName" : "Lindiwe",\n'
            '    "lastName" : "Dlamini",\n    "visits" : NumberLong(7)\n}',
            ["Lindiwe", "Dlamini"],
        ),
    ],
)
def test_keys_with_other_separators(pattern_mask: Mask, text: str, values: list[str]) -> None:
    out = _protects(pattern_mask, text, values)
    assert 'ObjectId("65b2e4d39f8e5c0023bc45de")' in out or "=>nil" in out


@pytest.mark.parametrize(
    ("payload", "login"),
    [
        ({"metadata": {"crm_owner": "rmachado"}}, "rmachado"),
        ({"assignee": {"name": "Rafael Machado", "displayName": "rafa"}}, "rafa"),
        ({"fields": {"reporter": "kowusu42"}}, "kowusu42"),
    ],
)
def test_a_login_under_an_account_holders_label(pattern_mask: Mask, payload: dict, login: str) -> None:
    text = json.dumps(payload)
    assert (login, "USERNAME") in scanned(pattern_mask, text)
    _protects(pattern_mask, text, [login])
    out = pattern_mask.protect(payload)
    assert login not in json.dumps(out) and pattern_mask.reveal(out) == payload


@pytest.mark.parametrize(
    "payload",
    [
        {"reporter": "automation"},
        {"assignee": "unassigned"},
        {"reviewer": "approved", "approver": "pending"},
        {"displayName": "Jira Service Desk"},
        {"owner": "payments"},
        {"key_name": "prod-deploy-key"},
    ],
)
def test_no_login_under_an_account_holders_label(pattern_mask: Mask, payload: dict) -> None:
    assert pattern_mask.protect(json.dumps(payload)) == json.dumps(payload)
