"""Several phone numbers in a row, separated by single spaces, are each detected."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.fixture(scope="module")
def patterns() -> Mask:
    return Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("212-456-7890 312-555-1234", ["212-456-7890", "312-555-1234"]),
        ("(212) 456-7890 (312) 555-1234", ["(212) 456-7890", "(312) 555-1234"]),
        ("call +44 20 7946 0958 +49 30 901820 now", ["+44 20 7946 0958", "+49 30 901820"]),
    ],
)
def test_each_number_of_a_run_is_found_and_hidden(patterns: Mask, text: str, numbers: list[str]) -> None:
    spans = patterns.scan([text])[0]
    assert [text[s.start : s.end] for s in spans if s.type == "PHONE_NUMBER"] == numbers
    protected = patterns.protect(text)
    assert not any(n in protected for n in numbers)
    assert patterns.reveal(protected) == text


@pytest.mark.parametrize("text", ["1234 5678 9012 3456", "order 2024 1234 5678 9012", "v1.2.3 4.5.6 7.8.9 10.11"])
def test_long_digit_runs_that_are_not_phones_stay(patterns: Mask, text: str) -> None:
    assert [s for s in patterns.scan([text])[0] if s.type == "PHONE_NUMBER"] == []


def test_a_repeated_run_is_validated_once_per_region(patterns: Mask, monkeypatch: pytest.MonkeyPatch) -> None:
    """A column of numbers or a hostile repetition: the validation against phonenumbers'
    patterns (the costly part) runs once per distinct number and region within a call, and every number is
    still found."""
    import phonenumbers

    from mask.core.detectors import phone_valid

    calls: list[tuple[int, int, str]] = []
    real = phone_valid.is_valid_for_region

    def counting(number: phonenumbers.PhoneNumber, region: str) -> bool:
        calls.append((number.country_code, number.national_number, region))
        return real(number, region)

    monkeypatch.setattr(phone_valid, "is_valid_for_region", counting)
    text = "212-456-7890 312-555-1234 " * 60
    spans = patterns.scan([text])[0]
    assert [text[s.start : s.end] for s in spans].count("212-456-7890") == 60
    assert [text[s.start : s.end] for s in spans].count("312-555-1234") == 60
    assert calls and len(calls) == len(set(calls))  # no (number, region) pair validated twice


PS_AUX = (
    "USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n"
    "root         1  0.0  0.1 167560 11844 ?        Ss   Nov30   0:12 /sbin/init\n"
    "www-data  4242  1.2  0.5 300000 40000 ?        Sl   10:00   0:01 gunicorn"
)


def test_a_row_of_process_figures_is_no_phone(patterns: Mask) -> None:
    """`ps aux` columns run together into one long candidate; no piece of it is a phone number
    (before, `" 0.5 300000 40000"`, a span starting with a blank, and `167560 11844`, a valid
    Chinese mobile number grouped the way no phone is written)."""
    assert [s for s in patterns.scan([PS_AUX])[0] if s.type == "PHONE_NUMBER"] == []
    assert patterns.protect(PS_AUX) == PS_AUX


def test_numbers_two_blanks_apart_are_each_found_without_the_blanks(patterns: Mask) -> None:
    text = "call 0121 234 4167  0161 496 0000 today"
    spans = [s for s in patterns.scan([text])[0] if s.type == "PHONE_NUMBER"]
    assert [text[s.start : s.end] for s in spans] == ["0121 234 4167", "0161 496 0000"]
