"""Spelling: tone marks OCR misread, put right by the words of a Vietnamese word list.

Tesseract often reads a syllable with the wrong tone or none ("Thành phô", "Chú tịch",
"kiếm định", "Uy ban"): each syllable is real, but the pair is no word, while the same
pair with other tones is ("thành phố"). ``correct`` cuts a text into words of the word list
(Viet74K, shipped with underthesea) and of the gazetteers, letting a syllable take other
marks where that makes it part of a longer word. A change must pay for itself: the longer
word gains its length in syllables (and ``LONG_WORD_BONUS`` for each past two), each
changed syllable costs ``TONE_CHANGE_COST`` or ``MARK_CHANGE_COST`` (``UNKNOWN_CHANGE_COST``
when the syllable as read is no Vietnamese syllable at all). So a syllable of a word as read
is never changed, two single words side by side are changed only when a change joins them
into a word, and a word of two may take a third ("tài sản cộng" is tài sản công). A word in small
letters may also have a letter OCR confuses put right (patterns.LETTER_CONFUSIONS: "địa
hàn" is địa bàn), on the same terms; a word with marks that no syllable is, one letter
other or one lost ("Kiển tra", "hướn dẫn"), at ``LETTER_OFF_COST``.

A tone OCR set on a vowel no spelling puts it on ('họach', 'dụyêt') is moved where it goes
(hoạch, duyệt); either placement of an open syllable (hòa, hoà) stays as written.

``unknown_syllables`` lists the words carrying Vietnamese marks that are no syllable of the
word list ("Hồnš", "Tiần"): OCR's, for review.
"""

from __future__ import annotations

import importlib.util
import itertools
import math
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import regex

from docparse import gazetteer, patterns
from docparse.text import TONE_MARKS, edit_distance, fold, near_miss, tone_last

_SYLLABLE = regex.compile(r"\p{L}+")
_VOWEL = regex.compile(r"[aeiouy]")
# Cost of reading a syllable with other marks: another tone (or none); its other marks too
# (ô/o, ư/u, â/a, đ/d); any change of what is no Vietnamese syllable as read.
TONE_CHANGE_COST = 1.5
MARK_CHANGE_COST = 1.9
UNKNOWN_CHANGE_COST = 0.3
# A word without marks that is no syllable (a misread "trurig", or foreign: "internet")
# changes only by a letter confusion (patterns.LETTER_CONFUSIONS), at this cost.
UNMARKED_CHANGE_COST = 0.6
# A word in small letters that is no syllable and no confusion makes one may be one letter
# off a syllable (dropped or put for another), at this cost.
LETTER_OFF_COST = 1.0  # two such letters never make a word of two syllables
LETTER_CHANGE_EXTRA = 0.05  # a changed letter weighs a little more than changed marks
LONGEST_WORD = 4  # syllables
LONG_WORD_BONUS = 0.6  # see the module's note
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
MIN_USES = 2  # entries of the general word list a syllable must occur in to be trusted
_FAMILY_NAMES = frozenset(patterns.FAMILY_NAMES.values())
WORD_LIST = ("underthesea", "corpus/data/Viet74K.txt")


@dataclass(frozen=True)
class Correction:
    text: str
    changes: list[tuple[str, str]]  # (as read, as corrected), in order


@dataclass(frozen=True)
class _Lexicon:
    syllables: frozenset[str]  # syllable keys (see ``_key``)
    general: frozenset[str]  # those of the general word list (place names have rarer ones)
    steady: frozenset[str]  # keys never changed as read (data/steady.txt)
    skeletons: frozenset[str]  # the syllables without any mark
    words: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]  # folded → words of 2 or more
    terms: dict[tuple[str, ...], tuple[str, ...]]  # folded → terms of the state's work, 3+
    state_words: frozenset[tuple[str, ...]]  # every word of data/words.txt


def correct(text: str) -> Correction:
    """The text with misread tone marks (and letters, in words no syllable is) put right
    where the word list is sure."""
    lexicon = _lexicon()
    text, changes = _unglued(lexicon, text)
    text = _year_word(text, changes)
    text = _case_misreads(lexicon, text, changes)
    text = _abbreviations(text, changes)
    matches = list(_SYLLABLE.finditer(text))
    pieces: list[str] = []
    last = 0
    for run in _runs(text, matches):
        chosen = _best_reading(lexicon, [m[0] for m in run])
        for match, key in zip(run, chosen, strict=True):
            pieces.append(text[last : match.start()])
            word = match[0]
            at = _tone_letter(word)
            if (
                key == _key(word)
                and key in lexicon.syllables
                and at is not None
                and not _tone_may_go(_toneless(key), at)
            ):
                word = _spelt_like(word, key)  # 'họach': hoạch, a tone where none goes
            if key != _key(word):
                new = _spelt_like(word, key)
                if word[0] == "I" and new[0] == "L":
                    new = new.lower()  # "Iuận": the l read as a capital I, not a capital L
                changes.append((word, new))
                word = new
            pieces.append(word)
            last = match.end()
    pieces.append(text[last:])
    return Correction("".join(pieces), changes)


def _case_misreads(lexicon: _Lexicon, text: str, changes: list[tuple[str, str]]) -> str:
    """Capitals OCR read for small letters: one inside a word in small letters ('kHai');
    capitals shaped as their small letters (c, k, s, o, v…: they differ only in size, which a
    short line does not show) after a word in small letters, no level word: one syllable
    that makes a word of the list with the word before it ('tìm Kiếm'), or syllables that
    make one and name no place ('tại Cơ Sở'); a short word all in capitals that makes a word
    of the list with the one before ('bảo VỆ')."""
    words = list(_SYLLABLE.finditer(text))
    lower: set[int] = set()
    for i, word in enumerate(words):
        if patterns.CAPITAL_INSIDE_WORD.fullmatch(word[0]):
            lower.add(i)
        # A document type's name takes one capital ('Kế Hoạch' is Kế hoạch).
        pair = f"{words[i - 1][0]} {word[0].lower()}" if i else ""
        if word[0].istitle() and pair in patterns.TYPE_NAMES:
            lower.add(i)
    for start in range(1, len(words)):
        before = words[start - 1][0]
        if not before.islower() or fold(before) in patterns.NAME_AFTER_WORDS:
            continue  # 'xã Cao Sơn': a name follows
        after = words[start + 1][0] if start + 1 < len(words) else ""
        shouted = words[start][0].isupper() and len(words[start][0]) <= 3 and not after.isupper()
        if shouted and _is_word(lexicon, (_key(before), _key(words[start][0]))):
            lower.add(start)  # 'bảo VỆ rừng': one short word in capitals amid small ones
            continue
        if not words[start][0].istitle():
            continue
        end = start
        while end < len(words) and words[end][0].istitle():
            end += 1
        run = [w[0] for w in words[start:end]]
        if not all(fold(w[0]) in patterns.CASE_ALIKE_CAPITALS for w in run):
            continue  # 'Chi cục Thuế': a T is no misread t
        if len(run) == 1 and _is_word(lexicon, (_key(before), _key(run[0]))):
            lower.add(start)
        elif (
            1 < len(run) <= LONGEST_WORD
            and _is_word(lexicon, tuple(map(_key, run)))
            and not gazetteer.is_place(" ".join(run))
        ):
            lower.update(range(start, end))
    pieces, last = [], 0
    for i in sorted(lower):
        word = words[i]
        changes.append((word[0], word[0].lower()))
        pieces += [text[last : word.start()], word[0].lower()]
        last = word.end()
    return "".join(pieces) + text[last:]


def _abbreviations(text: str, changes: list[tuple[str, str]]) -> str:
    """Abbreviations of the state's bodies that lost a mark ('HDND': HĐND)."""

    def mend(match: regex.Match) -> str:
        changes.append((match[0], patterns.ABBREVIATION_MISREADS[match[0]]))
        return changes[-1][1]

    return patterns.ABBREVIATION_MISREAD.sub(mend, text)


def _is_word(lexicon: _Lexicon, keys: tuple[str, ...]) -> bool:
    """Whether the syllables' keys (see ``_key``) make a word of the list as they are."""
    return keys in lexicon.words.get(tuple(map(_skeleton, keys)), ())


# A word glued to a number after it ("năm2022"): not a symbol's group ("QH13"). A word in
# small letters with marks that is no syllable, two glued ("tácphòng", "Tìnhhình").
_GLUED_NUMBER = regex.compile(r"\b(?P<word>\p{Lu}?\p{Ll}{2,})(?P<number>\d+)\b")
_GLUED_WORD = regex.compile(r"\b(?:\p{Lu}?\p{Ll}{5,}|\p{Lu}{5,})\b")  # "ANLẠC" too


def _unglued(lexicon: _Lexicon, text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text with words OCR glued together set apart, and the changes: a word glued to
    a number, and a word with marks that is no syllable and splits in exactly one way into
    two syllables of the general word list, the second opening with a consonant (OCR
    misreads a syllable's vowels into shapes that split: 'chưyên', 'boạt', 'tắng')."""
    changes: list[tuple[str, str]] = []

    def apart(glued: str, at: int) -> str:
        changes.append((glued, f"{glued[:at]} {glued[at:]}"))
        return changes[-1][1]

    def split(match: regex.Match) -> str:
        word = match[0]
        if word.isascii() or _key(word) in lexicon.syllables:
            return word
        cuts = [
            at
            for at in range(2, len(word) - 1)
            if fold(word[at]) not in _VOWELS  # 'chưyên' is no 'chư yên': a misread syllable
            and _key(word[:at]) in lexicon.general
            and _key(word[at:]) in lexicon.general
        ]
        return apart(word, cuts[0]) if len(cuts) == 1 else word

    text = _GLUED_NUMBER.sub(lambda m: apart(m[0], len(m["word"])), text)
    return _GLUED_WORD.sub(split, text), changes


def _year_word(text: str, changes: list[tuple[str, str]]) -> str:
    """The text with "năm" put back where OCR misread it before a year ("nắm 2022")."""

    def mend(match: regex.Match) -> str:
        if not patterns.YEAR_WORD_SHAPES.fullmatch(fold(match["word"])):
            return match[0]
        changes.append((match[0], "năm"))
        return "năm"

    return patterns.YEAR_WORD_MISREAD.sub(mend, text)


def unknown_syllables(text: str) -> list[str]:
    """Words no Vietnamese syllable can be: with Vietnamese marks but not in the word list
    ("Hồnš", "Tiần"), or in small letters without marks and no syllable with its marks lost
    ("trurig": OCR's rn for m; "Truag", capitalised). Abbreviations are not judged: words
    in capitals without a vowel ("HĐND") or without the shape of a syllable ("VPĐUCP")."""
    lexicon = _lexicon()
    found = []
    for word in _SYLLABLE.findall(text):
        if word.isascii():
            if (
                word[1:].islower()
                and len(word) >= 3
                and _VOWEL.search(word)  # "pvc": a drafter's initials on the Lưu line
                and word.lower() not in lexicon.skeletons
            ):
                found.append(word)
        elif (
            _VOWEL.search(fold(word))
            and not (word.isupper() and not gazetteer.syllable_shaped(word))
            and _key(word) not in lexicon.syllables
        ):
            found.append(word)
    return found


# A capital alone (or with a small letter after it: 'St', when that is no syllable) or a
# few marks. Not a speck: a Roman numeral ("lần thứ V năm"), a dash between names ("Công
# báo - Tin học"), punctuation that ends a phrase, "&" or "/". A digit alone is one ("hủy 4
# diệt"), but not beside a word that counts ("ngày 5 tháng").
_SPLITTER = regex.compile(
    r"(?<=\p{L}) (?P<mark>(?![IVXLCDM]\b)(?:\p{Lu}\p{Ll}?|[^\s\p{L}\d\p{Pd},;:.&/]{1,3})"
    r"|(?<!\b(?i:ngày|tháng|năm|quý|giờ|tuần|lần|số|khóa|khoá|kỳ|đợt|thứ|phần|mục|điều) )\d"
    r"(?! (?i:ngày|tháng|năm|quý|giờ|tuần|lần))) (?=\p{L})"
)
# A hyphen glued between two syllables ("Ủy-ban"), or a dash between two in small letters
# ("chế - độ"): one only where they form a word.
_DASH_SPLITTER = regex.compile(
    r"(?<=\p{L})(?P<mark>-)(?=\p{L})|(?<=\p{Ll}) (?P<mark>[-–—]) (?=\p{Ll})"
)


def drop_splitters(text: str) -> tuple[str, list[str]]:
    """The text without specks read between two syllables of one word, and those dropped: a
    capital alone or a few marks (see ``_SPLITTER``) where the syllables on either side form
    a word of the list ("Hậu Ề Giang", "tiết St kiệm", "thi ~ đua", "Ủy-ban", "chế - độ").
    A capital between two that form no word ("Nhóm A Tổ") stays, and so does a dash ("kinh
    tế - xã hội")."""
    lexicon = _lexicon()
    dropped: list[str] = []

    def drop(match: regex.Match) -> str:
        if len(match["mark"]) == 2 and _key(match["mark"]) in lexicon.syllables:
            return match[0]
        before = text[: match.start()].rsplit(None, 1)[-1]
        after = text[match.end() :].split(None, 1)[0]
        pair = (_key(_SYLLABLE.findall(before)[-1]), _key(_SYLLABLE.findall(after)[0]))
        if _is_word(lexicon, pair):
            dropped.append(match["mark"])
            return " "
        return match[0]

    text = _SPLITTER.sub(drop, text)
    return _DASH_SPLITTER.sub(drop, text), dropped


def check_name(name: str) -> tuple[str, list[str]]:
    """A person's name with each syllable after the family name checked against the
    syllables of names (data/names.txt, and the family names), and doubts. One that is no
    name's but a tone away from exactly one is taken as it ("Lê Thể Thành": Thế), and so
    is one that is no syllable at all and a letter from exactly one ("Việ": Việt); others
    are kept as read. Either way the name is listed for review. A syllable read twice in a
    row is taken once, and said."""
    syllables = _name_syllables()
    words = name.split()
    doubts: list[str] = []
    once = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]
    if len(once) < len(words) and len(once) >= 2:
        # 'Trần Kim Kim Thảo Thảo': a line read twice over itself, not a name's syllables.
        doubts.append(f"name read as '{name}': syllables read twice taken once")
        words = once
    for i, word in enumerate(words[1:], start=1):
        key = _key(word)
        if key in syllables:
            doubts += _lost_mark(word, syllables)
            continue
        alike = [k for k in syllables if _toneless(k) == _toneless(key)]
        if not alike and key not in _lexicon().syllables:
            # No syllable at all ("Hồnÿ", "Việ"): a letter off a name's, without marks.
            near = near_miss(_skeleton(key), 1)
            alike = [k for k in syllables if near.fullmatch(_skeleton(k))]
        elif not alike:
            # A word, but no name's, whatever its tone ('Hãng'): a name's of the same letters,
            # its marks read otherwise, its tone in the same place (Hằng).
            same = [k for k in syllables if _skeleton(k) == _skeleton(key)]
            alike = _tone_in_same_place(key, same)
        if len(alike) > 1:
            alike = _tone_in_same_place(key, alike) or alike
        if len(alike) > 1 and key not in _lexicon().syllables:
            # No syllable at all ('Tôàn'): its letters with the tone read ('Toàn', not Toán
            # or Hoàn).
            tone = key[len(_toneless(key)) :]
            same = [k for k in alike if _skeleton(k) == _skeleton(key) and k.endswith(tone)]
            alike = same if tone and len(same) == 1 else alike
        if len(alike) > 1:
            # OCR misreads a letter far more often than it adds or loses one ("Xđân": Xuân,
            # not Dân): the one syllable as long as the word read is taken.
            alike = [k for k in alike if len(_skeleton(k)) == len(_skeleton(key))] or alike
        if len(alike) != 1 and 0 < i < len(words) - 1:
            # A middle syllable with its marks lost ('Van'): the common middle name.
            middle = [k for k in _common_middle_names() if _skeleton(k) == _skeleton(key)]
            alike = middle if len(middle) == 1 else alike
        if len(alike) == 1:
            words[i] = _spelt_like(word, alike[0])
            doubts.append(f"'{word}' is no usual syllable of a name: taken as '{words[i]}'")
        else:
            doubts.append(f"'{word}' is no usual syllable of a name")
    return " ".join(words), doubts


def _lost_mark(word: str, syllables: frozenset[str]) -> list[str]:
    """A doubt when the name's syllable may have lost a mark OCR often drops, its marked
    form a name's too (patterns.NAME_LOST_MARKS: 'Tiên' or Tiến)."""
    for read, meant in patterns.NAME_LOST_MARKS:
        other = word.replace(read, meant)
        if other != word and _key(other) in syllables:
            return [f"'{word}' may be '{other}': OCR often loses that mark in a name"]
    return []


# The tone mark under the vowel (nặng); the others sit above it.
TONE_BELOW = "\u0323"
TONES_ABOVE = tuple(sorted(TONE_MARKS - {TONE_BELOW}))


def _tone_in_same_place(key: str, alike: list[str]) -> list[str]:
    """The keys in ``alike`` whose tone mark sits where the one read does, above or below
    the vowel: OCR mistakes one mark above for another ('Hiều' for Hiếu) far more often
    than for the dot below (Hiệu)."""
    tone = key[len(_toneless(key)) :]
    if not tone:
        return []
    return [k for k in alike if k.endswith(TONE_BELOW if tone == TONE_BELOW else TONES_ABOVE)]


def is_syllable(word: str) -> bool:
    """Whether ``word`` is a syllable of the word list ('vị', 'lá'; not 's', 'SN')."""
    return _key(word) in _lexicon().syllables


def is_name_syllable(word: str) -> bool:
    """Whether ``word`` is a syllable of Vietnamese names (data/names.txt, family names)."""
    return _key(word) in _name_syllables()


@cache
def _common_middle_names() -> frozenset[str]:
    return frozenset(_key(s) for s in patterns.COMMON_MIDDLE_NAMES)


@cache
def _name_syllables() -> frozenset[str]:
    return frozenset(_key(s) for s in [*_data("names.txt"), *patterns.FAMILY_NAMES.values()])


def _runs(text: str, matches: list[regex.Match]) -> list[list[regex.Match]]:
    """Syllables that may form words together: one space apart, no punctuation between."""
    runs: list[list[regex.Match]] = []
    for match in matches:
        if runs and text[runs[-1][-1].end() : match.start()] == " ":
            runs[-1].append(match)
        else:
            runs.append([match])
    return runs


def _best_reading(lexicon: _Lexicon, syllables: list[str]) -> list[str]:
    """Each syllable's key in the best cut of the run into words (see the module's note)."""
    keys = [_key(s) for s in syllables]
    count = len(keys)
    standing = [0.0 if k in lexicon.syllables else UNKNOWN_CHANGE_COST for k in keys]
    skeletons = [
        _misread_skeletons(s)
        if s.islower() or (standing[i] and s.istitle())
        else (_skeleton(keys[i]),)
        for i, s in enumerate(syllables)
    ]
    # No confusion of OCR's makes it a syllable: any one letter may be off, at a higher cost.
    edited = [False] * count
    for i, s in enumerate(syllables):
        if standing[i] and s.islower() and len(skeletons[i]) == 1:
            skeletons[i] = _one_letter_off(s)
            edited[i] = len(skeletons[i]) > 1
    # A word with marks that no syllable is ('kiển', 'thữt', 'hướn'): OCR misread its marks,
    # or one letter, or lost one ('Kiểm tra', 'văn thư', 'hướng dẫn'), at LETTER_OFF_COST;
    # unless it is one of the commonest syllables misread ('cáe': các, not 'cấm phòng').
    lettered: list[frozenset[str]] = [frozenset()] * count
    for i, s in enumerate(syllables):
        if (
            standing[i] == UNKNOWN_CHANGE_COST
            and not s.isascii()
            and len(_steady_alike(lexicon, keys[i], letter_off=True)) != 1
        ):
            lettered[i] = frozenset(_one_letter_off(s, marked=True)[1:]) - set(skeletons[i])
            skeletons[i] = (*skeletons[i], *sorted(lettered[i]))
    # Never changed: the commonest syllables, and a person's name (a family name and the
    # capitalised words after it: "Nguyễn Tiến Quý" is no misread "nguyên tiền"). A word
    # without any mark that is no syllable changes only by a letter confusion.
    for i, syllable in enumerate(syllables):
        if keys[i] in lexicon.steady:
            standing[i] = math.inf
        elif edited[i]:
            standing[i] = LETTER_OFF_COST
        elif syllable.isascii() and standing[i]:
            standing[i] = UNMARKED_CHANGE_COST if len(skeletons[i]) > 1 else math.inf
        if syllable in _FAMILY_NAMES and i + 1 < count and syllables[i + 1][0].isupper():
            for j in range(i, min(count, i + 4)):
                if j > i and not syllables[j][0].isupper():
                    break
                standing[j] = math.inf
    # Capitalised words side by side are a name ("Luật Giá", "Long Thành"): none of them
    # is changed to join a common word ("luật gia", "lòng thành").
    # The last of them may still join a word in small letters after it ("Ban Chị đạo").
    titled = [s[0].isupper() and not s.isupper() for s in syllables]
    for i in range(1, count):
        if titled[i] and titled[i - 1]:
            standing[i - 1] = math.inf
            if i + 1 == count or not syllables[i + 1].islower():
                standing[i] = math.inf
    # A real syllable that forms a word as read with a neighbour stays as read, unless it is
    # a tone or a mark off a term of the state's work of three syllables or more (data/
    # words.txt) with its neighbours: 'chuyển đối số' is no 'đối số' (argument) but
    # chuyển đổi số.
    terms = _terms_a_mark_off(lexicon, keys)
    in_term = {i for start, term in terms for i in range(start, start + len(term))}
    for start in range(count - 1):
        for end in range(start + 2, min(count, start + LONGEST_WORD) + 1):
            span = tuple(keys[start:end])
            if _is_word(lexicon, span):
                for i in range(start, end):
                    if standing[i] == 0.0 and i not in in_term:
                        standing[i] = math.inf
    best: list[tuple[float, list[str]]] = [(0.0, [])]
    for end in range(1, count + 1):
        score, reading = best[end - 1]
        candidate = (score, [*reading, keys[end - 1]])
        for start in range(max(0, end - LONGEST_WORD), end - 1):
            word, cost = _cheapest_word(
                lexicon,
                keys[start:end],
                standing[start:end],
                skeletons[start:end],
                lettered[start:end],
            )
            gain = best[start][0] + (end - start) + LONG_WORD_BONUS * max(0, end - start - 2) - cost
            if word and gain > candidate[0]:
                candidate = (gain, [*best[start][1], *word])
        best.append(candidate)
    reading = best[count][1]
    # Such a term is taken whole, whatever words its syllables make as read ('phân bố dự
    # toán': phân bố and dự toán are words, phân bổ dự toán the state's term).
    for start, term in terms:
        changed = [i for i, key in enumerate(term, start) if keys[i] != key]
        if all(standing[i] < math.inf for i in changed):
            reading[start : start + len(term)] = term
    # A word no syllable is, one mark or two from exactly one of the commonest syllables,
    # is that one ("cúa" is "của"); so is one in small letters found only in place names
    # ("nặm": Pác Nặm). Failing that, one with the same marks and one letter other than
    # exactly one of them, in small letters ("xề" is "về"); failing that, one of three
    # letters or more, a letter short of exactly one syllable of the general list ("rừn" is
    # "rừng").
    for i, key in enumerate(reading):
        unknown = standing[i] == UNKNOWN_CHANGE_COST or (
            standing[i] == 0.0 and syllables[i].islower() and key not in lexicon.general
        )
        if key == keys[i] and unknown and not syllables[i].isascii():
            alike = _steady_alike(lexicon, key, letter_off=syllables[i].islower())
            if not alike and syllables[i].islower() and len(_skeleton(key)) >= 3:
                alike = [k for k in _one_letter_more(key) if k in lexicon.general]
            if len(alike) == 1:
                reading[i] = alike[0]
    return reading


def _one_letter_more(key: str) -> set[str]:
    """The keys a letter longer than ``key``, its tone kept: a letter OCR lost ('rừn')."""
    bare = _toneless(key)
    tone = key[len(bare) :]
    return {bare[:at] + c + bare[at:] + tone for at in range(len(bare) + 1) for c in _ALPHABET}


def _steady_alike(lexicon: _Lexicon, key: str, *, letter_off: bool) -> list[str]:
    """The commonest syllables a mark or two from ``key``; failing those, ``letter_off``,
    the ones with the same marks and one letter other."""
    alike = [k for k in lexicon.steady if _skeleton(k) == _skeleton(key)]
    if not alike and letter_off:
        alike = [k for k in lexicon.steady if _one_letter_other(k, key)]
    return alike


def _terms_a_mark_off(lexicon: _Lexicon, keys: list[str]) -> list[tuple[int, tuple[str, ...]]]:
    """Where the syllables read are one syllable's marks off a term of data/words.txt of
    three syllables or more, and that term."""
    found = []
    for size in range(3, LONGEST_WORD + 1):
        for start in range(len(keys) - size + 1):
            span = keys[start : start + size]
            term = lexicon.terms.get(tuple(map(_skeleton, span)))
            if term is not None and sum(a != b for a, b in zip(span, term, strict=True)) == 1:
                found.append((start, term))
    return found


def _one_letter_other(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _cheapest_word(
    lexicon: _Lexicon,
    span: list[str],
    standing: list[float],
    skeletons: list[tuple[str, ...]],
    lettered: list[frozenset[str]],
) -> tuple[tuple[str, ...], float]:
    """The word of the list the span is the fewest changes from; none when two words are
    equally close (chấn/chắn: the list cannot tell which the page meant). A syllable read
    as the letters of ``lettered`` pays LETTER_OFF_COST."""
    costs = sorted(
        (
            sum(map(_change_cost, span, word, standing, lettered)) + _letters_changed(span, word),
            word,
        )
        for letters in itertools.product(*skeletons)
        for word in lexicon.words.get(letters, ())
    )
    if len(costs) > 1 and costs[1][0] == costs[0][0]:
        # OCR mistakes a mark above for another (or none) far more often than for the dot
        # below: of words equally close, the one whose tones sit where the page's do.
        tied = [word for cost, word in costs if cost == costs[0][0]]
        alike = [word for word in tied if all(map(_tone_below_alike, span, word))]
        if len(alike) != 1:
            # A word of the state's work (data/words.txt) before another: 'công tấc' is
            # công tác, not công tắc (a switch).
            state = [word for word in alike or tied if word in lexicon.state_words]
            alike = state if len(state) == 1 else alike
        if len(alike) != 1:
            # A letter off: of words equally close, the one nearest as written, its marks and
            # the letters kept alike ('an tdàn': an toàn, not an tân).
            pool = alike or tied
            distances = [sum(map(edit_distance, span, word)) for word in pool]
            alike = [w for w, d in zip(pool, distances, strict=True) if d == min(distances)]
        costs = [(costs[0][0], alike[0])] if len(alike) == 1 else []
    if not costs:
        return (), 0.0
    return costs[0][1], costs[0][0]


def _letters_changed(span: list[str], word: tuple[str, ...]) -> float:
    """What changing letters adds to the cost of a word: a reading that changes only marks
    ('tiêử': tiêu) is likelier than one that also changes a letter (tiền)."""
    changed = sum(_skeleton(a) != _skeleton(b) for a, b in zip(span, word, strict=True))
    return LETTER_CHANGE_EXTRA * changed


def _tone_below_alike(have: str, want: str) -> bool:
    """Whether both keys carry the dot below (nặng), or neither does."""
    return have.endswith(TONE_BELOW) == want.endswith(TONE_BELOW)


def _change_cost(
    have: str, want: str, standing: float, lettered: frozenset[str] = frozenset()
) -> float:
    """What reading ``want`` for ``have`` costs: ``standing`` is 0 for a real syllable,
    UNKNOWN_CHANGE_COST for none, infinite for one that forms a word as read;
    LETTER_OFF_COST for letters of ``lettered`` (a letter off the syllable as read)."""
    if have == want:
        return 0.0
    if _skeleton(want) in lettered:
        return max(standing, LETTER_OFF_COST)
    if standing:
        return standing
    return TONE_CHANGE_COST if _toneless(have) == _toneless(want) else MARK_CHANGE_COST


@lru_cache(maxsize=65536)
def _misread_skeletons(syllable: str) -> tuple[str, ...]:
    """The syllable's letters, and the syllables' letters it reads as with one letter
    confusion of OCR's ("fu" for "tu", "trurig" for "trung")."""
    lexicon = _lexicon()
    letters = _skeleton(_key(syllable))
    variants = {
        letters[:at] + right + letters[at + len(wrong) :]
        for wrong, right in patterns.LETTER_CONFUSIONS
        for at in range(len(letters))
        if letters.startswith(wrong, at)
    }
    return (letters, *sorted(v for v in variants if v in lexicon.skeletons))


@lru_cache(maxsize=65536)
def _one_letter_off(syllable: str, *, marked: bool = False) -> tuple[str, ...]:
    """The syllables' letters a word of three letters or more is one letter from, a letter
    dropped or put for another ("đuđ": đua, "suhg": sung), when its own letters are no
    syllable's ("duyet" is duyệt's, its marks lost, or a foreign word's) or, ``marked``,
    when its marks are no syllable's ("kiển"); there a letter lost counts too ("hướn")."""
    lexicon = _lexicon()
    letters = _skeleton(_key(syllable))
    if len(letters) < 3 or (letters in lexicon.skeletons and not marked):
        return (letters,)
    variants = {letters[:at] + letters[at + 1 :] for at in range(len(letters))} | {
        letters[:at] + other + letters[at + 1 :]
        for at in range(len(letters))
        for other in _ALPHABET
        if other != letters[at]
    }
    if marked:
        variants |= {
            letters[:at] + other + letters[at:]
            for at in range(len(letters) + 1)
            for other in _ALPHABET
        }
    return (letters, *sorted(v for v in variants if v in lexicon.skeletons))


@lru_cache(maxsize=65536)
def _key(syllable: str) -> str:
    """Lower case, NFC, with the tone mark moved to the end: hoà and hòa are one key."""
    return tone_last(syllable.lower())


@lru_cache(maxsize=65536)
def _toneless(key: str) -> str:
    return key.rstrip("".join(TONE_MARKS))


@lru_cache(maxsize=65536)
def _skeleton(key: str) -> str:
    """The letters without any mark: the words OCR may have read a key for."""
    return fold(_toneless(key))


def _spelt_like(read: str, key: str) -> str:
    """The syllable ``key`` written as the page wrote ``read``: its case and, where it had
    a tone on a letter spelling may set it on, that letter; else where the usual spelling
    puts it ('họach' is hoạch)."""
    bare, tone = _toneless(key), key[len(_toneless(key)) :]
    letters = unicodedata.normalize("NFD", bare)
    on_page = _tone_letter(read) if fold(read.lower()) == fold(bare) else None
    if on_page is not None and _tone_may_go(bare, on_page):
        spelt = _with_tone_after(letters, on_page, tone)
    else:
        spelt = _with_tone_after(letters, _tone_vowel(bare), tone)
    spelt = unicodedata.normalize("NFC", spelt)
    if read.isupper():
        return spelt.upper()
    if read[0].isupper():
        return spelt[0].upper() + spelt[1:]
    return spelt


def _tone_letter(read: str) -> int | None:
    """Index of the letter (with its own marks) the page set a tone on; None if none."""
    decomposed = unicodedata.normalize("NFD", read.lower())
    at = next((i for i, c in enumerate(decomposed) if c in TONE_MARKS), None)
    if at is None:
        return None
    return sum(1 for c in decomposed[:at] if not unicodedata.combining(c)) - 1


def _tone_may_go(bare: str, index: int) -> bool:
    """Whether spelling may set a tone on letter ``index`` of ``bare``: where the usual
    spelling puts it, or on the last vowel of an open syllable (hòa, hoà)."""
    vowels = [i for i, c in enumerate(bare) if c in _VOWELS]
    open_last = bool(vowels) and vowels[-1] == len(bare) - 1 == index
    return index == _tone_vowel(bare) or open_last


def _with_tone_after(letters: str, base_index: int, tone: str) -> str:
    """``letters`` (NFD, toneless) with ``tone`` after the marks of base letter ``base_index``."""
    out, seen = [], -1
    for i, char in enumerate(letters):
        out.append(char)
        if not unicodedata.combining(char):
            seen += 1
        following = letters[i + 1] if i + 1 < len(letters) else " "
        if seen == base_index and not unicodedata.combining(following):
            out.append(tone)
            tone = ""
    return "".join(out) + tone


_VOWELS = "aăâeêioôơuưy"
_MARKED = "ăâêôơư"


def _tone_vowel(bare: str) -> int:
    """Index of the letter that takes the tone in the traditional placement (hòa, thủy):
    the (last) vowel with its own mark; else the last vowel of a closed syllable; else the
    last but one vowel of an open one. The u of "qu" and the i of "gi" are no vowels here."""
    start = 2 if bare.startswith(("qu", "gi")) and bare[2:3] in tuple(_VOWELS) else 0
    vowels = [i for i in range(start, len(bare)) if bare[i] in _VOWELS]
    if not vowels:
        return 0
    marked = [i for i in vowels if bare[i] in _MARKED]
    if marked:
        return marked[-1]
    if vowels[-1] < len(bare) - 1 or len(vowels) == 1:
        return vowels[-1]
    return vowels[-2]


@cache
def _lexicon() -> _Lexicon:
    state_text = _data("words.txt")
    ours_text = [*state_text, *_gazetteer_names(), *patterns.FAMILY_NAMES.values()]
    general = [e for e in (t.lower().split() for t in _word_list()) if _alphabetic(e)]
    ours = [e for e in (t.lower().split() for t in ours_text) if _alphabetic(e)]
    entries = general + ours
    keys = {s: _key(s) for s in {s for entry in entries for s in entry}}
    folded = {k: _skeleton(k) for k in keys.values()}
    words: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for entry in entries:
        if 2 <= len(entry) <= LONGEST_WORD:
            word = tuple(keys[s] for s in entry)
            words.setdefault(tuple(folded[k] for k in word), []).append(word)
    # A syllable found in one entry of the general list only ("cúa", "vói") is too rare to
    # trust as read; one of our own lists is always a syllable.
    uses = Counter(keys[s] for entry in general for s in entry)
    general_syllables = frozenset(k for k, n in uses.items() if n >= MIN_USES)
    state = [
        tuple(keys[s] for s in entry)
        for entry in (t.lower().split() for t in state_text)
        if _alphabetic(entry)
    ]
    return _Lexicon(
        general_syllables | {keys[s] for entry in ours for s in entry},
        general_syllables,
        frozenset(_key(s) for s in _data("steady.txt")),
        frozenset(folded.values()),
        {k: tuple(dict.fromkeys(v)) for k, v in words.items()},
        {tuple(folded[k] for k in w): w for w in state if 3 <= len(w) <= LONGEST_WORD},
        frozenset(state),
    )


def _alphabetic(entry: list[str]) -> bool:
    return all(syllable.isalpha() for syllable in entry)


def _word_list() -> list[str]:
    package, inside = WORD_LIST
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the word list needs the {package} package: run make setup")
    path = Path(next(iter(spec.submodule_search_locations))) / inside
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    return [line.strip() for line in text.splitlines() if line.strip()]


def _data(filename: str) -> list[str]:
    text = resources.files("docparse").joinpath("data", filename).read_text(encoding="utf-8")
    lines = unicodedata.normalize("NFC", text).splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _gazetteer_names() -> list[str]:
    return [name for unit in gazetteer.known_names() for name in unit]
