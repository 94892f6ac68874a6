"""Values found by hand in call transcripts, web forms, passenger lists and letters of other
languages that stayed in clear: numbers read out as digit words; a label that opens a bracket
(``(employee no. 77812)``); loyalty, borrower, microchip and Greek tax numbers, an Indonesian
account, a Polish ``ur.`` and an Indonesian ``tanggal lahir`` before a date; a phone number in a
query string with ``+`` for its blanks; a traveller's ``SURNAME/GIVEN`` without a title;
Brazilian, Turkish and Indonesian address tails; ``Signed,`` and ``Warmly,`` before a name. And
what no longer goes wrong: an address under a label that ran on over the next sentences, a name
that ran on over a closing quote (``-d 'name=Bas van Dijk' -d``), a town inside a word
(``Jinja2``), greetings and pronouns of other languages read as names."""

from __future__ import annotations

from urllib.parse import unquote_plus

import pytest

from mask.core import Mask
from mask.core.detectors.spoken import spoken_digits, spoken_spans


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my number is four one five, five five five, zero one nine eight", "PHONE_NUMBER"),
        ("Callback on oh nine one seven, five five five, one two three four", "PHONE_NUMBER"),
        ("call me on double five five, one two three four", "PHONE_NUMBER"),
        (
            "the card is four five three nine, one four eight eight, zero three four three, six seven four seven",
            "CREDIT_CARD",
        ),
        ("my social is one two three, four five, six seven eight nine", "US_SSN"),
    ],
)
def test_a_number_read_out_in_words(pattern_mask: Mask, text: str, kind: str) -> None:
    spans = pattern_mask.scan([text])[0]
    assert [s.type for s in spans] == [kind]
    words = text[spans[0].start : spans[0].end]
    assert words.split()[0] in ("four", "oh", "double", "one") and "," not in words[-1:]
    assert words not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "count with me: one two three four five six seven",  # seven digits, no phone word
        "one two three four",
        "We shipped five, then nine, then two more.",
        "The score was one to nothing after nine innings.",
    ],
)
def test_words_that_count_are_no_number(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_the_digits_words_spell() -> None:
    assert spoken_digits("double five five, one two three four") == "5551234"
    assert spoken_digits("oh nine one triple seven") == "091777"
    assert spoken_spans("the pin is one two three four") == []


def test_spoken_numbers_can_be_turned_off() -> None:
    m = Mask(
        {
            "vault": {"backend": "memory"},
            "audit": {"sinks": []},
            "plugins": {"disable": ["spacy"]},
            "detectors": {"spoken_numbers": False},
        }
    )
    try:
        text = "my number is four one five, five five five, zero one nine eight"
        assert m.protect(text) == text
    finally:
        m.close()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Reported by the night guard (employee no. 77812) at 02:10.", "77812"),
        ("Badge scanned [staff ID NG-2231] at the east gate.", "NG-2231"),
        ("Loyalty no.: BV-88120455", "BV-88120455"),
        ("Borrower ID 20045871 returned two books late.", "20045871"),
        ("Microchip 985112003456789 registered to the owner.", "985112003456789"),
        ("AFM: 094521874", "094521874"),
        ("Transfer ke no rek: 1234567890 a.n. Budi", "1234567890"),
        ("Meine Steuer-ID lautet 65718302546.", "65718302546"),
        ("TC kimlik numaram 12345678950.", "12345678950"),
        ("Piotr Nowak (ur. 12.06.1955) zmarł w domu.", "12.06.1955"),
        ("Tanggal lahir: 17 Agustus 1988", "17 Agustus 1988"),
        ("doğum tarihim 07.09.1990", "07.09.1990"),
        (
            "https://crm.example.com/contacts/search?q=x&tel=+48+600+700+800&email=m@example.org",
            "+48+600+700+800",
        ),
    ],
)
def test_labelled_values(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "The policy 2024 rollout starts in May.",  # "policy" names a value only as a field
        "Retention policy: 90 days",
        "(see section no. 12 of the handbook)",  # a bracket before a label that names no type
    ],
)
def test_labels_left_alone(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Renter address Rua das Laranjeiras 245, apto 302, Rio de Janeiro, RJ 22240-003.", "22240-003"),
        ("Rua XV de Novembro 540, Curitiba, PR 80020-310", "80020-310"),
        ("Adresim: Bağdat Caddesi No: 112 D: 5, 34728 Kad\u0131k\u00f6y/İstanbul. Telefon", "34728 Kad\u0131k\u00f6y"),
        ("Bağdat Caddesi No:245 D:7, 34728 Kad\u0131k\u00f6y/İstanbul", "D:7"),
        ("Alamat saya Jl. Kebon Jeruk Raya No. 27, RT 003/RW 005, Jakarta Barat 11530. HP:", "Jakarta Barat 11530"),
        ("o Lucas mudou pra Av. Paulista 1578", "Paulista 1578"),
        ("Blk 123 Ang Mo Kio Ave 3 #05-67, Singapore 560123", "#05-67"),
        ("Blk 123 Ang Mo Kio Ave 3 #05-67, Singapore 560123", "Blk 123"),
        ("Blk 123 Ang Mo Kio Ave 3 #05-67 Singapore 560123.", "Ang Mo Kio"),
        ("ADDRESS: 3 Awolowo Rd,\nIkoyi, Lagos", "Ikoyi"),
    ],
)
def test_address_tails(pattern_mask: Mask, text: str, address: str) -> None:
    assert address not in pattern_mask.protect(text)


def test_a_labelled_address_ends_with_its_sentence(pattern_mask: Mask) -> None:
    text = "morada: Rua de Santa Catarina 210, 4000-447 Porto. Telemóvel 912 345 678. Cumprimentos."
    out = pattern_mask.protect(text)
    assert "Santa Catarina" not in out and "4000-447" not in out and "912 345 678" not in out
    assert out.endswith(". Cumprimentos.") and ". Telemóvel " in out
    out = pattern_mask.protect("Address: 12 Main Blvd. Springfield, IL 62704")
    assert "Springfield" not in out  # a street type's abbreviation ends no sentence


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("14C YILMAZ/MEHMET EMRE  TR  U19283746\n15A DE VRIES/PIETER  NL", ["YILMAZ/MEHMET EMRE", "DE VRIES/PIETER"]),
        ("Signed, Adèle Baron", ["Adèle Baron"]),
        ("Warmly,\nAdèle Baron", ["Adèle Baron"]),
        ("Talk soon, Bogdan", ["Bogdan"]),
        ("Olá Rui Carvalho, tudo bem?", ["Rui Carvalho"]),
    ],
)
def test_names(ner_mask: Mask, text: str, names: list[str]) -> None:
    out = ner_mask.protect(text)
    assert all(n not in out for n in names)


def test_a_travel_name_keeps_what_follows_it(ner_mask: Mask) -> None:
    out = ner_mask.protect("14D YILMAZ/AYSE  TR  U20394857")
    assert "YILMAZ" not in out and out.endswith("  TR  U20394857")
    assert ner_mask.protect("Olá Rui Carvalho, tudo bem?").startswith("Olá Person_")


def test_a_name_ends_at_its_closing_quote(ner_mask: Mask) -> None:
    text = "curl -X POST https://api.example.com/v1/contacts -d 'name=Bas van Dijk' -d 'city=Utrecht'"
    out = ner_mask.protect(text)
    assert "Bas van Dijk" not in out
    assert "' -d 'city=" in out


@pytest.mark.parametrize(
    "text",
    [
        "Flask is a micro-framework built on Werkzeug and Jinja2, whereas Django ships an ORM.",
        "Supports TCP/IP, RED/AMBER/GREEN states, AND/OR logic and CI/CD.",
        "This library is mainly for CLI/TUI programs.",
        "Szanowni Państwo, piszę w sprawie zamówienia.",
        "Selam, siparişim nerede?",
        "Hoi, ik wacht nog op mijn pakket.",
        "Wil je me terugbellen?",
        "Die Lieferung ist nicht angekommen.",
        "Signed the contract yesterday; the office agreed.",
        "The Turkish lira fell 3% against the dollar.",
        "Use German date formatting (DD.MM.YYYY).",
        "Canadian bacon and eggs",
        "Set `TZ=Europe/Berlin` in the container; timezone: America/Sao_Paulo",
        "Size guide: EU 42 = UK 8 = US 9.",
    ],
)
def test_left_alone(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


def test_a_name_after_a_foreign_greeting_or_possessive_is_still_one(ner_mask: Mask) -> None:
    out = ner_mask.protect("Mijn naam is Jan de Boer. Hallo Anna Schmidt, danke.")
    assert "Jan de Boer" not in out and "Anna Schmidt" not in out
    assert out.startswith("Mijn naam is ")


def test_a_nationality_of_someone_and_a_firm_of_another_language(ner_mask: Mask) -> None:
    out = ner_mask.protect("She is a Chinese citizen; the claim went to Anadolu Sigorta.")
    assert "Chinese" not in out and "Anadolu Sigorta" not in out


def test_a_labelled_address_line_ending_in_a_comma_is_not_joined_to_a_label(pattern_mask: Mask) -> None:
    out = pattern_mask.protect("Address: 3 Awolowo Rd,\nPhone: 0803 123 4567")
    assert "\nPhone: " in out and "Awolowo" not in out


def test_a_pg_dump_copy_block_is_labelled_by_its_columns(pattern_mask: Mask) -> None:
    text = (
        "COPY public.employees (id, name, ssn, dob) FROM stdin;\n"
        "201\tMichael O'Brien\t123-45-6789\t1979-02-11\n"
        "202\tSiobhan Murphy\t987-65-4320\t\\N\n"
        "\\.\n"
        "203\tNot a row\t1983-12-30\n"
    )
    out = pattern_mask.protect(text)
    for value in ("Michael O'Brien", "123-45-6789", "1979-02-11", "Siobhan Murphy", "987-65-4320"):
        assert value not in out
    assert out.startswith("COPY public.employees (id, name, ssn, dob) FROM stdin;\n201\t")
    assert "\t\\N\n\\.\n203\tNot a row\t" in out  # a null, the end line and what follows stay
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize("text", ["LOCATION:Conference Room B", "Location: Boardroom 4", "location: Meeting room 2"])
def test_a_meeting_room_is_no_place(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_names_in_a_csv_export_without_a_header(ner_mask: Mask) -> None:
    text = "1001,Babatunde,Fashola,b.fashola@example.com,2024-03-01\n1002,Grace,Okafor,g.okafor@example.com,2024-03-02"
    out = ner_mask.protect(text)
    for name in ("Babatunde", "Fashola", "Okafor"):
        assert name not in out
    assert out.count(",") == text.count(",")  # every cell kept apart


def test_row_names_reads_cells() -> None:
    from mask.plugins.spacy.rows import row_names

    text = '7\tWojciech Kowalczyk\t2024-01-02\n"Babatunde","Fashola","x@example.com"\nMariana, Paris, France'
    found = [text[s.start : s.end] for s in row_names(text)]
    assert found == ["Wojciech Kowalczyk", "Babatunde", "Fashola"]  # the last line holds no datum


def test_a_sentence_with_commas_is_no_row(ner_mask: Mask) -> None:
    text = "We tested Python, Rust, Go and Java, and all passed."
    assert ner_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "values", "kept"),
    [
        ("https://x.example/?name=Anna+Kowalska&city=Lyon#top", ["Anna+Kowalska", "Lyon"], "#top"),
        ("GET /p?lastName=Smith&insuranceNo=A123456780 HTTP/1.1", ["Smith", "A123456780"], " HTTP/1.1"),
        ("POST /payroll?employee=X&tin=123-456-789-000 HTTP/1.1", ["123-456-789-000"], " HTTP/1.1"),
    ],
)
def test_query_string_values(pattern_mask: Mask, text: str, values: list[str], kept: str) -> None:
    out = pattern_mask.protect(text)
    assert all(v not in out for v in values)
    assert out.endswith(kept)  # the value ends where the query's structure or the request line says
    assert unquote_plus(pattern_mask.reveal(out)) == unquote_plus(text)  # revealed percent-encoded: Anna%20Kowalska


def test_an_italian_vat_number(pattern_mask: Mask) -> None:
    out = pattern_mask.protect("Fattura a Rossi & C. s.n.c., P.IVA 01234567890, Via Roma 1")
    assert "01234567890" not in out
    assert pattern_mask.protect("Prezzo 100 EUR + IVA 22%") == "Prezzo 100 EUR + IVA 22%"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "\u6536\u8d27\u4eba\uff1a\u738b\u82b3 \u7535\u8bdd 13812345678",
            "\u738b\u82b3",
        ),  # 收货人 (full-width colon) 王芳 电话
        ("\uace0\uac1d\uba85: \uc815\ud558\ub298 / 010-1234-5678", "\uc815\ud558\ub298"),  # 고객명: 정하늘
        ("\uc8fc\ubbfc\ub4f1\ub85d\ubc88\ud638: 900101-2345670", "900101-2345670"),  # 주민등록번호
        ("\u0391\u03a6\u039c: 123456783", "123456783"),  # ΑΦΜ
        ("\u0421\u041d\u0418\u041b\u0421 112-233-445 95", "112-233-445 95"),  # СНИЛС
        ("\u751f\u5e74\u6708\u65e5: 1985\u5e744\u670812\u65e5", "4\u670812\u65e5"),  # 生年月日: 1985年4月12日
        ("\u8eab\u4efd\u8bc1\u53f7\uff1a110105198806061234", "110105198806061234"),  # labelled: a wrong check digit too
        ("CNP: 2901123401873", "2901123401873"),
        ("Individual Number: 6281 7394 0512", "6281 7394 0512"),
        ("SV-Nummer: 65 170889 B 015", "65 170889 B 015"),
        ("Customer number: 4018273659", "4018273659"),
        ("ID Pelanggan: 532104718293", "532104718293"),
        ("CBU destino: 0170099240000003148277", "0170099240000003148277"),
        ("\u043a\u0430\u0440\u0442\u0430 4276 3800 1234 5678", "4276 3800 1234 5678"),  # карта: labelled, fails Luhn
        ("numer karty: 4276 3800 1234 5678", "4276 3800 1234 5678"),
        ("PIN: A012847391Z", "A012847391Z"),  # Kenya's tax PIN under a PIN's label
    ],
)
def test_labels_of_more_languages_and_scripts(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)


def test_a_customer_number_in_prose_needs_a_value_of_its_shape(pattern_mask: Mask) -> None:
    assert pattern_mask.protect("customer number 5 in the queue") == "customer number 5 in the queue"


def test_chat_log_speakers_and_a_double_dash_sign_off(ner_mask: Mask) -> None:
    text = "[10:43] Priya: yeah its fine\n[10:44] Sam: ok\n[10:45] Server: restarted\n10:46 PM <Grace Okafor>: thx"
    out = ner_mask.protect(text)
    assert "Priya" not in out and "Sam:" not in out and "Grace Okafor" not in out
    assert "[10:45] Server: restarted" in out
    assert "lisa" not in ner_mask.protect("pick u up at 8? -- lisa")


@pytest.mark.parametrize(
    "text",
    [
        '{"holidays": [{"date": "2024-12-25", "name": "Christmas Day", "localName": "Weihnachten"}]}',
        '{"name": "Louvre Museum", "rating": 4.7}',
        '{"name": "Whole Foods Market Union Square", "open": true}',
    ],
)
def test_a_venue_or_a_holiday_under_a_name_key_is_no_person(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_a_json_key_of_one_word_is_a_field_unless_a_name(ner_mask: Mask) -> None:
    assert ner_mask.protect('{"Issuer": "Amazon", "Expires": "2025-01-01"}') == (
        '{"Issuer": "Amazon", "Expires": "2025-01-01"}'
    )
    assert "Kowalski" not in ner_mask.protect('{"Anna": 42, "Kowalski": 3}')
    assert "Anna Park" not in ner_mask.protect('{"name": "Anna Park", "city": "Seoul"}')


def test_an_ordinary_word_opening_its_line_as_a_label_is_no_name(ner_mask: Mask) -> None:
    assert ner_mask.protect("Branch: release/3.8\nStatus: passed") == "Branch: release/3.8\nStatus: passed"
    out = ner_mask.protect("Grace: are you there?\nTom: yes")
    assert "Grace" not in out and "Tom" not in out  # a first name as a chat's speaker still is one


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"postcode": "\u3012530-0001"}', "530-0001"),  # 〒530-0001
        ("\u3012060-0005 \u672d\u5e4c\u5e02\u4e2d\u592e\u533a\u53175\u6761\u89792\u4e01\u76ee", "\u53175\u6761"),
        (
            "\u0627\u0644\u0627\u0633\u0645: \u0641\u0627\u0637\u0645\u0629 \u0627\u0644\u0632\u0647\u0631\u0627\u0621\u060c \u0627\u0644\u0647\u0627\u062a\u0641: 0501234567",
            "\u0641\u0627\u0637\u0645\u0629",
        ),
    ],
)
def test_japanese_postcodes_and_a_name_before_an_arabic_comma(pattern_mask: Mask, text: str, value: str) -> None:
    out = pattern_mask.protect(text)
    assert value not in out and "PHONE" not in out


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ok so chris said kevin's wife emily is moving", ["chris", "emily"]),
        ("this is aunt linda, dob 1950", ["linda"]),
        ("the customer's husband ahmed called twice", ["ahmed"]),
    ],
)
def test_lower_case_names_in_chats(ner_mask: Mask, text: str, names: list[str]) -> None:
    out = ner_mask.protect(text)
    assert all(n not in out for n in names)


@pytest.mark.parametrize("text", ["so it said error 42", "ok so will said yes", "the system said no"])
def test_a_word_before_said_is_no_name(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "\u0928\u092e\u0938\u094d\u0924\u0947, \u092e\u0947\u0930\u093e \u0928\u093e\u092e \u0930\u093e\u0939\u0941\u0932 \u0936\u0930\u094d\u092e\u093e \u0939\u0948\u0964",
            "\u0930\u093e\u0939\u0941\u0932",
        ),  # मेरा नाम राहुल शर्मा है
        (
            "\u0e1c\u0e21\u0e0a\u0e37\u0e48\u0e2d \u0e2a\u0e21\u0e0a\u0e32\u0e22 \u0e43\u0e08\u0e14\u0e35 \u0e40\u0e1a\u0e2d\u0e23\u0e4c\u0e42\u0e17\u0e23",
            "\u0e2a\u0e21\u0e0a\u0e32\u0e22",
        ),  # ผมชื่อ สมชาย ใจดี เบอร์โทร
        (
            "\u05e9\u05dc\u05d5\u05dd, \u05e9\u05de\u05d9 \u05d3\u05d5\u05d3 \u05db\u05d4\u05df, \u05d4\u05d8\u05dc\u05e4\u05d5\u05df",
            "\u05d3\u05d5\u05d3",
        ),  # שמי דוד כהן
        (
            "\u0391\u03b3\u03b1\u03c0\u03b7\u03c4\u03ad \u03ba. \u0393\u03b9\u03ce\u03c1\u03b3\u03bf \u03a0\u03b1\u03c0\u03b1\u03b4\u03cc\u03c0\u03bf\u03c5\u03bb\u03b5,",
            "\u0393\u03b9\u03ce\u03c1\u03b3\u03bf",
        ),  # κ. Γιώργο Παπαδόπουλε
        ("\uc548\ub155\ud558\uc138\uc694, \uae40\ubbfc\uc218\uc785\ub2c8\ub2e4.", "\uae40\ubbfc\uc218"),  # 김민수입니다
    ],
)
def test_a_name_introduced_in_another_script(ner_mask: Mask, text: str, name: str) -> None:
    assert name not in ner_mask.protect(text)


def test_a_thai_product_name_is_no_person(ner_mask: Mask) -> None:
    text = "\u0e0a\u0e37\u0e48\u0e2d\u0e2a\u0e34\u0e19\u0e04\u0e49\u0e32 \u0e40\u0e2a\u0e37\u0e49\u0e2d\u0e22\u0e37\u0e14"  # ชื่อสินค้า เสื้อยืด
    assert ner_mask.protect(text) == text
