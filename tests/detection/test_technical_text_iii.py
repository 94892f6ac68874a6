"""Technical text stays as it is, third round: an entity before a technical noun (``the Tab key``,
``Fibonacci number``), one a sentence defines as software (``Jinja is a template engine``), a
service's or a technology's name read as a person or a place (``Google Summer of Code``, ``Mac
OSX``), an ordinary word in a table's cell or opening a comment, or read as an unknown place, an organization with a lower-case word, ``The Group``, a heading joined to
the next list item, two columns of a table joined, a place's name in a list of terms (``Hue,
Luminance, Saturation``), one unknown word NER calls a place with no place around it; the names, places and firms beside them are
still protected."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.plugins.spacy.calibration import calibrate
from mask.plugins.spacy.gazetteer import gazetteer
from mask.plugins.spacy.technical import in_term_list, platform_product, technical_name, technical_use

NER_TYPES = {"PERSON", "LOCATION", "ORGANIZATION", "NRP"}


def _at(text: str, value: str) -> tuple[int, int]:
    start = text.index(value)
    return start, start + len(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("it defaults to the Tab key. If completekey is None", "Tab"),
        ("Calculate the 50th Fibonacci number.", "Fibonacci"),
        ("These can be described by Lindenmayer systems, which", "Lindenmayer"),
        ("Read the correct number of bytes from Xing header #154", "Xing"),
        ("(2) A combination of Koch-curves.", "Koch"),
        ("loaded as the Daphne webserver.", "Daphne"),
        ("wrapping the Graphviz C library with SWIG", "Graphviz C"),
        ("Jinja is a fast, expressive, extensible templating engine.", "Jinja"),
        ("Pexpect is a pure Python module for spawning child applications", "Pexpect"),
        ("The team develops and supports Jinja and other popular\npackages.", "Jinja"),
        ("Create the Jinja environment based on the loader.", "Jinja"),
        ("The Laplace estimate approximates the probability", "Laplace"),
    ],
)
def test_an_entity_before_a_technical_noun_or_defined_as_software_is_a_thing(text: str, value: str) -> None:
    assert technical_use(text, *_at(text, value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Please send the Smith file to accounts.", "Smith"),
        ("Anna is a library assistant in Leeds.", "Anna"),
        ("John Smith is a senior engineer at Siemens.", "John Smith"),
        ("Paris is a city in France.", "Paris"),
        ("Call Grace Hopper about the client account.", "Grace Hopper"),
        ("Thanks to Robert Olson for the original patch.", "Robert Olson"),
        ("a letter to Mr. Keys in Boston", "Boston"),
        ("Lunch with Anna and other friends from Leeds.", "Anna"),
    ],
)
def test_a_name_before_an_ordinary_noun_is_no_thing(text: str, value: str) -> None:
    assert not technical_use(text, *_at(text, value))


@pytest.mark.parametrize(
    ("value", "thing"),
    [
        ("Google Summer of Code", True),
        ("Native Starlette", True),
        ("Mac OSX", True),
        ("Claude Monet", False),  # a service's name that is a first name too
        ("Grace Hopper", False),
        ("Green Bay", False),
    ],
)
def test_a_service_or_technology_in_a_person_or_place_is_a_thing(value: str, thing: bool) -> None:
    assert technical_name(value) is thing


@pytest.mark.parametrize(
    ("text", "value", "terms"),
    [
        ("HLS: Hue, Luminance, Saturation", "Hue", True),
        ("Fore: BLACK, RED, GREEN, YELLOW, BLUE, MAGENTA, CYAN, WHITE, RESET.", "MAGENTA", True),
        ("We flew to Hue, Vietnam in May.", "Hue", False),
        ("We visited Reading, Bath, Nice and Paris.", "Bath", False),
        ("51 Franklin Street, Fifth Floor, Boston, MA 02110", "Boston", False),
        ("Offices: Ritaborough, Jamesfurt, Kevinland, Port Amy", "Jamesfurt", False),
    ],
)
def test_a_place_among_ordinary_words_is_a_term(text: str, value: str, terms: bool) -> None:
    assert in_term_list(text, *_at(text, value), gazetteer().is_place) is terms


@pytest.mark.parametrize(
    ("label", "text", "value"),
    [
        ("PERSON", "| `sep` | `str` | Line separator |", "Line"),
        ("PERSON", "x: Annotated[int, Gt(18)]  # Valid: 19, 20, ...", "Valid"),
        ("GPE", "(name, type) or (name, type, Field) objects", "Field"),
        ("GPE", "Many small Bugfixes\n- A big refactoring", "Bugfixes"),
        ("GPE", "Toplevel widgets are Tk and Toplevel. Other widgets", "Toplevel"),
        ("ORG", "See the `Changelog documentation`_ for recent changes", "Changelog documentation"),
        ("ORG", "terminated by a semi-colon.  The Group\nis created by", "The Group"),
    ],
)
def test_ordinary_words_in_technical_places_score_below_the_threshold(label: str, text: str, value: str) -> None:
    assert calibrate(label, text, *_at(text, value))[1] < 0.5


@pytest.mark.parametrize(
    ("label", "text", "value"),
    [
        ("PERSON", "Please ask Grace about the invoice.", "Grace"),
        ("PERSON", "Grace: can you check the booking?", "Grace"),
        ("PERSON", "| Name | Anna Schmidt |", "Anna Schmidt"),
        ("GPE", "She moved to Reading last year.", "Reading"),
        ("GPE", "Guy Baron (born 4 May 1972 in Pages) is an engineer.", "Pages"),
        ("GPE", "a vehicle was damaged outside Grand. Witness: Hugo Cattin", "Grand"),
        ("GPE", "a spokesperson for Vartiainen.", "Vartiainen"),
        ("GPE", "the delivery to Kovář 16, Hostinné.", "Hostinné"),
        ("GPE", "Our new depot Ritaborough, NY 12345 opens soon.", "Ritaborough"),
        ("GPE", "Offices in US and Canada since May.", "US"),
        ("ORG", "She works at Bank of America in Charlotte.", "Bank of America"),
        ("ORG", "A statement from McDonald's Corporation today.", "McDonald's Corporation"),
        ("ORG", "The Hudson Group hired forty engineers.", "Hudson Group"),
        ("ORG", "Payment to Công ty TNHH Minh Phát received.", "Công ty TNHH Minh Phát"),
    ],
)
def test_real_names_places_and_firms_keep_their_score(label: str, text: str, value: str) -> None:
    assert calibrate(label, text, *_at(text, value))[1] >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "If completekey is None, it defaults to the Tab key.",
        'input="Calculate the 50th Fibonacci number."',
        "Jinja is a fast, expressive, extensible templating engine.",
        "Our students take part in the Google Summer of Code every year.",
        "- **Framework Integration**: Native Starlette and FastAPI support",
        "On Unix (including Mac OSX), it starts with sys.prefix.",
        "### Misc\n- Freethreaded pre-built wheels now shipped in PyPI",
        "Marshaller     Generate an XML-RPC params chunk from a Python data structure",
        "HLS: Hue, Luminance, Saturation\nHSV: Hue, Saturation, Value",
    ],
)
def test_technical_sentences_iii_are_unchanged(ner_mask: Mask, text: str) -> None:
    found = [text[s.start : s.end] for s in ner_mask.scan([text])[0] if s.type in NER_TYPES]
    assert found == []


def test_names_places_and_firms_beside_technical_words_are_still_protected(ner_mask: Mask) -> None:
    text = (
        "Thanks to Pedro Algarvio for the Tab key fix. Anna Schmidt is a senior engineer at Siemens AG "
        "in Munich; the Fibonacci number test was written by David\n       Megginson."
    )
    out = ner_mask.protect(text)
    for value in ("Pedro Algarvio", "Anna Schmidt", "Siemens AG", "Munich", "Megginson"):
        assert value not in out
    assert "Tab key" in out and "Fibonacci number" in out


def test_a_name_in_a_table_column_keeps_its_first_column(ner_mask: Mask) -> None:
    text = "Owner                 Role\nMargaret Thompson     Engineer\n"
    assert "Margaret Thompson" not in ner_mask.protect(text)


@pytest.mark.parametrize(
    ("value", "product"),
    [
        ("Gemini Enterprise", True),
        ("GCS for Gemini Enterprise", True),
        ("Google Cloud", True),
        ("Google", False),
        ("Google Ireland", False),
        ("Siemens Enterprise", False),
    ],
)
def test_a_service_with_product_words_is_a_product(value: str, product: bool) -> None:
    assert platform_product(value) is product


def test_a_service_product_scores_below_the_threshold_and_the_company_keeps_its_own() -> None:
    text = "Only supported in Gemini Enterprise Agent Platform; she joined Google Ireland last year."
    assert calibrate("ORG", text, *_at(text, "Gemini Enterprise"))[1] < 0.5
    assert calibrate("ORG", text, *_at(text, "Google Ireland"))[1] >= 0.5


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("HTML (english tags) + Turkish content (sharing Latin characters)", True),
        ("the Chinese glyphs of the font", True),
        ("a Turkish citizen living in Berlin", False),
    ],
)
def test_a_nationality_word_before_content_names_a_language(text: str, language: bool) -> None:
    from mask.plugins.spacy.languages import names_a_language

    word = "Turkish" if "Turkish" in text else "Chinese"
    assert names_a_language(text, *_at(text, word)) is language
