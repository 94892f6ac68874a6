"""People mentioned by their account in developer and chat text: ``cc @lucas-pereira-dev``,
``Thanks @ffontaine!``, ``(@hwjang)``, a CODEOWNERS line's owners (``/billing/  @rkowalczyk
@t-mbeki``), ``oncall-slack: @yrasmussen``. Each is a ``USERNAME``.

A mention is an ``@`` at a word's start (after a blank, a bracket, a quote or a comma: not in an
e-mail address, a path or ``pkg@1.2.3``), then a login as GitHub spells them (letters, digits,
hyphens and underscores, 2 to 39 of them, a letter first: not ``@2x``), before a blank, a punctuation mark or the end: not
before a ``/`` (``@acme/platform``, ``@types/node``: a team or a package), a dotted word
(``@app.route``) or a bracket (``@register(cls)``: a call).

What stays in clear: a decorator or an annotation alone on its line (``@dataclass``, ``>>>
@cache``), before a declaration (``@Test public void``) or one whose word is a decorator's, a doc
comment's tag, a style sheet's at-rule, a chat's group mention or a version tag
(:data:`~.label_words.NOT_MENTIONS`: ``@property``, ``@param``, ``@media``, ``@here``,
``@latest``); a Makefile's silent command (``\\t@echo``); an SQL variable on a line of SQL
(``WHERE id = @id``) or after ``=``; a system account, a bot or a placeholder, as under a login's
label (``@dependabot``, ``@test_b``); a crontab's ``@reboot`` and ``@daily``; a training plan's
intensity (``Squat 3\u00d78 @RPE6``, ``@threshold``: :data:`~.label_words.AT_INTENSITIES`).

A forum's or a board's author, named by its layout without an ``@`` (:func:`forum_handles`):
``Posted by rustyhinge_42 »``, ``Reply from: fernlea_jo``, ``posted by NiamhOB``, ``quiltmaker_9
wrote:`` at a line's start, ``User bramble_k (`` opening a line, ``belongs to member tb_kent``, Reddit's ``u/fern_and_moss_82``. The handle must
look like one (an underscore, a digit or a capital inside it: ``NiamhOB``), so ``posted by the
team`` or ``User Guide (`` stay.

The detector runs with the NER stage and scores below a name's rules (a handle that spells a name,
``@emily-chen``, is a ``PERSON`` when mask-spacy runs), so it only takes what no other reading did.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..detector import STAGE_NER
from .base import SpanFinder
from .label_shapes import extract
from .label_words import AT_INTENSITIES, NOT_MENTIONS

__all__ = ["MentionDetector", "forum_handles", "mentions"]

SCORE = 0.65
"""Above the default threshold, below mask-spacy's name rules for a handle (0.7)."""

_MENTION = re.compile(
    r"(?:^|(?<=[\s({<,;:'\"*]))@(?P<login>[A-Za-z][A-Za-z0-9_\-]{1,38})"
    r"(?=$|[\s,;!?)\]}'\">]|[.:](?!\w))"
)
"""An ``@`` after a blank, an opening bracket (not ``[``: an XPath attribute, ``[@id]``), a quote,
a comma or a colon, a login and what may follow a word in prose."""
_DECLARATION = re.compile(
    r"[ \t]+(?:public|private|protected|internal|static|final|abstract|void|class|interface|fun|val|var"
    r"|def|async|override|open|lateinit|suspend|export|function|const|let|func|struct|enum)\b"
)
"""A declaration's keyword after an annotation (``@Test public void``, ``@Inject lateinit var``)."""
_SQL_LINE = re.compile(r"\b(?:SELECT|INSERT|UPDATE|DELETE|DECLARE|EXEC|WHERE|VALUES|SET)\b")
"""A line of SQL, whose ``@`` opens a variable (``VALUES (@name, @email)``)."""
_CODE_PREFIX = " \t>.*#/"
"""What may stand before a decorator at a line's start: indentation, a doctest's prompt, a
comment's marks."""

_HANDLE = r"[A-Za-z][A-Za-z0-9_.\-]{1,30}[A-Za-z0-9]"
"""A forum's handle: 3 to 32 letters, digits, ``_``, ``.`` or ``-``, a letter first."""
_BY_END = r"(?=[ ]?(?:»|\||[\-\u2013\u2014][ ]|$)|[ ](?:on|at)[ ]|[,;]|\n)"
_FORUM = (
    ("osted by ", re.compile(r"[Pp]osted[ ]by[ ](?P<login>" + _HANDLE + ")" + _BY_END, re.MULTILINE)),
    ("Reply from", re.compile(r"Reply[ ]from:?[ ](?P<login>" + _HANDLE + ")" + _BY_END, re.MULTILINE)),
    ("User ", re.compile(r"User[ ](?P<login>" + _HANDLE + r")(?=[ ]\()")),
    (
        " member ",
        re.compile(r"(?:belongs[ ]to|by|from|forum|board)[ ]member[ ](?P<login>" + _HANDLE + r")(?=[.,;:!?)]|[ ]|$)"),
    ),
    (" wrote:", re.compile(r"^[ \t>]{0,8}(?P<login>" + _HANDLE + r")[ ]wrote:", re.MULTILINE)),
    ("u/", re.compile(r"(?<![\w/.:\-])u/(?P<login>[A-Za-z0-9][A-Za-z0-9_\-]{2,19})(?![\w/\-])")),
)
"""A forum's author, each layout with the words that gate it: after ``Posted by`` or ``Reply
from:`` (before ``»``, ``|``, a dash, ``on``, ``at``, a comma or the line's end), after ``User``
opening a line or a sentence before a bracket, after ``belongs to member`` (``by member``,
``forum member``), at a line's start before ``wrote:``, or after Reddit's ``u/`` (``u/fern_and_moss_82``; not a
path's or a unit's ``u/min``, which has no handle's shape). Each pattern opens with a literal, so
that it is looked for, not tried at every position."""
_HANDLE_SHAPE = re.compile(r"[_0-9]|[a-z][A-Z]")
"""What only a handle has: an underscore, a digit, or a capital after a small letter
(``NiamhOB``): not a word of prose (``posted by Admin``, ``User Guide``)."""


def forum_handles(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each forum author's handle in ``text`` (see the module docstring)."""
    for gate, pattern in _FORUM:
        if gate not in text:
            continue
        for m in pattern.finditer(text):
            before = text[m.start() - 1] if m.start() else " "
            if before.isalnum() or before in "_-":
                continue  # "unposted by", "SuperUser x ("
            if gate == "User " and not _opens_sentence(text, m.start()):
                continue  # "User" opens a line or a sentence: "the User Guide (PDF)" in prose stays
            login = m.group("login")
            if _HANDLE_SHAPE.search(login) is None or login.casefold() in NOT_MENTIONS:
                continue
            found = extract("USERNAME", login, whole=True)
            if found == (0, len(login)):
                yield m.start("login"), m.end("login")


def _opens_sentence(text: str, at: int) -> bool:
    """``text[at]`` opens the text, a line or a sentence (after ``.``, ``!``, ``?`` or ``]``)."""
    return at == 0 or text[at - 1] == "\n" or text[max(0, at - 2) : at] in (". ", "! ", "? ", "] ")


def mentions(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each login mentioned in ``text`` (see the module docstring)."""
    for m in _MENTION.finditer(text):
        login = m.group("login")
        word = login.casefold()
        head = word.split("-", 1)[0]
        if word in NOT_MENTIONS or (len(head) >= 5 and head in NOT_MENTIONS):
            continue  # @property, @overload-decorated
        if word.rstrip("0123456789") in AT_INTENSITIES:
            continue  # Squat 3x8 @RPE6: "at" an effort's intensity
        if _in_code(text, m.start(), m.end()):
            continue
        found = extract("USERNAME", login, whole=True)
        if found == (0, len(login)):
            yield m.start("login"), m.end("login")


def _in_code(text: str, at: int, end: int) -> bool:
    """Whether the ``@`` at ``at`` (its word ending at ``end``) opens a decorator, an annotation,
    a Makefile's command or an SQL variable rather than a mention."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:at]
    rest = text[end:line_end].strip()
    if not before.strip(_CODE_PREFIX) and (not rest or rest.startswith(("#", "//"))):
        return True  # @dataclass on its line, >>> @cache, @cpython_only  # a comment
    if before and not before.strip("\t"):
        return True  # a Makefile's recipe: \t@mkdir -p build
    if _DECLARATION.match(text, end) is not None:
        return True  # @Test public void
    if before.rstrip().endswith(("=", "<", ">")):
        return True  # subjectAltName = @san, WHERE id = @id
    return _SQL_LINE.search(text, line_start, line_end) is not None


class MentionDetector(SpanFinder):
    """Logins mentioned with an ``@`` and forum authors named by their layout (see the module docstring)."""

    name = "mentions"
    stage = STAGE_NER
    score = SCORE
    entity_types = frozenset({"USERNAME"})

    def may_hold(self, text: str) -> bool:
        return (
            "@" in text
            or "osted by " in text
            or "Reply from" in text
            or " wrote:" in text
            or "User " in text
            or "member " in text
            or "u/" in text
        )

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        found = list(mentions(text)) if "@" in text else []
        found.extend(forum_handles(text))
        return ((lo, hi, "USERNAME") for lo, hi in found)
