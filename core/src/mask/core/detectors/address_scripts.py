"""Street addresses written in scripts and layouts the street pattern does not read.

Each layout has markers no running text strings together by chance, so a match needs no label
and no context word:

- Japanese: a city, ward, town or village (``市区町村``) and a block number in chome, ban and go
  (``渋谷区神南1丁目19番11号``) or in three numbers and dashes (``西新宿2-8-1``; ``大阪市で2-3日`` is
  two days), the postal code and prefecture before it and a building and room after it
  included (``〒163-0000 東京都新宿区西新宿2-8-1 新宿ビル12F``);
- Chinese: a city or county (``市``, ``县``), the province before it, then a road (``路``, ``街``, ``道``, ``巷``) and a
  number (``88号``) or a building (``A座``), a room and a postal code after it included;
- Korean road-name addresses: a city, county or district (``시``, ``군``, ``구``) and a road
  (``로``, ``길``) with its building number (``테헤란로 152``, ``잠실길 990-50``);
- Russian and Ukrainian: a street type (``ул.``, ``просп.``, ``шосе``, ``вулиця``...) and a house
  number (``д. 12``, ``буд. 30``, or after a comma: ``ул. Ленина, 5``), the town before it and
  the flat, the town and the index after it;
- Vietnamese: a house number, the street, and the ward or commune (``Phường``, ``Xã``), the
  district, city or province and postal code after it; or, without a ward word, ending with a
  city that says it is one (``25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội``);
- Hebrew: a street type (``רחוב``, ``שדרות``...), the name and the house number, the flat and the
  town after it;
- Thai: a house number, parts with a road, lane, sub-district or district marker (``ถ.``, ``ซ.``,
  ``ต.``, ``อ.``) and the five-digit postal code;
- Chilean: a street and number, the commune and ``Región ...`` (``Los Copihues 191, Paillaco,
  Región de Los Ríos, 4833780``);
- Colombian: a street type, a number and ``# 4-32`` (``Calle 93B # 13-50``, ``Cr. 63 Bis R # 8-53
  Este``), the unit after it, and the postal code, town and department after the unit;
- Japanese in Latin letters: the block number, the ward or city and the prefecture (``3-12-7
  Shibuya, Shibuya-ku, Tokyo 150-0002``).

An ASCII text holds none but the last two: the others cost it one ``str.isascii``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

__all__ = ["script_addresses"]

_DIGIT = r"[0-9０-９]"
_KANA_HAN = r"[\p{Han}\p{Hiragana}\p{Katakana}ー々]"

_JAPANESE = regex.compile(
    rf"(?:〒[ ]?{_DIGIT}{{3}}[-－]{_DIGIT}{{4}}[ 　]?)?(?:\p{{Han}}{{2,3}}[都道府県])?{_KANA_HAN}{{1,10}}?[市区町村郡]{_KANA_HAN}{{0,12}}?"
    rf"(?:(?:{_KANA_HAN}{{0,3}}{_DIGIT}{{1,2}}条{_KANA_HAN}{{0,3}})?{_DIGIT}{{1,3}}丁目(?:{_DIGIT}{{1,4}}(?:番地?|[-－]){_DIGIT}{{0,4}}号?)?"
    rf"|{_DIGIT}{{1,4}}(?:[-－]{_DIGIT}{{1,4}}){{2}}(?!{_DIGIT})"
    rf"|{_DIGIT}{{1,4}}番地?(?:{_DIGIT}{{1,4}}号?)?)"
    rf"(?:[ 　]?[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}ー\p{{Latin}}]{{1,16}}{_DIGIT}{{1,5}}(?:号室|[FＦ階])?)?"
)
"""A Japanese address from the city (the prefecture before it) to the block, the building after it;
Sapporo's blocks by their jō and chōme (``北5条西2丁目``)."""

_CHINESE = regex.compile(
    rf"(?:\p{{Han}}{{2,7}}?(?:省|自治区))?(?:\p{{Han}}{{1,6}}?[市州盟县])(?:\p{{Han}}{{1,6}}?[区县旗])?"
    rf"\p{{Han}}{{1,12}}?[路街道巷弄](?:{_DIGIT}{{1,5}}号(?:院|楼)?)?"
    rf"(?:[\p{{Han}}A-Za-z0-9]{{0,16}}?(?:{_DIGIT}{{1,5}}室|[A-Za-z0-9]{{1,3}}[座栋幢](?:{_DIGIT}{{1,5}}室)?))?"
    rf"(?:[ 　]?{_DIGIT}{{6}}(?!{_DIGIT}))?"
)
"""A Chinese address from the province or city to the road, its number, building, room and postal code."""

_CHINESE_ROAD_END = regex.compile(
    rf"[路街道巷弄]{_DIGIT}|[路街道巷弄][\p{{Han}}A-Za-z0-9]{{0,16}}?[座栋幢室]|{_DIGIT}{{6}}$"
)
"""What makes a Chinese match an address: a number or a building after the road, or a postal code."""

_KOREAN = regex.compile(
    r"(?:\p{Hangul}{1,8}(?:특별시|광역시|특별자치시|특별자치도|도)[ ])?"
    r"(?:\p{Hangul}{1,6}[시군구][ ]){1,3}"
    r"(?:\p{Hangul}{1,6}[읍면동][ ])?"
    r"[\p{Hangul}0-9]{1,12}(?:로|길|거리|(?<=[0-9])가)[ ]?[0-9]{1,5}(?:-[0-9]{1,5})?(?![0-9])"
    r"(?:[ ]?\([\p{Hangul}0-9 ,]{1,20}\))?"
)
"""A Korean road-name address: the province, the city, county or district, the road and its number."""

_CYRILLIC_TYPES = (
    "ул|улица|бул|бульв|бульвар|пр-т|просп|проспект|пр|пер|переулок|ш|шоссе|наб|набережная|пл|площадь"
    "|проезд|туп|тупик|аллея|алл|мкр|микрорайон|линия"
    "|улице|улицу|улицы|проспекте|переулке|площади|бульваре|набережной"  # after a preposition: "на улице Ленина 15"
    "|вул|вулиця|пров|провулок|узвіз|шосе|майдан|набережна|площа|парк|сквер|алея|мікрорайон|лінія|шлях"
    "|вулиці|вулицю|проспекті|провулку"
)
_CYRILLIC_TOWN = (
    r"(?:(?:г|м|с|п|пос|пгт|рп|д|ст|клх|к|х|дер|село|смт|аул|нп)\.?[ ]\p{Lu}[\p{L}-]+(?:[ ]\p{Lu}[\p{L}-]+)?,[ ])"
)
_CYRILLIC = regex.compile(
    rf"(?<![\p{{L}}])(?:{_CYRILLIC_TOWN})?"
    rf"(?:(?i:{_CYRILLIC_TYPES})\.?[ ]\p{{Lu}}[\p{{L}}.'’-]+(?:[ ](?:[0-9]{{1,2}}-\p{{Ll}}{{1,3}}|[\p{{L}}'’-]+)){{0,3}}?"
    rf"|\p{{Lu}}[\p{{L}}'’-]+[ ](?i:{_CYRILLIC_TYPES})\.?)"
    r"(?:,?[ ](?:д|дом|буд|б)\.?[ ]?[0-9]{1,4}(?:[/-][0-9]{1,3})?[а-яА-Я]?(?![0-9])"
    r"|,?[ ][0-9]{1,4}(?:/[0-9]{1,3})?[а-яА-Я]?(?![0-9\-\p{L}]|[ ]\p{Ll}))"
    r"(?:,?[ ](?:к|корп|стр|кв|оф|пом|литер)\.?[ ]?[0-9]{1,4}(?:/[0-9]{1,3})?[а-яА-Я]?)*"
    r"(?:,[ ]\p{Lu}[\p{L}-]+(?:[ ]\p{Lu}[\p{L}-]+)?(?=,[ ][0-9]{5,6}))?"
    r"(?:,[ ][0-9]{5,6}(?![0-9]))?"
)
"""A Russian or Ukrainian street, its house number (``д. 12``, ``буд. 30``, or bare after a comma),
the building, flat and office, and the town and index after it; the town before it included."""

_VI_WORDS = r"(?:\p{Lu}[\p{L}\p{M}]*|[0-9]{1,4}(?![0-9]))(?:[ ](?:\p{Lu}[\p{L}\p{M}]*|[0-9]{1,4}(?![0-9]))){0,4}"
_VIETNAMESE = regex.compile(
    r"(?<![\p{L}0-9/])(?:(?i:số)[ ])?[0-9]{1,4}(?:/[0-9]{1,4}){0,3}[A-Z]?"
    rf"(?:,?[ ](?:(?i:ngõ|ngách|hẻm|kiệt|đường|phố|khóm|khu|tổ|ấp|thôn)[ ](?:(?i:số)[ ])?{_VI_WORDS}|{_VI_WORDS}))*"
    rf",?[ ](?i:phường|xã|thị trấn)[ ]{_VI_WORDS}"
    rf"(?:,?[ ](?i:quận|huyện|thị xã)[ ]{_VI_WORDS})?"
    rf"(?:,?[ ](?:(?i:thành phố|tỉnh|tp\.)[ ]?)?{_VI_WORDS})?"
    r"(?:,?[ ][0-9]{5,6}(?![0-9]))?"
)
"""A Vietnamese address: the house number (``Số 94/553``), the lane and street, the ward or commune
(``Phường``, ``Xã``: required), the district and the city or province, and the postal code."""

_VI_CITIES = ("Hà Nội", "Hồ Chí Minh", "TP.HCM", "TP. HCM", "TPHCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ")
_VIETNAMESE_CITY = regex.compile(
    r"(?<![\p{L}0-9/])(?:(?i:số)[ ])?[0-9]{1,4}(?:/[0-9]{1,4}){0,3}[A-Z]?"
    rf"(?:[ ](?:(?i:ngõ|ngách|hẻm|kiệt|đường|phố)[ ])?{_VI_WORDS})(?:,[ ]{_VI_WORDS}){{0,3}}"
    rf",[ ](?:(?i:thành phố|tp\.)[ ]?)?(?:{'|'.join(regex.escape(c) for c in _VI_CITIES)})(?![\p{{L}}])"
    r"(?:,?[ ][0-9]{5,6}(?![0-9]))?"
)
"""A Vietnamese address without its ward word, ending with a city that says it is one: the house
number, the street (``25 Lý Thường Kiệt``), the district and ``Hà Nội``, ``TP.HCM``, ``Đà Nẵng``..."""
_VIETNAMESE_CITY_ANCHOR = re.compile("|".join(re.escape(c) for c in _VI_CITIES))

_JAPANESE_ROMAJI = regex.compile(
    r"(?<![\w-])[0-9]{1,2}-[0-9]{1,2}-[0-9]{1,4}(?:[ ]\p{Lu}[\p{L}-]+){0,3},?"
    r"(?:[ ]\p{Lu}[\p{L}-]+(?:[ ][0-9]{1,2}-chome)?,)?"
    r"[ ]\p{Lu}[a-z]+(?:-(?:ku|shi|cho|machi)|[ ](?:City|Ward))(?![\p{L}-])"
    r"(?:,?[ ]\p{Lu}[a-z]+(?:-(?:to|fu|ken))?(?:[ ]Prefecture)?(?![\p{L}-]))?"
    r"(?:,?[ ](?:〒[ ]?)?[0-9]{3}-[0-9]{4}(?![0-9]))?"
)
"""A Japanese address written in Latin letters: the block number in chome, ban and go (``3-12-7``),
the district, the ward or city (``Shibuya-ku``, ``Minato City``), the prefecture and the postal
code: ``3-12-7 Shibuya, Shibuya-ku, Tokyo 150-0002``."""
_JAPANESE_ROMAJI_ANCHOR = re.compile(r"-(?:ku|shi|cho|machi)\b|[ ](?:Ward|City)\b")
_JAPANESE_ROMAJI_MARKS = ("-ku", "-shi", "-cho", "-machi", " Ward", " City")

_HEBREW = regex.compile(
    r"(?:(?<![\p{Hebrew}])|(?<=(?<![\p{Hebrew}])[בלמהו]))(?:רחוב|רח['׳]|שדרות|שד['׳]|שדרת|דרך|סמטת|כיכר)[ ]"
    r"[\p{Hebrew}][\p{Hebrew}\p{Mn}'׳\"״\-]*(?:[ ][\p{Hebrew}][\p{Hebrew}\p{Mn}'׳\"״\-]*){0,3}"
    r"[ ][0-9]{1,4}[א-ת]?(?![0-9])(?:[ ]?/[ ]?[0-9]{1,3})?"
    r"(?:,?[ ](?:דירה|קומה)[ ][0-9]{1,3})*"
    r"(?:,[ ][\p{Hebrew}][\p{Hebrew}'׳\-]*(?:[ ][\p{Hebrew}][\p{Hebrew}'׳\-]*){0,2})?"
)
"""A Hebrew street: its type (``רחוב``, ``רח'``, ``שדרות``, ``דרך``...), name and house number, the flat
or floor and the town after a comma (``רחוב הרצל 10, תל אביב``), after a one-letter prefix too (``לשד'``:
to the boulevard). Hebrew has no capitals for the street
pattern to read a name by."""
_HEBREW_POSTAL = regex.compile(
    r"(?<![\p{Hebrew}])[\p{Hebrew}][\p{Hebrew}\p{Mn}'׳\"״\-]*(?:[ ][\p{Hebrew}][\p{Hebrew}\p{Mn}'׳\"״\-]*){0,3}"
    r"[ ][0-9]{1,4}[א-ת]?(?![0-9]),[ ][\p{Hebrew}][\p{Hebrew}'׳\-]*(?:[ ][\p{Hebrew}][\p{Hebrew}'׳\-]*){0,2}"
    r",?[ ][0-9]{7}(?![0-9])"
)
"""A Hebrew street without its type: the name and house number, the town and the seven-digit postal
code after commas (``הזמיר 62, ברקת, 2200332``): the code says it is an address."""
_HEBREW_POSTAL_ANCHOR = re.compile(r"(?<![0-9])[0-9]{7}(?![0-9])")
_GREEK = regex.compile(
    r"(?<![\p{Greek}\p{M}])\p{Greek}[\p{Greek}\p{M}]+\.?(?:[ ]\p{Greek}[\p{Greek}\p{M}]*\.?){0,3}"
    r"[ ][0-9]{1,4}(?:-[0-9]{1,4})?[α-ωΑ-Ω]?(?![0-9]),{1,2}[ ](?:Τ\.?[ ]?Κ\.?[ ])?[0-9]{3}[ ]?[0-9]{2}(?![0-9])"
    r"[ ]\p{Lu}[\p{Greek}\p{M}]+(?:[ -]\p{Greek}[\p{Greek}\p{M}]+){0,2}"
)
"""A Greek street and house number, then the five-digit postal code (after ``ΤΚ``, the postal code's
label, or not) and the town (``Θηβαίων 21-29, ΤΚ 72200 Ηγουμενίτσα``, ``Λεωνιδίου 3, 32364 Άρτα``)."""
_GREEK_LETTER = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_GREEK_ANCHOR = re.compile(r"(?<![0-9])[0-9]{3} ?[0-9]{2}(?![0-9])")
_DEVANAGARI = regex.compile(
    r"(?<![\p{L}\p{M}0-9/])[0-9]{1,4}(?:/[0-9]{1,4})?,?[ ]\p{Devanagari}[\p{Devanagari}\p{M}]*"
    r"(?:[ ]\p{Devanagari}[\p{Devanagari}\p{M}]*){0,3},[ ]\p{Devanagari}[\p{Devanagari}\p{M}]*"
    r"(?:[ ]\p{Devanagari}[\p{Devanagari}\p{M}]*){0,2}(?:[ ]|[ ]?-[ ]?)[1-9][0-9]{5}(?![0-9])"
)
"""An Indian address in Devanagari: the house number, the street or locality, the town and the six-digit
PIN code (``12 कौल, आदिलाबाद 332245``, ``56/907 विजया आचार्य, इलाहाबाद-758584``)."""
_DEVANAGARI_LETTER = re.compile(r"[\u0900-\u097f]")
_PIN_ANCHOR = re.compile(r"(?<![0-9])[1-9][0-9]{5}(?![0-9])")
_TAIWANESE = regex.compile(
    rf"(?<![0-9])(?:[0-9]{{3,6}}[ ]?)?(?:\p{{Han}}{{1,6}}?[市縣])?(?:\p{{Han}}{{1,6}}?[區鄉鎮])?"
    rf"\p{{Han}}{{1,12}}?[路街道巷](?:{_DIGIT}{{1,2}}段|[一二三四五六七八九十]段)?(?:{_DIGIT}{{1,4}}巷)?(?:{_DIGIT}{{1,4}}弄)?"
    rf"{_DIGIT}{{1,5}}號(?:之{_DIGIT}{{1,3}})?(?:{_DIGIT}{{1,3}}樓(?:之{_DIGIT}{{1,3}})?)?"
)
"""A Taiwanese address, written in traditional characters: the postal code, city and district before
the road, lane and alley, and the number (``號``) and floor (``樓``) after it (``73642 南投正義巷3號0樓``,
``三重市五福路12號9樓``): a number before ``號`` after a road says it is one."""
_HEBREW_MARKS = ("רחוב", "רח'", "רח׳", "שדרות", "שד'", "שד׳", "שדרת", "דרך", "סמטת", "כיכר")
_HEBREW_ANCHOR = re.compile("|".join(re.escape(m) for m in _HEBREW_MARKS))

_THAI = regex.compile(
    r"(?<![\p{L}0-9/])[0-9]{1,4}(?:/[0-9]{1,4})?"
    r"(?:[ ](?:หมู่(?:ที่)?[ ]?[0-9]{1,3}|(?:ถ\.|ถนน|ซ\.|ซอย|ต\.|ตำบล|อ\.|อำเภอ|แขวง|เขต|จ\.|จังหวัด)[ ]?\p{Thai}+|\p{Thai}+)){1,6}"
    r"[ ][0-9]{5}(?![0-9])"
)
"""A Thai address: the house number, the village (``หมู่``), road or lane, sub-district, district and
province, then the five-digit postal code that ends it."""
_THAI_MARKER = regex.compile(r"หมู่|ถ\.|ถนน|ซ\.|ซอย|ต\.|ตำบล|อ\.|อำเภอ|แขวง|เขต|จ\.|จังหวัด")

_CL_NAME = r"\p{Lu}[\p{L}'’]+(?:[ ](?:de|del|la|las|los|\p{Lu}[\p{L}'’]+)){0,4}"
_CHILEAN = regex.compile(
    rf"(?<![\p{{L}}0-9])(?:(?:Calle|Avenida|Avda\.|Av\.|Pasaje|Psje\.)[ ])?{_CL_NAME}[ ][0-9]{{1,5}}(?![0-9])"
    r"(?:[ ](?:Dpto\.?|Depto\.?|Of\.?|Oficina|Casa|Block|Torre)[ ]?[0-9A-Z]{1,5})?"
    rf",[ ]{_CL_NAME},[ ]Región(?:[ ](?:de|del|de la))?[ ]{_CL_NAME}(?:,[ ][0-9]{{7}}(?![0-9]))?"
)
"""A Chilean address, its street named without a type (``Los Copihues 191``): the commune, then
``Región`` and its name, then the seven-digit postal code."""

_COLOMBIAN = regex.compile(
    r"(?<![\w])(?:(?:Avenida|Av\.?)[ ](?:[Cc]alle|[Cc]arrera)|Calle|Carrera|Diagonal|Transversal|Avenida|Circular"
    r"|Cl|Cll|Cra|Cr|Kr|Dg|Tv|Av|Ak|Ac)\.?[ ](?:[0-9]{1,3}[A-Z]?ª?(?:[ ]Bis)?(?:[ ][A-Z])?|\p{Lu}[\p{L}]+(?:[ ]\p{Lu}[\p{L}]+)?)"
    r"[ ]?(?:#|No\.?|N°|Nº)[ ]?[0-9]{1,3}[A-Z]?-[0-9]{1,3}(?![0-9])(?:[ ](?:Este|Sur|Norte|Oeste))?"
    r"(?:,?[ ](?i:Casa|Apto\.?|Apartamento|Local|Oficina|Of\.|Bodega|Interior|Int\.|Piso|Torre|Bloque)[ ][0-9A-Z-]{1,6})*"
    r"(?:,[ ][0-9]{6}(?![0-9])(?:,[ ]\p{Lu}[\p{L}]+(?:[ ]\p{Lu}[\p{L}]+){0,2}(?:,[ ]\p{Lu}[\p{L}]+(?:[ ]\p{Lu}[\p{L}]+){0,2})?)?)?"
)
"""A Colombian address: the street type and number, then ``#`` and the cross street and plot."""


_COLOMBIAN_GATES = (
    re.compile(r"#[ ]?[0-9]{1,3}[A-Z]?-[0-9]"),
    re.compile(r"N[o°º]\.?[ ]?[0-9]{1,3}[A-Z]?-[0-9]"),
)
"""What every Colombian address holds, each opening with a literal (the engine skips ahead by it):
a scan of the text with the address pattern itself cost 20 us per 2 KB document."""


_JAPANESE_ANCHOR = re.compile(r"丁目|番地|[0-9０-９]番|[0-9０-９][-－][0-9０-９]{1,4}[-－][0-9０-９]")
_CHINESE_ANCHOR = re.compile(r"[路街道巷弄][0-9０-９]|[座栋幢]|[0-9０-９]室|[0-9]{6}")
_KOREAN_ANCHOR = re.compile(r"(?:로|길|거리|[0-9]가)[ ]?[0-9]")
_CYRILLIC_ANCHOR = re.compile(r"(?:д|дом|буд|б)\.?[ ]?[0-9]|[\u0400-\u04ff],?[ ][0-9]")
_VIETNAMESE_ANCHOR = re.compile(r"[Pp]hường|[Xx]ã|[Tt]hị trấn")
_THAI_ANCHOR = re.compile(r"[\u0e00-\u0e7f][ ][0-9]{5}(?![0-9])")
"""Where each layout may be: what a match of it holds (a block number, a road and its number, a
house number after a street, a ward word, a Thai postal code). Each layout is matched only within
:data:`_REACH` characters around them: matched over a whole text, a Chinese text without an address
cost 1.8 ms per 2 KB, a Russian one 0.6 ms, a French one 0.1 ms."""
_REACH = 80


def _around(anchor: re.Pattern[str], pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern`` within :data:`_REACH` characters of a match of ``anchor`` (the
    windows of nearby anchors merged, so no match comes twice)."""
    windows: list[tuple[int, int]] = []
    for m in anchor.finditer(text):
        lo, hi = max(0, m.start() - _REACH), min(len(text), m.end() + _REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    for lo, hi in windows:
        yield from pattern.finditer(text, lo, hi)


_SCRIPTS = re.compile(r"[\u0400-\u04ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
"""A letter of one of the scripts read here (Cyrillic, Thai, kana, Han, Hangul): one scan tells a
French or German text that none of their layouts can be there."""
_JAPANESE_MARKS = ("丁目", "番")
_JAPANESE_TOWNS = ("市", "区", "町", "村", "郡")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_HEBREW_LETTER = re.compile(r"[\u0590-\u05ff]")
_TAIWANESE_ANCHOR = re.compile("號")
_THAI_LETTER = re.compile(r"[\u0e00-\u0e7f]")
_CHINESE_MARKS = ("路", "街", "道", "巷", "弄")
_CHINESE_NUMBERS = ("号", "座", "栋", "幢", "室")
_CYRILLIC_MARKS = tuple(
    sorted(
        {t for t in _CYRILLIC_TYPES.split("|") if len(t) > 4} | {f"{t}." for t in _CYRILLIC_TYPES.split("|")} | {"буд"}
    )
)
"""Cyrillic street types (and house words) one of which the lower-cased text must hold (a Russian
text without an address cost 0.7 ms per 2 KB when only a Cyrillic letter was asked for)."""
_KOREAN_MARKS = ("로 ", "길 ", "거리 ", "가 ")
_VIETNAMESE_MARKS = ("hường", "Xã", "xã", "hị trấn")


def script_addresses(text: str) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each address :mod:`this module <.address_scripts>` reads in ``text``."""
    if any(gate.search(text) is not None for gate in _COLOMBIAN_GATES):
        for m in _COLOMBIAN.finditer(text):
            yield m.span()
    if any(mark in text for mark in _JAPANESE_ROMAJI_MARKS):
        for m in _around(_JAPANESE_ROMAJI_ANCHOR, _JAPANESE_ROMAJI, text):
            yield m.span()
    if text.isascii():
        return
    if "Región" in text:
        for m in _CHILEAN.finditer(text):
            yield m.span()
    if any(mark in text for mark in _VIETNAMESE_MARKS):
        for m in _around(_VIETNAMESE_ANCHOR, _VIETNAMESE, text):
            yield m.span()
    if any(city in text for city in _VI_CITIES):
        for m in _around(_VIETNAMESE_CITY_ANCHOR, _VIETNAMESE_CITY, text):
            yield m.span()
    if any(mark in text for mark in _HEBREW_MARKS):
        for m in _around(_HEBREW_ANCHOR, _HEBREW, text):
            yield m.span()
    if _HEBREW_LETTER.search(text) is not None:
        for m in _around(_HEBREW_POSTAL_ANCHOR, _HEBREW_POSTAL, text):
            yield m.span()
    if _GREEK_LETTER.search(text) is not None:
        for m in _around(_GREEK_ANCHOR, _GREEK, text):
            yield m.span()
    if _DEVANAGARI_LETTER.search(text) is not None:
        for m in _around(_PIN_ANCHOR, _DEVANAGARI, text):
            yield m.span()
    if "號" in text:
        for m in _around(_TAIWANESE_ANCHOR, _TAIWANESE, text):
            yield m.span()
    if _SCRIPTS.search(text) is None:
        return
    if any(mark in text for mark in _JAPANESE_MARKS) or (
        ("-" in text or "－" in text) and any(town in text for town in _JAPANESE_TOWNS)  # 西新宿2-8-1
    ):
        for m in _around(_JAPANESE_ANCHOR, _JAPANESE, text):
            yield m.span()
    if any(mark in text for mark in _CHINESE_MARKS) and any(mark in text for mark in _CHINESE_NUMBERS):
        for m in _around(_CHINESE_ANCHOR, _CHINESE, text):
            if _CHINESE_ROAD_END.search(m.group()) is not None:
                yield m.span()
    if any(mark in text for mark in _KOREAN_MARKS):
        for m in _around(_KOREAN_ANCHOR, _KOREAN, text):
            yield m.span()
    if _CYRILLIC_LETTER.search(text) is not None:
        lower = text.lower()
        if any(mark in lower for mark in _CYRILLIC_MARKS):
            for m in _around(_CYRILLIC_ANCHOR, _CYRILLIC, text):
                yield m.span()
    if _THAI_LETTER.search(text) is not None:
        for m in _around(_THAI_ANCHOR, _THAI, text):
            if _THAI_MARKER.search(m.group()) is not None:
                yield m.span()
