# ruff: noqa: RUF001, RUF002  (the full-width colon and comma are what Chinese and Japanese text holds)
"""Phone numbers, addresses and names in Chinese, Japanese, Korean, Russian, Arabic, Hindi,
Vietnamese and Thai text: field labels in those languages (``电话：``, ``住所：``, ``Имя:``,
``Số điện thoại:``), phone words next to a number (``رقم هاتفي 0501234567``), and numbers
written against the words around them, as Chinese and Japanese write them
(``電話番号は090-1234-5678です``, ``电话13812345678。``). A Latin letter against a number
still makes it none (``abc090-1234-5678``)."""

from __future__ import annotations

import json

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        ("田中太郎さんの電話番号は090-1234-5678です。", "PHONE_NUMBER", "090-1234-5678"),
        ("我叫张伟，电话13812345678。", "PHONE_NUMBER", "13812345678"),
        ("电话：138 1234 5678", "PHONE_NUMBER", "138 1234 5678"),
        ("TEL 090-1234-5678です", "PHONE_NUMBER", "090-1234-5678"),
        ("전화번호는 010-1234-5678입니다.", "PHONE_NUMBER", "010-1234-5678"),  # a Korean particle glued on
        ("اسمي محمد. رقم هاتفي 0501234567.", "PHONE_NUMBER", "0501234567"),
        ("Số điện thoại: 0912 345 678", "PHONE_NUMBER", "0912 345 678"),
        ("住所：東京都新宿区西新宿2-8-1", "STREET_ADDRESS", "東京都新宿区西新宿2-8-1"),
        ("адрес: ул. Ленина, д. 5, кв. 12, Екатеринбург", "STREET_ADDRESS", "ул. Ленина, д. 5, кв. 12, Екатеринбург"),
        ("Имя: Иван Петров", "PERSON", "Иван Петров"),
        ("名前：田中太郎", "PERSON", "田中太郎"),
    ],
)
def test_in_text(pattern_mask: Mask, text: str, etype: str, value: str) -> None:
    assert (etype, value) in _found(pattern_mask, text)


def test_in_fields(pattern_mask: Mask) -> None:
    record = {
        "姓名": "张伟",
        "电话": "13812345678",
        "地址": "北京市朝阳区建国路88号",
        "город": "Казань",
        "회사": "삼성전자",
    }
    found = _found(pattern_mask, json.dumps(record, ensure_ascii=False))
    assert ("PERSON", "张伟") in found
    assert ("PHONE_NUMBER", "13812345678") in found
    assert ("STREET_ADDRESS", "北京市朝阳区建国路88号") in found
    assert ("LOCATION", "Казань") in found
    assert ("ORGANIZATION", "삼성전자") in found


@pytest.mark.parametrize("text", ["abc090-1234-5678", "x_0901234567", '{"地址": "abc"}'])
def test_not_there(pattern_mask: Mask, text: str) -> None:
    assert _found(pattern_mask, text) == []
