"""Labels of forms and messages in Indonesian, Malay, Vietnamese, Tagalog, Kenyan English and
Swahili, Arabic, Russian, Ukrainian, Japanese, Korean and Chinese: the label names its value's type
(``\u904b\u8ee2\u514d\u8a31\u8a3c\u756a\u53f7\uff1a``, ``\u0420\u041d\u041e\u041a\u041f\u041f:``,
``NHIF No.:``, ``Petsa ng kapanganakan:``), a qualifier in brackets may follow it with no blank
(``\u6c0f\u540d\uff08\u6f22\u5b57\uff09\uff1a``), a bank's name may come before an account's number,
a place before a date of birth. Look-alikes in those languages stay: an order number, a product
code, a price, an invoice."""

from __future__ import annotations

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        # Japanese
        ("\u904b\u8ee2\u514d\u8a31\u8a3c\u756a\u53f7\uff1a622104583190", "622104583190", "US_DRIVER_LICENSE"),
        ("\u666e\u901a\u9810\u91d1 \u53e3\u5ea7\u756a\u53f7 7284419", "7284419", "US_BANK_NUMBER"),
        ("\u793e\u54e1\u756a\u53f7\uff1aE-20417", "E-20417", "PERSONAL_ID"),
        (
            "\u6c0f\u540d\uff08\u6f22\u5b57\uff09\uff1a\u5c0f\u91ce\u5bfa \u9065\u9999",
            "\u5c0f\u91ce\u5bfa \u9065\u9999",
            "PERSON",
        ),
        (
            "\u6c0f\u540d\uff08\u30d5\u30ea\u30ac\u30ca\uff09\uff1a\u30aa\u30ce\u30c7\u30e9 \u30cf\u30eb\u30ab",
            "\u30aa\u30ce\u30c7\u30e9 \u30cf\u30eb\u30ab",
            "PERSON",
        ),
        (
            "\u500b\u4eba\u756a\u53f7\uff08\u30de\u30a4\u30ca\u30f3\u30d0\u30fc\uff09\uff1a0556 8355 5915",
            "0556 8355 5915",
            "NATIONAL_ID",
        ),
        (
            "\u53e3\u5ea7\u540d\u7fa9\uff08\u30ab\u30ca\uff09\uff1a\u30e4\u30de\u30b0\u30c1 \u30ca\u30aa\u30ad",
            "\u30e4\u30de\u30b0\u30c1 \u30ca\u30aa\u30ad",
            "PERSON",
        ),
        (
            "\u751f\u5e74\u6708\u65e5\uff1a\u5e73\u62104\u5e748\u670814\u65e5",
            "\u5e73\u62104\u5e748\u670814\u65e5",
            "DATE_TIME",
        ),
        # Korean
        ("\uc5ec\uad8c\ubc88\ud638: M48213907", "M48213907", "US_PASSPORT"),
        ("\uc6b4\uc804\uba74\ud5c8\ubc88\ud638: 11-09-482715-62", "11-09-482715-62", "US_DRIVER_LICENSE"),
        (
            "\ud658\ubd88 \uacc4\uc88c: \uad6d\ubbfc\uc740\ud589 482101-04-339172 (\uc608\uae08\uc8fc \uae40\uc11c\uc724)",
            "482101-04-339172",
            "US_BANK_NUMBER",
        ),
        ("\uc0ac\uc6d0\uba85: \uc774\ub3c4\ud604", "\uc774\ub3c4\ud604", "PERSON"),
        # Chinese
        (
            "\u8eab\u4efd\u8bc1\u53f7\uff08\u8de8\u5883\u6e05\u5173\u7528\uff09\uff1a310115199106181202",
            "310115199106181202",
            "NATIONAL_ID",
        ),
        (
            "\u51fa\u751f\u65e5\u671f\uff1a\u6c11\u570b80\u5e743\u67089\u65e5",
            "\u6c11\u570b80\u5e743\u67089\u65e5",
            "DATE_TIME",
        ),
        ("\u4fdd\u55ae\u7de8\u865f\uff1aHK-LF-20931847", "HK-LF-20931847", "HEALTH_PLAN_ID"),
        ("\u62a4\u7167\u53f7\u7801\uff1aE12345678", "E12345678", "US_PASSPORT"),
        # Russian and Ukrainian
        (
            "\u0418\u041d\u041d \u0444\u0438\u0437\u0438\u0447\u0435\u0441\u043a\u043e\u0433\u043e \u043b\u0438\u0446\u0430: 881419218994",
            "881419218994",
            "NATIONAL_ID",
        ),
        (
            "\u0420\u041d\u041e\u041a\u041f\u041f (\u0456\u0434\u0435\u043d\u0442\u0438\u0444\u0456\u043a\u0430\u0446\u0456\u0439\u043d\u0438\u0439 \u043a\u043e\u0434): 2941878770",
            "2941878770",
            "NATIONAL_ID",
        ),
        (
            "\u0420\u041d\u041e\u041a\u041f\u041f \u043e\u0434\u0435\u0440\u0436\u0443\u0432\u0430\u0447\u0430 (\u0434\u043b\u044f \u043c\u0438\u0442\u043d\u043e\u0433\u043e \u043e\u0444\u043e\u0440\u043c\u043b\u0435\u043d\u043d\u044f): 3147489321",
            "3147489321",
            "NATIONAL_ID",
        ),
        (
            "\u0414\u0430\u0442\u0430 \u043d\u0430\u0440\u043e\u0434\u0436\u0435\u043d\u043d\u044f: 17.07.1980",
            "17.07.1980",
            "DATE_TIME",
        ),
        (
            "\u041f\u0430\u0441\u043f\u043e\u0440\u0442 \u0433\u0440\u0430\u0436\u0434\u0430\u043d\u0438\u043d\u0430 \u0420\u0424: \u0441\u0435\u0440\u0438\u044f 45 08 \u2116 612394, \u0432\u044b\u0434\u0430\u043d \u041e\u0412\u0414",
            "45 08 \u2116 612394",
            "US_PASSPORT",
        ),
        (
            "\u041e\u0442\u043f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c: \u0413\u0440\u043e\u043c\u043e\u0432\u0430 \u0415\u043b\u0435\u043d\u0430, \u0441\u0447\u0451\u0442 40817810538290014472",
            "40817810538290014472",
            "US_BANK_NUMBER",
        ),
        (
            "\u0421\u0447\u0451\u0442 \u043f\u043e\u043b\u0443\u0447\u0430\u0442\u0435\u043b\u044f: 40817810538290014472",
            "40817810538290014472",
            "US_BANK_NUMBER",
        ),
        (
            "\u041e\u0434\u0435\u0440\u0436\u0443\u0432\u0430\u0447: \u041a\u043e\u0432\u0430\u043b\u044c\u0447\u0443\u043a \u0406\u0440\u0438\u043d\u0430 \u041f\u0435\u0442\u0440\u0456\u0432\u043d\u0430",
            "\u041a\u043e\u0432\u0430\u043b\u044c\u0447\u0443\u043a \u0406\u0440\u0438\u043d\u0430 \u041f\u0435\u0442\u0440\u0456\u0432\u043d\u0430",
            "PERSON",
        ),
        # Indonesian and Malay
        ("NPWP pemohon: 29.341.701.0-344.840", "29.341.701.0-344.840", "NATIONAL_ID"),
        ("BPJS Kesehatan: 0001234567891", "0001234567891", "HEALTH_PLAN_ID"),
        ("Tempat/Tgl Lahir : YOGYAKARTA, 23-09-1985", "23-09-1985", "DATE_TIME"),
        ("Rekening Tujuan: BCA 0372881904", "BCA 0372881904", "US_BANK_NUMBER"),
        ("No. Akaun Bank untuk Gaji: Maybank 1640 2338 7715", "1640 2338 7715", "US_BANK_NUMBER"),
        ("No. Ahli KWSP: 18734092", "18734092", "NATIONAL_ID"),
        # Vietnamese
        ("M\u00e3 s\u1ed1 thu\u1ebf c\u00e1 nh\u00e2n: 0147960471", "0147960471", "NATIONAL_ID"),
        (
            "\u0111\u00e3 \u0111\u01b0\u1ee3c gi\u1ea3i ng\u00e2n v\u00e0o t\u00e0i kho\u1ea3n 0071 0004 58213",
            "0071 0004 58213",
            "US_BANK_NUMBER",
        ),
        ("Ng\u01b0\u1eddi nh\u1eadn: Tr\u1ea7n Minh Kh\u00f4i", "Tr\u1ea7n Minh Kh\u00f4i", "PERSON"),
        # Filipino
        ("PhilHealth No.: 12-050781234-6", "12-050781234-6", "NATIONAL_ID"),
        ("Pag-IBIG MID No.: 1211-4520-7783", "1211-4520-7783", "NATIONAL_ID"),
        ("Petsa ng kapanganakan: Marso 3, 1978", "Marso 3, 1978", "DATE_TIME"),
        ("Numero ng lisensya sa pagmamaneho: D04-12-018345", "D04-12-018345", "US_DRIVER_LICENSE"),
        ("Pangalan ng aplikante: Rogelio M. Dimaculangan", "Rogelio M. Dimaculangan", "PERSON"),
        ("Vehicle No. (parking sticker): HR 51 BK 7784", "HR 51 BK 7784", "VEHICLE_ID"),
        # Kenya
        ("NHIF No.: 4021887", "4021887", "HEALTH_PLAN_ID"),
        ("NSSF No.: 2008451766", "2008451766", "NATIONAL_ID"),
        # Arabic: the Emirates' identity card, a sender with a vowel mark (shadda) in the label
        (
            "\u0631\u0642\u0645 \u0627\u0644\u0647\u0648\u064a\u0629 \u0627\u0644\u0625\u0645\u0627\u0631\u0627\u062a\u064a\u0629 \u0644\u0644\u0645\u062d\u0648\u0651\u0650\u0644: 784-1991-7926264-9",
            "784-1991-7926264-9",
            "NATIONAL_ID",
        ),
        (
            "\u0627\u0644\u0645\u062d\u0648\u0651\u0650\u0644: \u0633\u0639\u064a\u062f \u0631\u0627\u0634\u062f \u0627\u0644\u0645\u0647\u064a\u0631\u064a",
            "\u0633\u0639\u064a\u062f \u0631\u0627\u0634\u062f \u0627\u0644\u0645\u0647\u064a\u0631\u064a",
            "PERSON",
        ),
    ],
)
def test_a_label_of_these_forms_protects_its_value(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in scanned(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert value not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "\u8ba2\u5355\u7f16\u53f7\uff1a2024061588213374",  # an order number
        "\u5546\u54c1\u7f16\u53f7\uff1aSKU-20240601",  # a product code
        "\u4ef7\u683c\uff1a\u00a5 598.00",
        "\u54c1\u756a\uff1aSVB-500-NV",
        "\u6ce8\u6587\u756a\u53f7\uff08\u30a6\u30a7\u30d6\uff09\uff1a250614-0082731",  # an order number, qualified
        "\u5e0c\u671b\u5c0f\u58f2\u4fa1\u683c 3,280\u5186\uff08\u7a0e\u8fbc\uff09",
        "\uacc4\uc88c \uc774\uccb4 \uc218\uc218\ub8cc: 500\uc6d0",  # a transfer's fee
        "\u0421\u0447\u0451\u0442 \u2116 1024 \u043e\u0442 12.03.2024 \u043d\u0430 \u0441\u0443\u043c\u043c\u0443 4 500 \u20bd",  # an invoice
        "\u0421\u0447\u0451\u0442: 2024-0158",
        "Harga: Rp 149.000",
        "Kode pesanan: GRS-0812-2024",
        "M\u00e3 \u0111\u01a1n h\u00e0ng: DH-2024-00518",
        "S\u1ed1 l\u01b0\u1ee3ng: 12",
        "Account: Checking ending 4421",
        "Ref (internal):ABC",
    ],
)
def test_a_look_alike_in_these_languages_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
