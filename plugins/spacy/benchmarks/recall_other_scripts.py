# ruff: noqa: RUF001  (full-width punctuation is what Chinese and Japanese text holds)
"""PERSON recall and harmless texts altered for names in Han, kana, Hangul, Cyrillic and Arabic.

Usage: python plugins/spacy/benchmarks/recall_other_scripts.py [--n 200] [--seed 7] [--examples 3] [--messages]

For each script, ``n`` sentences from our own templates (a support ticket, a chat line, an
e-mail greeting, a call note...) hold one name, and ``n`` harmless sentences of the same
language (dates, products, places, amounts, no person). Half of the names are Faker's of the
matching locale (``seen``: the rules' name lists come from the same Faker, so recall there is
optimistic), half are made of parts the lists do not hold (``unseen``: given names and family
names written for this benchmark). A name counts as found when ``protect`` leaves none of it
in clear (the spans cover all its characters); a harmless sentence counts as altered when
``protect`` changes it. No public NER data set is used. Run it with ``PYTHONPATH`` pointing
at another checkout to get the figures before a change.

``--messages`` also counts the rules' hits on the translated messages of the programs installed
here (``/usr/share/locale/<lang>/LC_MESSAGES/*.mo``, ISO code lists left out): program text in
those languages that names no one (the messages differ from one machine to another).
"""

from __future__ import annotations

import argparse
import gettext
import random
from collections.abc import Callable
from pathlib import Path

from faker import Faker

from mask.core import Mask


def _words(text: str) -> list[str]:
    return text.split()


# --- names ----------------------------------------------------------------------------------

ZH_UNSEEN_GIVEN = _words(
    "子涵 思远 浩然 雨桐 梓萱 一鸣 嘉怡 晓东 宏伟 静怡 天佑 若溪 俊熙 文博 欣然 志远 佳琪 明轩 诗涵 子墨"
)
JA_UNSEEN_LAST = _words("松井 大野 今井 千葉 桑原 杉山 野口 菅原 久保 河野 北村 望月 川口 平野 丸山 浅野 飯田 熊谷")
JA_UNSEEN_FIRST = _words("大輔 美咲 拓海 優花 健太 彩 悠斗 由美 誠 恵子 慎也 真由美 隼人 愛 大翔 葵")
JA_KATAKANA = _words("マイケル スミス ジョン エミリー アンナ トーマス サラ デビッド マリア ケビン")
KO_UNSEEN_GIVEN = _words("하준 다은 태윤 소율 시현 재민 유나 도훈 가은 한결 세아 은호 나연 지성 채은 우현")
RU_UNSEEN_LAST = _words(
    "Белоусов Карпенко Лысенко Гладков Шаповалов Ковальчук Демченко Рябинин Сорокина Белкина Журавлёва Тихонова "
    "Заречный Полянская Горецкий Мартынюк Савчук Осипенко"
)
AR_UNSEEN_LAST = _words("الزهراني القحطاني الدوسري العتيبي المطيري الغامدي الشهري الحربي السبيعي البلوشي الكعبي المري")


def _zh(rng: random.Random, fakes: list[Faker]) -> tuple[str, bool]:
    fake = rng.choice(fakes)
    if rng.random() < 0.5:
        return fake.name(), True
    return fake.last_name() + rng.choice(ZH_UNSEEN_GIVEN), False


def _ja(rng: random.Random, fakes: list[Faker]) -> tuple[str, bool]:
    fake = fakes[0]
    roll = rng.random()
    if roll < 0.45:
        return (fake.last_name() if rng.random() < 0.5 else fake.name().replace(" ", rng.choice(["", " "]))), True
    if roll < 0.9:
        last = rng.choice(JA_UNSEEN_LAST)
        return (last if rng.random() < 0.5 else last + rng.choice(["", " "]) + rng.choice(JA_UNSEEN_FIRST)), False
    return rng.choice(JA_KATAKANA), False


def _ko(rng: random.Random, fakes: list[Faker]) -> tuple[str, bool]:
    fake = fakes[0]
    if rng.random() < 0.5:
        return fake.name(), True
    return fake.last_name() + rng.choice(KO_UNSEEN_GIVEN), False


def _ru(rng: random.Random, fakes: list[Faker]) -> tuple[str, bool]:
    fake = rng.choice(fakes)
    female = rng.random() < 0.5
    first = fake.first_name_female() if female else fake.first_name_male()
    if rng.random() < 0.5:
        last = fake.last_name_female() if female else fake.last_name_male()
        if rng.random() < 0.3 and hasattr(fake, "middle_name_male"):
            middle = fake.middle_name_female() if female else fake.middle_name_male()
            return f"{last} {first} {middle}", True
        return f"{first} {last}", True
    last = rng.choice([w for w in RU_UNSEEN_LAST if w.endswith(("а", "я", "ая")) == female] or RU_UNSEEN_LAST)
    return f"{first} {last}", False


def _ar(rng: random.Random, fakes: list[Faker]) -> tuple[str, bool]:
    fake = rng.choice(fakes)
    if rng.random() < 0.5:
        return f"{fake.first_name()} {fake.last_name()}", True
    return f"{fake.first_name()} {rng.choice(AR_UNSEEN_LAST)}", False


LOCALES = {
    "zh": ("zh_CN", "zh_TW"),
    "ja": ("ja_JP",),
    "ko": ("ko_KR",),
    "ru": ("ru_RU", "uk_UA", "bg_BG"),
    "ar": ("ar_AA", "ar_SA", "ar_PS"),
}
MAKERS: dict[str, Callable[[random.Random, list[Faker]], tuple[str, bool]]] = {
    "zh": _zh,
    "ja": _ja,
    "ko": _ko,
    "ru": _ru,
    "ar": _ar,
}

TEMPLATES = {
    "zh": [
        "请联系{name}先生，他会处理退款。",
        "客户{name}反映订单号 {n5} 的包裹还没有收到。",
        "{name}女士，您好！您的预约已确认为{month}月{day}日。",
        "来电记录：{name}经理来电，询问发票的进度。",
        "我叫{name}，想咨询一下会员续费的问题。",
        "工单 #{n4}：用户{name}说无法登录，已转技术部。",
        "尊敬的{name}老师：附件是本学期的课程安排。",
        "患者{name}于{month}月{day}日复诊，血压正常。",
        "今天下午三点和{name}总开会，讨论第三季度预算。",
        "联系人{name}，电话稍后补充。",
    ],
    "ja": [
        "{name}さんから電話がありました。",
        "{name}様\n\nいつもお世話になっております。ご注文の商品を発送いたしました。",
        "お問い合わせ番号{n4}：{name}様より返品のご依頼がありました。",
        "明日の打ち合わせには{name}さんも参加します。",
        "{name}先生の診察は{month}月{day}日の午後です。",
        "はじめまして、{name}と申します。よろしくお願いいたします。",
        "【通話メモ】{name}氏より、請求書の再発行について問い合わせ。",
        "チャット：{name}さん、資料の確認をお願いします。",
        "担当の{name}さんが不在のため、折り返しご連絡いたします。",
    ],
    "ko": [
        "{name} 씨에게 연락하세요.",
        "{name} 고객님, 주문하신 상품이 발송되었습니다.",
        "안녕하세요 {name}님, 문의하신 내용에 답변 드립니다.",
        "통화 메모: {name} 씨가 환불을 요청했습니다.",
        "오늘 회의에는 {name} 과장님이 참석합니다.",
        "{name}에게 견적서를 보내 주세요.",
        "문의 번호 {n4}: {name}님의 계정이 잠겼습니다.",
        "{name} 선생님, 다음 진료는 {month}월 {day}일입니다.",
        "채팅 상담: {name} 고객님이 배송 지연을 문의하셨습니다.",
    ],
    "ru": [
        "Клиент {name} просит вернуть деньги.",
        "Здравствуйте, {name}! Ваш заказ № {n5} отправлен.",
        "Заметка о звонке: звонил(а) {name}, вопрос по счёту.",
        "Заявка {n4}: {name} не может войти в личный кабинет.",
        "{name} подтвердил(а) встречу на {day}.{month:02d}.",
        "Уважаемый(ая) {name}, благодарим за обращение.",
        "Пациент {name} записан на приём к терапевту.",
        "Договор подписан, со стороны заказчика — {name}.",
        "Чат: {name}, пришлите, пожалуйста, фото чека.",
    ],
    "ar": [
        "عميلنا {name} طلب استرداد المبلغ.",
        "السيد {name} اتصل بخصوص الفاتورة رقم {n4}.",
        "مرحبا {name}، تم شحن طلبك اليوم.",
        "ملاحظة المكالمة: تحدثت مع {name} حول موعد التسليم.",
        "تذكرة {n4}: أبلغ {name} عن مشكلة في تسجيل الدخول.",
        "الدكتورة {name} ستستقبل المريض يوم الأحد.",
        "يرجى إرسال العقد إلى {name} قبل نهاية الأسبوع.",
        "أكد {name} حضوره الاجتماع في الساعة العاشرة.",
        "العميل {name} يسأل عن حالة الطلب {n5}.",
    ],
}

HARMLESS = {
    "zh": [
        "您的订单 {n5} 已于{month}月{day}日发货，预计三天内送达。",
        "本周末天气晴，最高气温{t}度，适合户外活动。",
        "系统将于今晚十点进行维护，预计持续两小时。",
        "发票金额为 {price} 元，请在{month}月{day}日前付款。",
        "新版本修复了登录失败的问题，并提升了加载速度。",
        "北京到上海的高铁每天有{n}班，二等座票价 {price} 元。",
        "感谢您的耐心等待，我们会尽快处理您的申请。",
        "会议改到下周三上午，地点在三楼会议室。",
        "产品保修期为{n}年，详情请查看说明书。",
        "客户服务热线工作时间为早上九点到晚上六点。",
        "用户数量比去年增长了百分之{n}。",
        "请各位同事在周五前提交季度总结。",
        "对方已经确认收到货款，合同正式生效。",
        "任何问题都可以在工作时间联系客服。",
        "历史记录显示该账户在{month}月有两次登录。",
    ],
    "ja": [
        "ご注文の商品は{month}月{day}日に発送予定です。",
        "明日は東京で雨が降る見込みです。最高気温は{t}度です。",
        "システムメンテナンスのため、今夜十時から二時間停止します。",
        "お客様各位、いつもご利用いただきありがとうございます。",
        "皆さん、会議室は三階に変更になりました。",
        "仕様書の第{n}版を共有フォルダに保存しました。",
        "請求金額は{price}円です。お支払い期限は{month}月{day}日です。",
        "新しいバージョンではログインの不具合が修正されました。",
        "大阪行きの新幹線は{n}分遅れています。",
        "ご担当者様、お見積もりの件でご連絡いたします。",
        "同様のエラーが発生した場合はサポートまでご連絡ください。",
        "ユーザーさんからの要望で機能を追加しました。",
        "お父さんとお母さんによろしくお伝えください。",
        "保証期間は購入日から{n}年間です。",
        "在庫は残り{n}個です。お早めにご注文ください。",
    ],
    "ko": [
        "주문하신 상품은 {month}월 {day}일에 발송됩니다.",
        "내일 서울은 비가 오겠습니다. 최고 기온은 {t}도입니다.",
        "시스템 점검으로 오늘 밤 10시부터 두 시간 동안 서비스가 중단됩니다.",
        "고객님, 문의해 주셔서 감사합니다.",
        "회원님의 비밀번호가 변경되었습니다.",
        "결제 금액은 {price}원이며 {month}월 {day}일까지 납부해 주세요.",
        "새 버전에서는 로그인 오류가 수정되었습니다.",
        "이용자님께서 요청하신 자료를 첨부합니다.",
        "부산행 열차가 {n}분 지연되고 있습니다.",
        "오늘 날씨가 정말 좋네요.",
        "전체 직원 회의는 다음 주 수요일입니다.",
        "박사님 강연은 오후 두 시에 시작합니다.",
        "재고가 {n}개 남았습니다. 서둘러 주문하세요.",
        "손님 여러분, 잠시 후 매장이 문을 닫습니다.",
        "정수 값을 입력하세요. 최소 {n}, 최대 {n4}.",
    ],
    "ru": [
        "Ваш заказ № {n5} отправлен {day}.{month:02d} и прибудет через три дня.",
        "Завтра в Москве дождь, до +{t} градусов.",
        "Плановые работы на сервере начнутся в 22:00 по Москве.",
        "Сумма к оплате: {price} руб. Срок оплаты — {day}.{month:02d}.",
        "В новой версии исправлена ошибка входа в систему.",
        "Поезд Санкт-Петербург — Нижний Новгород отправляется в {t}:15.",
        "Московский Государственный Университет объявил набор на курсы.",
        "Российская Федерация и Республика Казахстан подписали соглашение.",
        "Склад в Ростове-на-Дону работает без выходных.",
        "Гарантия на товар составляет {n} года.",
        "Спасибо за обращение! Мы ответим в течение суток.",
        "Слава Богу, всё обошлось.",
        "Вера в успех помогает команде.",
        "Красная Площадь закрыта для посещения до {day}.{month:02d}.",
        "Офис переехал на Невский проспект, дом {n}.",
    ],
    "ar": [
        "تم شحن طلبك رقم {n5} وسيصل خلال ثلاثة أيام.",
        "الطقس غدا في الرياض مشمس ودرجة الحرارة {t} درجة.",
        "ستتوقف الخدمة للصيانة الليلة من الساعة العاشرة.",
        "المبلغ المستحق {price} ريال ويجب دفعه قبل نهاية الشهر.",
        "تم إصلاح مشكلة تسجيل الدخول في الإصدار الجديد.",
        "شكرا لتواصلك معنا، سنرد عليك في أقرب وقت.",
        "الاجتماع الشهري يوم الأحد في قاعة الاجتماعات الرئيسية.",
        "مدة الضمان {n} سنوات من تاريخ الشراء.",
        "الرجاء تحديث البريد الإلكتروني الشخصي في الحساب.",
        "عزيزي العميل، تم تفعيل حسابك بنجاح.",
        "السعر الحالي للمنتج {price} ريال شامل الضريبة.",
        "يمكنك متابعة الطلب من خلال التطبيق الرسمي.",
        "نور الشمس يدخل الغرفة في الصباح.",
        "الدعم الفني متاح على مدار الساعة.",
        "تبقى {n} قطع فقط في المخزون.",
    ],
}


def _fill(rng: random.Random, template: str, **values: str) -> str:
    return template.format(
        n=rng.randint(2, 9),
        n4=rng.randint(1000, 9999),
        n5=rng.randint(10000, 99999),
        month=rng.randint(1, 12),
        day=rng.randint(1, 28),
        t=rng.randint(10, 35),
        price=f"{rng.randint(10, 9999)}.{rng.randint(0, 99):02d}",
        **values,
    )


def corpus(script: str, n: int, seed: int) -> tuple[list[tuple[str, str, bool]], list[str]]:
    """``n`` (text, name, seen) records and ``n`` harmless texts of ``script``."""
    rng = random.Random(seed)
    Faker.seed(seed)
    fakes = [Faker(locale) for locale in LOCALES[script]]
    maker = MAKERS[script]
    named = []
    for k in range(n):
        name, seen = maker(rng, fakes)
        template = TEMPLATES[script][k % len(TEMPLATES[script])]
        named.append((_fill(rng, template, name=name), name, seen))
    pool = HARMLESS[script]
    harmless = [
        ("" if script in ("zh", "ja") else " ").join(
            _fill(rng, t) for t in (pool[k % len(pool)], *rng.sample(pool, rng.randint(0, 2)))
        )
        for k in range(n)
    ]
    return named, harmless


def covered(text: str, name: str, spans: list) -> bool:
    start = text.index(name)
    chars = {i for s in spans for i in range(s.start, s.end)}
    return all(i in chars for i in range(start, start + len(name)) if not text[i].isspace())


MESSAGE_LANGUAGES = {"zh": ("zh_CN", "zh_TW"), "ja": ("ja",), "ko": ("ko",), "ru": ("ru", "uk", "bg"), "ar": ("ar",)}


def locale_messages(script: str) -> list[str]:
    """The distinct translated messages of ``script``'s languages in ``/usr/share/locale``."""
    out: set[str] = set()
    for lang in MESSAGE_LANGUAGES[script]:
        for path in sorted(Path("/usr/share/locale", lang, "LC_MESSAGES").glob("*.mo")):
            if path.name.startswith("iso_"):
                continue
            try:
                with path.open("rb") as fp:
                    catalog = gettext.GNUTranslations(fp)._catalog  # type: ignore[attr-defined]
            except (OSError, UnicodeDecodeError):
                continue
            out.update(v for k, v in catalog.items() if k and isinstance(v, str) and v.strip())
    return sorted(out)


def message_hits(examples: int) -> None:
    from mask.plugins.spacy.other_scripts import find_other_script_names

    for script in TEMPLATES:
        messages = locale_messages(script)
        hits = [(t, s) for t in messages for s in find_other_script_names(t)]
        print(f"{script:8} {len(hits):>5} PERSON hits in {len(messages)} program messages")
        for text, span in hits[:examples]:
            print(f"   {text[max(0, span.start - 15) : span.start]}[{text[span.start : span.end]}]", end="")
            print(text[span.end : span.end + 10].replace("\n", " "))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--examples", type=int, default=0, help="print this many misses and alterations per script")
    parser.add_argument("--messages", action="store_true", help="also count hits on installed program messages")
    args = parser.parse_args()
    if args.messages:
        message_hits(args.examples)
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "detectors": {"nlp_processes": 1}})
    print(f"{'script':8} {'recall':>8} {'seen':>8} {'unseen':>8} {'altered':>9}")
    for script in TEMPLATES:
        named, harmless = corpus(script, args.n, args.seed)
        spans = m.scan([t for t, _, _ in named])
        hits = [covered(t, name, s) for (t, name, _), s in zip(named, spans, strict=True)]
        seen = [h for h, (_, _, was_seen) in zip(hits, named, strict=True) if was_seen]
        unseen = [h for h, (_, _, was_seen) in zip(hits, named, strict=True) if not was_seen]
        altered = [t for t in harmless if m.protect(t) != t]
        print(
            f"{script:8} {sum(hits):>4}/{len(hits):<3} {sum(seen):>4}/{len(seen):<3} {sum(unseen):>4}/{len(unseen):<3}"
            f" {len(altered):>5}/{len(harmless)}"
        )
        if args.examples:
            misses = [t for h, (t, _, _) in zip(hits, named, strict=True) if not h]
            for text in misses[: args.examples]:
                print("   miss:", text.replace("\n", " / "))
            for text in altered[: args.examples]:
                print("   altered:", m.protect(text).replace("\n", " / "))
    m.close()


if __name__ == "__main__":
    main()
