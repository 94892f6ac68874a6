# ruff: noqa: RUF001  (the full-width colon and comma are what Chinese and Japanese text holds)
"""Names in Han, kana, Hangul, Cyrillic and Arabic prose, which the English model cannot read
(mask-spacy's ``other_scripts`` rules, run by the ``names`` detector), and sentences of those
languages without a name, which must come back untouched."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detector import Detector

from .conftest import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Chinese: an honorific or a title after the name, or an introduction or a role before it
        ("请联系张伟先生，他会处理退款。", "张伟"),
        ("感谢刘医生的耐心解答。", "刘"),
        ("王秀英女士，您好！", "王秀英"),
        ("今天下午和李总开会。", "李"),
        ("客户张伟反映包裹还没有收到。", "张伟"),
        ("我叫李娜，想咨询一下续费。", "李娜"),
        ("工单：用户陳志明說無法登入。", "陳志明"),
        ("联系人夏天佑，电话稍后补充。", "夏天佑"),
        # Japanese: before さん, 様, 氏, 先生, と申します; a known family and given name
        ("田中さんから電話がありました。", "田中"),
        ("阿部様より返品のご依頼がありました。", "阿部"),
        ("中村さんも参加します。", "中村"),
        ("桑原 隼人様\nいつもお世話になっております。", "桑原 隼人"),
        ("はじめまして、久保と申します。", "久保"),
        ("マイケルさん、資料の確認をお願いします。", "マイケル"),
        ("担当は佐藤太郎です。", "佐藤太郎"),
        # Korean: before 씨, 님, a title with 님; a known full name before a particle
        ("김민수 씨에게 연락하세요.", "김민수"),
        ("안녕하세요 이명숙님, 답변 드립니다.", "이명숙"),
        ("오늘 회의에는 노우현 과장님이 참석합니다.", "노우현"),
        ("박지영에게 견적서를 보내 주세요.", "박지영"),
        # Cyrillic: a first name with a surname or a patronymic, either order, any case
        ("Клиент Иван Петров просит вернуть деньги.", "Иван Петров"),
        ("Петров Иван Сергеевич подписал договор.", "Петров Иван Сергеевич"),
        ("Передайте документы Анне Ивановой.", "Анне Ивановой"),
        ("Звонила Марина Сидоренко, вопрос по счёту.", "Марина Сидоренко"),
        ("Данькевич Світлана Опанасівна підтвердила зустріч.", "Данькевич Світлана Опанасівна"),
        ("Никифор Заречный подтвердил встречу.", "Никифор Заречный"),
        # Arabic: after a title or a role, or a known first name before a family name
        ("عميلنا أحمد الشمري طلب استرداد", "أحمد الشمري"),
        ("السيد محمد علي الحسيني اتصل بخصوص الفاتورة.", "محمد علي الحسيني"),
        ("الدكتورة محيي الدّين الدوسري ستستقبل المريض.", "محيي الدّين الدوسري"),
        ("تحدثت مع خالد القحطاني حول موعد التسليم.", "خالد القحطاني"),
        ("يرجى إرسال العقد إلى سارة آل الشيخ قبل نهاية الأسبوع.", "سارة آل الشيخ"),
    ],
)
def test_name_found(rules: Detector, text: str, name: str) -> None:
    assert name in people(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # Chinese: surname-like words before a title, 总 opening a word, no name at all
        "请各位老师在周五前提交季度总结。",
        "对方律师已经确认收到货款。",
        "任何医生都可以开这个处方。",
        "历史老师明天请假。",
        "同时对总内存用量作图。",
        "传入的向量總和過大。",
        "高明的方案，周末再讨论金额。",
        "用户信息已更新，客户方面的要求也已满足。",
        "这位先生请到三楼办理手续。",
        "北京到上海的高铁每天有二十班。",
        # Japanese: honorifics after words that name no one, 様 in a word
        "お客様各位、いつもご利用いただきありがとうございます。",
        "皆さん、会議室は三階に変更になりました。",
        "仕様書の第二版を共有フォルダに保存しました。",
        "同様のエラーが発生した場合はご連絡ください。",
        "ご担当者様、お見積もりの件でご連絡いたします。",
        "ユーザーさんからの要望で機能を追加しました。",
        "お父さんとお母さんによろしくお伝えください。",
        "山田商事様との契約を更新しました。",
        "メタ情報仕様をサポートするアプリ。",
        # Korean: roles before 님, -자 nouns, ordinary words
        "고객님, 문의해 주셔서 감사합니다.",
        "이용자님께서 요청하신 자료를 첨부합니다.",
        "박사님 강연은 오후 두 시에 시작합니다.",
        "형식 지정자가 너무 많습니다.",
        "홍보팀 과장님께 전달했습니다.",
        "오늘 날씨가 정말 좋네요.",
        # Cyrillic: capitalised adjectives and nouns, first names that are words
        "Московский Государственный Университет объявил набор на курсы.",
        "Российская Федерация и Республика Казахстан подписали соглашение.",
        "Слава Богу, всё обошлось.",
        "Вера в успех помогает команде.",
        "Красная Площадь закрыта до понедельника.",
        "Поезд Санкт-Петербург — Нижний Новгород отправляется в 12:15.",
        "Склад в Ростове-на-Дону работает без выходных.",
        # Arabic: words after a title that are no name, adjectives that end like family names
        "ستستقبل المريض يوم الأحد.",
        "الرجاء تحديث البريد الإلكتروني الشخصي في الحساب.",
        "السعر الحالي للمنتج مئة ريال شامل الضريبة.",
        "نور الشمس يدخل الغرفة في الصباح.",
        "الدعم الفني متاح على مدار الساعة.",
    ],
)
def test_harmless_untouched(rules: Detector, text: str) -> None:
    assert people(rules, text) == set()


def test_latin_text_costs_nothing_new(rules: Detector) -> None:
    """An ASCII or Latin text reaches no rule of this module (its names come from the others)."""
    from mask.plugins.spacy.other_scripts import find_other_script_names

    assert find_other_script_names("Customer John Smith asked for a refund.") == []
    assert find_other_script_names("Señor José Núñez llamó el lunes.") == []
    assert people(rules, "Customer John Smith asked for a refund.") == {"John Smith"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("请联系张伟先生，他会处理退款。", "张伟"),
        ("田中さんから電話がありました。", "田中"),
        ("김민수 씨에게 연락하세요.", "김민수"),
        ("Клиент Иван Петров просит вернуть деньги.", "Петров"),
        ("عميلنا أحمد الشمري طلب استرداد", "الشمري"),
    ],
)
def test_protected_end_to_end(ner_mask: Mask, text: str, name: str) -> None:
    out = ner_mask.protect(text)
    assert name not in out
    assert ner_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "您的订单已于3月5日发货，预计三天内送达。",
        "ご注文の商品は3月5日に発送予定です。",
        "주문하신 상품은 3월 5일에 발송됩니다.",
        "تم شحن طلبك وسيصل خلال ثلاثة أيام.",
    ],
)
def test_harmless_unchanged_end_to_end(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text
