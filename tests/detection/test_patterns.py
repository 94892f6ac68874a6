"""Each built-in pattern type: positives (exact span) and hard negatives."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detector import Detector

from .conftest import found

PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n-----END RSA PRIVATE KEY-----"
JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0"
    ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)

POSITIVES = [
    # (detector, text, entity type, the exact value)
    ("email", "write to jane.doe+news@mail.example.org today", "EMAIL_ADDRESS", "jane.doe+news@mail.example.org"),
    ("email", "<bob_o'neil@corp.co.uk>", "EMAIL_ADDRESS", "bob_o'neil@corp.co.uk"),
    ("phone", "call (415) 555-2671 now", "PHONE_NUMBER", "(415) 555-2671"),
    ("phone", "office +1 415-555-2671 x204", "PHONE_NUMBER", "+1 415-555-2671 x204"),
    ("phone", "London +44 20 7946 0958.", "PHONE_NUMBER", "+44 20 7946 0958"),
    ("phone", "London 020 7946 0958", "PHONE_NUMBER", "020 7946 0958"),
    ("phone", "Paris 01 44 43 41 92", "PHONE_NUMBER", "01 44 43 41 92"),
    ("phone", "Berlin +49 30 901820", "PHONE_NUMBER", "+49 30 901820"),
    ("phone", "phone: 4155552671", "PHONE_NUMBER", "4155552671"),
    ("phone", "dial 001-415-555-2671", "PHONE_NUMBER", "001-415-555-2671"),
    ("credit_card", "card 4111 1111 1111 1111 exp 12/27", "CREDIT_CARD", "4111 1111 1111 1111"),
    ("credit_card", "4111-1111-1111-1111", "CREDIT_CARD", "4111-1111-1111-1111"),
    ("credit_card", "pan=5555555555554444;", "CREDIT_CARD", "5555555555554444"),
    ("masked_card", "card 4716 93** **** 5521 on file", "CREDIT_CARD", "4716 93** **** 5521"),
    ("masked_card", '"masked_pan": "541275******0992"', "CREDIT_CARD", "541275******0992"),
    ("credit_card", "amex 3782 822463 10005", "CREDIT_CARD", "3782 822463 10005"),
    ("credit_card", "discover 6011111111111117", "CREDIT_CARD", "6011111111111117"),
    ("credit_card", "jcb 3530111333300000", "CREDIT_CARD", "3530111333300000"),
    ("credit_card", "diners 30569309025904", "CREDIT_CARD", "30569309025904"),
    ("credit_card", "visa13 4222222222222", "CREDIT_CARD", "4222222222222"),
    ("us_ssn", "SSN 123-45-6789.", "US_SSN", "123-45-6789"),
    ("us_ssn", "applicant 536-22-9841 filed", "US_SSN", "536-22-9841"),
    ("us_ssn", "ssn: 536229841", "US_SSN", "536229841"),
    ("us_ssn", "Social Security Number 536 22 9841", "US_SSN", "536 22 9841"),
    ("iban", "IBAN DE89 3704 0044 0532 0130 00 Bank", "IBAN_CODE", "DE89 3704 0044 0532 0130 00"),
    ("iban", "to GB82WEST12345698765432.", "IBAN_CODE", "GB82WEST12345698765432"),
    ("iban", "FR1420041010050500013M02606", "IBAN_CODE", "FR1420041010050500013M02606"),
    ("us_bank", "routing number 011000015", "ABA_ROUTING_NUMBER", "011000015"),
    ("us_bank", "ABA: 0110-0001-5", "ABA_ROUTING_NUMBER", "0110-0001-5"),
    ("us_bank", "routing number 131000018 (unassigned range)", "ABA_ROUTING_NUMBER", "131000018"),
    ("us_bank", "checking account number 000123456789", "US_BANK_NUMBER", "000123456789"),
    ("ip_address", "from 192.168.1.10.", "IP_ADDRESS", "192.168.1.10"),
    ("ip_address", "host 2001:db8::8a2e:370:7334 up", "IP_ADDRESS", "2001:db8::8a2e:370:7334"),
    ("ip_address", "client fe80::1ff:fe23:4567:890a", "IP_ADDRESS", "fe80::1ff:fe23:4567:890a"),
    ("url", "see https://example.com/a/b?x=1&y=2).", "URL", "https://example.com/a/b?x=1&y=2"),
    ("url", "visit www.example.org, thanks", "URL", "www.example.org"),
    ("mac_address", "hwaddr 00:1A:2B:3C:4D:5E", "MAC_ADDRESS", "00:1A:2B:3C:4D:5E"),
    ("mac_address", "nic 00-1a-2b-3c-4d-5e.", "MAC_ADDRESS", "00-1a-2b-3c-4d-5e"),
    ("mac_address", "cisco 001a.2b3c.4d5e", "MAC_ADDRESS", "001a.2b3c.4d5e"),
    ("us_passport", "Passport No: A12345678", "US_PASSPORT", "A12345678"),
    ("us_passport", "passport 912345678 expires", "US_PASSPORT", "912345678"),
    ("national_id", "codice fiscale RSSMRA85T10A562S", "IT_FISCAL_CODE", "RSSMRA85T10A562S"),
    ("national_id", "CPF 123.456.789-09 ok", "NATIONAL_ID", "123.456.789-09"),
    ("national_id", "IC saya 960201-10-9905", "NATIONAL_ID", "960201-10-9905"),
    ("national_id", "nodig: 79.08.20-858.63", "NATIONAL_ID", "79.08.20-858.63"),
    ("national_id", "ID A123456789 ok", "NATIONAL_ID", "A123456789"),
    ("national_id", "holder K997365(6) ok", "NATIONAL_ID", "K997365(6)"),
    ("national_id", "tc kimlik lazimsa 35271003696", "NATIONAL_ID", "35271003696"),
    ("us_driver_license", "driver's license D1234567", "US_DRIVER_LICENSE", "D1234567"),
    ("us_driver_license", "DL# 123456789", "US_DRIVER_LICENSE", "123456789"),
    ("date_of_birth", "DOB: 03/12/1987", "DATE_TIME", "03/12/1987"),
    ("date_of_birth", "born on March 12, 1987 in Ohio", "DATE_TIME", "March 12, 1987"),
    ("date_of_birth", "date of birth 1987-03-12", "DATE_TIME", "1987-03-12"),
    ("date_of_birth", '{"dob": "1987-03-12"}', "DATE_TIME", "1987-03-12"),
    ("date_of_birth", "Geburtsdatum 12.03.1987", "DATE_TIME", "12.03.1987"),
    ("date_of_birth", "birthday: 12 Mar 1987", "DATE_TIME", "12 Mar 1987"),
    ("crypto", "btc 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "CRYPTO", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"),
    ("crypto", "p2sh 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy.", "CRYPTO", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"),
    ("crypto", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "CRYPTO", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
    (
        "crypto",
        "wallet 0x52908400098527886E0F7030069857D2E4169EE7",
        "CRYPTO",
        "0x52908400098527886E0F7030069857D2E4169EE7",
    ),
    ("secrets", "aws_access_key_id=AKIAIOSFODNN7EXAMPLE", "API_KEY", "AKIAIOSFODNN7EXAMPLE"),
    ("secrets", "token ghp_" + "a1B2c3D4e5" * 3 + "f6G7h8", "API_KEY", "ghp_" + "a1B2c3D4e5" * 3 + "f6G7h8"),
    (
        "secrets",
        "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp",
        "API_KEY",
        "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp",
    ),
    ("secrets", "stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc", "API_KEY", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    (
        "secrets",
        "OPENAI_API_KEY sk-proj-abcdEFGH1234ijklMNOP5678qrst",
        "API_KEY",
        "sk-proj-abcdEFGH1234ijklMNOP5678qrst",
    ),
    ("secrets", "key=AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe", "API_KEY", "AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe"),
    ("secrets", 'headers {"x-api-key": "q8Wm2ZrT5vLx9NpK4sJd"}', "API_KEY", "q8Wm2ZrT5vLx9NpK4sJd"),
    ("secrets", "key file:\n" + PEM + "\nend", "PRIVATE_KEY", PEM),
    ("secrets", "Authorization: Bearer " + JWT, "JWT", JWT),
    ("secrets", "db password=hunter2!x and more", "PASSWORD", "hunter2!x"),
    ("secrets", 'passwd: "s3cr3t pass"', "PASSWORD", "s3cr3t pass"),
    ("secrets", '{"password": "Tr0ub4dor&3"}', "PASSWORD", "Tr0ub4dor&3"),
    # the logins and passwords of .netrc, .pgpass, curl -u and URLs
    ("credentials", "machine ftp.corp.io login vkaur password Qx7-frost", "PASSWORD", "Qx7-frost"),
    ("credentials", "redis://app:Fenn3l-Tide@cache.corp.io:6379/0", "PASSWORD", "Fenn3l-Tide"),
    (
        "spoken_numbers",
        "my number is four one five, five five five, zero one nine eight.",
        "PHONE_NUMBER",
        "four one five, five five five, zero one nine eight",
    ),
    ("upi", "Paid via UPI to ramesh.yadav42@okicici today", "UPI_ID", "ramesh.yadav42@okicici"),
    (
        "mrz",
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
        "US_PASSPORT",
        "L898902C3",
    ),
]


@pytest.mark.parametrize(("name", "text", "etype", "value"), POSITIVES)
def test_positive(detectors: dict[str, Detector], name: str, text: str, etype: str, value: str) -> None:
    assert (etype, value) in found(detectors[name], text)


HARD_NEGATIVES = [
    # (detector, text) — nothing of the detector's types may be reported (at or above the threshold)
    ("email", "user@localhost and @handle and foo@bar"),
    ("email", "minted mask.b6rsjyui@mask.example token"),
    ("phone", "order 4155552671 shipped"),
    ("phone", "on 2024-01-15 10:30:00"),
    ("phone", "from 192.168.100.200"),
    ("phone", "SSN 536-22-9841"),
    ("phone", "price $1,234.56 v1.2.3"),
    ("phone", "token +1 (015) 555-2671"),  # without +1, South Africa has the number (test_phones_trunk_layouts)
    ("phone", "see 555-0100"),  # seven digits: a phone only right after a phone verb (call 555-0100)
    ("credit_card", "order 4111111111111112 (bad Luhn)"),
    ("credit_card", "minted 0011 2233 4455 6670"),
    ("credit_card", "ts 20240115103000125"),
    ("credit_card", "ISBN 978-0-306-40615-7"),
    ("credit_card", "uuid 550e8400-e29b-41d4-a716-446655440000"),
    ("credit_card", "UPS 1Z999AA10123456784, USPS 9400111899223197428490"),
    ("credit_card", "zeros 0000000000000000"),
    ("credit_card", "phone 001-555-555-5555"),
    ("us_ssn", "666-12-3456 000-12-3456 900-12-3456 123-00-4567 123-45-0000"),
    ("us_ssn", "id 536229841 without context"),
    ("us_ssn", "minted 666-01-2345"),
    ("us_ssn", "phone 415-555-2671"),
    ("iban", "DE89 3704 0044 0532 0130 01"),
    ("iban", "GB82WEST1234569876543"),
    ("us_bank", "number 011000015 alone"),
    ("us_bank", "routing number 131000019 (bad check digit)"),
    ("ip_address", "999.1.1.1 and 1.2.3 and 10:30:00 and 12:34:56:78"),
    ("url", "file.txt and http:// and mailto"),
    ("mac_address", "00:00:00:00:00:00 and 12:30:45 and ff:ff:ff:ff:ff:ff"),
    ("us_passport", "code A12345678 and 912345678"),
    ("national_id", "order RSSMRA85T10A562X and build 123.456.789-00"),
    ("national_id", "order 240115-01-0001, A123456788, K997365(5), 79.08.20-858.64, 35271003696"),
    ("us_driver_license", "item D1234567"),
    ("date_of_birth", "meeting on 03/12/2024, released 1987-03-12"),
    ("date_of_birth", "DOB: 13/45/1987"),
    ("date_of_birth", "DOB: 2090-01-01"),
    ("crypto", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3 and 0x" + "0" * 40),
    ("secrets", "reset your password, password: ********, password=, passport A1234"),
    ("secrets", "eyJub3QiOiJqd3QifQ.eyJzdWIiOiIxIn0.abc"),
    ("secrets", "sk-learn and AKIA123"),
    ("credentials", "machine learning login page: password reset; docker run -u 1000:1000 img"),
]


@pytest.mark.parametrize(("name", "text"), HARD_NEGATIVES)
def test_hard_negative(detectors: dict[str, Detector], name: str, text: str) -> None:
    spans = [
        s for s in detectors[name].detect([text], [[]], __import__("mask.core.detector").core.detector.Budget())[0]
    ]
    assert [(s.type, text[s.start : s.end]) for s in spans if s.score >= 0.5] == []


PRECISION_TEXTS = [
    "Order ORD-2024-000123 shipped 2024-01-15T10:30:00Z, total $1,234.56, build v2.13.45.",
    "Request 550e8400-e29b-41d4-a716-446655440000 took 1234 ms; ISBN 978-3-16-148410-0.",
    "Tracking 1Z999AA10123456784 and 9400111899223197428490, invoice 5105105105105100.",
    "Version 10.0.0.1 released; timestamp 1700000000123; ref 4111111111111112.",
    "Ticket #48213 on 2023-07-04, qty 3, SKU 840001234567.",
]


@pytest.mark.parametrize("text", PRECISION_TEXTS)
def test_no_pii_in_ordinary_business_text(pattern_mask: Mask, text: str) -> None:
    assert [(s.type, text[s.start : s.end]) for s in pattern_mask.scan([text])[0]] == []
