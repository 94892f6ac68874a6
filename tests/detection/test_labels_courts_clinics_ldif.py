"""Values that stayed in clear after labels of their type: the parties of a court case and a
school's pupil (``Defendant:``, ``Learner:``), a middle name's field beside a first name's; court
case numbers, a prescriber's number, hospital ids of Spain and India, South Africa's income tax
reference, Spain's social security affiliation, Portugal's ``CC``, France's NIR after ``NIR`` and
``n° sécu``, a customer's reference, a bare ``sort`` before a sort code on an account's line; a
value in brackets after its label, a person's number in brackets after their name, ``will be`` and
``was`` as copulas; dates of birth under ``BIRTH-DT``, ``birth_dt``, ``bday`` and a compact date
under ``dob``; an LDIF record's ``cn`` and ``sn``, a directory's ``cn=``, a log line's
``user_name``, a Python dict's repr with a call in it. Look-alikes stay."""

from __future__ import annotations

import pytest

from mask.core import Mask

from .conftest import scanned

_LDIF = (
    "dn: uid=rchikwanha,ou=people,dc=example,dc=org\n"
    "objectClass: inetOrgPerson\n"
    "cn: Rutendo Chikwanha\n"
    "sn: Zhelezova\n"
    "uid: rchikwanha\n"
)


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        # a court case's parties, a pupil, a prescriber, a middle name
        ("Defendant: LUCAS PEMBERTON", "LUCAS PEMBERTON", "PERSON"),
        ("Plaintiff: Maria Okonkwo-Bassey", "Maria Okonkwo-Bassey", "PERSON"),
        ("Respondent: Tobias Lindqvist", "Tobias Lindqvist", "PERSON"),
        ("Appellant: Ngozi Adeyemi", "Ngozi Adeyemi", "PERSON"),
        ("Petitioner: Harjit Sandhu", "Harjit Sandhu", "PERSON"),
        ("Learner: Jose Rizalino B. Macaraeg Jr.", "Jose Rizalino B. Macaraeg Jr", "PERSON"),
        ("Pupil: Amara Nwosu", "Amara Nwosu", "PERSON"),
        ("Prescriber: Dr Kieran Oduya", "Dr Kieran Oduya", "PERSON"),
        ("First name: Ama   Middle: Temitope   Last name: Owusu", "Temitope", "PERSON"),
        ("First name: Ama\nMiddle: Temitope\nLast name: Owusu", "Temitope", "PERSON"),
        # court case numbers, a prescriber's number
        ("Case No. RG24-118273", "RG24-118273", "PERSONAL_ID"),
        ("Case number: MA23P01447", "MA23P01447", "PERSONAL_ID"),
        ("SUIT NO: ID/4471GCM/2023", "ID/4471GCM/2023", "PERSONAL_ID"),
        ("Prescriber No. 2749813", "2749813", "PERSONAL_ID"),
        # hospital ids
        ("NHC: 2038471", "2038471", "MEDICAL_RECORD_NUMBER"),
        ("UHID: AIIMS/2024/0338812", "AIIMS/2024/0338812", "MEDICAL_RECORD_NUMBER"),
        ("IP No: 24-77193", "24-77193", "MEDICAL_RECORD_NUMBER"),
        ("Cart\u00e3o SUS: 898 0012 3456 7891", "898 0012 3456 7891", "HEALTH_PLAN_ID"),
        # national ids and numbers of a company's customer
        ("Income tax ref: 0123456782", "0123456782", "NATIONAL_ID"),
        ("N\u00ba Afiliaci\u00f3n SS: 28/1234567/42", "28/1234567/42", "NATIONAL_ID"),
        ("portadora do CC 14829371", "14829371", "NATIONAL_ID"),
        ("CC 14829371 4 ZZ0", "14829371 4 ZZ0", "NATIONAL_ID"),
        ("Customer reference: 4471 0092 3381", "4471 0092 3381", "PERSONAL_ID"),
        ("NIR: 281067511405236", "281067511405236", "NATIONAL_ID"),
        ("N\u00b0 s\u00e9cu: 2 81 06 75 114 052 36", "2 81 06 75 114 052 36", "NATIONAL_ID"),
        ("acc 12345678 sort 40-11-62", "40-11-62", "BANK_CODE"),
        # a value in brackets, a person's number after the name, "will be" and "was"
        ("PAN (AQRPD8812K)", "AQRPD8812K", "IN_PAN"),
        ("Aadhaar (7734 2219 5502)", "7734 2219 5502", "IN_AADHAAR"),
        ("Employee: Rahul Venkataraman (ID 88213)", "88213", "PERSONAL_ID"),
        ("Employee: Rahul Venkataraman (ID 88213)", "Rahul Venkataraman", "PERSON"),
        ("Your employee code will be EMP-IN-22871.", "EMP-IN-22871", "PERSONAL_ID"),
        ("my employee ID was EMP-44120", "EMP-44120", "PERSONAL_ID"),
        ("Please return your staff ID card no. STF/2019/0457.", "STF/2019/0457", "PERSONAL_ID"),
        # dates of birth
        ("BIRTH-DT: 19610417", "19610417", "DATE_TIME"),
        ("birth_dt,name\n1961-04-17,Ann", "1961-04-17", "DATE_TIME"),
        ("dob\n19610417", "19610417", "DATE_TIME"),
        ("its my bday on 03/09/1998", "03/09/1998", "DATE_TIME"),
        # a directory's entries, a log line's user name, a Python dict's repr
        (_LDIF, "Rutendo Chikwanha", "PERSON"),
        (_LDIF, "Zhelezova", "PERSON"),
        ("cn=Elspeth Gowrie,ou=people,dc=example,dc=org", "Elspeth Gowrie", "PERSON"),
        ("CN=Marta Kowalczyk,OU=Users,DC=corp,DC=example,DC=com", "Marta Kowalczyk", "PERSON"),
        ('level=info user_name="Constance Ashworth-Bligh" msg=login', "Constance Ashworth-Bligh", "PERSON"),
        (
            "{'fname': 'Dorotea', 'lname': 'Zambrano Ugarte', 'dob': datetime.date(1984, 5, 19)}",
            "Zambrano Ugarte",
            "PERSON",
        ),
        (
            "{'fname': 'Dorotea', 'lname': 'Zambrano Ugarte', 'dob': datetime.date(1984, 5, 19)}",
            "1984, 5, 19",
            "DATE_TIME",
        ),
        ("{'name': 'Dorotea Zambrano', 'vip': None, 'fee': Decimal('10.50')}", "Dorotea Zambrano", "PERSON"),
    ],
)
def test_the_labelled_value_is_protected(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in scanned(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert value not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "Case No. 3 of the study",
        "In case no one answers, call again.",
        "the defendant: a company",
        "Respondent: 42",
        "Pupils: equal, round, reactive to light",
        "Right pupil: 3 mm, reactive",
        "Middle: 3",
        "Middle: Logo",  # no first or last name's field near: a layout's row
        "student: true",
        "sort 40 items",
        "sort order: desc",
        "sort 12-11-10",  # no account on the line: a date as much as a sort code
        "reg sort 12-11-10",
        "CC 14829371",  # a cost centre's number as much as a citizen card's, without "do" before
        "cc 14829371",
        "CC: finance team",
        "CN=R3, O=Let's Encrypt, C=US",
        "CN=*.example.com",
        "CN=DigiCert Global Root CA, O=DigiCert Inc, C=US",
        "rootdn cn=Manager,dc=example,dc=com",  # an OpenLDAP root, no person
        "cn: Rutendo Chikwanha",  # no LDIF record around: a locale's code as much
        "en: English\ncn: Chinese\nsn: Shona",  # languages by their codes
        "cn: zh-Hans",
        "Username: Bob Smith",  # a login holds no blank (user_name=jsmith is a USERNAME: test_usernames)
        "NIR 2024",
        "la s\u00e9cu 2024 rembourse",
        "NHC: Nursing home care",
        "nhc: 2038471",  # NHC only in capitals in running text
        "Employee ID (2019)",
        "Passport (UK)",
        "Phone (mobile): ask at reception",
        "The phone was 3 years old",
        "the card was 2019 edition",
        "DOB check, ref 20990101",  # a date yet to come
        "its my bday on friday",
        "{'title': 'Settings', 'enabled': True, 'fee': Decimal('10.50')}",
    ],
)
def test_look_alikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_a_short_number_after_a_name_is_no_ones(pattern_mask: Mask) -> None:
    assert ("2", "PERSONAL_ID") not in scanned(pattern_mask, "Employee: Rahul Venkataraman (No. 2)")
