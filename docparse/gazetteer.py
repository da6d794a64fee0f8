"""Gazetteers of places and issuing bodies: snap OCR near-misses to real names.

The names are data (``docparse/data/*.txt``): provinces of both generations, towns found on
date lines, central bodies and provincial departments; the names of provincial bodies
("UBND TỈNH ĐẮK NÔNG") are built from the provinces. A name read from a page is

1. kept as read when it is a known name, or one with the tone on the other vowel (hòa/hoà):
   the page's own spelling stays;
2. taken as the known name, without doubt, when only case, punctuation or lost diacritics
   set them apart; with a doubt when a diacritic differs (THỐNG for THÔNG);
3. taken as the known name, with a doubt, when it is a few letters from exactly one unit
   and clearly closer to it than to any other;
4. else kept as read, with a doubt unless it has the shape of a place or a body's name.

Spellings of one unit ("TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh") are never rivals, but
two real units are: a name is only snapped when no other unit is about as close.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex

from docparse import patterns
from docparse.text import (
    TONE_MARKS,
    collapse,
    edit_distance,
    fold,
    impossible_syllables,
    tone_last,
    upper_ratio,
)

# Old and new styles put tone marks on different vowels of "oa", "oe", "uy" (hoà/hòa), so
# spellings are compared with the tone moved to the end (text.tone_last).
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_ENDS = regex.compile(r"^(?:[^\p{L}\p{N}]|\p{Lm})+|(?:[^\p{L}\p{N}]|\p{Lm})+$")  # 'ˆ': a mark
_CITY_PREFIX = regex.compile(r"^(?:Thành phố|TP\.?|Tp\.?)\s+")
# A province's, a city's or a district's body: "… TỈNH <province>", "… THÀNH PHỐ <city>",
# "… HUYỆN <district>" ("CƠ QUAN" is no quận). *folded*
_LEVEL = regex.compile(r"(?<!\bco)\s(?P<level>tinh|thanh pho|huyen|quan|thi xa)\s+(?=\w)")
# How each level word is spelt, for both patterns (_LEVEL and _COMMUNE_LEVEL). *keys folded*
_LEVELS = {
    "tinh": "tỉnh",
    "thanh pho": "thành phố",
    "huyen": "huyện",
    "quan": "quận",
    "thi xa": "thị xã",
    "xa": "xã",
    "phuong": "phường",
    "thi tran": "thị trấn",
}
# Heads of bodies the gazetteer lists all of: the ministries (bodies.txt) and a province's
# departments (departments.txt). Another name under them, with no place, is no real one
# ('SỞ CÔNG ÔNG THƯƠNG'). *folded*
_LISTED_HEAD = regex.compile(r"^(?:bo|so)\s")
# A commune's or a ward's body ("ỦY BAN NHÂN DÂN XÃ …", "… PHƯỜNG …"): communes are not in
# the gazetteer, so their names are not checked. *folded*
_COMMUNE_LEVEL = regex.compile(r"\s(?P<level>xa|phuong|thi tran)\s+(?=\w)")
# A Vietnamese syllable without its tone: onset (âm đầu) and rhyme (vần), in the standard
# orthography. Place names of minority languages ("Đắk Lắk", "Pleiku") fall outside it.
_SYLLABLE = regex.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
    r"(?:a|e|ê|i|o|ô|ơ|u|ư|y|ai|ao|au|âu|ay|ây|eo|êu|ia|iu|oa|oai|oay|oe|oeo|oi|ôi|ơi|ua|uây"
    r"|uê|ui|uơ|uy|uya|uyu|ưa|ưi|ưu|ươi|ươu|uôi|iêu|yêu|y(?:ch|nh|[npt])"
    r"|a(?:ch|nh|ng|[cmnpt])|[ăâeoôu](?:ng|[cmnpt])|ê(?:ch|nh|[mnpt])|i(?:ch|nh|[mnpt])|ơ[mnpt]"
    r"|ư(?:ng|[cmnt])|iê(?:ng|[cmnpt])|yê[mnt]|uô(?:ng|[cmnt])|ươ(?:ng|[cmnpt])"
    r"|oa(?:ch|nh|ng|[cmnpt])|oă(?:ng|[cmnt])|oe[nt]|uâ(?:ng|[nt])|uê(?:ch|nh)|uy(?:ch|nh|[npt])"
    r"|uyê[nt]|oo(?:c|ng))"
)
LONGEST_SYLLABLE = 7  # letters: "nghiêng"
_NAME_WORD = regex.compile(r"\p{Lu}\p{Ll}*(?:['-]\p{Lu}?\p{Ll}+)*|\p{Lu}+\.?|-")

# Names of a province's bodies; each tuple holds the spellings of one body.
_PROVINCE_BODIES = (
    ("ỦY BAN NHÂN DÂN TỈNH {}", "UBND TỈNH {}"),
    ("HỘI ĐỒNG NHÂN DÂN TỈNH {}", "HĐND TỈNH {}"),
    ("TỈNH ỦY {}",),
)
_CITY_BODIES = (
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ {}", "UBND THÀNH PHỐ {}", "UBND TP. {}", "UBND TP {}"),
    ("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ {}", "HĐND THÀNH PHỐ {}", "HĐND TP. {}", "HĐND TP {}"),
    ("THÀNH ỦY {}",),
)


@dataclass(frozen=True)
class _Name:
    text: str
    folded: str  # the words of ``fold(text)``, one space apart
    unit: int  # the spellings of one place or body share it
    letters: str  # ``folded`` without its spaces


@dataclass(frozen=True)
class _Gazetteer:
    kind: str  # "place" or "issuer", for the doubts
    names: tuple[_Name, ...]
    spellings: frozenset[str]  # ``_spelling`` of every name: exact hits
    by_fold: dict[str, tuple[_Name, ...]]
    by_length: dict[int, tuple[_Name, ...]]  # by length of ``folded``: fuzzy candidates
    by_letters: dict[int, tuple[_Name, ...]]  # by length of ``letters``
    # Edits a snap may take: as many as these lengths the folded name read is longer than.
    lengths: tuple[int, ...]

    @classmethod
    def build(cls, kind: str, units: list[list[str]], lengths: tuple[int, ...]) -> _Gazetteer:
        names = tuple(
            _Name(text, folded, unit, folded.replace(" ", ""))
            for unit, spellings in enumerate(units)
            for text in dict.fromkeys(spellings)
            for folded in [_folded(text)]
        )
        by_fold: dict[str, list[_Name]] = {}
        by_length: dict[int, list[_Name]] = {}
        by_letters: dict[int, list[_Name]] = {}
        for name in names:
            by_fold.setdefault(name.folded, []).append(name)
            by_length.setdefault(len(name.folded), []).append(name)
            by_letters.setdefault(len(name.letters), []).append(name)
        return cls(
            kind,
            names,
            frozenset(_spelling(n.text) for n in names),
            {k: tuple(v) for k, v in by_fold.items()},
            {k: tuple(v) for k, v in by_length.items()},
            {k: tuple(v) for k, v in by_letters.items()},
            lengths,
        )

    def match(self, text: str) -> tuple[str | None, str, list[str]]:
        """(known name or None, the text as read, doubts) for text read from a page."""
        read = _ENDS.sub("", collapse(text))
        if not read:
            return None, collapse(text), [f"{self.kind} unreadable: '{collapse(text)}'"]
        if _spelling(read) in self.spellings:
            return read, read, []
        folded = _folded(read)
        same = self.by_fold.get(folded, ())
        if len({n.unit for n in same}) > 1:
            # Two units spelt alike but for marks: the page's marks tell them apart.
            exact = {n.unit for n in same if _spelling(n.text.lower()) == _spelling(read.lower())}
            same = tuple(n for n in same if n.unit in exact) if len(exact) == 1 else same
        if len({n.unit for n in same}) == 1:
            name = _closest_spelling(read, same)
            return name, read, [] if _only_lost(read, name) else [self._taken(read, name)]
        if same:
            return None, read, [self._ambiguous(read, same)]
        return self._fuzzy(read, folded)

    def _fuzzy(self, read: str, folded: str) -> tuple[str | None, str, list[str]]:
        """The one unit a few edits from folded, clearly closer than any other."""
        allowed = sum(len(folded) > length for length in self.lengths)
        glued = _glued(read)
        near: dict[int, tuple[int, _Name]] = {}
        edits = -1  # none: words glued, their letters a name's
        while not near and edits < allowed:
            edits += 1
            near = self._within(folded, edits, glued)
        if not near:
            return self._word_off(read, folded)
        if edits > 1:
            near = self._within(folded, edits + 1, glued)  # a rival two edits further off
        ranked = [name for _, name in sorted(near.values(), key=lambda pair: pair[0])]
        name, rivals = ranked[0], ranked[1:]
        head = folded.split()[0]
        if self.kind == "issuer" and name.folded.split()[0] == head:
            # The head word read as the closest name's: a rival with another head is no rival
            # ('BỘ THÔNG TIN VÀ TRUYEN THÔÒÔNG' is no SỞ THÔNG TIN VÀ TRUYỀN THÔNG).
            rivals = [r for r in rivals if r.folded.split()[0] == head]
            ranked = [name, *rivals]
        # Places not listed abound (communes); the bodies of the list are all there are.
        open_list = self.kind == "place"
        if rivals or (open_list and _well_formed_change(read, folded, name.folded)):
            return None, read, [self._ambiguous(read, ranked)]
        return name.text, read, [self._taken(read, name.text)]

    def _word_off(self, read: str, folded: str) -> tuple[str | None, str, list[str]]:
        """The one body of four words or more that the words read are a word off: one lost
        ('BỘ GIÁO DỤC VÀ TẠO'), one misread ('CỤC &N TOÀN THỰC PHẨM'), or one more, a
        speck's letter aside ('BỘ Ì KHOA HỌC CÔNG NGHỆ'). Names holding a place (a level word)
        are left out: a place of the open list may differ by a word."""
        if self.kind != "issuer":
            return None, read, []
        words = tuple(w for w in folded.split() if len(w) > 1)
        near = {
            name.unit: name
            for name, known in _placeless_bodies()
            if abs(len(known) - len(words)) <= 1
            and edit_distance(words, known) <= 1
            and known[: len(words)] != words  # cut short: its name goes on
        }
        if len(near) != 1:
            return None, read, []
        name = next(iter(near.values()))
        return name.text, read, [self._taken(read, name.text)]

    def _within(self, folded: str, edits: int, glued: bool) -> dict[int, tuple[int, _Name]]:
        """Units with a spelling at most edits from folded: their closest (edits, spelling).
        Where OCR glued words (``_glued``), spaces do not count."""
        key = folded.replace(" ", "") if glued else folded
        names = self.by_letters if glued else self.by_length
        pattern = regex.compile(f"(?:{regex.escape(key)}){{e<={edits}}}", regex.BESTMATCH)
        near: dict[int, tuple[int, _Name]] = {}
        for length in range(len(key) - edits, len(key) + edits + 1):
            for name in names.get(length, ()):
                found = pattern.fullmatch(name.letters if glued else name.folded)
                if found is None:
                    continue
                count = sum(found.fuzzy_counts)
                if name.unit not in near or count < near[name.unit][0]:
                    near[name.unit] = (count, name)
        return near

    def _taken(self, read: str, name: str) -> str:
        return f"{self.kind} read as '{read}', taken as '{name}'"

    def _ambiguous(self, read: str, names: Iterable[_Name]) -> str:
        choices = list(dict.fromkeys(n.text for n in names))[:3]
        return f"{self.kind} read as '{read}': could be " + " or ".join(f"'{c}'" for c in choices)


def place(text: str) -> tuple[str, list[str]]:
    """The place name of a date line, and doubts about it."""
    name, read, doubts = _places().match(text)
    if name is not None:
        return name, doubts
    if not doubts and not _looks_like_place(read):
        doubts = [f"place '{read}' is not a known place and does not look like a name"]
    return read, doubts


def issuer(text: str) -> tuple[str, list[str]]:
    """An issuing body's name, and doubts about it."""
    name, read, doubts = _issuers().match(text)
    if name is not None and not doubts:
        return name, doubts
    *words, last = read.split() or [""]
    if words and len(_folded(last)) <= 2:
        # 'BỘ NỘI VỤ TC', 'SỞ NỘI VỤ. Ẫ': a speck's letters after a known name.
        known, _, known_doubts = _issuers().match(" ".join(words))
        if known is not None and not known_doubts:
            return known, [f"issuer read as '{read}': '{last}' after it taken for a speck"]
    if name is not None:
        return name, doubts
    stutter = _stutter(read)
    if stutter is not None:
        # 'SỞ XÂY ÂY DỰNG': the end of a word read again as a word of its own.
        known, _, known_doubts = _issuers().match(stutter[0])
        if known is not None and not known_doubts:
            return known, [f"issuer read as '{read}': '{stutter[1]}' read twice, dropped"]
    if not doubts:
        read, doubts = _provincial_body(read)
    if not doubts:
        read, doubts = _commune_body(read)
    if not doubts and _begins_a_name(read, _issuers()):
        doubts = [f"'{read}' looks cut short: a body's name goes on"]
    folded = fold(read)
    if not doubts and not _LEVEL.search(folded):
        if _LISTED_HEAD.match(folded):
            doubts = [f"issuer '{read}' is no ministry or department the gazetteer lists"]
        elif not _COMMUNE_LEVEL.search(folded) and (province := _province_at_end(read)):
            # 'CÔNG AN ¬ ĐỒNG THÁP': a body of a province names its level ('TỈNH').
            doubts = [f"no level word (TỈNH, THÀNH PHỐ) read before '{province}'"]
    if not doubts and not patterns.BODY_HEAD.match(folded):
        doubts = [f"issuer '{read}' not in the gazetteer"]
    return read, doubts


def syllable_shaped(word: str) -> bool:
    """Whether the word has the letters of a Vietnamese syllable, whatever its tone."""
    return bool(_SYLLABLE.fullmatch(_toneless(word.lower())))


# A place named in running text: "… trên địa bàn tỉnh Lạng Sơn", "UBND huyện Bến Lức".
_PLACE_IN_TEXT = regex.compile(
    r"\b(?:tỉnh|thành phố|huyện|quận|thị xã)\s+(?P<place>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})"
)


# "… trên địa bàn tỉnh Lào Cai" with its level word worn to letters that are no syllable
# ("địa bàn nh Lào Cai"): the province's level word put back, said.
_PLACE_LEVEL_WORN = regex.compile(
    r"(?P<before>\bđịa bàn\s+)(?P<level>\p{Ll}{1,3})\s+"
    r"(?P<place>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})\b"
)


# "tỉnh" read a tone off before a province's name ("địa bàn tính Sóc Trăng"). *original*
_PROVINCE_WORD_MISREAD = regex.compile(
    r"(?P<before>\b)(?P<level>tính|tĩnh|tịnh|tinh|tình)\s+"
    r"(?P<place>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})\b"
)


def places_in_text(text: str) -> tuple[str, list[str]]:
    """Text with the places it names checked against the gazetteer: one read with its case
    or marks off ("Lạng SƠN") is written as known, a near miss ("Lầo Cai") too, and said;
    one cut short ("tỉnh Hậu" for Hậu Giang) is said; a province's level word worn to no
    syllable ("địa bàn nh Lào Cai") or read a tone off ("tính Sóc Trăng") is put back,
    and said."""
    doubts: list[str] = []

    def checked(match: regex.Match) -> str:
        read = match["place"]
        words = _WORD.findall(fold(read))
        for size in range(len(words), 0, -1):
            part = " ".join(read.split()[:size])
            name, _, name_doubts = _places().match(part)
            # A near miss is taken only for all the capitalised words, and said.
            if name is not None and (not name_doubts or size == len(words)):
                doubts.extend(name_doubts)
                whole = name + read[len(part) :]
                return match[0][: match.start("place") - match.start()] + whole
        if _begins_a_name(read, _places()):
            doubts.append(f"'{match[0]}' looks cut short: a place name goes on")
        return match[0]

    def level(match: regex.Match) -> str:
        name, _, name_doubts = _places().match(match["place"])
        word = None if name_doubts else _province_levels().get(name or "")
        # Letters that are no syllable stand for any level; a syllable a tone off, for tỉnh.
        worn = match.re is _PLACE_LEVEL_WORN
        if word is None or (syllable_shaped(match["level"]) if worn else word != "tỉnh"):
            return match[0]
        doubts.append(f"'{match['level']}' before '{name}' read for '{word}'")
        return f"{match['before']}{word} {match['place']}"

    text = _PLACE_LEVEL_WORN.sub(level, text)
    text = _PROVINCE_WORD_MISREAD.sub(level, text)
    return _PLACE_IN_TEXT.sub(checked, text), doubts


@cache
def _province_levels() -> dict[str, str]:
    """Each province-level unit's names, as the gazetteer writes them, and its level word:
    'thành phố' for a city under the centre, else 'tỉnh'."""
    levels = {}
    for spellings in _units("provinces.txt"):
        city = any(s.startswith("Thành phố ") for s in spellings)
        for spelling in spellings:
            levels[_CITY_PREFIX.sub("", spelling)] = "thành phố" if city else "tỉnh"
    return levels


def is_place(text: str) -> bool:
    """Whether the text is a place of the gazetteer, as written (marks and case aside)."""
    name, _, doubts = _places().match(text)
    return name is not None and not doubts


def known_issuer(text: str) -> bool:
    """Whether the text is a body of the gazetteer, as read or a near miss of one."""
    return _issuers().match(text)[0] is not None


def _provincial_body(read: str) -> tuple[str, list[str]]:
    """A body of a province or a district not in the gazetteer ("CÔNG AN TỈNH LANG SƠN",
    "ỦY BAN NHÂN DÂN HUYỆN ĐỨC HÓA"): its place is still snapped to a known one, and
    "TÍNH" read for "TỈNH" put right."""
    level = _LEVEL.search(fold(read))
    if level is None:
        return read, []
    where = read[level.end() :]
    name, _, doubts = _places().match(where)
    words = where.split()
    while name is None and len(words) > 2 and len(words[-1]) <= 2:
        words = words[:-1]  # 'NHƯ THANH AT': two letters of specks after the name
        name, _, doubts = _places().match(" ".join(words))
    if name is None and len(words) > 2 and len(words[0]) == 1:
        words = words[1:]  # 'Ì BẮC NINH': a speck's letter before it
        name, _, doubts = _places().match(" ".join(words))
    if name is None:
        if not doubts and _begins_a_name(where, _places()):
            doubts = [f"'{collapse(where)}' looks cut short: a place name goes on"]
        return read, doubts
    own = _LEVELS[level["level"]]
    if upper_ratio(read) >= 0.8:
        name, own = name.upper(), own.upper()
    body, body_doubts = _listed_body(read[: level.start("level")].strip())
    fixed = f"{body} {own} {name}"
    if not body_doubts and (fixed == read or (_only_lost(read, fixed) and not doubts)):
        return fixed, []
    if body_doubts:
        return fixed, body_doubts + doubts
    return fixed, doubts or [f"issuer read as '{read}', taken as '{fixed}'"]


def _listed_body(body: str) -> tuple[str, list[str]]:
    """A province's department before its place ('SỞ TỪ PHÁP' TỈNH YÊN BÁI): snapped to the
    one the gazetteer lists, or said when it lists none; other bodies as read."""
    if not _LISTED_HEAD.match(fold(body)):
        return body, []
    known, _, doubts = _issuers().match(body)
    if known is None:
        return body, [f"'{body}' is no department the gazetteer lists"]
    return known, doubts


@cache
def _placeless_bodies() -> tuple[tuple[_Name, tuple[str, ...]], ...]:
    """The issuers' names of four words or more without a level word, with their folded
    words."""
    return tuple(
        (name, words)
        for name in _issuers().names
        for words in [tuple(name.folded.split())]
        if len(words) >= 4 and not patterns.LEVEL_WORDS & set(words)
    )


def _commune_body(read: str) -> tuple[str, list[str]]:
    """A commune's or a ward's body: its level word spelt with its marks ('PHƯƠNG' for
    PHƯỜNG: folded alike, the marks restored), and its name, which no list checks, said when
    it was read without any mark ('HOA KHANH': Hòa Khánh with its marks lost)."""
    level = _COMMUNE_LEVEL.search(fold(read))
    if level is None:
        return read, []
    own = _LEVELS[level["level"]]
    if upper_ratio(read) >= 0.8:
        own = own.upper()
    fixed = f"{read[: level.start('level')]}{own}{read[level.end('level') :]}"
    where = read[level.end() :]
    if where.isascii() and sum(c.isalpha() for c in where) >= 4:
        return fixed, [f"'{collapse(where)}' read without any mark: a commune's name, unchecked"]
    return fixed, []


def _stutter(read: str) -> tuple[str, str] | None:
    """The text without a word that is the word before it, whole or less its first letter
    or two ('XÂY XÂY', 'XÂY ÂY', 'CÔNG ÔNG'), and that word; None if there is none."""
    words = read.split()
    for i in range(1, len(words)):
        before, word = words[i - 1], words[i]
        if len(word) >= 2 and 0 <= len(before) - len(word) <= 2 and before.endswith(word):
            return " ".join(words[:i] + words[i + 1 :]), word
    return None


def _province_at_end(read: str) -> str | None:
    """The province or city a name ends with, after other words and no level word ('TP.'
    is one), as read; None if none."""
    words = read.split()
    for size in (3, 2, 1):
        if len(words) > size and " ".join(_WORD.findall(fold(" ".join(words[-size:])))) in (
            _province_names()
        ):
            before = fold(words[-size - 1]).strip(".")
            return None if before in ("tp", "t.p") else " ".join(words[-size:])
    return None


@cache
def _province_names() -> frozenset[str]:
    """Provinces and centrally run cities of both generations, folded, without 'Thành phố'."""
    return frozenset(
        fold(_CITY_PREFIX.sub("", spelling))
        for unit in _units("provinces.txt")
        for spelling in unit
    )


def _begins_a_name(text: str, known: _Gazetteer) -> bool:
    """Whether ``text`` is the start of a longer known name: a place or a body cut short
    ("PHÚ": Phú Thọ, Phú Yên; "BỘ THÔNG TIN VÀ"), maybe inside its last word ("QUẢNG N")."""
    folded = " ".join(_WORD.findall(fold(text)))
    return bool(folded) and any(
        n.folded.startswith(folded) and n.folded != folded for n in known.names
    )


def known_names() -> list[list[str]]:
    """Every unit of the data files, as its spellings: places, provinces, bodies."""
    return [
        spellings
        for filename in ("provinces.txt", "places.txt", "bodies.txt", "departments.txt")
        for spellings in _units(filename)
    ]


@cache
def _places() -> _Gazetteer:
    units = _units("provinces.txt") + _units("places.txt")
    return _Gazetteer.build("place", units, (3, 12))


@cache
def _issuers() -> _Gazetteer:
    units = _units("bodies.txt") + _units("departments.txt")
    for spellings in _units("provinces.txt"):
        city = any(s.startswith("Thành phố ") for s in spellings)
        bare = list(dict.fromkeys(_CITY_PREFIX.sub("", s).upper() for s in spellings))
        for body in _CITY_BODIES if city else _PROVINCE_BODIES:
            units.append([form.format(p) for form in body for p in bare])
    return _Gazetteer.build("issuer", units, (3, 8, 20))


def _units(filename: str) -> list[list[str]]:
    """The units of a data file: a name a line, its other spellings indented under it."""
    units: list[list[str]] = []
    text = resources.files("docparse").joinpath("data", filename).read_text(encoding="utf-8")
    for line in unicodedata.normalize("NFC", text).splitlines():
        name = line.strip()
        if not name or name.startswith("#"):
            continue
        if line[0].isspace() and units:
            units[-1].append(name)
        else:
            units.append([name])
    return units


def _glued(read: str) -> bool:
    """Whether OCR glued words of a name: a word of it longer than any syllable, or of five
    letters or more in no syllable's shape ('TÀLCHÍNH', 'NGHILỘC')."""
    return any(
        len(word) > LONGEST_SYLLABLE or (len(word) > 4 and not syllable_shaped(word))
        for word in regex.findall(r"\p{L}+", read)
    )


def _folded(text: str) -> str:
    return " ".join(_WORD.findall(fold(text)))


def _spelling(text: str) -> str:
    """The text with each word's tone mark moved to the word's end: hoà and hòa are one."""
    return _WORD.sub(lambda m: tone_last(m[0]), text)


def _closest_spelling(read: str, names: tuple[_Name, ...]) -> str:
    """Of the spellings of one unit, the page's: its words, and where only the tone's place
    differs (hoà/hòa), its tone placement."""
    words = _WORD.findall(read.lower())
    name = next((n for n in names if _WORD.findall(n.text.lower()) == words), names[0])
    page_words = iter(_WORD.findall(read))

    def page_tone(match: regex.Match) -> str:
        page, own = next(page_words), match[0]
        if page.lower() == own.lower() or tone_last(page.lower()) != tone_last(own.lower()):
            return own
        if own.isupper():
            return page.upper()
        return page.lower().capitalize() if own[0].isupper() else page.lower()

    return _WORD.sub(page_tone, name.text)


def _only_lost(read: str, name: str) -> bool:
    """Whether read is name with diacritics lost (not changed) and case or punctuation."""
    got, known = _WORD.findall(read.lower()), _WORD.findall(name.lower())
    return len(got) == len(known) and all(map(_marks_lost, got, known))


def _marks_lost(got: str, known: str) -> bool:
    got_letters, known_letters = _toneless(got), _toneless(known)
    return (
        _tones(got) <= _tones(known)
        and len(got_letters) == len(known_letters)
        and all(map(_lost, got_letters, known_letters))
    )


def _lost(got: str, known: str) -> bool:
    return got == known or (fold(got) == fold(known) and _marks(got) <= _marks(known))


def _tones(word: str) -> set[str]:
    return {c for c in unicodedata.normalize("NFD", word) if c in TONE_MARKS}


def _toneless(word: str) -> str:
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", word) if c not in TONE_MARKS)
    )


def _marks(char: str) -> set[str]:
    """The diacritics of a letter other than tones: circumflex, breve, horn, đ's stroke."""
    if char == "đ":
        return {"stroke"}
    return set(unicodedata.normalize("NFD", char)[1:])


def _well_formed_change(read: str, folded: str, known: str) -> bool:
    """Whether read has a real syllable where known has another: "Hải Châu" is a place of
    its own, no misreading of "Lai Châu", while "Hà Nộl" and "Vĩnh Phúe" can only be OCR's."""
    words, known_words = folded.split(" "), known.split(" ")
    if len(words) != len(known_words):
        return False
    changed = [
        spelt
        for spelt, word, other in zip(_WORD.findall(read.lower()), words, known_words, strict=True)
        if word != other
    ]
    return all(_SYLLABLE.fullmatch(_toneless(w)) and not impossible_syllables(w) for w in changed)


def _looks_like_place(read: str) -> bool:
    """Capitalised words, none an impossible syllable nor, in a name the gazetteer does not
    hold, out of a syllable's shape ("Hieng Yên" is Hưng Yên misread): "Gia Nghĩa", "TP.
    Vinh"."""
    words = read.split(" ")
    return (
        len(words) <= 6
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and not impossible_syllables(read)
        and all(syllable_shaped(w) for w in regex.findall(r"\p{L}{2,}", read) if w != "TP")
    )
