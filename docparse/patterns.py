"""Every pattern and table the parser matches against, in one place, each with its rule.

Anchors at the start of a line allow a few characters of OCR debris before them
(``^[\\W_]{0,n}``): specks, bullets, underscores read from a rule.

Rules cited: NĐ 30 = Nghị định 30/2020/NĐ-CP and its Phụ lục; TT 01 = Thông tư 01/2011/TT-BNV,
the older layout still found in archives. Patterns marked *folded* run on ``text.fold``
output (lower case, no diacritics), so they survive lost marks and both tone placements;
``{e<=n}`` allows n OCR errors.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from docparse.text import fold


# ---------------------------------------------------------------- document types
@dataclass(frozen=True)
class DocType:
    kind: str
    name: str  # as a person says it
    title: str  # the title line, folded (NĐ 30 Phụ lục I ô 5a)
    abbreviations: tuple[str, ...]  # NĐ 30 Phụ lục III mục I, then TT 01 variants


DOCUMENT_TYPES: tuple[DocType, ...] = (
    DocType("quyet_dinh", "Quyết định", "quyet dinh", ("QĐ",)),
    DocType("chi_thi", "Chỉ thị", "chi thi", ("CT",)),
    DocType("thong_bao", "Thông báo", "thong bao", ("TB",)),
    DocType("to_trinh", "Tờ trình", "to trinh", ("TTr",)),
    DocType("bao_cao", "Báo cáo", "bao cao", ("BC",)),
    DocType("ke_hoach", "Kế hoạch", "ke hoach", ("KH",)),
    DocType("giay_moi", "Giấy mời", "giay moi", ("GM",)),
    DocType("nghi_quyet", "Nghị quyết", "nghi quyet", ("NQ",)),
    DocType("nghi_dinh", "Nghị định", "nghi dinh", ("NĐ",)),
    DocType("thong_tu", "Thông tư", "thong tu", ("TT",)),
    DocType("huong_dan", "Hướng dẫn", "huong dan", ("HD",)),
    DocType("cong_dien", "Công điện", "cong dien", ("CĐ",)),
    DocType("bien_ban", "Biên bản", "bien ban", ("BB",)),
    DocType("chuong_trinh", "Chương trình", "chuong trinh", ("CTr",)),
    DocType("quy_che", "Quy chế", "quy che", ("QC",)),
    DocType("quy_dinh", "Quy định", "quy dinh", ("QyĐ", "QĐi")),
    DocType("de_an", "Đề án", "de an", ("ĐA",)),
    DocType("phuong_an", "Phương án", "phuong an", ("PA",)),
)
CONG_VAN = DocType("cong_van", "Công văn", "cong van", ())
# The types' names as written in running text: one capital ("Kế hoạch", never "Kế Hoạch").
TYPE_NAMES = frozenset(t.name for t in (*DOCUMENT_TYPES, CONG_VAN))
OTHER = DocType("other", "Văn bản khác", "", ())

# Abbreviations of other NĐ 30 / TT 01 types: a symbol starting with one is not a công văn.
OTHER_TYPE_ABBREVIATIONS = frozenset(
    {
        "TC",
        "DA",
        "HĐ",
        "BGN",
        "BTT",
        "GUQ",
        "GGT",
        "GNP",
        "PG",
        "PC",
        "PB",
        "SY",
        "TrS",
        "SL",
        "GN",
        "TTh",
        "UQ",
        "GT",
        "NP",
        "TS",
        "CN",
        "CK",
        "ĐĐ",
        "BN",
        "TTLT",
        "QH",
        "L",
        "PL",
    }
)
TYPE_BY_ABBREVIATION = {a: t for t in DOCUMENT_TYPES for a in t.abbreviations}
TYPE_BY_KIND = {t.kind: t for t in (*DOCUMENT_TYPES, CONG_VAN, OTHER)}

# ---------------------------------------------------------------- header (NĐ 30 ô 1–4)
# Quốc hiệu and Tiêu ngữ, ô 1. *folded*
MOTTO = regex.compile(r"(?e)(?:cong hoa xa hoi chu nghia viet nam){e<=5}")
# The motto's opening run into the line beside it (the issuer's, its columns read as one
# line): no body's name holds it. *folded*
MOTTO_OPENING = regex.compile(r"(?e)(?:cong hoa xa hoi){e<=2}")
# A cheap test that a line may hold the motto, before the fuzzy search. *folded*
MOTTO_HINT = regex.compile(r"cong|hoa|nghia|viet|xa hoi")
TAGLINE_HINT = regex.compile(r"doc|lap|tu do|hanh|phuc")
TAGLINE = regex.compile(r"(?e)(?:doc lap\s*[-–—~]?\s*tu do\s*[-–—~]?\s*hanh phuc){e<=4}")

# Số, ký hiệu, ô 3: "Số: 323/STTTT-TTBCXB", "Số: 12/2020/NĐ-CP", "Số:    /QĐ-UBND"; its o
# read as ø ('sø254'). *folded*
NUMBER_ANCHOR = regex.compile(r"^(?:\w\s)?[\W_]{0,6}(?:[s§]\s?[o0ôø]|5\s?o|s6)\s*[:;.,]?\s*")
# A short token where "Số:" stands, read as something else ("ND.", "S6:"), maybe after a
# speck or two read as short tokens ("F2 c? O0: 497/UBND-VP"). Original text.
NUMBER_ANCHOR_MISREAD = regex.compile(r"^(?:\S{1,2}\s+){0,2}[\W_]{0,2}(\S{1,4})\s*(?=[\s./|0-9])")
# "Số" is written with a capital S (NĐ 30 Phụ lục I ô 3); "số 80/2023/NĐ-CP" inside a sentence is
# a citation, not the letter's own number. OCR confuses S and s, so a short line may have
# either; a long one opening with a small s, a colon and digits is the number all the same
# ("số: 2044/KH-UBND Thành phố Hồ Chí Minh, ngày …": two columns read as one). Original text.
NUMBER_CAPITAL = regex.compile(r"^(?:\w\s)?[\W_]{0,6}(?:[S5§]|s[oố]\s*:\s*[0-9])")
NUMBER_LINE_WORDS = 4
# On the original text after the anchor: the number (digits, or a blank), then the symbol. A
# normative document's year may lose a digit ("/026/") or its slash ("/2026NQ"); a speck may
# stand before the symbol ("289/@ĐĐ-SNV").
NUMBER_TAIL = regex.compile(
    r"^(?P<value>[^/|]{0,8}?)(?P<blank>[\s._…·,]*)[/|]\s*"
    r"(?:(?P<year>(?:19|20)[0-9OolI]{2}|[0-9]{3})(?P<yearslash>\s*[/|]\s*|(?=[A-ZĐ])))?"
    r"[^\w\s/|]?(?P<symbol>[A-ZĐa-zđ0-9Ơơ][\w\-–.Đđ&]*)"
)
# The same when OCR lost the slash: "Số:06ĐA-UBND" (a symbol always holds a hyphen).
# Handwritten digits may stand apart ("20 32") and touch the slash, read as a letter
# before the symbol's capitals ("20 32rB-STNMT": 2032/TB-STNMT).
NUMBER_TAIL_NO_SLASH = regex.compile(
    r"^(?P<value>[0-9OoIl]{1,6}(?:\s[0-9]{1,4})?)(?P<blank>\s?)(?P<year>)"
    r"(?P<symbol>(?:[A-ZĐ]|[a-z](?=[A-ZĐ]))[A-ZĐa-z]{0,4}[-.][\w\-–.Đđ&]+)"
)
# The same when a handwritten number and the slash were read as marks glued to the symbol
# ("Số: j Z9 7ZQĐ-UBND", "số: 336S9UBND-HCTC"): the symbol is found by its type
# abbreviation, or by a council's code opening a công văn's.
NUMBER_TAIL_GLUED = regex.compile(
    r"^(?P<value>.{0,12}?)(?P<blank>)(?P<year>)(?P<symbol>(?:"
    + "|".join(sorted([*TYPE_BY_ABBREVIATION, "UBND", "HĐND"], key=len, reverse=True))
    + r")-[A-ZĐ][\w\-–.Đđ&]*)\s*$"
)
# The same when the printed slash was read before a handwritten number ("Số:/246 4UBND-KT",
# "Số: /@ƒ7 /UBND-TNMT", "Số: ../494../STP-VP"): the symbol, in capitals with its hyphen.
NUMBER_TAIL_SLASH_FIRST = regex.compile(
    r"^[\s._…·]*[/|](?P<value>[^/|]{1,8}?)(?P<blank>\s*)(?:[/|]\s*)?(?P<year>)(?P<yearslash>)"
    r"(?P<symbol>[A-ZĐ]{2,}-[A-ZĐ][\w\-–.Đđ&]*)"
)
# A symbol as printed (ô 3): capitals, a hyphen, capitals ("UBND-KT", "QĐ-UBND", "TTr-STTTT").
# Original text.
SYMBOL_SHAPE = regex.compile(r"^[A-ZĐ][A-ZĐa-z]{0,5}-[A-ZĐ]")
# A hyphen of a cited number's symbol that OCR set apart: "18/2025/TT- BCT", "TT -BCT".
CITED_SYMBOL_SPACED_HYPHEN = regex.compile(
    r"(?<=\d/(?:\d{4}/)?\p{Lu}[\p{L}]*)\s*-\s*(?=\p{Lu}\p{L}*\b)"
)
# A hyphen between the symbol's parts with specks around it ("PGDĐT- 'THCS", "SĐ- TTg").
SYMBOL_HYPHEN_SPECKS = regex.compile(r"\s*[-–]\s*(?:[^\w\s]{1,2}\s*(?=\w))?")
# The issuing body's letters set apart before the rest of the symbol ("BTT TT-BC"). Original.
SYMBOL_CUT_BY_SPACE = regex.compile(r"^(\p{Lu}{2,}) (\p{Lu}{1,4}-\p{Lu})")
# Letters the Vietnamese alphabet lacks: a symbol's abbreviations of Vietnamese words hold
# none, so one there is a misread letter ("TFBCXB"). Original text.
NOT_VIETNAMESE_LETTERS = regex.compile(r"[FJWZfjwz]")
# Marks OCR reads for a symbol's capitals ('B€-UBND'): taken for the letter, said.
SYMBOL_LOOKALIKES = {"€": "C", "©": "C", "¢": "C", "£": "E", "®": "R"}
SYMBOL_LOOKALIKES_TABLE = str.maketrans(SYMBOL_LOOKALIKES)
# OCR confusions inside numbers (O/0, l/1, S/5, B/8; "ó" for a 6, its stem the mark).
DIGIT_FIXES = str.maketrans(
    {
        "O": "0",
        "o": "0",
        "I": "1",
        "i": "1",
        "l": "1",
        "|": "1",
        "!": "1",
        "]": "1",
        "[": "1",
        "T": "1",
        "t": "1",
        "S": "5",
        "s": "5",
        "B": "8",
        "Z": "2",
        "z": "2",
        "}": "1",
        "{": "1",
        "†": "1",
        "Ø": "0",
        "ø": "0",
        "ó": "6",
    }
)
# One or two digits of a date as OCR reads an italic line, folded: "I7" 17, "0T" 01, "T]" 11,
# "TÌ" and "tt" 11, "Š" 5, "I1]" 11 (the bracket a second reading of the last stroke), "}3"
# and "†0" for a 1, "Ø1" for a 0. A lone "t" is never a day: it is the "t" of a blank
# "ngày … tháng".
DATE_DIGITS = r"(?:[0-9]t|t[0-9\]\[!|it]|it|[0-9li]{2}\]|[0-9olisz\]\[!|}{†ø]{1,2})"
# How Tesseract reads an italic day or month (counted on the bench's renders of every
# condition): alone, an o with an acute is a 6 ('Ố'), with a diaeresis or circumflex an 8
# ('Ö'), a Z a 7; first of two, a marked o is the 0 it seems ('Ö6'); last of two, an acute
# makes it a 6 ('0ó'). In a year a Z is a 2 ('Z025'). As read.
DATE_DIGIT_ALONE = str.maketrans(
    {
        "Ố": "6",
        "ố": "6",
        "Ó": "6",
        "ó": "6",
        "Ö": "8",
        "ö": "8",
        "Ô": "8",
        "ô": "8",
        "Z": "7",
        "z": "7",
    }
)
DATE_SIX_LAST = frozenset("ÓóỐố")
# Digits Tesseract reads for another, surely, in a date's italic figures: an 8 as 6, 5, 3, 0
# or 9. A letter dated 2016 whose text names 2018 may be of 2018.
DATE_DIGIT_MISREADS = {"8": "65309"}
# Years a letter's text names (its subject, its body). *original*
YEAR_NAMED = regex.compile(r"\b(?:19|20)[0-9]{2}\b")
# Inside symbols letters are right and digits are wrong, except in unit codes like "QH13".
LETTER_FIXES = str.maketrans({"0": "O", "1": "I", "5": "S", "8": "B"})

# Địa danh và thời gian, ô 4 (NĐ 30 Phụ lục I): "Hà Nội, ngày 05 tháng 01 năm 2020". *folded*
DATE_HINT = regex.compile(r"ng.y|th.ng|n.m")
# A year as OCR reads it: a letter or mark for a digit ("Z025", "2O2O", "20†6", "202]"), its
# last digit set apart ("201 7"), or a speck read as a digit after it ("20186", said). Marks
# or a letter may stand between it and "năm" ("năm-2025", "năm*2020", "nămr2022"). *folded*
DATE_YEAR = r"[0-9]{3} [0-9](?![0-9])|[0-9oliz†\]!]{4}"
DATE_LINE = regex.compile(
    # ENHANCEMATCH: the fewest errors at a start, so that 'Quảng Ngãi, ngày' is no place
    # 'Quảng' before a 'ngày' read 'Ngãi'.
    # The comma may be read as a low quote ('Tây Ninh„ngày') or with a speck ('Hòa, _Rgày'),
    # and a mark stand after "năm" ('năn† 2020').
    r"(?e)(?P<place>[^,;„]{2,60}?)(?P<comma>\s*[,.;„][\W_]{0,2}\s*|\s+)"
    r"(?:(?:ngay){e<=1}|(?:ngay){s<=2})[\s.,:]*"  # "hgùy": two letters misread
    r"(?P<day>" + DATE_DIGITS + r")?"
    r"(?P<dayblank>[^0-9]{0,8}?)\s*(?:(?:thang){e<=1}|(?:thang){s<=2})\s*"  # '3háhg'
    r"(?P<month>" + DATE_DIGITS + r")?"
    r"(?P<monthblank>[^0-9]{0,8}?)\s*(?:nam){e<=1}[\s\"'“`:.,*_~-]*"
    r"(?:\p{L}(?=[0-9]{4})|[^\w\s]\s+(?=[0-9]{4}))?"
    r"(?P<year>" + DATE_YEAR + r")?"
)
# The same line with its words misread past the fuzzy anchors ("ngày. 22 hán 02 săn 2019",
# "n 10 tháng 03 năm 2025"): a day, a month and a year of digits, one short word between
# each, "ngày" a short word at least ("nah"). *folded*
DATE_LINE_WORN = regex.compile(
    r"(?P<place>[^,;]{2,60}?)(?P<comma>\s*[,.;:][^\w\s]{0,2}\s*)"
    r"(?:(?:ngay){e<=1}|\p{L}{1,4})[\s.,:]*(?P<day>[0-9]{1,2})\s+(?P<word1>\p{L}{1,6})[\s.,]+"
    r"(?P<month>[0-9]{1,2})[\s.,]+(?P<word2>\p{L}{1,5})[\s:.]+(?P<year>" + DATE_YEAR + r")"
)
# The same line with a day or month OCR could not read as digits ("Hà Nội, ngày #3 tháng †
# năm 2026", handwritten): its place still stands before "ngày", its year after "năm". *folded*
DATE_LINE_UNREAD = regex.compile(
    r"(?P<place>[^,;]{2,60}?)(?P<comma>\s*[,.;:][^\w\s]{0,2}\s*)"
    r"(?:ngay){e<=1}[^\n]{0,24}?(?:thang){e<=1}[^\n]{0,16}?(?:nam){e<=1}"
)
# A speck read as a small letter before the place's capital, glued or apart: 'sHòa Khánh',
# 'b Khánh Hòa'. Original text.
SPECK_GLUED_TO_PLACE = regex.compile(r"^\W*\p{Ll}\s?(?=\p{Lu}\p{Ll})")
# All a date's blank holds: one or two letters glued to the "tháng" or "năm" after them
# ('riăm'). *folded*
DATE_BLANK_GLUED = regex.compile(r"^\s+\p{L}{1,2}$")
# Trích yếu of a công văn, ô 5b: "V/v …" (OCR: "VW", "V/V", "V/y", "Vv"), a speck's letter
# and marks before it ("b *® V/v"). *folded*
# "V/v" glued to the subject ("V/v3à sôát", "V/v:triển khai") only with its slash as read.
SUBJECT_VV = regex.compile(
    r"^(?:\w[\W_]+)?[\W_]{0,2}(?:(?:v\s?[/|l1i]\s?[vy]?|vw|vv)\s*[:.]?\s+|v/[vy][:.]?(?=\S))"
)
# The same anchor worn further ("Ÿ/", "%/v", "ŸỈv", "V#", "Vý/", "VWw", "ˆVIN"): a first
# word of at most three characters with a slash, ending in v, a v alone or with a mark, a v
# and a letter before a slash, a v and a slash read as a letter, or "vww". Taken only on
# the first line under the number. *folded*
SUBJECT_VV_WORN = regex.compile(
    r"^[\W_\p{Lm}\p{Sk}]{0,2}(?:\S?/\S?|\S\Sv|v[^\w\s]?|v\S[/|]|v[il1|]\w|vww)\s*[:.]?\s+(?=\w)"
)
# No "V/v" read at all: a line in small letters right under the number, in its column, is
# still the subject of a công văn (a titled document has none there); only specks go.
SUBJECT_VV_LOST = regex.compile(r"^[\W_]{0,2}(?=\p{Ll})")
# Tên loại, ô 5a: "QUYẾT ĐỊNH:" heads a decision's operative part (NĐ 30 Phụ lục I, mẫu
# 1.1), not its title; other types head none, so a colon after their name is a speck
# ('KẾ HOẠCH :'), as one after a speck is ("QUY CHẾ $ :"). Original text.
OPERATIVE_HEADING_END = regex.compile(r"\p{L}\s?:\s*$")
OPERATIVE_HEADINGS = tuple(t for t in DOCUMENT_TYPES if t.kind == "quyet_dinh")
# Specks read after a title as a short word in small letters ("ĐỀ ÁN. -- : và"). Original text.
TITLE_TRAILING_SPECKS = regex.compile(r"(?<=\p{Lu}{2}\P{L}*)(?:\s+[^\p{Lu}\s]{1,3})+\s*$")
# Trích yếu of titled documents usually opens with "Về việc"; it is not part of the subject.
SUBJECT_VE_VIEC = regex.compile(r"^(?:ve viec){e<=1}\s*[:.]?\s*")
# A trích yếu is one phrase (ô 5b); on its original text:
# - a colon inside it before a word in small letters, a stop or a colon after a comma, a
#   stop before a capitalised word, a mark between "năm" and its year, a hyphen ending a
#   word or opening one after a word in small letters, a second comma, are specks ("tài
#   trợ: khủng bố", "2030,.chuẩn bị", "phòng,. chống", "phòng,: chống", "Thái. Nguyên",
#   "tỉnh.Bình Dương", "năm.2019", "năm?2026", "năm-2025", "rừng- và", "việc -thực hiện",
#   "phổ biến,, giáo dục"), and a consonant alone between two words in small letters ("dịch
#   bệnh h trên": no syllable is one consonant); so is a comma right after "và" in any
#   text (drop_debris);
SUBJECT_SPECKS = regex.compile(
    r"(?<=\p{L}):(?= \p{Ll})|(?<=,)[.:](?= ?\p{Ll})"
    r"|(?<=\bnăm)[.\-?:;,'](?= ?\d)"
    r"|(?<=\p{L}\p{Ll})\.(?= ?\p{Lu}\p{Ll})|(?<=\p{Ll})-(?= \p{Ll})|(?<=\p{Ll} )-(?=\p{Ll})"
    r"|(?<=,),|(?<=\p{Ll} )[bcdđghklmnpqrstvx](?= \p{Ll})"
)
# - it takes no em dash: one, with the marks around it and letters glued after it at its
#   end, is a piece of the rule under it or of the title's (" — ", "công tác. — thi đua",
#   "khen thưởng.—mmrrrretrrrrmrrre"), unless it sets two years apart;
SUBJECT_RULE_PIECE = regex.compile(
    r"(?<![0-9]\s?)\s*[.,]?\s*—(?:\s*[-.]+)*(?:\p{Ll}+$)?(?!\s?[0-9])"
)
# - its list of items takes commas ("phòng, chống"): a semicolon or a question mark before
#   a small word is one ('rà soát? đánh giá');
SUBJECT_SEMICOLON = regex.compile(r"(?<=\p{L})[;?](?= \p{Ll})")
# - it does not open on a loose mark, nor end on a lone letter after a number ('năm 2025 S');
SUBJECT_LOOSE_MARKS_FIRST = regex.compile(r"^[\p{Lm}\p{Sk}\p{So}\p{Sm}*'`.,;:\-_\s]+")
SUBJECT_LONE_LETTER_LAST = regex.compile(r"(?<=[\d\p{P}])\s+\p{L}$")
# - no rule is drawn under a công văn's "V/v" subject (ô 5b): a line of dots there, read
#   unsurely, is the subject's last words worn away ('...' for "Lạng Sơn").
SUBJECT_WORN_LINE = regex.compile(r"^[.…·,:;'\"`\s]{3,}$")
# - the years it names ("năm 2025", "giai đoạn 2021 - 2025") are checked for range, and
#   for a letter OCR read among their digits ("năm 202f").
SUBJECT_YEAR = regex.compile(r"(?<=\bnăm |giai đoạn |- )([0-9]{4})\b")
SUBJECT_YEAR_WITH_LETTER = regex.compile(r"(?<=\bnăm )(?=\S*\p{L})([0-9][0-9\p{L}]{3})\b")
# A year the subject names on its own ("… năm 2018"), not a span ("2021 - 2025"). Original text.
SUBJECT_ONE_YEAR = regex.compile(r"\b[Nn]ăm (?P<year>(?:19|20)\d{2})\b(?!\s*[-–]\s*\d)")
# - a span of years takes a dash ("2021 - 2025"): two years side by side lost it.
YEARS_WITHOUT_DASH = regex.compile(r"\b((?:19|20)[0-9]{2}) ((?:19|20)[0-9]{2})\b")
# The body starts with these: the legal basis of a decision, or the addressees. *folded*
BODY_START = regex.compile(
    r"^[\W_]{0,3}(?:can cu|xet de nghi|theo de nghi|thuc hien|kinh gui"
    r"|ngay [0-9]{1,2} thang [0-9])"
)
# Kính gửi, ô 9a. *folded*
# A fuzzy anchor alone on its line may have two errors; one followed by text, one error
# and a colon, so that "Nơi nhận" is not found in "nội thành". "Kính" read right may have
# its "gửi" worn to any short word before the colon ('Kính sM:- Công an tỉnh …').
ADDRESSEES = regex.compile(
    r"^(?:[\W_]{0,2}|[\W_]*\w[\W_]+)"  # specks before it, a letter among them ('s; _')
    r"(?:(?:kinh gui){e<=2}\s*[:;.]?\s*$|(?:kinh gui){e<=1}\s*[:;]\s*|kinh \w{1,4}\s*:\s*)"
)
# A công điện names its addressees after "<who> điện:" (CHỦ TỊCH UBND TỈNH … điện:), specks
# after it too ('điện:----- -'). *folded*
CABLE_ADDRESSEES = regex.compile(r"(?:dien){e<=1}\s*[:;,.]?[\W_]*$")
# A list item's bullet: "-", "+", "•" (OCR: "_", "—", "–", "*"), maybe with a speck after
# it ('*. Văn phòng Tỉnh ủy'). Original text.
BULLET = regex.compile(r"^\s*[-–—_+•*·~][^\w\s]?\s*")
# A mark read alone before a list item's text, where its bullet stands. Original text.
MARK_FOR_BULLET = regex.compile(r"^\s*[^\w\s]{1,2}\s+(?=\W?\w)")

# ---------------------------------------------------------------- closing block (ô 7, 9b)
RECIPIENTS = regex.compile(  # *folded*, anchored like ADDRESSEES
    r"^[\W_]{0,2}(?:(?:noi nhan){e<=2}\s*[:;.]?[\W_]*$|(?:noi nhan){e<=1}\s*[:;]\s*)"
)
# "Lưu: VT, TTBCXB." — the last Nơi nhận item (NĐ 30 Phụ lục I ô 9b). *folded*
ARCHIVE = regex.compile(r"^[\W_]{0,3}(?:luu){e<=1}\s*(?:[:;.,]\s*|\s+(?=v\s?t\b|van thu))")
# "VT" as OCR misreads it, marks aside ('VỈ', 'ÝT'); the archive list always opens with VT
# (văn thư). *folded*, upper case
ARCHIVE_VT_MISREADS = frozenset({"VI", "VF", "V1", "VY", "YT", "VJ", "VT.", "WT"})
# A Lưu unit's specks at its edges ("KT. '"), and its number of copies ("(5b)", OCR "(Sb)").
# Original text.
ARCHIVE_UNIT_EDGES = regex.compile(r"^[^\p{L}\p{N}(]+|[^\p{L}\p{N})]+$")
ARCHIVE_UNIT_SPECK_LAST = regex.compile(r"(?<=\p{Lu}\W*)\s+\p{Ll}$")
# VT, the first unit, run into the next for a lost comma ('VT QLKH', 'VT‡ PBGDPL'). Original.
ARCHIVE_VT_GLUED = regex.compile(r"^\s*VT[^\w\s,;]*\s+(?=\p{Lu})")
ARCHIVE_COPIES = regex.compile(r"\(([0-9OoIlSsZzB]{1,2})b\)")
# A unit's abbreviation is its words' first letters in capitals: no vowel takes a mark
# there (Đ is a letter of its own). One that does was misread ('VỀ' for VP, 'ỶNMT' for
# TNMT): in Lưu, and in a symbol's parts. Original text.
# A stop between two groups of capitals inside a unit ('QLV.H'; 'P. KHTC' abbreviates).
ARCHIVE_UNIT_STOP = regex.compile(r"\p{Lu}{2}\.\p{Lu}")
ARCHIVE_UNIT_MARKED = regex.compile(r"^(?=\p{Lu}{2,}$)\p{Lu}*[\p{Lu}--[A-ZĐ]]\p{Lu}*$", regex.V1)
# Purpose notes after a recipient: "(b/c)", "(để biết)", "để t/h". *folded*
RECIPIENT_NOTE = regex.compile(
    r"\s*[(\[]?\s*(?P<note>(?:de\s+)?(?:b/c|t/h|p/h|c/d|d/b|bao cao|biet|thuc hien|phoi hop|"
    r"chi dao|theo doi|tong hop|b/c\s*&\s*t/h|giam sat|kiem tra|xu ly))\s*[)\]]?\s*$"
    # any short remark in brackets at the end is a note too: "(để đưa tin)"
    r"|\s*\((?P<note>[^()]{1,25})\)\s*$"
)
# Signing authority, NĐ 30 Phụ lục I II.7.b: thay mặt, ký thay, thừa lệnh, thừa uỷ quyền, quyền.
# (OCR reads "TUQ." as "TUỢ." or "TUG.".) *folded*
AUTHORITY = regex.compile(r"^[\W_]{0,4}(?P<authority>tm|kt|tl|tu[qog]|q)\s*[.,:]\s*(?=\w)")
# The heads' titles an acting head (Q.) signs with: its "Q." may lose its stop and stick to
# the title ("QCỤC TRƯỞNG", poor letter-027 of seed 5858). *folded*
ACTING_TITLES = ("giam doc", "cuc truong", "chu tich", "vu truong", "chanh van phong")
# In the signature block, a line in capitals may have lost the full stop ("KT CHỦ TỊCH"):
# no title or body name starts with these letters as a word. Stops or quotes may follow
# the stop ("KT. . BỘ TRƯỞNG", "KT. 'CHỦ TỊCH"). *folded*
SIGNER_AUTHORITY = regex.compile(
    r"^[\W_]{0,4}(?:(?P<authority>tm|kt|tl|tu[qog]|q)\s*[.,:][\s.,:'‘’`\"“”]*"
    r"|(?P<authority>tm|kt|tl|tuq)\s+"
    r"|(?P<glued>(?P<authority>q)(?=(?:" + "|".join(ACTING_TITLES) + r")\b)))(?=\w)"
)
# Under "KT. <head>" a deputy signs (NĐ 30 Phụ lục I II.7.b): the head's title read again
# under it has lost its "PHÓ" (THỨ TRƯỞNG for a minister). *as printed*
DEPUTY_OF = {"BỘ TRƯỞNG": "THỨ TRƯỞNG"}
# The same inside a line that layout did not cut ("Nơi nhận: KT. GIÁM ĐỐC"). *folded*
AUTHORITY_INSIDE = regex.compile(r"\s(?P<authority>tm|kt|tl|tuq)\s*[.,]\s*(?=\w)")
RECIPIENTS_START = regex.compile(r"^[\W_]{0,2}(?:noi nhan){e<=1}\s*[:;]?")  # *folded*
AUTHORITY_NAMES = {
    "tm": "TM",
    "kt": "KT",
    "tl": "TL",
    "tuq": "TUQ",
    "tuo": "TUQ",
    "tug": "TUQ",
    "q": "Q",
}
# Titles of signers (chức vụ, ô 7b), to mend lost diacritics; the list is not closed.
SIGNER_TITLES = (
    "THỦ TƯỚNG",
    "PHÓ THỦ TƯỚNG",
    "BỘ TRƯỞNG",
    "THỨ TRƯỞNG",
    "CHỦ NHIỆM",
    "PHÓ CHỦ NHIỆM",
    "CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "TỔNG GIÁM ĐỐC",
    "PHÓ TỔNG GIÁM ĐỐC",
    "CHÁNH VĂN PHÒNG",
    "PHÓ CHÁNH VĂN PHÒNG",
    "CỤC TRƯỞNG",
    "PHÓ CỤC TRƯỞNG",
    "TỔNG CỤC TRƯỞNG",
    "PHÓ TỔNG CỤC TRƯỞNG",
    "VỤ TRƯỞNG",
    "PHÓ VỤ TRƯỞNG",
    "TRƯỞNG BAN",
    "PHÓ TRƯỞNG BAN",
    "TRƯỞNG PHÒNG",
    "PHÓ TRƯỞNG PHÒNG",
    "CHÁNH THANH TRA",
    "PHÓ CHÁNH THANH TRA",
    "TỔNG THANH TRA",
    "PHÓ TỔNG THANH TRA",
    "HIỆU TRƯỞNG",
    "PHÓ HIỆU TRƯỞNG",
    "VIỆN TRƯỞNG",
    "PHÓ VIỆN TRƯỞNG",
    "GIÁM ĐỐC SỞ",
    "CHI CỤC TRƯỞNG",
    "PHÓ CHI CỤC TRƯỞNG",
    "THỐNG ĐỐC",
    "PHÓ THỐNG ĐỐC",
    "TỔNG KIỂM TOÁN",
    "PHÓ TỔNG KIỂM TOÁN",
    "BÍ THƯ",
    "PHÓ BÍ THƯ",
    "TRƯỞNG ĐOÀN",
    "TỔ TRƯỞNG",
    "THƯ KÝ",
    "CHỦ TỌA",
    "CHỦ TRÌ",
    "KẾ TOÁN TRƯỞNG",
    "GIÁM ĐỐC BỆNH VIỆN",
    "CHÁNH ÁN",
    "PHÓ CHÁNH ÁN",
    "TỔNG BIÊN TẬP",
    "PHÓ TỔNG BIÊN TẬP",
)
SIGNER_TITLES_BY_FOLD = {fold(t): t for t in SIGNER_TITLES}
# One of them standing in a title as whole words. *folded, hyphens as spaces*
KNOWN_TITLE = regex.compile(
    r"(?<!\w)(?:" + "|".join(sorted(SIGNER_TITLES_BY_FOLD, key=len, reverse=True)) + r")(?!\w)"
)
# A deputy signs for the head with KT. (Phụ lục I II.7.b). *folded*
DEPUTY_TITLE = regex.compile(r"^(?:pho |thu truong$)")
# Whose behalf the signer acts on, when the authority of the line above the title was not
# read (Phụ lục I II.7.b): TM. for a collective body (a committee, a council, a board), KT.
# for a deputy of the head, TL. for the head of a unit signing by the head's order. *folded*
COLLECTIVE_HEAD = regex.compile(
    r"(?:^|\s)(?:uy ban|ubnd|hoi dong|thuong truc|chinh phu)\b|^(?:ban|doan) "
)
# A letter alone between the words of a signer's title (ô 7b) is seal ink or a speck: no
# title has one ("GIÁM ĐỐC Ố SỞ NỘI Ô VỤ"). Original text.
TITLE_LONE_LETTER = regex.compile(r"(?<= )\p{L}(?= )")
# A title's or an authority line's edges: specks, digits and marks around its words.
TITLE_EDGES = regex.compile(r"^[\W\d_]+|[\W\d_]+$")
# A person's name: two to six capitalised words (no academic titles, NĐ 30 II.7.b).
PERSON_NAME = regex.compile(r"^(?:\p{Lu}[\p{Ll}]{0,7}\s+){1,5}\p{Lu}[\p{Ll}]{0,7}$")
# Middle names (tên đệm) given far more often than any other: a middle syllable read
# without its marks and a tone away from several names ('Van': Văn or Vân) is taken as the
# one of these among them, and said.
COMMON_MIDDLE_NAMES = frozenset(
    {
        "Văn",
        "Thị",
        "Đức",
        "Hữu",
        "Đình",
        "Công",
        "Quang",
        "Minh",
        "Ngọc",
        "Xuân",
        "Hồng",
        "Quốc",
        "Trọng",
        "Bá",
        "Duy",
        "Mạnh",
        "Thế",
        "Kim",
        "Thanh",
    }
)
# Marks Tesseract drops from a name's syllable with a confidence as high as any, leaving
# another name ('Tiên' for Tiến, 'Yên' for Yến: clean and office letters of seeds 4747 and
# 9292): a syllable read with the first, where the second makes a name too, is said.
NAME_LOST_MARKS = (("ê", "ế"),)
# Family names that open most Vietnamese names, as they are spelled: a name opening with
# another word, or with one of these spelled otherwise ("Nguyên"), is checked. Keys folded.
FAMILY_NAMES = {
    "nguyen": "Nguyễn",
    "tran": "Trần",
    "le": "Lê",
    "pham": "Phạm",
    "hoang": "Hoàng",
    "huynh": "Huỳnh",
    "phan": "Phan",
    "vu": "Vũ",
    "vo": "Võ",
    "dang": "Đặng",
    "bui": "Bùi",
    "do": "Đỗ",
    "ho": "Hồ",
    "ngo": "Ngô",
    "duong": "Dương",
    "ly": "Lý",
    "dinh": "Đinh",
    "doan": "Đoàn",
    "lam": "Lâm",
    "mai": "Mai",
    "trinh": "Trịnh",
    "truong": "Trương",
    "luong": "Lương",
    "luu": "Lưu",
    "cao": "Cao",
    "quach": "Quách",
    "ha": "Hà",
    "ta": "Tạ",
    "chau": "Châu",
    "thai": "Thái",
    "la": "La",
    "kieu": "Kiều",
    "tong": "Tống",
    "thach": "Thạch",
    "khuc": "Khúc",
    "au": "Âu",
    "dao": "Đào",
    "tang": "Tăng",
    "kim": "Kim",
    "giang": "Giang",
    "lai": "Lại",
    "lo": "Lò",
    "mac": "Mạc",
    "nong": "Nông",
    "quan": "Quan",
    "tieu": "Tiêu",
    "trieu": "Triệu",
    "tu": "Từ",
    "vuong": "Vương",
    "ung": "Ưng",
    "ong": "Ông",
    "diep": "Diệp",
    "hua": "Hứa",
    "phung": "Phùng",
}

# A person's full name as a letter writes it elsewhere (Nơi nhận 'PCN Phạm Mạnh Cường',
# the body): a family name, up to three capitalised syllables, then the ``tail`` syllables.
FULL_NAME_ENDING = (
    r"(?<!\p{{L}})(?:"
    + "|".join(sorted(FAMILY_NAMES.values(), key=len, reverse=True))
    + r")(?: \p{{Lu}}\p{{Ll}}*){{0,3}} {tail}(?!\p{{L}})"
)

# ---------------------------------------------------------------- marks and stamps
# Mức độ khẩn (ô 10b) and độ mật (ô 10a), NĐ 30 Điều 8 k.3 and TT 01; longest first. *folded*
URGENCY_MARKS = (
    ("hoa toc hen gio", "HỎA TỐC HẸN GIỜ"),
    ("hoa toc", "HỎA TỐC"),
    ("thuong khan", "THƯỢNG KHẨN"),
    ("khan", "KHẨN"),
)
SECRECY_MARKS = (("tuyet mat", "TUYỆT MẬT"), ("toi mat", "TỐI MẬT"), ("mat", "MẬT"))
# Letters a mark read alone on its line may have wrong, by its length without spaces
# (header.find_marks; a mark of three letters only by one read as another). *folded*
MARK_ERRORS = ((6, 2), (4, 1))

# The incoming stamp "ĐẾN", NĐ 30 Phụ lục IV mục V (and TT 07/2012 "Lưu hồ sơ số"): a word in
# capitals, a stray mark of the frame or a colon at either end. *folded word*
INCOMING_ANCHOR = regex.compile(r"\W*den\W*")
# The word as printed, with a letter of the stamp's frame glued before it ('LĐẾN'). *word*
INCOMING_ANCHOR_GLUED = regex.compile(r"\W*\p{Lu}ĐẾN\W*")
# The same word a letter off ("ĐẾ", "ĐÉM"), taken only alone on its line. *folded word*
INCOMING_ANCHOR_WORN = regex.compile(r"\W*(?:(?:den){e<=1}(?<=^\W*d.*))\W*")
# Labels printed only on that stamp, to find it when "ĐẾN" itself was not read; older and
# ministries' stamps print "Giờ: … Ngày: …" and "Kính chuyển: …". *folded*
# "Chuyển:", "Chuyểi…" (its C read), "Ghuyển:" (its C read G, as poor scans do).
_FORWARD_LABEL = r"[cg](?:huyen){s<=1}\s*[:;._…]"
INCOMING_LABEL = regex.compile(
    r"^[\W_]{0,2}(?:(?:kinh\s*)?" + _FORWARD_LABEL + r"|gio\s*[:;._…]"
    r"|(?:\w{1,2}\W{1,3})?(?:so va ky hieu h|luu ho so so)"  # "*Ì Số và ký hiệu Hê:"
    r"|(?:\w{1,3}\W{1,3})?ngay\s*[:;][^\n]{0,12}/\s*[0-9]{2,4}\b"
    r"|so\s*[:;.]+[\s._…]*[0-9]{1,6}[\s._…]*$)"
)  # "Ngày:..1.34)3/2023", "NN 'Ngày:. ./!ZM8§/2025" (the worn "ĐẾN" before it), "Số:.1704.."
# (a number without a symbol: the stamp's, not the letter's)
# The stamp's "Chuyển:" label anywhere in one of its lines, whatever was read after it.
INCOMING_FORWARD_LABEL = regex.compile(r"(?:^|\s)" + _FORWARD_LABEL)
# The stamp's "Giờ" with its dotted blank is known anywhere in a line (seal ink read before
# it); capitalised, unlike an hour in a sentence. *as read*
INCOMING_HOUR_LABEL = regex.compile(r"\bG(?:iờ|iơ|io)\s*[:;]?[._…]{3,}")
# The letter's own "Hà Nội, ngày …" line: never part of a stamp beside it. *folded*
LETTER_DATE_START = regex.compile(r"\w\s*,\s*(?:ngay){e<=1}")
# What is written in the stamp's dotted blanks: the dots show between its words
# ('Phòng.NV': Phòng NV) and inside one ('P.hòng'); after an initial before capitals they
# are its stop, and so is a comma ('P.KHTC', 'P, KHTC': P. KHTC). *as read*
BLANK_DOTS_BETWEEN_WORDS = regex.compile(r"(?<=\p{L}{2})[.…]+(?=\p{L})")
BLANK_DOTS_INSIDE_WORD = regex.compile(r"(?<=\b\p{Lu})[.…]+(?=\p{Ll})")
BLANK_INITIAL_STOP = regex.compile(r"(?<=\b\p{Lu})(?:[.…]+|,)\s*(?=\p{Lu})")
INCOMING_LAST = regex.compile(r"^[\W_]{0,2}(?:so va ky hieu h|luu ho so so)")  # *folded*
INCOMING_FIELDS = {
    # "Số:" ("S244…": its o lost against the number)
    "number": regex.compile(
        r"(?:^|\s)(?:so\s*[:;.]?|s(?=[0-9]{2,6}[\s._…·]*$))[\s._…·]*(?P<value>[0-9OolI]{1,6})\b"
    ),
    "date": regex.compile(
        r"ngay\s*[:;.]?[\s._…·]*(?P<value>[0-9OolI]{1,2}\s*[-/.]\s*[0-9OolI]{1,2}\s*[-/.]\s*[0-9OolI]{2,4})"
    ),
    "forwarded_to": regex.compile(
        r"(?:chuyen){e<=1}\s*[:;.]\s*[\s._…·]*(?P<value>[^.…·_]\S.*?)[\s._…·]*$"
    ),
    "file_ref": regex.compile(
        r"(?:luu ho so so|so va ky hieu hs)\s*[:;.]?\s*[\s._…·]*(?P<value>[^.…·_]\S.*?)[\s._…·]*$"
    ),
}

# The e-signature box of a signed PDF: "Ký bởi: …", "Người ký: …", "Thời gian ký: …".
ESIGN_ANCHOR = regex.compile(r"(?:Ký bởi|Người ký|Thời gian ký)\s*:", regex.IGNORECASE)
ESIGN_TIME = regex.compile(r"Thời gian ký\s*:\s*\S+\s+\S+", regex.IGNORECASE)
ESIGN_FIELDS = {
    "signer": regex.compile(
        r"(?:Ký bởi|Người ký)\s*:\s*(?P<value>[^\n]+?)\s*(?=$|\n|Email|Cơ quan)", regex.I | regex.M
    ),
    "organization": regex.compile(r"Cơ quan\s*:\s*(?P<value>[^\n]+?)\s*$", regex.I | regex.M),
    "email": regex.compile(r"Email\s*:\s*(?P<value>\S+@\S+)", regex.I),
    "signed_at": regex.compile(r"Thời gian ký\s*:\s*(?P<value>[^\n]+?)\s*$", regex.I | regex.M),
}
ESIGN_TIME_PARTS = regex.compile(
    r"(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})(?:\s+(?P<t>\d{1,2}:\d{2}(?::\d{2})?))?"
    r"(?:\s*(?P<tz>[+-]\d{2}:?\d{2}))?"
)
# Lines of the e-signature box that OCR reads off a rendered page. *folded*
ESIGN_LINE = regex.compile(r"^(?:ky boi|nguoi ky|email|co quan|thoi gian ky)\s*:")

# Characters no letter's text field holds: specks, rules and stamp edges OCR read as text;
# modifier letters and marks standing alone ('ˆ', '˜'): Vietnamese sets its marks on letters;
# letters of other alphabets OCR makes of a speck between two words ('mụcœnhiệm').
OCR_DEBRIS = regex.compile(r"[„‚‹›«»=|_©®°~^`¬¦§¤•·¨´¸¡¿†‡œæß\\<>{}\[\]*#@$\p{Lm}\p{Sk}]")
# Letters that must name their addressees with "Kính gửi" (NĐ 30 Phụ lục I ô 9a).
ADDRESSED_KINDS = frozenset({"cong_van", "to_trinh"})
# Bodies whose header names a parent above them (cơ quan chủ quản, ô 2). *folded*
SUBORDINATE_BODY = regex.compile(r"^(?:so|phong|chi cuc|cuc|vu|truong|trung tam|benh vien)\b")
# Letters Tesseract reads for others in a small-letter word on a poor scan ("trật fự",
# "tập trurig", "địa hàn", "thiêu tai"): tried by the spelling stage on a word in small
# letters (a syllable as read only when no word holds it), and taken only where the result
# joins its neighbours into a word of the list.
LETTER_CONFUSIONS = (
    ("f", "t"),
    ("rn", "m"),
    ("ri", "n"),
    ("cl", "d"),
    ("ii", "u"),
    ("bh", "ph"),
    ("gh", "ch"),
    ("i", "l"),  # a capital I for l: "Kết Iuận"
    ("h", "b"),  # "địa hàn"
    ("b", "h"),
    ("u", "n"),  # "thiêu tai"
    ("n", "u"),
    ("t", "c"),  # "tá nhân", "tông tác"
    ("y", "v"),  # "yệ sinh"
    ("l", "h"),  # "Thực liện"
)
# A capital OCR read inside or ending a word in small letters ('kHai', 'tỉnH'). Original
# text.
CAPITAL_INSIDE_WORD = regex.compile(r"\p{Ll}+\p{Lu}\p{Ll}*")
# Letters whose capital is the small letter's shape, larger: OCR tells them apart only by
# their size beside other letters. *folded*
CASE_ALIKE_CAPITALS = frozenset("ckopsuvwxz")
# Small words a name follows: places' levels, and how a person is named. *folded*
NAME_AFTER_WORDS = frozenset(
    {
        "tinh",
        "thanh",
        "pho",
        "huyen",
        "quan",
        "xa",
        "phuong",
        "tran",
        "thon",
        "ap",
        "ban",
        "lang",
        "to",
        "khu",
        "song",
        "nui",
        "ong",
        "ba",
        "anh",
        "chi",
        "em",
        "co",
        "chu",
    }
)
# "năm" before a year (ô 4 and every "năm 2025" of a text) as OCR misreads it: a mark or
# its first or last letter off ("nắm 2022", "măm 2021", "nan"), its m read as two letters
# ("nănỉ 2020", "narn", "nănh"). On the original text: a word in small letters, then a year.
YEAR_WORD_MISREAD = regex.compile(r"\b(?!năm\b)(?P<word>\p{Ll}{3,4})(?= (?:19|20)\d\d\b)")
YEAR_WORD_SHAPES = regex.compile(r"[nm]a(?:m|n|ni|in|rn|nh)")  # *folded*
# Words a subject (ô 5b) never holds, a mark off the word of the state's work it does:
# "công tắc" (a switch) is công tác. Original text.
SUBJECT_WORD_MISREADS = {"công tắc": "công tác"}
SUBJECT_WORD_MISREAD = regex.compile(r"\b(?:" + "|".join(SUBJECT_WORD_MISREADS) + r")\b")
# Words Kính gửi and Nơi nhận items (ô 9a, 9b: bodies and offices) never hold, a tone off
# the word they do: "Các phòng, bạn chuyên môn", "Bạn Tuyên giáo Tỉnh ủy", "UBND tính",
# or a letter off it ("Các Sở, han, ngành").
# Original text.
# Abbreviations of the state's bodies read without their Đ; no other word is spelled so.
ABBREVIATION_MISREADS = {"HDND": "HĐND", "DBQH": "ĐBQH"}
ABBREVIATION_MISREAD = regex.compile(r"\b(?:" + "|".join(ABBREVIATION_MISREADS) + r")\b")
BODY_LIST_MISREADS = {"bạn": "ban", "Bạn": "Ban", "han": "ban", "tính": "tỉnh"}
# A list item of bodies is one phrase: a stop or a question mark before a word in small
# letters inside it is a comma misread ('ngang Bộ. cơ quan', 'các Sở? ban'). Original text.
STOP_FOR_COMMA = regex.compile(r"(?<=\p{L}{2})[.?](?= \p{Ll})")
BODY_LIST_MISREAD = regex.compile(r"\b(?:" + "|".join(BODY_LIST_MISREADS) + r")\b")
# Characters OCR puts for Vietnamese ones: the Icelandic eth for Đ, dashes for hyphens.
# Vietnamese has no ñ or š: an n or an s under a speck.
OCR_LOOKALIKES = str.maketrans(
    {
        "Ð": "Đ",
        "ð": "đ",
        "‐": "-",
        "‑": "-",
        "−": "-",
        "⁄": "/",
        "ñ": "n",
        "Ñ": "N",
        "š": "s",
        "Š": "S",
    }
)

# `pdftotext -bbox` output: a page header or one word with its box (points).
PDF_BBOX_ITEM = regex.compile(
    r'<page width="(?P<page_w>[\d.]+)" height="(?P<page_h>[\d.]+)">'
    r'|<word xMin="(?P<x0>[\d.]+)" yMin="(?P<y0>[\d.]+)"'
    r' xMax="(?P<x1>[\d.]+)" yMax="(?P<y1>[\d.]+)">'
    r"(?P<text>[^<]*)</word>"
)

# ---------------------------------------------------------------- body
# Legal documents cited in the body: "Nghị định số 72/2013/NĐ-CP". Original text.
# Found in the folded body (so lost marks do not hide them) and written with the type's own
# name; spaces OCR put around "/" and "-" are closed up.
LEGAL_REFERENCE_TYPES = {
    "hien phap": "Hiến pháp",
    "bo luat": "Bộ luật",
    "luat": "Luật",
    "phap lenh": "Pháp lệnh",
    "nghi quyet lien tich": "Nghị quyết liên tịch",
    "nghi quyet": "Nghị quyết",
    "nghi dinh": "Nghị định",
    "thong tu lien tich": "Thông tư liên tịch",
    "thong tu": "Thông tư",
    "quyet dinh": "Quyết định",
    "chi thi": "Chỉ thị",
    "cong van": "Công văn",
    "ke hoach": "Kế hoạch",
    "thong bao": "Thông báo",
    "to trinh": "Tờ trình",
}
LEGAL_REFERENCE = regex.compile(
    r"\b(?P<type>" + "|".join(sorted(LEGAL_REFERENCE_TYPES, key=len, reverse=True)) + r")"
    r"[\s:]+(?:so\s*)?(?:[^\w\s]{1,4}\s*)?"  # a speck's marks after "số" ("số -... 178/")
    r"(?P<number>\d{1,5}\s?[/⁄]+\s?(?:\d{4}\s?[/⁄]+\s?)?[a-zđ][a-zđ0-9]*"
    r"(?:\s?-\s?[a-zđ0-9]+)*)"
)
# The year of a cited normative document: "72/2013/NĐ-CP". Original text.
CITED_YEAR = regex.compile(r"/(?P<year>(?:19|20)\d{2})/")
# What still looks like a citation when LEGAL_REFERENCE cannot read it ("Thông tư sô
# 0l/2011/TT-BNV", "Nghị đinh số 72/...", a speck's letter after số: "số ố 30/202Đ/NĐ+"):
# a type a letter off, then a number and a slash. *folded*
LEGAL_REFERENCE_LOOSE = regex.compile(
    r"\b(?:(?:nghi dinh|thong tu|quyet dinh|nghi quyet|chi thi){e<=1})"
    r"[\s.,:]*(?:(?:so){e<=1}[\s.,:]*)?(?:\S{1,2}\s+)?\S?[0-9oli]{1,5}\s?[/⁄]"
    # or a normative number with its year, whatever its type was read as: "số 01/2011/TT-BNV",
    # "Thôïig tư số 01/201 1/TT-BNV"
    r"|\bso\s*\S?[0-9oli]{1,5}\s?[/⁄]\s?[0-9oli]{4}\s?[/⁄]\s?[a-zđ]{2,}"
    r"|(?<![\w/])[0-9oli]{1,5}\s?[/⁄]\s?(?:19|20)[0-9oli ]{2,3}[/⁄]\s?[a-zđ]{2,}"
)
# A page number alone at the top of pages 2, 3…  (NĐ 30: page numbers top centre).
PAGE_NUMBER = regex.compile(r"^[-–\s]*\d{1,3}[-–\s]*$")

# ---------------------------------------------------------------- issuing bodies
# Words that open the name of a body (cơ quan): a header line opening with one starts a
# new body, so the line above it is the parent body (cơ quan chủ quản, ô 2). *folded*
BODY_HEAD_WORDS = (
    "bo",
    "so",
    "cuc",
    "tong cuc",
    "vu",
    "vien",
    "ban",
    "phong",
    "chi cuc",
    "trung tam",
    "van phong",
    "uy ban",
    "ubnd",
    "hoi dong",
    "hdnd",
    "thanh tra",
    "truong",
    "benh vien",
    "cong an",
    "bo chi huy",
    "ban chi huy",
    "chinh phu",
    "thu tuong",
    "kho bac",
    "ngan hang",
    "toa an",
    "vien kiem sat",
    "kiem toan",
    "bao hiem",
    "tong cong ty",
    "cong ty",
    "hoc vien",
    "dai hoc",
    "doan",
    "hoi",
    "dang uy",
    "tinh uy",
    "thanh uy",
    "huyen uy",
    "quan uy",
    "mat tran",
    "lien doan",
    "quoc hoi",
    "chu tich",
    "bo truong",
    "giam doc",
    "dai su quan",
    "tap doan",
    "tram",
    "chi nhanh",
    "ban quan ly",
    "nha xuat ban",
    "dai phat thanh",
    "bao tang",
    "lien minh",
    "tong lien doan",
    "guc",  # CỤC with its C read as G (BODY_HEAD_SPELLINGS)
)
# The one-word heads of a body's name as printed, by their folded form: "CỰC AN TOÀN THỰC
# PHẨM" can only be a CỤC.
BODY_HEAD_SPELLINGS = {
    "bo": "BỘ",
    "so": "SỞ",
    "cuc": "CỤC",
    "vu": "VỤ",
    "vien": "VIỆN",
    "phong": "PHÒNG",
    "truong": "TRƯỜNG",
    "tram": "TRẠM",
    "guc": "CỤC",  # a C read as G: no body's name opens with GỤC
}
# The same heads glued by OCR to the next word of a name in capitals ("SỞYTẾ"). *folded*
BODY_HEAD_GLUED = regex.compile(r"^(?:" + "|".join(BODY_HEAD_SPELLINGS) + r")(?=[a-z])")
# The four-word heads of the councils' names, by their folded form: "ỦY BAN NHÂN BẢN HUYỆN
# BẾN LỨC" can only be an ỦY BAN NHÂN DÂN.
# A stop, comma or colon between two words of a body's name in capitals is a speck ('XÃ
# HÒA.BÌNH', 'NHÀ,NƯỚC', 'BỘ.Y TẾ', 'TỈNH:TRÀ VINH'), and so is a hyphen after its level
# word ('HUYỆN-ĐẮK SONG'; a place's own name may hold one: 'PHAN RANG-THÁP CHÀM'); "TP.HỒ
# CHÍ MINH" abbreviates. Original text.
STOP_IN_BODY_NAME = regex.compile(
    r"(?<!\bTP)(?<=\p{Lu}{2})[.,:](?=\p{Lu})|(?<=\b(?:TỈNH|HUYỆN|QUẬN|XÃ|PHƯỜNG|PHỐ))-(?=\p{Lu})"
)
BODY_HEAD_PHRASES = {
    "uy ban nhan dan": "ỦY BAN NHÂN DÂN",
    "hoi dong nhan dan": "HỘI ĐỒNG NHÂN DÂN",
}
# Between two groups of a symbol a hyphen is the only mark (NĐ 30 Phụ lục I ô 3): a colon
# there is a misread hyphen ('SKHĐT:TH', 'UBND; KGVX': a space after it before a group in
# capitals), as is a modifier mark ('SKHCNˆQLKH'), and so is a stop in a symbol without a
# hyphen ('HĐND.VP', 'TTr.UBND'); a stop beside one may be a drafting unit's own
# ('QLG-QLG.CN').
SYMBOL_COLON = regex.compile(
    r"(?<=[\p{L}\d])(?:[:;](?:(?=\p{Lu})| (?=\p{Lu}{2,6}\b))|[\p{Lm}\p{Sk}](?=\p{Lu}))"
)
# A symbol's characters: letters and digits (no modifier mark: 'TB-UBNDˆˆ'), & . -
SYMBOL_CHARACTERS = regex.compile(r"(?:(?!\p{Lm})[\w&.\-])*")
SYMBOL_STOP = regex.compile(r"(?<=\p{Lu}\p{L}?)\.(?=\p{Lu})")
# The issuing body's part of a symbol abbreviates its name by initials ("SỞ TÀI CHÍNH" STC,
# "CỤC AN TOÀN THỰC PHẨM" ATTP, "ỦY BAN NHÂN DÂN TỈNH …" UBND), "và" left out (NĐ 30
# Phụ lục I ô 3); a few abbreviate otherwise. *folded*
SYMBOL_BODY_EXCEPTIONS = frozenset({"ttg", "ct", "vpctn"})
# Bodies whose code in symbols is not their initials, by the folded start of their name.
BODY_CODES = {
    "uy ban nhan dan": "UBND",
    "ubnd": "UBND",
    "hoi dong nhan dan": "HĐND",
    "hdnd": "HĐND",
}
# Words of a body's name where its place begins: the code stops before them. *folded*
LEVEL_WORDS = frozenset({"tinh", "thanh", "huyen", "quan", "xa", "phuong"})
# A name cut short after its administrative level. *folded*
UNFINISHED_NAME = regex.compile(r"\b(?:tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong|thi tran)\W*$")
# Debris between two names on one line: the rule under the parent body's name. *folded*
PARENT_RULE = regex.compile(r"\s+[^\p{L}\p{N}\s]+(?:\s+[^\p{L}\p{N}\s]+)*\s+")
BODY_HEAD = regex.compile(
    r"^(?:" + "|".join(sorted(BODY_HEAD_WORDS, key=len, reverse=True)) + r")\b"
)
