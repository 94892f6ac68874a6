# ruff: noqa: RUF001, RUF002  (Han, kana, Hangul, Cyrillic and Arabic words are what this module reads)
"""PERSON names in Han, kana, Hangul, Cyrillic, Arabic, Devanagari, Thai, Hebrew and Greek text,
which the English model cannot read.

Called by :class:`~.names.NameRulesDetector` for texts that hold one of these scripts (an ASCII
or Latin text costs one ``isascii`` and one search). Each rule wants a sign that a person is
meant; a surname and a given name side by side without one (``高明``, ``周末``) are no name:

- Chinese (a line without kana): a surname (:func:`~.wordlists.other_names`, Faker zh_CN and
  zh_TW) and up to two Han characters before an honorific or a title (``张伟先生``, ``王经理``,
  ``李总``); a common surname and one or two characters after an introduction or a role
  (``我叫``, ``客户``, ``联系人``, ``患者``, ``用户``...) when a particle, a verb or a punctuation
  mark follows (``客户张伟说``, ``我叫李娜。``); a surname and a given name written alone in a line
  of Latin-script words (``Customer 何家宏 wants a callback``: the only Han word of an English
  line). Words that read like a surname and a name (``任何``, ``对方``, ``历史``) are left.
- Japanese: one to four kanji or a katakana word before ``さん``, ``様``, ``さま``, ``氏``,
  ``くん``, ``ちゃん``, ``先生``, ``殿`` (not ``皆さん``, ``お客様``, ``仕様``, ``担当者様``,
  ``ユーザーさん``, a company's ``商事様``), before ``と申します``, and a known family name
  followed by a known given name (``佐藤 太郎``).
- Korean: a surname and two syllables (one before ``씨``; three after ``남궁``...) before ``씨``,
  ``님``, ``선생님``, ``고객님`` or a title with ``님`` (``김민수 씨``, ``박지영 과장님``; not
  ``고객님``, ``이용자님``, ``박사님``), and a known surname with a known given name, alone or
  before a particle (``김민수에게``).
- Cyrillic (Russian, Ukrainian, Bulgarian): two or three capitalised words that pair a known
  first name (any case ending: ``Ивану``, ``Анной``) with a surname (known, or ending in
  ``-ов``, ``-ева``, ``-ин``, ``-ский``, ``-енко``, ``-чук``...) or a patronymic (``-ович``,
  ``-овна``, ``-ична``), in either order (``Петров Иван Сергеевич``); one such word after a
  title or a role (``г-н Петров``, ``клиент Сидоренко``).
- Arabic: the words after a title or a role (``السيد``, ``الدكتورة``, ``العميل``, ``عميلنا``,
  ``اسمي``...), and a known first name followed by a family name (a known one, an ``ال``
  name ending in ``ي`` such as ``الشمري``, or ``آل``/``أبو``/``بن`` and a word).
- Devanagari, Thai, Hebrew, Greek: one or two words after an introduction or a title
  (``मेरा नाम राहुल शर्मा है``, ``ผมชื่อ สมชาย ใจดี``, ``นางสาว สุดา แก้วมณี``, ``שמי דוד כהן``,
  ``κ. Γιώργο Παπαδόπουλε``).
"""

from __future__ import annotations

from functools import cache

import regex

from mask.core.spans import Span

from .lines import line_around
from .wordlists import other_names, word_set

__all__ = ["find_names_in_latin_lines", "find_other_script_names"]

SCORE_HONORIFIC = 0.8
SCORE_CONTEXT = 0.7
SCORE_KNOWN = 0.75

_SCRIPTS = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Cyrillic}\p{Arabic}\p{Devanagari}\p{Thai}\p{Hebrew}\p{Greek}]"
)
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
_HAN = regex.compile(r"\p{Han}")
_HANGUL = regex.compile(r"\p{Hangul}")
_CYRILLIC_UPPER = regex.compile(r"[\p{Cyrillic}&&\p{Lu}]", regex.V1)
_ARABIC = regex.compile(r"\p{Arabic}")


def find_other_script_names(text: str) -> list[Span]:
    """PERSON spans of the rules above in ``text`` (nothing for a text without these scripts)."""
    if text.isascii():
        return []
    first = _SCRIPTS.search(text)
    if first is None:
        return []
    at = first.start()
    out: list[Span] = []
    kana = _KANA.search(text, at) is not None
    if kana or _HAN.search(text, at) is not None:
        out += _japanese(text) if kana else []
        out += _chinese(text)
        out += _japanese_full_names(text)
    if _HANGUL.search(text, at) is not None:
        out += _korean(text)
    if _CYRILLIC_UPPER.search(text, at) is not None:
        out += _cyrillic(text)
    if _ARABIC.search(text, at) is not None:
        out += _arabic(text)
    if _INTRO_SCRIPTS.search(text, at) is not None:
        out += _introduced(text)
    return _distinct(out)


# --- Devanagari, Thai, Hebrew, Greek: the words after an introduction or a title ---------------

_INTRO_SCRIPTS = regex.compile(r"[\p{Devanagari}\p{Thai}\p{Hebrew}\p{Greek}]")
_INTRODUCED = regex.compile(
    # Hindi: मेरा नाम X है (my name is X); Thai: ผม/ฉัน/ดิฉันชื่อ X, a title (นาย, นาง, นางสาว) and X;
    # Hebrew: שמי X (my name is), קוראים לי X (I am called); Greek: κ./κα/κυρία/κύριε X (Mr, Mrs)
    r"(?:मेरा[ ]नाम[ ](?P<hi>\p{Devanagari}+(?:[ ]\p{Devanagari}+)?)[ ](?:है|हैं)"
    r"|(?:(?:ผม|ฉัน|ดิฉัน|หนู)ชื่อ[ ]?|(?<!\p{Thai})ชื่อ[ ])(?:(?:นาย|นางสาว|นาง)[ ]?)?(?P<th>\p{Thai}+(?:[ ]\p{Thai}+)?)"
    r"|(?<![\p{Thai}])(?:นาย|นางสาว|นาง)[ ](?P<th2>\p{Thai}+[ ]\p{Thai}+)"
    r"|(?:שמי|קוראים[ ]לי)[ ](?P<he>\p{Hebrew}+(?:[ ]\p{Hebrew}+)?)"
    r"|(?<![\p{L}])(?:κ\.|κα\.?|κυρία|κύριε|κύριος|Κυρία|Κύριε|Κύριος)[ ](?P<el>[\p{Greek}&&\p{Lu}][\p{Greek}&&\p{Ll}]+"
    r"(?:[ ][\p{Greek}&&\p{Lu}][\p{Greek}&&\p{Ll}]+)?))",
    regex.V1,
)
"""An introduction or a title before a name in Hindi, Thai, Hebrew or Greek; the name is one or
two words of the same script (a Thai name's given and family names; in Thai, a word of the rest
of the sentence may follow the two)."""
_THAI_NOT_NAMES = ("เบอร์", "โทร", "ที่อยู่", "อีเมล", "ผู้รับ", "ลูกค้า")
"""How Thai words after ``ชื่อ`` that are a field's or a phrase's open, not a name's (phone, address...)."""


def _introduced(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _INTRODUCED.finditer(text):
        group = next(g for g in ("hi", "th", "th2", "he", "el") if m.group(g) is not None)
        start, end = m.span(group)
        if group in ("th", "th2"):
            words = m.group(group).split(" ")
            if words[0].startswith(_THAI_NOT_NAMES):
                continue
            if len(words) == 2 and words[1].startswith(_THAI_NOT_NAMES):
                end = start + len(words[0])
        out.append(Span(start, end, "PERSON", SCORE_CONTEXT, "names"))
    return out


def find_names_in_latin_lines(text: str) -> list[Span]:
    """PERSON spans of a name written in another script alone in a line of Latin-script words
    (``The refund was approved for מרים אוחנה``, ``Customer 강명자 wants a callback``), which
    neither the English model nor the rules above read: two or three words of Greek (each
    capitalised), Hebrew, Arabic, Devanagari or Thai letters, or a Korean surname and a given
    name; the only words of that script on the line and not in quotes (``the word "שלום"``)."""
    if text.isascii() or _LATIN_WORD.search(text) is None:
        return []
    out: list[Span] = []
    for m in _FOREIGN_RUN.finditer(text):
        start, end = m.span()
        line = line_around(text, start)
        if len(_LATIN_WORDS.findall(line)) < 2 or len(_FOREIGN_WORD.findall(line)) != len(m.group().split()):
            continue  # a line of that script, or with more of its words: no name set in English prose
        if text[start - 1 : start] in _QUOTES or text[end : end + 1] in _QUOTES:
            continue
        words = m.group().split()
        if m.group("greek") is not None and not all(w[0].isupper() for w in words):
            continue
        if m.group("hangul") is not None and (_ko_surname(words[0]) == 0 or len(words[0]) not in (2, 3, 4)):
            continue
        out.append(Span(start, end, "PERSON", SCORE_CONTEXT, "names"))
    return out


_GREEK_WORD = r"[\p{Greek}&&\p{L}][\p{Greek}\p{M}-]*"
_OTHER_WORD = (
    r"[\p{Hebrew}\p{Arabic}\p{Devanagari}\p{Thai}&&\p{L}][\p{Hebrew}\p{Arabic}\p{Devanagari}\p{Thai}\p{M}'׳-]*"
)
_FOREIGN_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:(?P<greek>{_GREEK_WORD}(?:[ ]{_GREEK_WORD}){{1,2}})"
    rf"|(?P<other>{_OTHER_WORD}(?:[ ]{_OTHER_WORD}){{1,2}})|(?P<hangul>\p{{Hangul}}{{2,4}}))(?![\p{{L}}\p{{M}}])",
    regex.V1,
)
_FOREIGN_WORD = regex.compile(
    r"[\p{Greek}\p{Hebrew}\p{Arabic}\p{Devanagari}\p{Thai}\p{Hangul}][\p{Greek}\p{Hebrew}\p{Arabic}\p{Devanagari}"
    r"\p{Thai}\p{Hangul}\p{M}'׳-]*",
    regex.V1,
)
_LATIN_WORDS = regex.compile(r"(?<![\p{L}])[A-Za-z]{2,}")


def _distinct(spans: list[Span]) -> list[Span]:
    """``spans`` without those inside a longer one (two rules reading the same name)."""
    spans.sort(key=lambda s: (s.start, -s.end))
    out: list[Span] = []
    for s in spans:
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return out


# --- Chinese ---------------------------------------------------------------------------------

ZH_COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄吴赵周徐孙马朱胡林郭何高罗郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟"
    "姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严赖覃洪武莫孔汤向常温康施"
    "庄游莊陳黃張吳劉楊許鄭謝鄧馮韓蕭葉蔣蘇呂盧鍾譚賈鄒閻賀顧龔錢嚴賴湯"
)
"""The surnames of most Chinese (Faker's zh_CN list runs by frequency; its first 120 and their
traditional forms): after an introduction only these count, the rarer ones (``信``, ``来``,
``方``...) being ordinary characters too often."""

_ZH_HONORIFIC = regex.compile(
    r"(?:先生|女士|小姐|老师|老師|经理|經理|医生|醫生|大夫|教授|同学|同學|主任|律师|律師|博士|师傅|師傅|护士|護士"
    r"|工程师|工程師|总监|總監|总经理|總經理|董事长|董事長|院长|院長|校长|校長|部长|部長|处长|處長|科长|科長|局长|局長"
    r"|主管|太太|夫人|阿姨|警官|[总總](?=[^\p{Han}]|$|[的说說在是要已来來给給了打先您让讓对對将將也都于於好开開]))"
)
"""Honorifics and titles written after a name; ``总`` (``李总``) only before a particle or a mark,
not as the first character of a word (``总大小``, ``总结``)."""
_ZH_INTRO = regex.compile(
    r"(?:我叫|名叫|叫做|我是|本人|客户|客戶|联系人|聯繫人|联络人|聯絡人|患者|病人|用户|用戶|顾客|顧客|乘客|会员|會員"
    r"|收件人|寄件人|申请人|申請人|投诉人|投訴人|员工|員工|租户|租戶|房客|委托人|委託人|家属|家屬|同事|学员|學員)"
    r"[:：]?[ \t]?"
)
_ZH_STOPS = frozenset(
    "的说說在是要已来來给給和了打先您让讓对對将將也都于於反表称稱提投申希想需请請询詢咨諮购購预預订訂退取致今昨刚剛"
)
"""Characters that end a given name after an introduction (a particle or a verb that follows it)."""
ZH_NOT_NAMES = word_set(
    """
    任何 历史 歷史 对方 對方 双方 雙方 甲方 乙方 各方 买方 買方 卖方 賣方 院方 校方 警方 官方 我方 贵方 貴方 男方 女方 该方 这位 那位 各位 一位 哪位 诸位 諸位 两位 兩位 每位 单位 單位
    地方 方面 方案 方式 方法 方便 方向 高级 高級 高端 高度 金牌 金额 金額 文化 文件 明星 白衣 万元 萬元 余额 餘額 周末 周期 周年 马上 馬上 江湖 常务 常務 史上 程序 安全 康复 康復 温度
    溫度 石油 黄金 黃金 于是 於是 何时 何時 田间 向来 向來 孔子 钱包 錢包 严重 嚴重 白天 董事 董事会 秦汉 宋代 唐代 明代 江南 黎明 雷达 雷達 龙头 龍頭 毛利 顾问 顧問 顾客 顧客 谢谢 謝謝
    感谢 感謝 多谢 多謝 许多 許多 许可 許可 罗马 羅馬 潘多 陆续 陸續 陆地 陸地 韩国 韓國 曾经 曾經 彭湃 蔡司 潘家 袁大 余下 叶子 葉子 杜绝 苏州 蘇州 魏晋 沈阳 瀋陽 任务 任務 任意 姚明
    卢布 盧布 傅里 钟表 鐘錶 姜汤 崔嵬 范围 範圍 汪洋 戴尔 韦伯 夏天 夏季 侯车 熊猫 熊貓 江西 江苏 江蘇 段落 贺卡 賀卡 毛巾 万一 萬一 钱款 錢款 严格 嚴格 洪水 武器 莫名 常见 常見 常用
    施工 马路 馬路 石头 石頭 周围 周圍 周边 周邊
    """
)
"""Han words that start with a surname and are no name (``任何``, ``对方``, ``周末``)."""
_ZH_LEADERS = frozenset("和与與跟同向对對给給把被让讓由于於及找请請问問叫为為将將是在从從")
"""Prepositions and verbs that are surnames too: before a common surname they are not one (``和李总``)."""
_ZH_WORD_BEFORE = word_set(
    "感谢 感謝 谢谢 謝謝 多谢 多謝 致谢 致謝 答谢 答謝 任何 历史 歷史 对方 對方 双方 雙方 各位 这位 那位 单位 單位"
)
"""Two characters whose second is a surname: a name does not start in such a word."""


def _zh_surname_at(text: str, start: int) -> int:
    """How long the surname at ``start`` is (2 for ``欧阳``, 1, or 0 for none)."""
    if text[start : start + 2] in other_names("zh", "last"):
        return 2
    return 1 if text[start] in other_names("zh", "last") else 0


def _chinese(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _ZH_HONORIFIC.finditer(text):
        end = m.start()
        if _KANA.search(_line_of(text, end)) is not None:
            continue  # Japanese: 先生 follows a name there too, read by _japanese
        for length in (3, 2, 1):
            start = end - length
            if start < 0 or not all(_HAN.match(c) for c in text[start:end]):
                continue
            name = text[start:end]
            if _zh_surname_at(text, start) == 0 or name in ZH_NOT_NAMES or name[:2] in ZH_NOT_NAMES:
                continue
            if start > 0 and text[start - 1 : start + 1] in _ZH_WORD_BEFORE:
                continue
            if length > 1 and name[0] in _ZH_LEADERS and name[1] in ZH_COMMON_SURNAMES:
                continue  # 和李总: a preposition, not the surname 和
            if length == 1 and name not in ZH_COMMON_SURNAMES:
                continue
            out.append(Span(start, end, "PERSON", SCORE_HONORIFIC, "names"))
            break
    for m in _ZH_INTRO.finditer(text):
        span = _zh_name_after(text, m.end())
        if span is not None:
            out.append(span)
    if _LATIN_WORD.search(text) is not None:
        out += _zh_names_in_latin_text(text)
    return out


_LATIN_WORD = regex.compile(r"[A-Za-z]{2}")
_HAN_RUN = regex.compile(
    r"(?<![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])\p{Han}{2,4}(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])"
)
_LATIN_AROUND = regex.compile(r"[A-Za-z]")
_QUOTES = frozenset("\"'“”‘’「」『』《》")


def _zh_names_in_latin_text(text: str) -> list[Span]:
    """A Chinese name written alone in Han characters inside a line of Latin-script words (``approved for
    俞淑华 yesterday``, ``Customer 何家宏 wants a callback``): two to four characters, no other Han
    character, kana or Hangul next to them, a surname first and then a given name of one or two
    characters; not a word that reads like one (``周末``), nor a quoted term (``the word "谢谢"``)."""
    out: list[Span] = []
    for m in _HAN_RUN.finditer(text):
        start, end = m.span()
        line = _line_of(text, start)
        if _LATIN_AROUND.search(line) is None or len(_HAN.findall(line)) != end - start:
            continue  # a Chinese line, or one with other Han words: read by the rules above
        if text[start - 1 : start] in _QUOTES or text[end : end + 1] in _QUOTES:
            continue
        name = m.group()
        surname = _zh_surname_at(text, start)
        if surname == 0 or not 1 <= len(name) - surname <= 2 or name in ZH_NOT_NAMES or name[:2] in ZH_NOT_NAMES:
            continue
        out.append(Span(start, end, "PERSON", SCORE_CONTEXT, "names"))
    return out


def _zh_name_after(text: str, start: int) -> Span | None:
    """The name that starts at ``start`` after an introduction, when its end is clear."""
    if start >= len(text) or (text[start] not in ZH_COMMON_SURNAMES and _zh_surname_at(text, start) != 2):
        return None
    surname = _zh_surname_at(text, start)
    for given in (2, 1):
        end = start + surname + given
        if end > len(text) or not all(_HAN.match(c) and c not in _ZH_STOPS for c in text[start + surname : end]):
            continue
        goes_on = end < len(text) and _HAN.match(text[end]) is not None and text[end] not in _ZH_STOPS
        if goes_on and _ZH_HONORIFIC.match(text, end) is None:
            continue
        if text[start:end] in ZH_NOT_NAMES:
            return None
        return Span(start, end, "PERSON", SCORE_CONTEXT, "names")
    return None


def _line_of(text: str, at: int) -> str:
    return line_around(text, at)


# --- Japanese --------------------------------------------------------------------------------

_JA_HONORIFIC = regex.compile(
    r"[ \u3000]?(?:さん|様(?![子々式相])|さま|氏(?![名族神])|くん|ちゃん|先生(?!方)|殿(?![下堂様]))"
)
_JA_INTRO = regex.compile(r"(?:と申します|と申し上げ|と言います|といいます)")
JA_NOT_NAMES = word_set(
    """
    皆 皆様 各位 お客 客 奥 父 母 兄 姉 弟 妹 娘 息子 旦那 嫁 婿 孫 叔父 叔母 伯父 伯母 祖父 祖母 婆 爺 坊 赤 猫 犬 神 王 殿
    仕 同 模 多 異 一 両 有 貴 左 今 様 彼 彼女 諸 源 平 各 誰 方 先方 相手 患者 医者 歯医者 大家 上司 部下 同僚 先輩 後輩
    友達 社長 店長 課長 部長 係長 会長 院長 校長 所長 局長 駅長 担任 大工 職人 農家 作家 画家 漫画家 お隣 隣 皆々
    """
)
"""Kanji words before an honorific that name no one in particular (``皆さん``, ``お客様``, ``仕様``)."""
_JA_NOT_ENDS = frozenset("者員手師士長屋社事行店局部課院校庁省会業産機科県市区府団館")
"""Last kanji of a role, a trade or an organization (``担当者様``, ``会員様``, ``山田商事様``),
unless the word is a known family name (``阿部様``)."""
_JA_PREFIXES = (
    "担当者",
    "担当",
    "営業",
    "弊社",
    "当社",
    "御社",
    "貴社",
    "顧客",
    "会員",
    "患者",
    "新人",
    "店長",
    "部長",
    "課長",
)
JA_KATAKANA_NOT_NAMES = word_set(
    """
    ユーザー ユーザ ドライバー メンバー スタッフ ゲスト オーナー パート バイト ママ パパ クライアント サンタ ファン
    カスタマー オペレーター サポート ベビー ホスト ボス リーダー マスター シェフ コーチ プロ ヘルパー ナース ガイド
    パートナー ゲーマー アーティスト キャスト ライター デザイナー エンジニア マネージャー トレーナー セラピスト
    """
)
_KANJI_RUN = regex.compile(r"\p{Han}{1,12}$")
_KATAKANA_RUN = regex.compile(r"[\p{Katakana}ー・]{2,12}$")


def _japanese(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _JA_HONORIFIC.finditer(text):
        span = _ja_name_before(text, m.start())
        if span is not None:
            out.append(Span(span[0], span[1], "PERSON", SCORE_HONORIFIC, "names"))
    for m in _JA_INTRO.finditer(text):
        span = _ja_name_before(text, m.start())
        if span is not None:
            out.append(Span(span[0], span[1], "PERSON", SCORE_HONORIFIC, "names"))
    return out


_JA_WORDS_WITH = {
    "様": frozenset("仕同模多異一両有貴左今王神殿"),
    "殿": frozenset("御宮神"),
    "氏": frozenset("同両彼諸源平各"),
}
"""Kanji that make a word with the honorific after them (``仕様``, ``同様``, ``宮殿``, ``同氏``)."""


def _ja_name_before(text: str, end: int) -> tuple[int, int] | None:
    """The kanji or katakana name that ends at ``end`` (``田中``, ``田中 太郎``, ``マイケル``)."""
    if end > 0 and text[end - 1] in _JA_WORDS_WITH.get(text[end : end + 1], ()):
        return None
    window = text[max(0, end - 12) : end]
    kata = _KATAKANA_RUN.search(window)
    if kata is not None:
        word = kata.group().strip("・")
        if word in JA_KATAKANA_NOT_NAMES or len(word) < 2:
            return None
        return end - len(kata.group()), end
    kanji = _KANJI_RUN.search(window)
    if kanji is None:
        return None
    run = kanji.group()
    start = end - len(run)
    # a family name and a given name written apart: 田中 太郎様
    if start > 1 and text[start - 1] in " \u3000" and len(run) <= 3:
        before = _KANJI_RUN.search(text, max(0, start - 5), start - 1)
        if before is not None and len(before.group()) <= 3 and before.group() not in JA_NOT_NAMES:
            whole = before.start() == 0 or _HAN.match(text[before.start() - 1]) is None
            if whole and before.group() not in _JA_PREFIXES:
                start = before.start()
    for prefix in _JA_PREFIXES:
        if run.startswith(prefix) and len(run) > len(prefix):
            run = run[len(prefix) :]
            start = end - len(run)
            break
    if len(run) > 5:
        last = next((k for k in range(len(run) - 1) if run[k : k + 2] in other_names("ja", "last")), None)
        if last is None or len(run) - last > 5:
            return None
        start, run = end - (len(run) - last), run[last:]
    if run in JA_NOT_NAMES or (run[-1] in _JA_NOT_ENDS and run not in other_names("ja", "last")):
        return None
    return start, end


@cache
def _ja_last_names() -> regex.Pattern[str]:
    """Faker's Japanese family names, longest first, where no kanji or katakana precedes."""
    names = sorted(other_names("ja", "last"), key=len, reverse=True)
    return regex.compile(r"(?<![\p{Han}\p{Katakana}ー])(?:" + "|".join(map(regex.escape, names)) + ")")


_JA_AFTER_NAME = frozenset("様氏殿君")


def _japanese_full_names(text: str) -> list[Span]:
    """A known family name followed by a known given name (``佐藤太郎``, ``サトウ タロウ``), which
    no other kanji or katakana continues (an honorific may)."""
    out: list[Span] = []
    first = other_names("ja", "first")
    for m in _ja_last_names().finditer(text):
        at = m.end() + (1 if text[m.end() : m.end() + 1] in (" ", "\u3000") else 0)
        for length in range(6, 0, -1):
            end = at + length
            if end > len(text) or text[at:end] not in first:
                continue
            if end < len(text) and _JA_NAME_GOES_ON.match(text[end]) and text[end] not in _JA_AFTER_NAME:
                continue
            out.append(Span(m.start(), end, "PERSON", SCORE_KNOWN, "names"))
            break
    return out


_JA_NAME_GOES_ON = regex.compile(r"[\p{Han}\p{Katakana}ー]")


# --- Korean ----------------------------------------------------------------------------------

_KO_COMPOUND = frozenset(("남궁", "제갈", "선우", "황보", "독고", "사공", "서문"))
_KO_HONORIFIC = regex.compile(
    r"(?<!\p{Hangul})(?P<name>\p{Hangul}{2,4})[ ]?"
    r"(?P<hon>씨(?![앗름])|님|선생님|고객님|회원님|교수님|과장님|부장님|차장님|대리님|팀장님|사장님|실장님|원장님|이사님|주임님|기사님|환자분)"
)
KO_NOT_NAMES = word_set(
    """
    고객 회원 여러분 선생 사장 부장 과장 팀장 환자 손님 이용자 구매자 신청자 주문자 수신자 발신자 작성자 담당자 관리자 운영자
    전문가 강사 박사 이사 조교 교수 장모 장인 하느 주인 이웃 임금 선배 정비사 간호사 기사 상담사 심사위원 우수고객 전체
    노인 노동자 조합원 신입 신입사원 직원 배우자 부모 부모님 남편 아내 정회원 준회원 이웃님 장님 한분 안내 안내원 문의자
    정지후 유저 유족 최고 최종 최우수 전원 전담 전임 이전 이번 한국 한글 홍보 조직 마케팅 구독자 후원자 유튜버 김치 이모 고모 이용
    """
)
"""Hangul words before ``님`` or ``씨`` that are roles, kin or ordinary words (``고객님``, ``박사님``)."""
_KO_NOT_ENDS = frozenset("팀부과실청소사처단관국")
"""Last syllables of a team, a department or an office (``홍보팀``, ``총무부``)."""
_KO_PARTICLE = regex.compile(
    r"(?:입니다|입니까|이에요|이예요|은|는|이|가|을|를|의|에게|께|와|과|도|만|한테|랑|입니|이에|예요|이고|라고|이라|으로|로|에"
    r"|님|씨)?(?!\p{Hangul})"
)


_KO_THREE = regex.compile(r"(?<!\p{Hangul})(\p{Hangul})(\p{Hangul}{2})")


def _ko_surname(name: str) -> int:
    """Length of the surname ``name`` opens with (2 for ``남궁``; 0 when none is known)."""
    if name[:2] in _KO_COMPOUND:
        return 2
    return 1 if name[0] in other_names("ko", "last") else 0


def _korean(text: str) -> list[Span]:
    out: list[Span] = []
    first = other_names("ko", "first")
    for m in _KO_HONORIFIC.finditer(text):
        name = m.group("name")
        surname = _ko_surname(name)
        given = len(name) - surname
        if surname == 0 or name in KO_NOT_NAMES or given < 1 or given > 2:
            continue
        if given == 1 and not m.group("hon").startswith("씨"):
            continue  # 김 + one syllable before 님 is mostly a word (손님, 박사님 go here)
        if m.group("hon") not in ("씨", "님", "선생님", "고객님") and name[-1] in _KO_NOT_ENDS:
            continue  # a team or an office before a job title (홍보팀 과장님)
        out.append(Span(m.start("name"), m.end("name"), "PERSON", SCORE_HONORIFIC, "names"))
    last = other_names("ko", "last")
    for m in _KO_THREE.finditer(text):
        if m.group(1) not in last or m.group(2) not in first or _KO_PARTICLE.match(text, m.end()) is None:
            continue
        if m.group() not in KO_NOT_NAMES and not m.group().endswith("자"):  # 지정자, 서명자: -자 nouns
            out.append(Span(m.start(), m.end(), "PERSON", SCORE_KNOWN, "names"))
    return out


# --- Cyrillic --------------------------------------------------------------------------------

_CYR_WORD = regex.compile(
    r"(?<![\p{L}\p{M}\d])[\p{Cyrillic}&&\p{Lu}][\p{Cyrillic}&&\p{Ll}]+(?:-[\p{Cyrillic}&&\p{Lu}][\p{Cyrillic}&&\p{Ll}]+)?"
    r"(?![\p{L}\p{M}\d])",
    regex.V1,
)
_CYR_SURNAME = regex.compile(
    r"(?:(?:[оеё]в|[иы]н)(?:а|у|ым|ой|ою|е|ых|ими?)?|(?:[сц]к)(?:ий|ая|ого|ому|им|ом|ой|ую|ие|их|і|а|ої|ою)"
    r"|ски|ска|енко|[чщ]ук|юк|ак|як|н(?:ый|ая|ого|ому|ым|ой|ую))$"
)
"""Endings of Russian, Ukrainian and Bulgarian surnames, in any case."""
_CYR_PATRONYMIC = regex.compile(r"(?:[оеё]вич|ьич|[оеё]вн|ичн|[іїо]вн)(?:а|у|ем|ом|е|ы|ой|ою|і|у|ої|ею)?$")
_CYR_ENDINGS = ("ою", "ею", "ом", "ем", "ём", "ой", "ей", "ым", "им", "а", "я", "у", "ю", "е", "ы", "и", "і")
_CYR_BASE_ENDS = ("", "а", "я", "й", "ь", "ия")
CYR_AMBIGUOUS_FIRST = word_set(
    """
    Вера Надежда Любовь Слава Роза Лилия Май Мир Лев Злата Ангел Звезда Мила Радост Цвета Дар Ясна Благо Васил Ясен
    Бор Калина Дина Марта Август Октябрь Ноябрь Нина Спас Доброслав Роман Алла
    """
)
"""Known first names that are ordinary words too (``Вера``, ``Слава``, ``Роман``, ``Август``):
they make a name only with a patronymic or a known surname."""
_CYR_TITLES = regex.compile(
    r"(?i:г-н|г-жа|г-ца|господин|госпожа|господина|госпожи|пан|пані|пана|клиент|клиентка|клиента|клієнт|клієнтка"
    r"|пациент|пациентка|пациента|пацієнт|пользователь|користувач|сотрудник|сотрудница|менеджер|абонент|заявитель"
    r"|покупатель|гражданин|гражданка|товарищ|доктор|д-р|др\.|професор|профессор|уважаемый|уважаемая|шановний|шановна"
    r"|уважаеми|уважаема|колега|коллега)\.?[ \t]+$"
)


def _cyr_known_first(word: str) -> bool:
    names = other_names("cyrillic", "first")
    if word in names:
        return True
    for ending in _CYR_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            base = word[: -len(ending)]
            if any(base + end in names for end in _CYR_BASE_ENDS):
                return True
    return False


def _cyr_kind(word: str) -> str:
    """``F`` first name, ``P`` patronymic, ``L`` surname, ``-`` none (``A`` an ambiguous first name)."""
    if _CYR_PATRONYMIC.search(word):
        return "P"
    if _cyr_known_first(word):
        return "A" if word in CYR_AMBIGUOUS_FIRST else "F"
    if word in other_names("cyrillic", "last") or _CYR_SURNAME.search(word):
        return "L"
    return "-"


_CYR_PERSON = regex.compile(r"^(?:[FA](?:P|L|PL)|[LP][FA]P?|FFL)$")
"""Runs of word kinds (:func:`_cyr_kind`) that make a person: a first name with a surname or a
patronymic, in either order (``Иван Петров``, ``Петров Иван Сергеевич``, ``Анна Мария Петрова``); a
surname in ``-вич`` reads as a patronymic (``Данькевич Світлана Опанасівна``)."""


def _cyrillic(text: str) -> list[Span]:
    words = list(_CYR_WORD.finditer(text))
    out: list[Span] = []
    k = 0
    while k < len(words):
        run = [words[k]]
        while len(run) < 3 and k + len(run) < len(words):
            nxt = words[k + len(run)]
            if text[run[-1].end() : nxt.start()] not in (" ", "\u00a0"):
                break
            run.append(nxt)
        kinds = "".join(_cyr_kind(w.group()) for w in run)
        taken = 0
        for n in range(len(run), 1, -1):
            if _CYR_PERSON.match(kinds[:n]):
                taken = n
                break
        if taken == 0 and kinds[0] in "FLP" and _CYR_TITLES.search(text, max(0, run[0].start() - 30), run[0].start()):
            taken = 1
        if taken:
            out.append(Span(run[0].start(), run[taken - 1].end(), "PERSON", SCORE_KNOWN, "names"))
            k += taken
        else:
            k += 1
    return out


# --- Arabic ----------------------------------------------------------------------------------

_AR_WORD = regex.compile(r"(?:[\p{Arabic}&&\p{L}]|[\u064B-\u065F\u0670])+", regex.V1)
"""An Arabic word with its harakat (which Unicode counts to no script)."""
_HARAKAT = regex.compile(r"[\u064B-\u0652\u0670\u0640]")
AR_TITLES = word_set(
    """
    السيد السيدة الأستاذ الأستاذة الاستاذ الاستاذة الدكتور الدكتورة المهندس المهندسة الآنسة الانسة المدعو المدعوة
    اسمي اسمه اسمها الشيخ الحاج الحاجة
    """
)
"""Titles before an Arabic name: the words after one are a name (compared without harakat,
also behind ``و``, ``ف``, ``ب`` or ``ل``)."""
AR_ROLES = word_set(
    """
    العميل العميلة عميلنا عميلتنا المريض المريضة الموظف الموظفة المستخدم المستخدمة المشترك المشتركة الزبون الزبونة
    الأخ الأخت زميلنا زميلتنا المتصل المتصلة
    """
)
"""Roles before an Arabic name: a known first name after one is a name, with the family name that follows."""
AR_NOT_NAMES = word_set(
    """
    المحترم المحترمة الكريم الكريمة العزيز العزيزة الفاضل الفاضلة المذكور المذكورة الرئيس المدير المديرة الجديد الجديدة
    التالي الحالي الذي التي هو هي قد لقد كان كانت يريد تريد طلب طلبت في من على إلى الى عن مع أن إن لا لم هذا هذه ذلك تلك
    العزيزة الغالي الغالية رقم بتاريخ بخصوص يرجى نرجو شكرا شكراً و يوم اليوم غدا أمس الآن عن أيضا
    """
)
"""Words after a title that are no name (``السيد المحترم``, ``العميل الجديد``, ``العميل طلب``)."""
AR_ADJECTIVES = word_set(
    """
    الحالي التالي الحقيقي الرئيسي الإلكتروني الالكتروني الشخصي الرسمي العربي الدولي الوطني الفني المالي الذاتي السنوي
    اليومي الأساسي الاساسي النهائي الجماعي الثاني الماضي القانوني الطبي العالي الكافي الإضافي الاضافي الفعلي
    الخارجي الداخلي المحلي الإداري الاداري التقني التجاري الأمني الامني الصحي الجوي البري البحري الضريبي البنكي المصرفي
    الأصلي الاصلي الكلي الجزئي المبدئي الأولي الاولي الثالي الضروري الإجباري الاختياري الكامل التلقائي الرقمي الهاتفي
    الحكومي الخاصي العملي العلمي الذهبي الفضي الماسي الحالى التالى
    """
)
"""Nisba adjectives (``الحالي``, ``الشهري``): they end like family names but follow nouns."""
_AR_LINKS = word_set("بن ابن بنت أبو ابو أبا ابا أبي ابي آل ال عبد أم")


def _ar_plain(word: str) -> str:
    return _HARAKAT.sub("", word)


def _ar_title(word: str, titles: frozenset[str]) -> bool:
    """``word`` is one of ``titles``, also behind ``و``, ``ف``, ``ب`` or ``ل`` (``للسيد``, ``والسيدة``)."""
    plain = _ar_plain(word)
    forms = {plain, plain[1:]} if plain[:1] in ("و", "ف") else {plain}
    for form in list(forms):
        if form.startswith("لل"):
            forms.add("ا" + form[1:])
        elif form[:1] in ("ب", "ل") and form[1:3] == "ال":
            forms.add(form[1:])
    return not forms.isdisjoint(titles)


def _ar_family(word: str) -> bool:
    """``word`` is a family name: a known one, or an ``ال`` name ending in ``ي`` that is no adjective."""
    plain = _ar_plain(word)
    if plain in other_names("ar", "last"):
        return True
    return plain.startswith("ال") and plain.endswith("ي") and len(plain) >= 5 and plain not in AR_ADJECTIVES


def _ar_first(words: list[regex.Match[str]], k: int) -> int:
    """How many words from ``k`` are a known first name (2 for ``عبد الله``), 0 for none."""
    first = other_names("ar", "first")
    if k + 1 < len(words) and f"{_ar_plain(words[k].group())} {_ar_plain(words[k + 1].group())}" in first:
        return 2
    return 1 if _ar_plain(words[k].group()) in first else 0


def _arabic(text: str) -> list[Span]:
    words = list(_AR_WORD.finditer(text))
    out: list[Span] = []
    k = 0
    while k < len(words):
        if k + 1 < len(words) and _joined(text, words[k], words[k + 1]) and _ar_title(words[k].group(), AR_ROLES):
            n = _ar_first(words, k + 1) and _ar_name_length(text, words, k + 1, titled=True)
            if n:
                out.append(Span(words[k + 1].start(), words[k + n].end(), "PERSON", SCORE_CONTEXT, "names"))
                k += n + 1
                continue
        if k + 1 < len(words) and _joined(text, words[k], words[k + 1]) and _ar_title(words[k].group(), AR_TITLES):
            n = _ar_name_length(text, words, k + 1, titled=True)
            if n:
                out.append(Span(words[k + 1].start(), words[k + n].end(), "PERSON", SCORE_HONORIFIC, "names"))
                k += n + 1
                continue
        n = _ar_name_length(text, words, k, titled=False)
        if n:
            out.append(Span(words[k].start(), words[k + n - 1].end(), "PERSON", SCORE_KNOWN, "names"))
            k += n
            continue
        k += 1
    return out


def _joined(text: str, a: regex.Match[str], b: regex.Match[str]) -> bool:
    return text[a.end() : b.start()] in (" ", "\u00a0")


def _ar_name_length(text: str, words: list[regex.Match[str]], k: int, *, titled: bool) -> int:
    """How many words from ``k`` make a name (0 for none): after a title any word that is no
    ordinary one, else a known first name that a family name follows."""
    plain = _ar_plain(words[k].group())
    if plain in AR_NOT_NAMES or plain in AR_TITLES or plain in AR_ROLES:
        return 0
    n = _ar_first(words, k) or (1 if titled else 0)
    if n == 0:
        return 0
    family = False
    while k + n < len(words) and n < 4 and _joined(text, words[k + n - 1], words[k + n]):
        word = _ar_plain(words[k + n].group())
        if word in _AR_LINKS and k + n + 1 < len(words) and _joined(text, words[k + n], words[k + n + 1]):
            n += 2
            family = True
        elif _ar_family(words[k + n].group()):
            n += 1
            family = True
        elif (more := _ar_first(words, k + n)) and not family:
            if word in AR_NOT_NAMES:
                break
            n += more
        else:
            break
    if titled or family:
        return n
    return 0
