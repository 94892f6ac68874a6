"""Tokens and token matches pinned to what earlier releases produced.

Minting is deterministic per value, type, scheme, scope and key (vault records and other
processes depend on it), so a faster path must give exactly these strings. The pins were
produced by the byte-by-byte implementation this one replaced.
"""

from __future__ import annotations

import hashlib
import itertools
import os

import pytest

from mask.core.builtin.memory_vault import MemoryVault
from mask.core.keys import KeyRing
from mask.core.tokens import FormatScheme, OpaqueScheme, TokenService
from mask.core.tokens._codec import B32, DigitSource, digit_stream, digits, draw, symbols
from mask.core.tokens.fpe import FpeScheme

from .conftest import KEY_A

SCOPE = "pin-scope"

# (value, entity type, scheme, attempt, token or the exception's name)
PINS: list[tuple[str, str, str, int, str]] = [
    ("536-22-9841", "US_SSN", "format", 0, "666-80-8978"),
    ("536-22-9841", "US_SSN", "format", 1, "666-20-4825"),
    ("536-22-9841", "US_SSN", "format", 5, "666-45-8051"),
    ("536-22-9841", "US_SSN", "opaque", 0, "[SSN_X2KSNP]"),
    ("536-22-9841", "US_SSN", "fpe", 0, "314-29-3216"),
    # nine bare digits keep their layout, in area 666 (earlier releases gave 000-26-1838, 000-63-6561)
    ("536229841", "US_SSN", "format", 0, "666261838"),
    ("536229841", "US_SSN", "format", 1, "666636561"),
    ("536229841", "US_SSN", "format", 5, "666385387"),
    ("536229841", "US_SSN", "opaque", 0, "[SSN_YJGONZ]"),
    ("536229841", "US_SSN", "fpe", 0, "314293216"),
    ("536 22 9841", "US_SSN", "format", 0, "000 20 1616"),
    ("536 22 9841", "US_SSN", "format", 1, "000 54 6359"),
    ("536 22 9841", "US_SSN", "format", 5, "000 80 3127"),
    ("536 22 9841", "US_SSN", "opaque", 0, "[SSN_DFDQVA]"),
    ("536 22 9841", "US_SSN", "fpe", 0, "314 29 3216"),
    ("4111 1111 1111 1111", "CREDIT_CARD", "format", 0, "0045 3038 2673 2856"),
    ("4111 1111 1111 1111", "CREDIT_CARD", "format", 1, "0069 3152 9647 9520"),
    ("4111 1111 1111 1111", "CREDIT_CARD", "format", 5, "0055 1925 9939 2551"),
    ("4111 1111 1111 1111", "CREDIT_CARD", "opaque", 0, "[CARD_WJR6XG]"),
    ("4111 1111 1111 1111", "CREDIT_CARD", "fpe", 0, "0994 7057 1369 5851"),
    ("4111-1111-1111-1111", "CREDIT_CARD", "format", 0, "0090-0083-9454-8170"),
    ("4111-1111-1111-1111", "CREDIT_CARD", "format", 1, "0086-6528-1590-9572"),
    ("4111-1111-1111-1111", "CREDIT_CARD", "format", 5, "0003-6798-1267-4818"),
    ("4111-1111-1111-1111", "CREDIT_CARD", "opaque", 0, "[CARD_3KI4KJ]"),
    ("4111-1111-1111-1111", "CREDIT_CARD", "fpe", 0, "0994-7057-1369-5851"),
    ("378282246310005", "CREDIT_CARD", "format", 0, "008730017320809"),
    ("378282246310005", "CREDIT_CARD", "format", 1, "007018033011193"),
    ("378282246310005", "CREDIT_CARD", "format", 5, "006019897717108"),
    ("378282246310005", "CREDIT_CARD", "opaque", 0, "[CARD_ULFQEX]"),
    ("378282246310005", "CREDIT_CARD", "fpe", 0, "656261205112656"),
    ("6011000990139424", "CREDIT_CARD", "format", 0, "0016943625576106"),
    ("6011000990139424", "CREDIT_CARD", "format", 1, "0093251237415242"),
    ("6011000990139424", "CREDIT_CARD", "format", 5, "0087699041946471"),
    ("6011000990139424", "CREDIT_CARD", "opaque", 0, "[CARD_LCTC7A]"),
    ("6011000990139424", "CREDIT_CARD", "fpe", 0, "6364738508459919"),
    ("4222222222222", "CREDIT_CARD", "format", 0, "0070494016853"),
    ("4222222222222", "CREDIT_CARD", "format", 1, "0039114376724"),
    ("4222222222222", "CREDIT_CARD", "format", 5, "0077152894265"),
    ("4222222222222", "CREDIT_CARD", "opaque", 0, "[CARD_VGEZWM]"),
    ("4222222222222", "CREDIT_CARD", "fpe", 0, "0078839827280"),
    ("+1 (212) 555-0134", "PHONE_NUMBER", "format", 0, "+1 (046) 200-2483"),
    ("+1 (212) 555-0134", "PHONE_NUMBER", "format", 1, "+1 (053) 272-2856"),
    ("+1 (212) 555-0134", "PHONE_NUMBER", "format", 5, "+1 (011) 824-4628"),
    ("+1 (212) 555-0134", "PHONE_NUMBER", "opaque", 0, "[PHONE_UWIUIU]"),
    ("+1 (212) 555-0134", "PHONE_NUMBER", "fpe", 0, "+4 (699) 500-9635"),
    ("212-555-0134", "PHONE_NUMBER", "format", 0, "024-633-5462"),
    ("212-555-0134", "PHONE_NUMBER", "format", 1, "026-540-5720"),
    ("212-555-0134", "PHONE_NUMBER", "format", 5, "001-885-4855"),
    ("212-555-0134", "PHONE_NUMBER", "opaque", 0, "[PHONE_ACAGLP]"),
    ("212-555-0134", "PHONE_NUMBER", "fpe", 0, "899-013-0037"),
    ("(212) 555-0134", "PHONE_NUMBER", "format", 0, "(062) 578-2713"),
    ("(212) 555-0134", "PHONE_NUMBER", "format", 1, "(001) 212-2641"),
    ("(212) 555-0134", "PHONE_NUMBER", "format", 5, "(007) 766-4062"),
    ("(212) 555-0134", "PHONE_NUMBER", "opaque", 0, "[PHONE_GQ6LDI]"),
    ("(212) 555-0134", "PHONE_NUMBER", "fpe", 0, "(899) 013-0037"),
    ("0113 496 0249", "PHONE_NUMBER", "format", 0, "0107 785 7544"),
    ("0113 496 0249", "PHONE_NUMBER", "format", 1, "0512 195 4239"),
    ("0113 496 0249", "PHONE_NUMBER", "format", 5, "0647 645 0013"),
    ("0113 496 0249", "PHONE_NUMBER", "opaque", 0, "[PHONE_JEBZSZ]"),
    ("0113 496 0249", "PHONE_NUMBER", "fpe", 0, "7807 681 3033"),
    ("+44(0)121 496 0170", "PHONE_NUMBER", "format", 0, "+44(0)389 472 4564"),
    ("+44(0)121 496 0170", "PHONE_NUMBER", "format", 1, "+44(0)575 937 4166"),
    ("+44(0)121 496 0170", "PHONE_NUMBER", "format", 5, "+44(0)878 461 5789"),
    ("+44(0)121 496 0170", "PHONE_NUMBER", "opaque", 0, "[PHONE_B5OP4J]"),
    ("+44(0)121 496 0170", "PHONE_NUMBER", "fpe", 0, "+10(9)492 334 9763"),
    ("+44116 496 0159", "PHONE_NUMBER", "format", 0, "+44970 864 8821"),
    ("+44116 496 0159", "PHONE_NUMBER", "format", 1, "+44692 266 0802"),
    ("+44116 496 0159", "PHONE_NUMBER", "format", 5, "+44859 290 5091"),
    ("+44116 496 0159", "PHONE_NUMBER", "opaque", 0, "[PHONE_D7SA2G]"),
    ("+44116 496 0159", "PHONE_NUMBER", "fpe", 0, "+32445 646 0653"),
    ("020 7946 0958", "PHONE_NUMBER", "format", 0, "084 6818 0789"),
    ("020 7946 0958", "PHONE_NUMBER", "format", 1, "000 0517 0868"),
    ("020 7946 0958", "PHONE_NUMBER", "format", 5, "043 6953 4720"),
    ("020 7946 0958", "PHONE_NUMBER", "opaque", 0, "[PHONE_QCGE3M]"),
    ("020 7946 0958", "PHONE_NUMBER", "fpe", 0, "559 0517 5778"),
    ("030 12345678", "PHONE_NUMBER", "format", 0, "096 21566354"),
    ("030 12345678", "PHONE_NUMBER", "format", 1, "086 16628072"),
    ("030 12345678", "PHONE_NUMBER", "format", 5, "064 02727885"),
    ("030 12345678", "PHONE_NUMBER", "opaque", 0, "[PHONE_RMAZFE]"),
    ("030 12345678", "PHONE_NUMBER", "fpe", 0, "594 79688627"),
    ("+49 30 901820", "PHONE_NUMBER", "format", 0, "+49 16 350535"),
    ("+49 30 901820", "PHONE_NUMBER", "format", 1, "+49 79 272895"),
    ("+49 30 901820", "PHONE_NUMBER", "format", 5, "+49 86 941587"),
    ("+49 30 901820", "PHONE_NUMBER", "opaque", 0, "[PHONE_DAOBUF]"),
    ("+49 30 901820", "PHONE_NUMBER", "fpe", 0, "+27 45 241089"),
    ("01 23 45 67 89", "PHONE_NUMBER", "format", 0, "08 76 71 03 43"),
    ("01 23 45 67 89", "PHONE_NUMBER", "format", 1, "07 03 71 61 49"),
    ("01 23 45 67 89", "PHONE_NUMBER", "format", 5, "08 47 10 69 93"),
    ("01 23 45 67 89", "PHONE_NUMBER", "opaque", 0, "[PHONE_EZ2ZJC]"),
    ("01 23 45 67 89", "PHONE_NUMBER", "fpe", 0, "60 09 07 14 00"),
    ("+33 6 12 34 56 78", "PHONE_NUMBER", "format", 0, "+33 0 25 01 62 03"),
    ("+33 6 12 34 56 78", "PHONE_NUMBER", "format", 1, "+33 0 71 95 40 40"),
    ("+33 6 12 34 56 78", "PHONE_NUMBER", "format", 5, "+33 0 80 13 55 61"),
    ("+33 6 12 34 56 78", "PHONE_NUMBER", "opaque", 0, "[PHONE_YEY46W]"),
    ("+33 6 12 34 56 78", "PHONE_NUMBER", "fpe", 0, "+05 8 77 43 15 80"),
    ("503-818-8589x003", "PHONE_NUMBER", "format", 0, "[PHONE_JGV5I5]"),
    ("503-818-8589x003", "PHONE_NUMBER", "format", 1, "[PHONE_NEKFDH]"),
    ("503-818-8589x003", "PHONE_NUMBER", "format", 5, "[PHONE_DIDFW7]"),
    ("503-818-8589x003", "PHONE_NUMBER", "opaque", 0, "[PHONE_JGV5I5]"),
    ("503-818-8589x003", "PHONE_NUMBER", "fpe", 0, "723-943-4840x797"),
    ("555-0134", "PHONE_NUMBER", "format", 0, "[PHONE_33H7BW]"),
    ("555-0134", "PHONE_NUMBER", "format", 1, "[PHONE_A5VC24]"),
    ("555-0134", "PHONE_NUMBER", "format", 5, "[PHONE_76GF3N]"),
    ("555-0134", "PHONE_NUMBER", "opaque", 0, "[PHONE_33H7BW]"),
    ("555-0134", "PHONE_NUMBER", "fpe", 0, "112-6215"),
    ("+39 06 1234 5678", "PHONE_NUMBER", "format", 0, "+39 50 0290 9819"),
    ("+39 06 1234 5678", "PHONE_NUMBER", "format", 1, "+39 76 0934 6817"),
    ("+39 06 1234 5678", "PHONE_NUMBER", "format", 5, "+39 27 8483 7102"),
    ("+39 06 1234 5678", "PHONE_NUMBER", "opaque", 0, "[PHONE_LI6UFG]"),
    ("+39 06 1234 5678", "PHONE_NUMBER", "fpe", 0, "+00 96 9272 3076"),
    ("+81 3-1234-5678", "PHONE_NUMBER", "format", 0, "+81 4-0544-8980"),
    ("+81 3-1234-5678", "PHONE_NUMBER", "format", 1, "+81 4-0523-5266"),
    ("+81 3-1234-5678", "PHONE_NUMBER", "format", 5, "+81 8-0301-7977"),
    ("+81 3-1234-5678", "PHONE_NUMBER", "opaque", 0, "[PHONE_QP2ZVU]"),
    ("+81 3-1234-5678", "PHONE_NUMBER", "fpe", 0, "+91 6-8619-0673"),
    ("alice@example.com", "EMAIL_ADDRESS", "format", 0, "mask.totatpdc@mask.example"),
    ("alice@example.com", "EMAIL_ADDRESS", "format", 1, "mask.c2gddyul@mask.example"),
    ("alice@example.com", "EMAIL_ADDRESS", "format", 5, "mask.os7dayoj@mask.example"),
    ("alice@example.com", "EMAIL_ADDRESS", "opaque", 0, "[EMAIL_TOTATP]"),
    ("alice@example.com", "EMAIL_ADDRESS", "fpe", 0, "[EMAIL_TOTATP]"),
    ("Bob.Smith@Corp.example.org", "EMAIL_ADDRESS", "format", 0, "mask.7gorsssw@mask.example"),
    ("Bob.Smith@Corp.example.org", "EMAIL_ADDRESS", "format", 1, "mask.v2fh62ns@mask.example"),
    ("Bob.Smith@Corp.example.org", "EMAIL_ADDRESS", "format", 5, "mask.imxqubo2@mask.example"),
    ("Bob.Smith@Corp.example.org", "EMAIL_ADDRESS", "opaque", 0, "[EMAIL_7GORSS]"),
    ("Bob.Smith@Corp.example.org", "EMAIL_ADDRESS", "fpe", 0, "[EMAIL_7GORSS]"),
    ("DE89 3704 0044 0532 0130 00", "IBAN_CODE", "format", 0, "DE22 1838 1558 0874 7579 60"),
    ("DE89 3704 0044 0532 0130 00", "IBAN_CODE", "format", 1, "DE08 1423 9956 8036 9825 65"),
    ("DE89 3704 0044 0532 0130 00", "IBAN_CODE", "format", 5, "DE97 2201 7486 0295 1755 09"),
    ("DE89 3704 0044 0532 0130 00", "IBAN_CODE", "opaque", 0, "[IBAN_P6TXDD]"),
    ("DE89 3704 0044 0532 0130 00", "IBAN_CODE", "fpe", 0, "DE60 7339 5806 2670 4707 97"),
    ("GB82WEST12345698765432", "IBAN_CODE", "format", 0, "GB44SJJZ95750983777836"),
    ("GB82WEST12345698765432", "IBAN_CODE", "format", 1, "GB10YYLP68165504020316"),
    ("GB82WEST12345698765432", "IBAN_CODE", "format", 5, "GB77PRYV37301315325972"),
    ("GB82WEST12345698765432", "IBAN_CODE", "opaque", 0, "[IBAN_BI6KXF]"),
    ("GB82WEST12345698765432", "IBAN_CODE", "fpe", 0, "GB10WEST01539720289244"),
    ("FR1420041010050500013M02606", "IBAN_CODE", "format", 0, "FR1529782070543FG3VPJYE6Y91"),
    ("FR1420041010050500013M02606", "IBAN_CODE", "format", 1, "FR6019116101041G1I0S4WVIF91"),
    ("FR1420041010050500013M02606", "IBAN_CODE", "format", 5, "FR564337102785HGJN0JAJKAM61"),
    ("FR1420041010050500013M02606", "IBAN_CODE", "opaque", 0, "[IBAN_F62QPX]"),
    ("FR1420041010050500013M02606", "IBAN_CODE", "fpe", 0, "FR7637447245440838499M05440"),
    ("BE68539007547034", "IBAN_CODE", "format", 0, "BE09596730784657"),
    ("BE68539007547034", "IBAN_CODE", "format", 1, "BE37491173752128"),
    ("BE68539007547034", "IBAN_CODE", "format", 5, "BE68047186119034"),
    ("BE68539007547034", "IBAN_CODE", "opaque", 0, "[IBAN_LJAYFW]"),
    ("BE68539007547034", "IBAN_CODE", "fpe", 0, "BE55809248745281"),
    ("ES9121000418450200051332", "IBAN_CODE", "format", 0, "ES5332671676653580643299"),
    ("ES9121000418450200051332", "IBAN_CODE", "format", 1, "ES0392907431687325210300"),
    ("ES9121000418450200051332", "IBAN_CODE", "format", 5, "ES2631530600426764419119"),
    ("ES9121000418450200051332", "IBAN_CODE", "opaque", 0, "[IBAN_HN3WYV]"),
    ("ES9121000418450200051332", "IBAN_CODE", "fpe", 0, "ES4038870549238589753156"),
    ("NL91 ABNA 0417 1643 00", "IBAN_CODE", "format", 0, "NL09 LTDZ 3131 3558 20"),
    ("NL91 ABNA 0417 1643 00", "IBAN_CODE", "format", 1, "NL54 YVDF 4698 5784 52"),
    ("NL91 ABNA 0417 1643 00", "IBAN_CODE", "format", 5, "NL98 BBYH 8098 0740 75"),
    ("NL91 ABNA 0417 1643 00", "IBAN_CODE", "opaque", 0, "[IBAN_Z4ZPUC]"),
    ("NL91 ABNA 0417 1643 00", "IBAN_CODE", "fpe", 0, "NL29 ABNA 3219 7941 01"),
    ("XX12 3456", "IBAN_CODE", "format", 0, "[IBAN_BMTEH5]"),
    ("XX12 3456", "IBAN_CODE", "format", 1, "[IBAN_OTRC4C]"),
    ("XX12 3456", "IBAN_CODE", "format", 5, "[IBAN_2NIVW2]"),
    ("XX12 3456", "IBAN_CODE", "opaque", 0, "[IBAN_BMTEH5]"),
    ("XX12 3456", "IBAN_CODE", "fpe", 0, "XX17 6206"),
    ("011000015", "ABA_ROUTING_NUMBER", "format", 0, "470609565"),
    ("011000015", "ABA_ROUTING_NUMBER", "format", 1, "562771000"),
    ("011000015", "ABA_ROUTING_NUMBER", "format", 5, "954375373"),
    ("011000015", "ABA_ROUTING_NUMBER", "opaque", 0, "[ROUTING_HAFF4J]"),
    ("011000015", "ABA_ROUTING_NUMBER", "fpe", 0, "724414403"),
    ("021000021", "US_BANK_NUMBER", "format", 0, "391976966"),
    ("021000021", "US_BANK_NUMBER", "format", 1, "344406577"),
    ("021000021", "US_BANK_NUMBER", "format", 5, "873850393"),
    ("021000021", "US_BANK_NUMBER", "opaque", 0, "[BANK_E5K4A7]"),
    ("021000021", "US_BANK_NUMBER", "fpe", 0, "160517639"),
    ("123456789", "ABA_ROUTING_NUMBER", "format", 0, "[ROUTING_DZ5IFG]"),
    ("123456789", "ABA_ROUTING_NUMBER", "format", 1, "[ROUTING_I7YDY2]"),
    ("123456789", "ABA_ROUTING_NUMBER", "format", 5, "[ROUTING_QDQMSQ]"),
    ("123456789", "ABA_ROUTING_NUMBER", "opaque", 0, "[ROUTING_DZ5IFG]"),
    ("123456789", "ABA_ROUTING_NUMBER", "fpe", 0, "336053280"),
    ("Alice Smith", "PERSON", "format", 0, "Person_UYF256"),
    ("Alice Smith", "PERSON", "format", 1, "Person_5VW7OX"),
    ("Alice Smith", "PERSON", "format", 5, "Person_IGHAHL"),
    ("Alice Smith", "PERSON", "opaque", 0, "[PERSON_UYF256]"),
    ("Alice Smith", "PERSON", "fpe", 0, "[PERSON_UYF256]"),
    ("Springfield", "LOCATION", "format", 0, "Location_BESQFA"),
    ("Springfield", "LOCATION", "format", 1, "Location_PXVELC"),
    ("Springfield", "LOCATION", "format", 5, "Location_GS6AC6"),
    ("Springfield", "LOCATION", "opaque", 0, "[LOC_BESQFA]"),
    ("Springfield", "LOCATION", "fpe", 0, "[LOC_BESQFA]"),
    ("Acme Corp", "ORGANIZATION", "format", 0, "Organization_YGMBCF"),
    ("Acme Corp", "ORGANIZATION", "format", 1, "Organization_7EPZID"),
    ("Acme Corp", "ORGANIZATION", "format", 5, "Organization_XNAO4S"),
    ("Acme Corp", "ORGANIZATION", "opaque", 0, "[ORG_YGMBCF]"),
    ("Acme Corp", "ORGANIZATION", "fpe", 0, "[ORG_YGMBCF]"),
    ("Dutch", "NRP", "format", 0, "Group_FJSYOB"),
    ("Dutch", "NRP", "format", 1, "Group_BGUDDS"),
    ("Dutch", "NRP", "format", 5, "Group_L5INJO"),
    ("Dutch", "NRP", "opaque", 0, "[NRP_FJSYOB]"),
    ("Dutch", "NRP", "fpe", 0, "[NRP_FJSYOB]"),
    ("192.168.10.1", "IP_ADDRESS", "opaque", 0, "[IP_2CDMUR]"),
    ("192.168.10.1", "IP_ADDRESS", "fpe", 0, "908.954.89.5"),
    ("1985-04-12", "DATE_TIME", "opaque", 0, "[DATE_KAJ4FP]"),
    ("1985-04-12", "DATE_TIME", "fpe", 0, "5113-85-91"),
]

FIND_TEXTS = [
    "call +1 (012) 555-0134 2024 or 000-12-3456, card 0012 3456 7890 1234 (ref 2020-05-28)",
    "(0034) 612 345 678 and +44(0)909 8790268; ip 112.253.99.15 id 993909 routing 131234567",
    "IBAN DE89 3704 0044 0532 0130 00 then GB82WEST12345698765432 Person_ABCDEF [EMAIL_ABCDEF]",
    "mask.abcdefgh@mask.example 00 12 34 56 78 90 12 +449098790883 1 2 3 4 5 6 7 8 9 10 11",
]
# (start, end, canonical token, scheme, entity type, reserved, carries data) per text
FIND_PINS: list[list[tuple[int, int, str, str, str | None, bool, bool]]] = [
    [
        (5, 27, "101255501342024", "format", "PHONE_NUMBER", False, True),
        (5, 22, "10125550134", "format", "PHONE_NUMBER", False, True),
        (8, 27, "01255501342024", "format", "PHONE_NUMBER", False, True),
        (8, 22, "0125550134", "format", "PHONE_NUMBER", False, True),
        (9, 27, "01255501342024", "format", "PHONE_NUMBER", False, True),
        (9, 22, "0125550134", "format", "PHONE_NUMBER", False, True),
        (14, 27, "55501342024", "format", "PHONE_NUMBER", False, True),
        (14, 22, "5550134", "format", "PHONE_NUMBER", False, True),
        (31, 42, "000123456", "format", "US_SSN", True, False),
        (49, 68, "0012345678901234", "format", "CREDIT_CARD", True, True),
        (49, 63, "001234567890", "format", "CREDIT_CARD", True, True),
        (49, 58, "00123456", "format", "PHONE_NUMBER", False, True),
        (54, 68, "345678901234", "format", "PHONE_NUMBER", False, True),
        (54, 63, "34567890", "format", "PHONE_NUMBER", False, True),
        (59, 68, "78901234", "format", "PHONE_NUMBER", False, True),
        (74, 84, "20200528", "format", "PHONE_NUMBER", False, True),
    ],
    [
        (0, 18, "0034612345678", "format", "PHONE_NUMBER", False, True),
        (0, 14, "0034612345", "format", "PHONE_NUMBER", False, True),
        (0, 10, "0034612", "format", "PHONE_NUMBER", False, True),
        (1, 18, "0034612345678", "format", "PHONE_NUMBER", False, True),
        (1, 14, "0034612345", "format", "PHONE_NUMBER", False, True),
        (1, 10, "0034612", "format", "PHONE_NUMBER", False, True),
        (7, 18, "612345678", "format", "PHONE_NUMBER", False, True),
        (7, 14, "612345", "fpe", None, False, True),
        (11, 18, "345678", "fpe", None, False, True),
        (23, 40, "4409098790268", "format", "PHONE_NUMBER", False, True),
        (27, 40, "09098790268", "format", "PHONE_NUMBER", False, True),
        (29, 40, "9098790268", "format", "PHONE_NUMBER", False, True),
        (33, 40, "8790268", "format", "PHONE_NUMBER", False, True),
        (45, 58, "1122539915", "format", "PHONE_NUMBER", False, True),
        (62, 68, "993909", "fpe", None, False, True),
        (77, 86, "131234567", "format", "ABA_ROUTING_NUMBER", True, True),
    ],
    [
        (5, 32, "DE89370400440532013000", "format", "IBAN_CODE", False, True),
        (10, 32, "370400440532013000", "fpe", None, False, True),
        (10, 29, "3704004405320130", "format", "PHONE_NUMBER", False, True),
        (10, 24, "370400440532", "format", "PHONE_NUMBER", False, True),
        (10, 19, "37040044", "format", "PHONE_NUMBER", False, True),
        (15, 32, "00440532013000", "format", "CREDIT_CARD", True, True),
        (15, 29, "004405320130", "format", "CREDIT_CARD", True, True),
        (15, 24, "00440532", "format", "PHONE_NUMBER", False, True),
        (20, 32, "0532013000", "format", "PHONE_NUMBER", False, True),
        (20, 29, "05320130", "format", "PHONE_NUMBER", False, True),
        (25, 32, "013000", "fpe", None, False, True),
        (38, 60, "GB82WEST12345698765432", "format", "IBAN_CODE", False, True),
        (61, 74, "Person_ABCDEF", "format", "PERSON", True, False),
        (75, 89, "[EMAIL_ABCDEF]", "format", "EMAIL_ADDRESS", True, False),
    ],
    [
        (0, 26, "mask.abcdefgh@mask.example", "format", "EMAIL_ADDRESS", True, False),
        (27, 47, "00123456789012", "format", "PHONE_NUMBER", False, True),
        (27, 44, "001234567890", "format", "PHONE_NUMBER", False, True),
        (27, 41, "0012345678", "format", "PHONE_NUMBER", False, True),
        (27, 38, "00123456", "format", "PHONE_NUMBER", False, True),
        (27, 35, "001234", "fpe", None, False, True),
        (30, 47, "123456789012", "format", "PHONE_NUMBER", False, True),
        (30, 44, "1234567890", "format", "PHONE_NUMBER", False, True),
        (30, 41, "12345678", "format", "PHONE_NUMBER", False, True),
        (30, 38, "123456", "fpe", None, False, True),
        (33, 47, "3456789012", "format", "PHONE_NUMBER", False, True),
        (33, 44, "34567890", "format", "PHONE_NUMBER", False, True),
        (33, 41, "345678", "fpe", None, False, True),
        (36, 47, "56789012", "format", "PHONE_NUMBER", False, True),
        (36, 44, "567890", "fpe", None, False, True),
        (39, 47, "789012", "fpe", None, False, True),
        (48, 71, "44909879088312345", "format", "PHONE_NUMBER", False, True),
        (48, 69, "4490987908831234", "format", "PHONE_NUMBER", False, True),
        (48, 67, "449098790883123", "format", "PHONE_NUMBER", False, True),
        (48, 65, "44909879088312", "format", "PHONE_NUMBER", False, True),
        (48, 63, "4490987908831", "format", "PHONE_NUMBER", False, True),
        (48, 61, "449098790883", "format", "PHONE_NUMBER", False, True),
        (49, 75, "4490987908831234567", "fpe", None, False, True),
        (49, 73, "449098790883123456", "fpe", None, False, True),
        (49, 71, "44909879088312345", "fpe", None, False, True),
        (49, 69, "4490987908831234", "fpe", None, False, True),
        (49, 67, "449098790883123", "fpe", None, False, True),
        (49, 65, "44909879088312", "fpe", None, False, True),
        (49, 63, "4490987908831", "fpe", None, False, True),
        (49, 61, "449098790883", "fpe", None, False, True),
        (62, 77, "12345678", "format", "PHONE_NUMBER", False, True),
        (62, 75, "1234567", "format", "PHONE_NUMBER", False, True),
        (62, 73, "123456", "fpe", None, False, True),
        (64, 79, "23456789", "format", "PHONE_NUMBER", False, True),
        (64, 77, "2345678", "format", "PHONE_NUMBER", False, True),
        (64, 75, "234567", "fpe", None, False, True),
        (66, 82, "345678910", "format", "PHONE_NUMBER", False, True),
        (66, 79, "3456789", "format", "PHONE_NUMBER", False, True),
        (66, 77, "345678", "fpe", None, False, True),
        (68, 85, "4567891011", "format", "PHONE_NUMBER", False, True),
        (68, 82, "45678910", "format", "PHONE_NUMBER", False, True),
        (68, 79, "456789", "fpe", None, False, True),
        (70, 85, "567891011", "format", "PHONE_NUMBER", False, True),
        (70, 82, "5678910", "format", "PHONE_NUMBER", False, True),
        (72, 85, "67891011", "format", "PHONE_NUMBER", False, True),
        (72, 82, "678910", "fpe", None, False, True),
        (74, 85, "7891011", "format", "PHONE_NUMBER", False, True),
        (76, 85, "891011", "fpe", None, False, True),
    ],
]


@pytest.fixture(scope="module")
def service() -> TokenService:
    keys = KeyRing.from_strings(KEY_A)
    schemes = {"format": FormatScheme(), "opaque": OpaqueScheme(), "fpe": FpeScheme(keys)}
    return TokenService(schemes, MemoryVault(), keys)


@pytest.mark.parametrize(("value", "etype", "scheme", "attempt", "expected"), PINS)
def test_minted_token_is_pinned(
    service: TokenService, value: str, etype: str, scheme: str, attempt: int, expected: str
) -> None:
    try:
        token = service._candidate((value, etype, scheme), SCOPE, attempt)[0]
    except Exception as exc:  # the pins record which values a scheme refuses
        token = type(exc).__name__
    assert token == expected


def test_allocation_gives_the_pinned_first_candidates() -> None:
    """Through allocate (batched seeds, index keys and records) in a fresh vault. One
    batch per scheme: a value's format fallback and its opaque token are the same string."""
    keys = KeyRing.from_strings(KEY_A)
    vault = MemoryVault()
    service = TokenService({"format": FormatScheme(), "opaque": OpaqueScheme()}, vault, keys)
    for scheme in service.schemes:
        first = {(v, t, s): token for v, t, s, attempt, token in PINS if attempt == 0 and s == scheme}
        items = list(first)
        tokens, _ = service.allocate(items, SCOPE)
        assert tokens == [first[item] for item in items]
        again = TokenService({"format": FormatScheme(), "opaque": OpaqueScheme()}, vault, keys)
        assert again.allocate(items, SCOPE)[0] == tokens  # read back from the records, verified
        assert again.resolve(again.find(" ".join(tokens)), SCOPE).found  # and they reveal


@pytest.mark.parametrize("index", range(len(FIND_TEXTS)))
def test_find_is_pinned(service: TokenService, index: int) -> None:
    found = [
        (m.start, m.end, m.token, m.scheme, m.entity_type, m.reserved, m.carries_data)
        for m in service.find(FIND_TEXTS[index])
    ]
    assert found == FIND_PINS[index]


def test_find_single_chunk_runs_match_the_general_path(service: TokenService) -> None:
    """A run without spaces or parentheses takes a shortcut; with a space after it, the
    same number goes through the general path and must give the same matches."""
    numbers = ["000-12-3456", "0012345678901234", "131234567", "+1-507-986-6661", "2020-05-28", "+449098790883"]
    numbers += ["000123456", "001234567890", "66612345678", "12345678901234567890", "+0012345678901"]
    for number in numbers:
        short = [(m.start, m.end, m.token, m.scheme) for m in service.find(f"x {number} y")]
        spaced = [(m.start, m.end, m.token, m.scheme) for m in service.find(f"x {number} (y")]
        assert short == spaced, number
        assert short  # every one of these is token-shaped


def _reference_blocks(seed: bytes, attempt: int) -> itertools.count[bytes]:  # type: ignore[type-var]
    return (
        hashlib.sha256(seed + attempt.to_bytes(4, "big") + i.to_bytes(4, "big")).digest() for i in itertools.count()
    )  # type: ignore[return-value]


def _reference_digits(seed: bytes, attempt: int, count: int) -> str:
    out = (str(b % 10) for block in _reference_blocks(seed, attempt) for b in block if b < 250)
    return "".join(itertools.islice(out, count))


@pytest.mark.parametrize("attempt", [0, 1, 63, 64, 70000])
def test_digit_source_reads_the_byte_stream(attempt: int) -> None:
    for _ in range(200):
        seed = os.urandom(32)
        expected = _reference_digits(seed, attempt, 300)
        source = DigitSource(seed, attempt)
        got = "".join(source.take(n) for n in (1, 7, 13, 40, 2, 90, 147))
        assert got == expected
        assert digits(seed, attempt, 25) == expected[:25]
        assert "".join(map(str, itertools.islice(digit_stream(seed, attempt), 300))) == expected


@pytest.mark.parametrize(
    ("alphabet", "count"), [(B32, 6), (B32.lower(), 8), (B32, 32), (B32, 45), ("01", 70), ("ab\u00e9\u00fc", 9)]
)
def test_symbols_read_the_byte_stream(alphabet: str, count: int) -> None:
    for attempt in (0, 3):
        seed = os.urandom(32)
        raw = b"".join(itertools.islice(_reference_blocks(seed, attempt), 3))
        assert symbols(seed, attempt, alphabet, count) == "".join(alphabet[b % len(alphabet)] for b in raw[:count])


def test_draw_is_unbiased_and_stable() -> None:
    seed = bytes(range(32))
    assert [draw(seed, a, 2_000_000) for a in range(3)] == [draw(seed, a, 2_000_000) for a in range(3)]
    assert all(0 <= draw(os.urandom(32), 0, 7) < 7 for _ in range(100))


def test_batched_records_match_the_single_item_paths() -> None:
    """allocate derives index keys and seals records in bulk; the vault must hold exactly
    what index_key and seal_record/open_record describe, one distinct nonce per record."""
    keys = KeyRing.from_strings(KEY_A)
    vault = MemoryVault()
    service = TokenService({"format": FormatScheme()}, vault, keys)
    items = [(v, t, s) for v, t, s, attempt, _ in PINS if attempt == 0 and s == "format"]
    tokens, _ = service.allocate(items, SCOPE)
    scheme = service.schemes["format"]
    expected = {service.index_key(scheme.normalize(t), SCOPE, keys.current) for t in tokens if t is not None}
    assert set(vault._data) == expected
    raws = [raw for raw, _ in vault._data.values()]
    assert len({raw[2 + raw[1] : 14 + raw[1]] for raw in raws}) == len(raws)  # nonces differ
    for (value, etype, _), token in zip(items, tokens, strict=True):
        assert token is not None
        key = service.index_key(scheme.normalize(token), SCOPE, keys.current)
        record = service.open_record(vault._data[key][0], scheme.normalize(token), SCOPE)
        assert (record.value, record.entity_type, record.kid) == (value, etype, keys.current)
        sealed = service.seal_record(value, etype, scheme.normalize(token), SCOPE)
        assert service.open_record(sealed, scheme.normalize(token), SCOPE).value == value
