"""Street addresses in Japanese, Chinese, Korean, Russian, Ukrainian, Vietnamese and Thai, Chile's
``..., Región de ...`` and Colombia's ``# 4-32`` layouts, without a label (each stayed in clear
without mask-spacy, and mostly with it: the English pipeline reads none of these scripts). Prose
holding the same markers stays."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _streets(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "STREET_ADDRESS"]


ADDRESSES = [
    "〒150-0041 東京都渋谷区神南1丁目19番11号",
    "東京都新宿区西新宿2-8-1 新宿ビル12F",
    "広島県広島市中区大手町1丁目5番",
    "北京市朝阳区建国路88号SOHO现代城A座1203室",
    "上海市浦东新区世纪大道100号",
    "广东省秀珍县花溪马街q座 656086",
    "서울특별시 강남구 테헤란로 152",
    "전북특별자치도 용인시 기흥구 잠실길 990-50",
    "г. Москва, ул. Тверская, д. 12, кв. 45, 125009",
    "ул. Ленина 5, кв. 3",
    "вул. Хрещатик, 22, Київ, 01001",
    "шосе Абрикосовий, буд. 30 кв. 1, Ківерці, 62481",
    "площа Ринок, 1, Львів, 79000",
    "набережна Перемоги, буд. 12, Дніпро, 49000",
    "Số 12 Đường Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
    "Số 94/553 Ngõ 29 Đường Phan Chu Trinh Phường Tân An Tỉnh Thái Nguyên 21384",
    "67 หมู่ 92 ถ.แจ้งสว่าง ตำบลเขาพระนอนใหญ่ อำเภอป้อมปราบศัตรูพ่าย กรุงเทพฯ 85790",
    "701/74 ซ.สาระพันธ์ ฉะเชิงเทรา 55380",
    "Los Copihues 191, Paillaco, Región de Los Ríos, 4833780",
    "Calle 93B # 13-50",
    "Cr. 63 Bis R # 8-53 Este, Local 1, 156360, Cerinza, Boyacá",
    "Av. carrera 9ª # 13-8 Este",
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_an_address_in_its_own_layout(pattern_mask: Mask, address: str) -> None:
    text = f"配送先 / ship to: {address}\n"
    assert _streets(pattern_mask, text) == [address]
    out = pattern_mask.protect(text)
    assert address not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "这条路通往市中心，交通很方便。",
        "上海市今年的GDP增长了5%。",
        "深圳市的道路规划已经完成。",
        "2023年に横浜市で開催されました。",
        "大阪市で2-3日滞在します",
        "渋谷区の人口は23万人です。",
        "서울시는 2024년에 새로운 정책을 발표했다.",
        "부산광역시 해운대구의 인구는 40만 명이다.",
        "В 2020 году на ул. Тверской открылся магазин.",
        "на ул. Ленина 5 человек",
        "Мы гуляли в парк Горького 3 часа",
        "Проспект Мира, 2020 год, фотография.",
        "Năm 2020 có 5 phường mới được thành lập",
        "ในปี 2020 มีผู้คน 50000 คน",
        "En 2020 hubo 191 casos, Paillaco, Región de Los Ríos informó",
        "Issue #12-3 is fixed",
        "Calle 40 was renamed in 2020.",
    ],
)
def test_prose_with_the_same_markers_stays(pattern_mask: Mask, text: str) -> None:
    assert _streets(pattern_mask, text) == []


def test_prose_in_those_scripts_is_read_with_a_cheap_gate() -> None:
    # each layout is matched only where its markers are (a Chinese text without an address had
    # cost 1.8 ms per 2 KB, a French one 0.8 ms): a text without them yields nothing, whatever its size
    from mask.core.detectors.address_scripts import script_addresses

    french = "Bonjour Madame Lefèvre, nous avons noté votre appel du 2 décembre — merci. " * 3000
    assert list(script_addresses(french)) == []
    mixed = "заказ 12345 на сумму 5000 рублей; 我们在市场上推出了新的产品。" * 2000
    assert list(script_addresses(mixed)) == []


def test_many_addresses_in_one_text_cost_a_bisect_each(pattern_mask: Mask) -> None:
    # a script address is checked against the addresses found before it with a bisect, not a scan
    # of all of them (7,000 Chinese addresses in 200 KB had taken 6.4 s)
    text = "北京市朝阳区建国路88号" * 3000
    spans = pattern_mask.scan([text])[0]
    assert len(spans) == 3000 and all(s.type == "STREET_ADDRESS" for s in spans)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Lease Agreement - 3-12-7 Shibuya, Shibuya-ku, Tokyo 150-0002", "3-12-7 Shibuya, Shibuya-ku, Tokyo 150-0002"),
        ("Office: 1-1-2 Oshiage, Sumida-ku, Tokyo 131-0045, Japan", "1-1-2 Oshiage, Sumida-ku, Tokyo 131-0045"),
        ("4-2-8 Shibakoen, Minato City, Tokyo 105-0011", "4-2-8 Shibakoen, Minato City, Tokyo 105-0011"),
        ("địa chỉ giao hàng: 25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội. SĐT", "25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội"),
        ("Giao đến 120 Nguyễn Huệ, Quận 1, TP.HCM", "120 Nguyễn Huệ, Quận 1, TP.HCM"),
    ],
)
def test_japanese_in_latin_letters_and_vietnamese_without_a_ward(pattern_mask: Mask, text: str, address: str) -> None:
    """A Japanese address in Latin letters (block numbers, ``-ku`` or ``City``, the prefecture) and a
    Vietnamese one ending with its city but no ward word stayed in clear or in pieces."""
    spans = [s for s in pattern_mask.scan([text])[0] if s.type == "STREET_ADDRESS"]
    assert [text[s.start : s.end] for s in spans] == [address]


@pytest.mark.parametrize(
    "text", ["Chapter 3-1 New York City", "Section 1-2-3 of the Kansas City plan", "Release 2-3-1 shipped"]
)
def test_numbers_and_a_city_stay(pattern_mask: Mask, text: str) -> None:
    assert [s for s in pattern_mask.scan([text])[0] if s.type == "STREET_ADDRESS"] == []
