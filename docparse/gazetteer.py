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
from docparse.text import collapse, fold, impossible_syllables

# Tone marks (thanh điệu) as combining characters; old and new styles put them on
# different vowels of "oa", "oe", "uy" (hoà/hòa), so spellings are compared without place.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_ENDS = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")
_CITY_PREFIX = regex.compile(r"^(?:Thành phố|TP\.?|Tp\.?)\s+")
# A Vietnamese syllable without diacritics: initial consonant, vowels, final consonant.
_SYLLABLE = regex.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?"
)
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


@dataclass(frozen=True)
class _Gazetteer:
    kind: str  # "place" or "issuer", for the doubts
    names: tuple[_Name, ...]
    spellings: frozenset[str]  # ``_spelling`` of every name: exact hits
    by_fold: dict[str, tuple[_Name, ...]]
    by_length: dict[int, tuple[_Name, ...]]  # by length of ``folded``: fuzzy candidates
    limits: tuple[tuple[int, int], ...]  # (longest folded length, edits allowed), ascending

    @classmethod
    def build(
        cls, kind: str, units: list[list[str]], limits: tuple[tuple[int, int], ...]
    ) -> _Gazetteer:
        names = tuple(
            _Name(text, _folded(text), unit)
            for unit, spellings in enumerate(units)
            for text in dict.fromkeys(spellings)
        )
        by_fold: dict[str, list[_Name]] = {}
        by_length: dict[int, list[_Name]] = {}
        for name in names:
            by_fold.setdefault(name.folded, []).append(name)
            by_length.setdefault(len(name.folded), []).append(name)
        return cls(
            kind,
            names,
            frozenset(_spelling(n.text) for n in names),
            {k: tuple(v) for k, v in by_fold.items()},
            {k: tuple(v) for k, v in by_length.items()},
            limits,
        )

    def edits_allowed(self, folded: str) -> int:
        return next((edits for longest, edits in self.limits if len(folded) <= longest), 3)

    def match(self, text: str) -> tuple[str | None, str, list[str]]:
        """(known name or None, the text as read, doubts) for text read from a page."""
        read = _ENDS.sub("", collapse(text))
        if not read:
            return None, collapse(text), [f"{self.kind} unreadable: '{collapse(text)}'"]
        if _spelling(read) in self.spellings:
            return read, read, []
        folded = _folded(read)
        same = self.by_fold.get(folded, ())
        if len({n.unit for n in same}) == 1:
            name = _closest_spelling(read, same)
            return name, read, [] if _only_lost(read, name) else [self._taken(read, name)]
        if same:
            return None, read, [self._ambiguous(read, same)]
        return self._fuzzy(read, folded)

    def _fuzzy(self, read: str, folded: str) -> tuple[str | None, str, list[str]]:
        allowed = self.edits_allowed(folded)
        if not allowed:
            return None, read, []
        # Rivals are looked for one edit beyond what a snap may take, for the margin.
        reach = allowed + 1
        pattern = regex.compile(f"(?:{regex.escape(folded)}){{e<={reach}}}", regex.BESTMATCH)
        best: dict[int, tuple[int, _Name]] = {}
        for length in range(len(folded) - reach, len(folded) + reach + 1):
            for name in self.by_length.get(length, ()):
                found = pattern.fullmatch(name.folded)
                if found is None:
                    continue
                edits = sum(found.fuzzy_counts)
                if name.unit not in best or edits < best[name.unit][0]:
                    best[name.unit] = (edits, name)
        ranked = sorted(best.values(), key=lambda pair: pair[0])
        if not ranked or ranked[0][0] > allowed:
            return None, read, []
        edits, name = ranked[0]
        margin = 1 if edits <= 1 else 2
        rivals = [n for e, n in ranked[1:] if e < edits + margin]
        if rivals or _well_formed_change(read, folded, name.folded):
            return None, read, [self._ambiguous(read, [name, *rivals])]
        return name.text, read, [self._taken(read, name.text)]

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
    if name is not None:
        return name, doubts
    if not doubts and not patterns.BODY_HEAD.match(fold(read)):
        doubts = [f"issuer '{read}' not in the gazetteer"]
    return read, doubts


@cache
def _places() -> _Gazetteer:
    units = _units("provinces.txt") + _units("places.txt")
    return _Gazetteer.build("place", units, ((3, 0), (12, 1), (1000, 2)))


@cache
def _issuers() -> _Gazetteer:
    units = _units("bodies.txt") + _units("departments.txt")
    for spellings in _units("provinces.txt"):
        city = any(s.startswith("Thành phố ") for s in spellings)
        bare = list(dict.fromkeys(_CITY_PREFIX.sub("", s).upper() for s in spellings))
        for body in _CITY_BODIES if city else _PROVINCE_BODIES:
            units.append([form.format(p) for form in body for p in bare])
    return _Gazetteer.build("issuer", units, ((3, 0), (8, 1), (20, 2), (1000, 3)))


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


def _folded(text: str) -> str:
    return " ".join(_WORD.findall(fold(text)))


def _spelling(text: str) -> str:
    """The text with each word's tone mark moved to the word's end: hoà and hòa are one."""
    return regex.sub(r"\p{L}+", lambda m: _tone_last(m[0]), text)


def _tone_last(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tones = "".join(c for c in decomposed if c in _TONES)
    bare = "".join(c for c in decomposed if c not in _TONES)
    return unicodedata.normalize("NFC", bare) + tones


def _closest_spelling(read: str, names: tuple[_Name, ...]) -> str:
    """Of the spellings of one unit, the page's: its words, and where only the tone's place
    differs (hoà/hòa), its tone placement."""
    words = _WORD.findall(read.lower())
    name = next((n for n in names if _WORD.findall(n.text.lower()) == words), names[0])
    page_words = iter(_WORD.findall(read))

    def page_tone(match: regex.Match) -> str:
        page, own = next(page_words), match[0]
        if page.lower() == own.lower() or _tone_last(page.lower()) != _tone_last(own.lower()):
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
    return {c for c in unicodedata.normalize("NFD", word) if c in _TONES}


def _toneless(word: str) -> str:
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", word) if c not in _TONES)
    )


def _marks(char: str) -> set[str]:
    """The diacritics of a letter other than tones: circumflex, breve, horn, đ's stroke."""
    if char == "đ":
        return {"stroke"}
    return set(unicodedata.normalize("NFD", char)[1:])


def _well_formed_change(read: str, folded: str, known: str) -> bool:
    """Whether read has a real-looking word where known has another: "Hải Châu" is a place
    of its own and no misreading of "Lai Châu", while "Hà Nộl" can only be "Hà Nội"."""
    words, known_words = folded.split(" "), known.split(" ")
    if len(words) != len(known_words) or impossible_syllables(read):
        return False
    changed = [w for w, k in zip(words, known_words, strict=True) if w != k]
    return all(_SYLLABLE.fullmatch(w) for w in changed)


def _looks_like_place(read: str) -> bool:
    """Capitalised words of real syllables: "Gia Nghĩa", "Đắk R'Lấp", "TP. Vinh"."""
    words = read.split(" ")
    return (
        len(words) <= 6
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and not impossible_syllables(read)
    )
