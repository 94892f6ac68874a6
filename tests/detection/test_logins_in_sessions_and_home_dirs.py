"""Logins that system logs and paths name without a label: a PAM or ``systemd-logind`` session's
user, the owner of a home directory (``/home/X``, ``/Users/X``, ``C:\\Users\\X``), and ``for user X``
in a log line. Each is a ``USERNAME``; service accounts, shared and stand-in directories, ordinary
words after ``for user`` and lines that are no log's stay in clear."""

from __future__ import annotations

import json

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    ("text", "login"),
    [
        (
            "Mar 04 09:12:01 web-02 sshd[2211]: pam_unix(sshd:session): session opened for user rchowdhury(uid=1007)"
            " by (uid=0)",
            "rchowdhury",
        ),
        ("Mar 04 09:40:55 web-02 sshd[2211]: pam_unix(sshd:session): session closed for user rchowdhury", "rchowdhury"),
        ("May 14 08:14:33 bastion-01 systemd-logind[812]: New session 4412 of user dkaminski.", "dkaminski"),
        ("May 14 08:14:33 bastion-01 systemd[1]: Started Session 12 of User jbloggs.", "jbloggs"),
        ("sudo:  ops : TTY=pts/1 ; PWD=/home/mvasquez ; USER=root ; COMMAND=/usr/bin/ls", "mvasquez"),
        ('Traceback: File "/Users/hkim/projects/app/main.py", line 12', "hkim"),
        ("Copied to C:\\Users\\akumar\\Desktop\\report.xlsx", "akumar"),
        ("12:01:08 console     Error saving card for user mthorsdottir (card declined)", "mthorsdottir"),
        ("2024-05-02T10:00:01Z WARN quota exceeded for user t.okafor: 10.2 GB", "t.okafor"),
        ("ERROR no home directory for user pnair", "pnair"),
    ],
)
def test_a_login_named_by_a_log_or_a_path_is_protected(pattern_mask: Mask, text: str, login: str) -> None:
    assert (login, "USERNAME") in scanned(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert login not in out
    assert pattern_mask.reveal(out) == text


def test_a_home_directory_in_json_text_with_escaped_backslashes(pattern_mask: Mask) -> None:
    text = json.dumps({"path": "C:\\Users\\lgarcia\\AppData\\Local\\Temp\\x.log"})
    assert "lgarcia" not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mar 04 09:12:01 web-02 sshd[2211]: pam_unix(sshd:session): session opened for user root(uid=0) by (uid=0)",
        "May 14 08:14:33 bastion-01 systemd-logind[812]: New session c1 of user gdm.",
        "cd /home/runner/work/repo && ls /Users/Shared/x C:\\Users\\Public\\Documents",
        "pip installed into /home/linuxbrew/.linuxbrew/bin and /home/jovyan/work",
        "Replace /home/yourname/ with your own directory.",
        "Salva il file in /home/utente/documenti e riavvia.",
        "2024-01-02 10:00:01 WARN cache miss for user profile: rebuilding",
        "12:00:00 INFO rate limit reached for user input; retrying",
        "We store preferences for user convenience.",
        "Sessions are closed for users after an hour of inactivity.",
    ],
)
def test_service_accounts_stand_ins_and_words_stay(pattern_mask: Mask, text: str) -> None:
    assert [found for found, kind in scanned(pattern_mask, text) if kind == "USERNAME"] == []
    assert pattern_mask.protect(text) == text


def test_for_user_outside_a_log_line_is_no_login(pattern_mask: Mask) -> None:
    text = "Pick a theme for user dashboards, then save."
    assert pattern_mask.protect(text) == text
