"""A field name in a script written without blanks is glued to the words before it: ``客户姓名``
(customer name), ``收货地址`` (delivery address), ``联系电话`` (contact phone), ``고객이름``. Its
ending names the type as the label alone does (the value stayed in clear); a name of a thing
(``文件名称``, ``ファイル名``) names none."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detectors.labels import unspaced_ending

FW_COLON = "\uff1a"


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        (f"客户姓名{FW_COLON}王小明", "王小明", "PERSON"),
        (f"收货地址{FW_COLON}北京市朝阳区建国路88号", "北京市朝阳区建国路88号", "STREET_ADDRESS"),
        ("고객이름: 김민수", "김민수", "PERSON"),
        (f"お客様氏名{FW_COLON}山田太郎", "山田太郎", "PERSON"),
    ],
)
def test_a_glued_label_names_its_value(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    spans = pattern_mask.scan([text])[0]
    assert [(text[s.start : s.end], s.type) for s in spans] == [(value, etype)]
    out = pattern_mask.protect(text)
    assert value not in out
    assert pattern_mask.reveal(out) == text


def test_glued_json_keys(pattern_mask: Mask) -> None:
    text = '{"客户姓名": "王小明", "联系人姓名": "李华", "订单号": "A-1234"}'
    out = pattern_mask.protect(text)
    assert "王小明" not in out and "李华" not in out and "A-1234" in out


@pytest.mark.parametrize("text", [f"文件名称{FW_COLON}年度报告.pdf", f"ファイル名{FW_COLON}report.pdf"])
def test_a_name_of_a_thing_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_the_ending_is_a_proper_ending_of_letters_of_such_a_script() -> None:
    known = {"姓名", "name"}
    assert unspaced_ending("客户姓名", known) == "姓名"
    assert unspaced_ending("姓名", known) is None  # the whole word is no ending of it
    assert unspaced_ending("username", known) is None  # a spaced script splits its own words
