"""Credentials as configuration files and commands write them: a password under a key ending in
``PASSWORD`` (aligned, with an ``&``), a ``.netrc`` entry, a ``.pgpass`` line, ``curl -u``, a URL's
userinfo, tokens by their well-known prefixes, password hashes by their crypt format, and session
identifiers under their cookie or key. Their harmless lookalikes stay: placeholders, ``$2b$`` in
prose, a trace's id, a local or in-cluster service's URL, a build file's name."""

from __future__ import annotations

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("env:\n  MAIL_PASSWORD:        Gr4nite&Moss-41\n", [("Gr4nite&Moss-41", "PASSWORD")]),
        ('params = {"password"=>"Heron#2210", "remember"=>"1"}', [("Heron#2210", "PASSWORD")]),
        (
            "machine ftp.warehouse-io.net\n  login okafor_b\n  password 0d9e3c1a-77b2-4f1e-9a40-6c2b8e51d7f3\n",
            [("okafor_b", "USERNAME"), ("0d9e3c1a-77b2-4f1e-9a40-6c2b8e51d7f3", "PASSWORD")],
        ),
        (
            "machine build.fjordline.no login tkvale password Sn0wdrift-88",
            [("tkvale", "USERNAME"), ("Sn0wdrift-88", "PASSWORD")],
        ),
        (
            "pg-main.lan.fjordline.no:5432:orders:marit_lund:Bl4ckberry+Sea\n",
            [("marit_lund", "USERNAME"), ("Bl4ckberry+Sea", "PASSWORD")],
        ),
        (
            "0 3 * * * curl -s --user rkhanna:Monsoon77^ https://status.tealbay.io/ping",
            [("rkhanna", "USERNAME"), ("Monsoon77^", "PASSWORD"), ("https://status.tealbay.io/ping", "URL")],
        ),
        (
            "curl -fsS -u 'jvolkova:Aur0ra-Borealis' -X POST",
            [("jvolkova", "USERNAME"), ("Aur0ra-Borealis", "PASSWORD")],
        ),
        (
            "DATABASE_URL=mysql://ahmed_k:Pl4typus_Nine@10.20.1.7:3306/shop",
            [("ahmed_k", "USERNAME"), ("Pl4typus_Nine", "PASSWORD"), ("10.20.1.7", "IP_ADDRESS")],
        ),
        (
            "remote: https://mbergstrom:tok3nValue9@code.tealbay.io/infra/deploy.git",
            [("mbergstrom", "USERNAME"), ("tok3nValue9", "PASSWORD")],
        ),
    ],
)
def test_a_credential_of_a_config_file_is_found(pattern_mask: Mask, text: str, expected: list) -> None:
    assert [pair for pair in scanned(pattern_mask, text) if pair[0] != text] == expected


@pytest.mark.parametrize(
    "token",
    [
        "glpat-Zq4mW8nT2vK6rP0sX3yB",
        "npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
        "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",
        "hf_aBcDeFgHiJkLmNoPqRsTuVwXyZ01234567",
        "pypi-AgEIcHlwaS5vcmcCJDk4ZjI1YmMwLTc1ZDUtNGE2Ni1iZjU0LTVhN2M3NGUxMmQ0OQACKlsz",
    ],
)
def test_a_token_is_found_by_its_prefix(pattern_mask: Mask, token: str) -> None:
    assert scanned(pattern_mask, f"export TOKEN_VALUE {token} # ci") == [(token, "API_KEY")]


@pytest.mark.parametrize(
    "digest",
    [
        "$2y$10$abcdefghijklmnopqrstuuVwXyZ0123456789./ABCDEFGHIJKLMN",
        "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzYWx0$RdescudvJCsgt3ub+b+dWRWJTmaaJObG",
        "$6$rounds=5000$saltsalt$" + "a" * 40 + "B" * 40 + "./1234",
        "pbkdf2_sha256$600000$Xk2mP9qR4tV7$Zb8yQ1wE3rT5uI7oP9aS2dF4gH6jK8lZ0xC2vB4nM6q=",
    ],
)
def test_a_password_hash_is_a_password(pattern_mask: Mask, digest: str) -> None:
    text = f"| 4410 | {digest} | 2024-02-01 |"
    assert (digest, "PASSWORD") in scanned(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Set-Cookie: sessionid=7c2e91ab44d08f3e5b1a; Path=/; HttpOnly", "7c2e91ab44d08f3e5b1a"),
        ('{"headers": {"cookie": "_shop_session=Qm9vayA0Mjk3LTEx; theme=dark"}}', "Qm9vayA0Mjk3LTEx"),
        ('{"csrf_token" : "Zx81PqLm0NvB7cYt2WsR"}', "Zx81PqLm0NvB7cYt2WsR"),
        (' 5) "xsrf-token"\n 6) "Lk29XvQa81MnBc0Tz7Ry"', "Lk29XvQa81MnBc0Tz7Ry"),
    ],
)
def test_a_session_identifier_is_a_key(pattern_mask: Mask, text: str, value: str) -> None:
    assert scanned(pattern_mask, text) == [(value, "API_KEY")]


@pytest.mark.parametrize(
    "text",
    [
        "smtp:\n  password: <your-password>\n",
        "Options:\n  - passwd:       Path of the file that holds it.\n",
        "DB_PASSWORD=changeme",
        'curl -u "$API_USER:$API_PASS" -X GET',
        "Hashes begin with $2b$12$ followed by the salt and the digest.",
        "machine learning login page: password reset flow",
        "trace_id=8e2f1c7a9b3d4e5f6a7b8c9d0e1f2a3b request_id: 3fa2b1c4d5e6f7a8b9c0",
        '{"sid": "SM0123456789abcdef0123456789abcdef", "status": "queued"}',
        "curl -s http://localhost:9090/-/ready && curl -s http://127.0.0.1:8080/metrics",
        "upstream http://payments.billing.svc.cluster.local:8443/health and ws://[::1]:6006",
        "docker run -u 1000:1000 -v $PWD:/src app:latest",
    ],
)
def test_harmless_lookalikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_a_local_url_with_a_query_is_still_a_url(pattern_mask: Mask) -> None:
    text = "GET http://localhost:3000/search?q=olsen-fjord-trip"
    assert scanned(pattern_mask, text) == [("http://localhost:3000/search?q=olsen-fjord-trip", "URL")]


def test_a_build_file_is_no_organization(ner_mask: Mask) -> None:
    text = " => [internal] load build definition from Dockerfile   0.0s\nThe Jenkinsfile and the Procfile moved."
    assert ner_mask.protect(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "DB_USER=<db_user>\nDB_PASSWORD=<changeme>\nSMTP_HOST=<smtp_host>\n",
        "SMTP_PASSWORD=\nSMTP_HOST=mail.internal.example\n",
    ],
)
def test_an_empty_or_placeholder_password_does_not_take_the_next_line(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
