"""Structured values of a customer's record in tool outputs and forms that stayed in clear: a CSV
export whose header counts days (``sessions_last_30d``), an abbreviated customer-number key
(``cust_no``), a passport's number under ``travel_document`` with its ICAO type, a loyalty
programme's member number, a payment file parser's table headed by ``#``, a ``<Name>`` under
``<Customer>``; Persian address and postcode labels; an Indonesian or Philippine address's
abbreviated admin units before its town and postcode; a Canadian postal code after its
province's code in brackets; Indian names joined by S/o, D/o, W/o; a sole trader's d/b/a name.
Each with what must stay untouched."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _kept(mask: Mask, text: str, values: list[str]) -> list[str]:
    out = mask.protect(text)
    assert mask.reveal(out) == text
    return [v for v in values if v in out]


# -- a CSV header with a count in a snake-case column name ----------------------------------


def test_a_header_with_a_counted_column_still_labels_its_rows(pattern_mask: Mask) -> None:
    text = (
        "member_id,first_name,last_name,dob,plan,sessions_last_30d,streak_days\n"
        "MBR-009381,Ingrid,Solvang,1984-11-02,Base Builder,11,6\n"
        "MBR-010077,Yara,Haddad-Lindgren,2001-01-30,Base Builder,3,0\n"
    )
    assert _kept(pattern_mask, text, ["MBR-009381", "Yara", "1984-11-02", "2001-01-30"]) == []
    assert "Base Builder,11,6" in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "top_10,count\nalpha,3\nbeta,7\n",
        "week,p99_latency_ms,checkout_5xx\n1,1200,0.02\n2,1180,0.01\n",
    ],
)
def test_counted_columns_name_nothing_themselves(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


# -- abbreviated customer numbers, documents and loyalty programmes in payloads ---------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Customer: Aurélie Tremblay | cust_no 3390128\n", "3390128"),
        ('{"cust_id": "C-448120", "status": "active"}', "C-448120"),
        ('{"travel_document": {"type": "P", "number": "18FV42917", "issuing_country": "FRA"}}', "18FV42917"),
        ('{"documents": [{"type": "ID", "number": "X4410923876"}]}', "X4410923876"),
        ('{"loyalty": {"programme": "ZX", "number": "4410923876", "tier": "Silver"}}', "4410923876"),
        ('{"membership": {"number": "M-20931", "plan": "Gold"}}', "M-20931"),
    ],
)
def test_a_person_s_number_under_its_key_or_parent(pattern_mask: Mask, text: str, value: str) -> None:
    assert _kept(pattern_mask, text, [value]) == []


@pytest.mark.parametrize(
    "text",
    [
        '{"loyalty_points": 12000, "loyaltyBalance": "12000", "loyalty": "T2024"}',
        '{"rewards": {"value": "2024"}}',
        '{"document": {"type": "invoice", "number": "INV-2024-0093"}}',
        "Loyalty 2024 review: the programme grew.",
    ],
)
def test_loyalty_counts_and_other_documents_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


# -- a fixed-width table headed by a row number sign ------------------------------------------


def test_a_table_whose_first_column_is_the_row_number(pattern_mask: Mask) -> None:
    text = (
        "#  rtn        dfi_account     amount    indiv_id   name\n"
        "1  690080398  98808075249      1842.50  EMP00417   ROSA M GARCIA\n"
        "3  312239382  4383293406248    1599.80  EMP00431   LINH PHAM\n"
    )
    assert _kept(pattern_mask, text, ["4383293406248", "98808075249", "LINH PHAM"]) == []


def test_a_crontab_comment_is_no_table(pattern_mask: Mask) -> None:
    text = "# m  h  dom mon dow  command\n*/5  *  *   *   *    /opt/jobs/bin/sync_stock --quiet\n"
    assert pattern_mask.protect(text) == text


# -- a <Name> element under a person's element --------------------------------------------------


def test_a_name_element_under_a_customer_element(pattern_mask: Mask) -> None:
    text = "<Customer>\n  <Name>陈志强</Name>\n  <NamePinyin>CHEN ZHIQIANG</NamePinyin>\n</Customer>"
    out = pattern_mask.protect(text)
    assert "陈志强" not in out
    assert "CHEN ZHIQIANG" not in out


@pytest.mark.parametrize(
    "text",
    [
        "<project>\n  <name>Apache Commons</name>\n</project>",
        "<dependency><name>Jackson Core</name></dependency>",
        # beside the name's parts, <name> is something else of the record's (its plan)
        "<customer>\n  <firstName>x</firstName>\n  <status>active</status>\n  <name>Gold Plan</name>\n</customer>",
    ],
)
def test_a_name_element_under_a_thing_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


# -- Persian labels -----------------------------------------------------------------------------


def test_a_persian_address_and_postcode(pattern_mask: Mask) -> None:
    text = (
        "موبایل: 0912 345 6789\n"
        "آدرس ارسال: تهران، خیابان شریعتی، کوچه یاس، پلاک ۱۴، واحد ۳\n"
        "کد پستی: 1939613451\n"
        "کد ملی: 0012345678\n"
        "Order: IR-5581 | 2 items"
    )
    assert _kept(pattern_mask, text, ["تهران، خیابان شریعتی", "1939613451", "0012345678"]) == []
    assert "Order: IR-5581 | 2 items" in pattern_mask.protect(text)


# -- an address's abbreviated admin units before the town and postcode --------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Antar ke Jl. Melati No. 27, RT 03/RW 05, Kel. Cempaka Putih, Jakarta Pusat 10510. Terima kasih", "10510"),
        (
            "Delivery: Blk 12 Lot 8, Phase 2, Villa Esperanza Subd., Brgy. San Isidro, Antipolo City 1870. Salamat",
            "1870",
        ),
    ],
)
def test_the_town_and_postcode_after_admin_units(pattern_mask: Mask, text: str, code: str) -> None:
    assert _kept(pattern_mask, text, [code, "Cempaka Putih", "San Isidro"]) == []


def test_an_admin_tail_without_a_postcode_adds_nothing(pattern_mask: Mask) -> None:
    text = "Ship to Jl. Melati No. 27, Kel. Cempaka Putih, thanks. Order 20240."
    out = pattern_mask.protect(text)
    assert "Order 20240." in out


# -- a Canadian postal code after its province's code in brackets -------------------------------


def test_a_canadian_code_after_the_province_code_in_brackets(pattern_mask: Mask) -> None:
    text = "Return from: 3455 rue Saint-Urbain, app. 6, Montréal (QC) H2X 2N9\nItem: Helix Air 2"
    assert _kept(pattern_mask, text, ["H2X 2N9"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Shipped from Toronto (ON) H2X 2N9 today",  # Ontario's codes open with K, L, M, N or P
        "Model (QC) A1B 2C3 passed",  # no Quebec code opens with A
    ],
)
def test_a_code_another_province_does_not_have_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


# -- Indian relation names and a sole trader's business name ------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Patient: Mrs. Lakshmi Devi W/o B. Narasimha Rao\nAge/Sex: 54/F", ["Lakshmi Devi", "Narasimha Rao"]),
        ("Proposer: Smt. Kavitha R. D/o T. Rajendran\nDate of Birth: 04/11/1984", ["Kavitha", "Rajendran"]),
        ('{"head_of_family":"Manjunatha H. S/o Hanumanthappa","members":[]}', ["Manjunatha", "Hanumanthappa"]),
        ("Payee: Lorraine Petrakis-Huang d/b/a Petal & Pestle Studio\nAmount: $2,418.60", ["Petal & Pestle Studio"]),
    ],
)
def test_a_name_with_its_relative_or_its_trade_name(pattern_mask: Mask, text: str, names: list[str]) -> None:
    assert _kept(pattern_mask, text, names) == []


@pytest.mark.parametrize(
    "text",
    [
        "The proposer: the committee agreed to it.",
        "Status: W/o approval the job stays queued",
        "Payment terms t/a 30 days",
    ],
)
def test_relation_and_trade_marks_alone_name_nobody(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


# -- the id column of a query over a table of people --------------------------------------------

_QUERY = (
    "shop=> SELECT id, full_name, email, orders FROM {table} ORDER BY orders DESC LIMIT 2;\n"
    "  id   |      full_name       |            email             | orders\n"
    "-------+----------------------+------------------------------+--------\n"
    " 10482 | Ravi Chandrasekhar   | ravi.chandra@meridianpost.in |     41\n"
    " 22917 | Oona Vesterinen      | oona.v@talvimail.fi          |     37\n"
    "(2 rows)\n"
)


def test_the_id_column_of_a_query_over_customers(pattern_mask: Mask) -> None:
    assert _kept(pattern_mask, _QUERY.format(table="customers"), ["10482", "22917"]) == []


@pytest.mark.parametrize("table", ["users", "orders", "public.accounts"])
def test_the_id_column_of_other_tables_stays(pattern_mask: Mask, table: str) -> None:
    out = pattern_mask.protect(_QUERY.format(table=table))
    assert "10482" in out
    assert "22917" in out


# -- a landmark in brackets after an address ----------------------------------------------------


def test_a_landmark_after_an_address_is_part_of_it(pattern_mask: Mask) -> None:
    text = "Drop:   14, Shanti Niwas CHS, Teli Galli, Andheri East, Mumbai 400069 (near the Hanuman mandir)\nFare: 612"
    assert _kept(pattern_mask, text, ["Hanuman mandir", "Mumbai 400069"]) == []


def test_other_brackets_after_an_address_stay(pattern_mask: Mask) -> None:
    out = pattern_mask.protect("Deliver to 221B Baker Street, London NW1 6XE (2 parcels) today")
    assert "(2 parcels) today" in out


# -- German abbreviated compounds of Nummer -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("FUNKTAXI - Fahrtbeleg\nFahrer: Goran Petrović   Konz.-Nr.: W-4417\nKennzeichen: W-41873 TX", "W-4417"),
        ("Kd.-Nr.: 4471029\nBetrag: 84,90 EUR", "4471029"),
        ("Pers.-Nr.: 004417", "004417"),
    ],
)
def test_an_abbreviated_compound_key_labels_its_value(pattern_mask: Mask, text: str, value: str) -> None:
    assert _kept(pattern_mask, text, [value]) == []


@pytest.mark.parametrize(
    "text", ["Rechn.-Nr.: 2024-118", "Dipl.-Ing. Müller: 2024 war gut", "Best.-Nr.: B-2024-302118"]
)
def test_a_record_s_own_abbreviated_number_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
