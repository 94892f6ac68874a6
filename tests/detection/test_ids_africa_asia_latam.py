"""Identity, tax, account and vehicle numbers of Africa, South and Southeast Asia and Latin America.

Under their labels (Sri Lanka's NIC, Ghana's SSNIT, Tanzania's NIDA, the Philippines' PhilSys PCN
and TIN, Singapore's FIN, Nigeria's BVN after Pidgin's ``na``, a school's GR No., a loan's and a
utility's numbers, a mobile wallet's account), a South African identity number's shape right after
``ID:``, a Nigerian narration's party and account, a mobile money party's name and number without
``+``, Singapore's PayNow number, Kenyan, Singaporean and Indonesian plates; and the lookalikes that
stay (a network card, a timestamp, an amount after Polish ``na``, a car's age, Hinglish words that
small towns spell).
"""

from __future__ import annotations

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("Insured: Nimal\nNIC: 199254801234\nPolicy No: 88", "199254801234", "NATIONAL_ID"),
        ("please note my NIC 872345678V for the claim", "872345678V", "NATIONAL_ID"),
        ("SSNIT No: D028704150017", "D028704150017", "NATIONAL_ID"),
        ("holder of NIDA No. 19920305-23456-00002-11 (the Tenant)", "19920305-23456-00002-11", "NATIONAL_ID"),
        ('{"pcn": "1234-5678-9012-3456", "last_name": "Reyes"}', "1234-5678-9012-3456", "NATIONAL_ID"),
        ("Tenant: Mei Ling (FIN F7654321Q), mobile", "F7654321Q", "NATIONAL_ID"),
        ("Bill to TIN 241-583-902-000 please.", "241-583-902-000", "NATIONAL_ID"),
        ("CPF na nota: 529.982.247-25. Obrigado", "529.982.247-25", "NATIONAL_ID"),
        ("My BVN na 22350918462 if dem ask.", "22350918462", "NATIONAL_ID"),
        ("Hello, this is Achieng, my ID is 30512874. Please reverse it", "30512874", "NATIONAL_ID"),
        ("Member: Thabo\nID: 8501015800085\nCell: 082", "8501015800085", "NATIONAL_ID"),
        ("ID number on file for age-restricted items: 9202204720083.", "9202204720083", "NATIONAL_ID"),
        ("Ghana Card attached and my digital address is AK-485-9120.", "AK-485-9120", "STREET_ADDRESS"),
        ("GPS Address: GE-231-5567", "GE-231-5567", "STREET_ADDRESS"),
        ("Student: Ali\nGR No: 2021-0388\nClass: V", "2021-0388", "PERSONAL_ID"),
        ("No. Pelajar: SMK2023-0712", "SMK2023-0712", "PERSONAL_ID"),
        ("your loan No. KP-2023-441207 is due", "KP-2023-441207", "PERSONAL_ID"),
        ("your electricity service No. 412398765401 is due", "412398765401", "PERSONAL_ID"),
        ('{"cuenta_nequi": "3157790214", "monto": 5000}', "3157790214", "US_BANK_NUMBER"),
        ("Pay to Bisi, Opay 9031245678. Thanks", "9031245678", "US_BANK_NUMBER"),
        ("Desc: TRF FROM CHINEDU EMEKA OKAFOR/UBA/2034567891\nBal: 1", "CHINEDU EMEKA OKAFOR", "PERSON"),
        ("Desc: TRF FROM CHINEDU EMEKA OKAFOR/UBA/2034567891\nBal: 1", "2034567891", "US_BANK_NUMBER"),
        ("You have received UGX 80,000 from OKELLO PETER (256701234567) on 2024-05-02.", "OKELLO PETER", "PERSON"),
        (
            "You have received UGX 80,000 from OKELLO PETER (256701234567) on 2024-05-02.",
            "256701234567",
            "PHONE_NUMBER",
        ),
        ("Umepokea Tsh 20,000 kutoka kwa 255712345678 - ASHA SALIM MUSA tarehe 2/5/24", "255712345678", "PHONE_NUMBER"),
        ("Umepokea Tsh 20,000 kutoka kwa 255712345678 - ASHA SALIM MUSA tarehe 2/5/24", "ASHA SALIM MUSA", "PERSON"),
        ("Grey car. PayNow $12 to 8123 4567 after the ride.", "8123 4567", "PHONE_NUMBER"),
        ("rider ni Otieno, plate KMEB 905K, atakupigia", "KMEB 905K", "VEHICLE_ID"),
        ("Pick-up at 8am. Car is SKQ7721D, white.", "SKQ7721D", "VEHICLE_ID"),
        ("Your driver Agus (D 1234 ABC) is on the way", "D 1234 ABC", "VEHICLE_ID"),
    ],
)
def test_found(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in scanned(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("NIC: eth0 is up", "eth0"),
        ("ID: 1700000000000", "1700000000000"),  # a timestamp in milliseconds: no date of birth in it
        ("konto na 5000 zl", "5000"),
        ("My car is 5 years old", "5"),
        ("The driver Tom (NOTE 12) said so", "NOTE 12"),
        ('{"my_id": "30512874"}', "30512874"),  # a payload's own id
    ],
)
def test_lookalikes_stay(pattern_mask: Mask, text: str, value: str) -> None:
    assert all(value not in found for found, _ in scanned(pattern_mask, text))


def test_hinglish_words_are_no_towns(ner_mask: Mask) -> None:
    text = "Aapka code 552190 hai. Yeh 10 minute ke liye valid hai. Kisi ko bhi na batayein."
    assert not [v for v, t in scanned(ner_mask, text) if t == "LOCATION"]
