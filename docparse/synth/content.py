"""What a synthetic letter says: composed from the word lists with one seeded RNG.

``compose`` draws every choice — issuer, type, number, dates, text, stamps, typography — so
that a seed (and the forced ``Features``) fixes the letter; ``expected_record`` turns it into
the values a careful reader would type in, keyed like ``models.record.Record``.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from docparse.synth import vocab
from docparse.synth.vocab import Agency, LegalDocument, Province

URGENCY_LEVELS = ("KHẨN", "THƯỢNG KHẨN", "HỎA TỐC")
SECRECY_LEVELS = ("MẬT",)
ISSUER_KINDS = ("province", "council", "department", "ministry", "agency", "district", "commune")
# "printed": the number or day is typed; "handwritten": typed blank filled by hand;
# "blank": the typed blank was never filled (a draft or an unregistered copy).
FILL_STYLES = ("printed", "handwritten", "blank")


@dataclass(frozen=True)
class Features:
    """Properties to force on a letter; ``None`` leaves the choice to the RNG."""

    kind: str | None = None
    issuer: str | None = None  # one of ISSUER_KINDS
    pages: int | None = None  # 1 or 2
    parent: bool | None = None  # a parent body (cơ quan chủ quản) line
    seal: bool | None = None
    incoming: bool | None = None  # a blue ĐẾN stamp
    urgency: str | None = None  # one of URGENCY_LEVELS, or "" for none
    secrecy: str | None = None  # "MẬT", or "" for none
    number: str | None = None  # one of FILL_STYLES
    day: str | None = None  # one of FILL_STYLES
    authority: str | None = None  # "", "TM", "KT", "TL", "TUQ" or "Q"
    after_reform: bool | None = None  # dated on/after 1 July 2025


@dataclass(frozen=True)
class Typography:
    family: str  # "liberation" or "freeserif"
    body_pt: float
    header_pt: float
    tagline_pt: float
    title_pt: float
    recipients_pt: float
    line_spacing: float  # line pitch as a multiple of the size
    paragraph_gap_pt: float
    indent_mm: float
    margins_mm: tuple[float, float, float, float]  # top, bottom, left, right
    motto_hoa: str  # "HÒA" or "HOÀ": both spellings occur
    justify: bool
    blank_dots: bool  # printed blanks as dots rather than spaces
    signature_gap_mm: float
    ink: tuple[int, int, int]  # the printer's black


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"  # body, basis (italic "Căn cứ"), heading (centred bold), section, item
    lead: str = ""  # bold words that open the paragraph: "Điều 1."
    optional: bool = False  # may be dropped to fit the page count
    references: tuple[str, ...] = ()  # "Nghị định số 72/2013/NĐ-CP" cited in it


@dataclass(frozen=True)
class NumberLine:
    value: str | None
    year: str | None
    symbol: str
    type_abbreviation: str | None
    issuing_body: str
    drafting_unit: str | None
    fill: str  # FILL_STYLES
    written: str  # what the hand wrote (also for "printed": the typed number)


@dataclass(frozen=True)
class DateLine:
    place: str
    date: dt.date
    fill: str  # FILL_STYLES, for the day (and the month when ``month_by_hand``)
    month_by_hand: bool


@dataclass(frozen=True)
class Incoming:
    organization: str
    number: str
    date: dt.date
    forwarded_to: str | None
    handwritten: bool
    date_text: str  # as written: "2/6/2017"
    file_label: str  # "Số và ký hiệu HS" (NĐ 30) or "Lưu hồ sơ số" (TT 07/2012)


@dataclass(frozen=True)
class Signer:
    competence: tuple[str, ...]
    title_lines: tuple[str, ...]
    name: str

    @property
    def authority(self) -> str | None:
        return self.competence[-1].split(".")[0] if self.competence else None

    @property
    def title(self) -> str | None:
        if self.title_lines:
            return " ".join(self.title_lines)
        if self.authority == "Q":  # "Q. GIÁM ĐỐC": the title held in an acting capacity
            return self.competence[-1].split(". ", 1)[1]
        return None


@dataclass(frozen=True)
class Letter:
    seed: int
    kind: str
    type_name: str
    title: str | None
    parent: str | None  # as printed: "UBND TỈNH ĐẮK NÔNG" or "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG"
    issuer: str
    seal_text: str
    number: NumberLine
    date_line: DateLine
    subject: str
    subject_printed: str  # "V/v …" / "Về việc …" / as printed
    addressee_label: str  # "Kính gửi:" or "… điện:"
    addressees: tuple[str, ...]
    preamble: tuple[str, ...]  # bold centred lines after the subject (QĐ authority line)
    paragraphs: tuple[Paragraph, ...]
    recipients: tuple[tuple[str, str | None], ...]
    archive: tuple[str, ...]
    signer: Signer
    cosigner: Signer | None  # biên bản: the secretary on the left
    urgency: str | None
    secrecy: str | None
    incoming: Incoming | None
    seal: bool
    pages: int
    typography: Typography
    render_seed: int  # strokes, stamps and ink texture

    @property
    def legal_references(self) -> list[str]:
        found: list[str] = []
        for paragraph in self.paragraphs:
            for reference in paragraph.references:
                if reference not in found:
                    found.append(reference)
        return found

    def droppable(self) -> list[int]:
        return [i for i, p in enumerate(self.paragraphs) if p.optional]

    def shrink(self) -> Letter | None:
        """The letter a little shorter (an optional paragraph or a recipient less), or None."""
        droppable = self.droppable()
        if droppable:
            return self.without(droppable[-1])
        if len(self.recipients) > 3:
            return replace(self, recipients=self.recipients[:-1])
        return None

    def without(self, index: int) -> Letter:
        """The letter less one paragraph; articles (Điều) are numbered again."""
        kept = []
        article = 0
        for i, paragraph in enumerate(self.paragraphs):
            if i == index:
                continue
            if paragraph.lead.startswith("Điều"):
                article += 1
                paragraph = replace(paragraph, lead=f"Điều {article}.")
            kept.append(paragraph)
        recipients = tuple(
            (f"Như Điều {article}", note) if name.startswith("Như Điều") else (name, note)
            for name, note in self.recipients
        )
        return replace(self, paragraphs=tuple(kept), recipients=recipients)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def long_date(day: dt.date) -> str:
    """'ngày 05 tháng 01 năm 2024': leading 0 for days < 10 and months 1, 2 (NĐ 30 ô 4)."""
    return f"ngày {day_text(day)} tháng {month_text(day)} năm {day.year}"


def day_text(day: dt.date) -> str:
    return f"{day.day:02d}"


def month_text(day: dt.date) -> str:
    return f"{day.month:02d}" if day.month <= 2 else str(day.month)


# ---------------------------------------------------------------- the issuer
@dataclass(frozen=True)
class _Issuer:
    sort: str  # one of ISSUER_KINDS
    name: str
    phrase: str  # "Sở Y tế", "Ủy ban nhân dân tỉnh Đắk Nông" inside a sentence
    abbreviation: str  # in the symbol: "SYT", "UBND"
    units: tuple[str, ...]  # drafting units
    head: str  # "GIÁM ĐỐC", "CHỦ TỊCH"
    deputy: str
    place: str  # địa danh of the date line
    province: Province
    recipients: tuple[tuple[str, str | None], ...]  # Nơi nhận pool
    seal_text: str
    head_phrase: str  # "Giám đốc Sở Y tế" inside a sentence
    collective: str | None = None  # "ỦY BAN NHÂN DÂN": signs "TM. …"
    parent: str | None = None
    parent_short: str | None = None  # "UBND TỈNH ĐẮK NÔNG", the usual abbreviation (ô 2)


def _committee(
    sort: str,
    name: str,
    phrase: str,
    place: str,
    province: Province,
    *,
    council: bool = False,
    units: tuple[str, ...] = vocab.COMMITTEE_UNITS,
    recipients: tuple[tuple[str, str | None], ...] = vocab.RECIPIENTS_PROVINCE,
    parent: str | None = None,
    parent_short: str | None = None,
) -> _Issuer:
    """A People's Committee (Ủy ban nhân dân) or Council (Hội đồng nhân dân)."""
    collective = vocab.PEOPLES_COUNCIL if council else vocab.PEOPLES_COMMITTEE
    return _Issuer(
        sort=sort,
        name=name,
        phrase=phrase,
        abbreviation="HĐND" if council else "UBND",
        units=("VP",) if council else units,
        head="CHỦ TỊCH",
        deputy="PHÓ CHỦ TỊCH",
        place=place,
        province=province,
        recipients=recipients,
        seal_text=name,
        head_phrase=f"Chủ tịch {phrase}",
        collective=collective,
        parent=parent,
        parent_short=parent_short,
    )


def _agency_issuer(
    sort: str,
    agency: Agency,
    province: Province,
    place: str,
    recipients: tuple[tuple[str, str | None], ...],
    seal_text: str,
    parent: str | None = None,
    parent_short: str | None = None,
) -> _Issuer:
    """A body led by one head (Sở, Bộ, Cục, Phòng): "GIÁM ĐỐC", "KT. GIÁM ĐỐC"."""
    return _Issuer(
        sort=sort,
        name=agency.name,
        phrase=agency.phrase,
        abbreviation=agency.abbreviation,
        units=agency.units,
        head=agency.head,
        deputy=agency.deputy,
        place=place,
        province=province,
        recipients=recipients,
        seal_text=seal_text,
        head_phrase=f"{agency.head.capitalize()} {agency.phrase}",
        parent=parent,
        parent_short=parent_short,
    )


def _pick_issuer(rng: random.Random, sort: str, day: dt.date, parent: bool | None) -> _Issuer:
    after = day >= vocab.PROVINCE_REFORM
    provinces = vocab.PROVINCES_AFTER_REFORM if after else vocab.PROVINCES_BEFORE_REFORM
    if sort == "district":
        chosen = rng.choice(sorted(vocab.DISTRICTS))
        province = next(p for p in provinces if p.name == chosen)
    else:
        province = rng.choice(provinces)
    committee = f"{vocab.PEOPLES_COMMITTEE} {province.caps}"
    committee_short = f"{vocab.PEOPLES_COMMITTEE_SHORT} {province.caps}"
    if sort == "province":
        phrase = f"Ủy ban nhân dân {province.unit}"
        return _committee(sort, committee, phrase, province.place, province)
    if sort == "council":
        name = f"{vocab.PEOPLES_COUNCIL} {province.caps}"
        phrase = f"Hội đồng nhân dân {province.unit}"
        return _committee(sort, name, phrase, province.place, province, council=True)
    if sort == "department":
        agency = rng.choice([a for a in vocab.DEPARTMENTS if a.exists_on(day)])
        with_parent = parent if parent is not None else rng.random() < 0.85
        return _agency_issuer(
            sort,
            agency,
            province,
            province.place,
            vocab.RECIPIENTS_DEPARTMENT,
            f"{agency.name} {province.caps}",
            parent=committee if with_parent else None,
            parent_short=committee_short if with_parent else None,
        )
    if sort == "ministry":
        agency = rng.choice([a for a in vocab.MINISTRIES if a.exists_on(day)])
        return _agency_issuer(
            sort, agency, province, "Hà Nội", vocab.RECIPIENTS_MINISTRY, agency.name
        )
    if sort == "agency":
        ministry = rng.choice(sorted(vocab.MINISTRY_AGENCIES))
        agency = rng.choice(vocab.MINISTRY_AGENCIES[ministry])
        with_parent = parent if parent is not None else True
        return _agency_issuer(
            sort,
            agency,
            province,
            "Hà Nội",
            vocab.RECIPIENTS_MINISTRY,
            agency.name,
            parent=ministry if with_parent else None,
        )
    if sort == "district":
        district = rng.choice(vocab.DISTRICTS[province.name])
        name = f"{vocab.PEOPLES_COMMITTEE} HUYỆN {district.upper()}"
        with_parent = parent if parent is not None else rng.random() < 0.3
        if with_parent:  # a Phòng under "UBND HUYỆN …"
            office = rng.choice(vocab.DISTRICT_OFFICES)
            return _agency_issuer(
                sort,
                office,
                province,
                district,
                vocab.RECIPIENTS_LOCAL,
                f"{office.name} HUYỆN {district.upper()}",
                parent=name,
                parent_short=f"UBND HUYỆN {district.upper()}",
            )
        phrase = f"Ủy ban nhân dân huyện {district}"
        return _committee(
            sort,
            name,
            phrase,
            district,
            province,
            units=vocab.LOCAL_UNITS,
            recipients=vocab.RECIPIENTS_LOCAL,
        )
    ward = rng.random() < 0.3
    local = rng.choice(vocab.WARDS if ward else vocab.COMMUNES)
    level = "PHƯỜNG" if ward else "XÃ"
    name = f"{vocab.PEOPLES_COMMITTEE} {level} {local.upper()}"
    with_parent = parent if parent is not None else (not after and rng.random() < 0.5)
    parent_name = parent_short = None
    if with_parent:
        if after or province.name not in vocab.DISTRICTS:
            parent_name, parent_short = committee, committee_short
        else:
            district = rng.choice(vocab.DISTRICTS[province.name])
            parent_name = f"{vocab.PEOPLES_COMMITTEE} HUYỆN {district.upper()}"
            parent_short = f"UBND HUYỆN {district.upper()}"
    return _committee(
        "commune",
        name,
        f"Ủy ban nhân dân {level.lower()} {local}",
        local,
        province,
        units=vocab.LOCAL_UNITS,
        recipients=vocab.RECIPIENTS_LOCAL,
        parent=parent_name,
        parent_short=parent_short,
    )


# ---------------------------------------------------------------- people
def person_name(rng: random.Random) -> str:
    families, weights = zip(*vocab.FAMILY_NAMES, strict=True)
    family = rng.choices(families, weights)[0]
    if rng.random() < 0.65:
        middle, given = vocab.MIDDLE_NAMES_MALE, vocab.GIVEN_NAMES_MALE
    else:
        middle, given = vocab.MIDDLE_NAMES_FEMALE, vocab.GIVEN_NAMES_FEMALE
    parts = [family, rng.choice(middle)]
    if rng.random() < 0.12:
        parts.append(rng.choice(middle))
    parts.append(rng.choice(given))
    return " ".join(dict.fromkeys(parts))  # no doubled middle name


def _signer(rng: random.Random, issuer: _Issuer, kind: str, authority: str | None) -> Signer:
    name = person_name(rng)
    head, deputy = issuer.head, issuer.deputy
    collective = issuer.collective
    if authority is None:
        options = ["", "KT", "KT"]
        if collective:
            options += ["TM", "TM"]
        if issuer.sort in ("province", "ministry", "department"):
            options += ["TL"]
        if issuer.sort in ("province", "ministry"):
            options += ["TUQ"]
        if issuer.sort in ("department", "agency", "district"):
            options += ["Q"]
        authority = rng.choice(options)
    if kind == "nghi_quyet" and authority not in ("", "TM"):
        authority = "TM"
    if authority == "TM" and not collective:
        authority = "KT"
    if authority == "":
        return Signer((), (head,), name)
    if authority == "TM":
        if rng.random() < 0.5:
            return Signer((f"TM. {collective}",), (head,), name)
        return Signer((f"TM. {collective}", f"KT. {head}"), (deputy,), name)
    if authority == "KT":
        return Signer((f"KT. {head}",), (deputy,), name)
    if authority == "Q":
        return Signer((f"Q. {head}",), (), name)
    if authority == "TL":
        if rng.random() < 0.3:
            return Signer((f"TL. {head}", "KT. CHÁNH VĂN PHÒNG"), ("PHÓ CHÁNH VĂN PHÒNG",), name)
        if issuer.sort == "ministry":
            return Signer((f"TL. {head}",), _split_title("VỤ TRƯỞNG VỤ PHÁP CHẾ"), name)
        return Signer((f"TL. {head}",), ("CHÁNH VĂN PHÒNG",), name)
    title = "VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ" if issuer.sort == "ministry" else "GIÁM ĐỐC SỞ NỘI VỤ"
    return Signer((f"TUQ. {head}",), _split_title(title), name)


def _split_title(title: str) -> tuple[str, ...]:
    """Long titles stand on two lines: 'VỤ TRƯỞNG' / 'VỤ PHÁP CHẾ'."""
    words = title.split()
    if len(title) <= 18:
        return (title,)
    return (" ".join(words[:2]), " ".join(words[2:]))


# ---------------------------------------------------------------- compose
def _choose(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    items, weights = zip(*weighted, strict=True)
    return rng.choices(items, weights)[0]


def _random_date(rng: random.Random, after_reform: bool | None) -> dt.date:
    first, last = vocab.FIRST_DATE, vocab.LAST_DATE
    if after_reform is True:
        first = vocab.PROVINCE_REFORM
    elif after_reform is False:
        last = vocab.PROVINCE_REFORM - dt.timedelta(days=1)
    day = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
    while day.weekday() >= 5:  # letters are issued on working days
        day -= dt.timedelta(days=1)
    return max(day, first)


def _issuer_sort(rng: random.Random, features: Features, day: dt.date) -> str:
    if features.issuer:
        return features.issuer
    weights = {
        "province": 4,
        "council": 1,
        "department": 5,
        "ministry": 2,
        "agency": 1,
        "district": 2 if day < vocab.PROVINCE_REFORM else 0,
        "commune": 1,
    }
    if features.kind:
        for sort in weights:
            if features.kind not in dict(vocab.KINDS_BY_ISSUER[sort]):
                weights[sort] = 0
    if features.parent:
        for sort in ("province", "council", "ministry"):
            weights[sort] = 0
    return _choose(rng, tuple(weights.items()))


def compose(seed: int, features: Features | None = None) -> Letter:
    """A letter drawn from ``seed``; not yet fitted to its page count (see ``generate``)."""
    features = features or Features()
    _check(features)
    rng = random.Random(seed)
    day = _random_date(rng, features.after_reform)
    if features.issuer == "district" and day >= vocab.PROVINCE_REFORM:
        day = _random_date(rng, after_reform=False)
    sort = _issuer_sort(rng, features, day)
    issuer = _pick_issuer(rng, sort, day, features.parent)
    parent = issuer.parent
    if issuer.parent_short and rng.random() < 0.75:
        parent = issuer.parent_short
    kind = features.kind or _choose(rng, vocab.KINDS_BY_ISSUER[sort])
    spec = vocab.KINDS[kind]
    pages = features.pages or (2 if rng.random() < 0.1 else 1)
    typography = _typography(rng)

    number = _number(rng, issuer, kind, day, features.number)
    date_line = _date_line(rng, issuer, day, number, features.day)
    topic = rng.choice(vocab.TOPICS + _agency_topics(issuer))
    subject, printed = _subject(rng, kind, topic, issuer, day, normative=bool(number.year))
    addressees, label = _addressees(rng, issuer, kind, spec)
    text = _Writer(rng, issuer, day, topic, kind)
    paragraphs = text.body(kind, addressees, pages)
    preamble = _preamble(issuer, kind, day, rng)
    signer = _signer(rng, issuer, kind, features.authority)
    cosigner = Signer((), ("THƯ KÝ",), person_name(rng)) if kind == "bien_ban" else None
    if kind == "bien_ban":
        signer = Signer((), ("CHỦ TRÌ",), signer.name)
    recipients = _recipients(rng, issuer, kind, addressees, paragraphs)
    archive = _archive(rng, number, issuer) if kind != "bien_ban" else ()
    urgency = _forced_or(
        features.urgency,
        lambda: (
            rng.choice(("HỎA TỐC", "KHẨN"))
            if kind == "cong_dien"
            else (rng.choice(URGENCY_LEVELS) if rng.random() < 0.1 else "")
        ),
    )
    secrecy = _forced_or(features.secrecy, lambda: "MẬT" if rng.random() < 0.04 else "")
    incoming = None
    with_incoming = features.incoming if features.incoming is not None else rng.random() < 0.3
    if with_incoming:
        incoming = _incoming(rng, issuer, day)
    with_seal = features.seal if features.seal is not None else rng.random() < 0.75
    return Letter(
        seed=seed,
        kind=kind,
        type_name=spec.name,
        title=spec.title,
        parent=parent,
        issuer=issuer.name,
        seal_text=issuer.seal_text,
        number=number,
        date_line=date_line,
        subject=subject,
        subject_printed=printed,
        addressee_label=label,
        addressees=tuple(addressees),
        preamble=preamble,
        paragraphs=tuple(paragraphs),
        recipients=tuple(recipients),
        archive=archive,
        signer=signer,
        cosigner=cosigner,
        urgency=urgency or None,
        secrecy=secrecy or None,
        incoming=incoming,
        seal=with_seal and kind != "bien_ban",
        pages=pages,
        typography=typography,
        render_seed=rng.getrandbits(32),
    )


def _check(features: Features) -> None:
    allowed = {
        "kind": (None, *vocab.KINDS),
        "issuer": (None, *ISSUER_KINDS),
        "pages": (None, 1, 2),
        "urgency": (None, "", *URGENCY_LEVELS),
        "secrecy": (None, "", *SECRECY_LEVELS),
        "number": (None, *FILL_STYLES),
        "day": (None, *FILL_STYLES),
        "authority": (None, "", "TM", "KT", "TL", "TUQ", "Q"),
    }
    for name, values in allowed.items():
        if getattr(features, name) not in values:
            raise ValueError(f"Features.{name} = {getattr(features, name)!r}: not one of {values}")


def _forced_or(forced: str | None, draw: Callable[[], str]) -> str:
    return forced if forced is not None else draw()


def _agency_topics(issuer: _Issuer) -> tuple[str, ...]:
    for agency in (*vocab.DEPARTMENTS, *vocab.MINISTRIES):
        if agency.name == issuer.name:
            return agency.topics
    return ()


def _typography(rng: random.Random) -> Typography:
    header = rng.choice((12.0, 12.5, 13.0))
    return Typography(
        family=rng.choice(("liberation", "freeserif")),
        body_pt=rng.choice((13.0, 13.0, 13.5, 14.0, 14.0)),
        header_pt=header,
        tagline_pt=header + rng.choice((0.0, 0.5, 1.0)),
        title_pt=rng.choice((13.0, 14.0)),
        recipients_pt=rng.choice((11.0, 11.0, 11.5, 12.0)),
        line_spacing=rng.uniform(1.12, 1.32),
        paragraph_gap_pt=rng.choice((3.0, 6.0, 6.0, 8.0)),
        indent_mm=rng.uniform(8.0, 12.7),
        margins_mm=(
            rng.uniform(20, 25),
            rng.uniform(18, 25),
            rng.uniform(28, 35),
            rng.uniform(15, 20),
        ),
        motto_hoa=rng.choice(("HÒA", "HÒA", "HOÀ")),
        justify=rng.random() < 0.85,
        blank_dots=rng.random() < 0.3,
        signature_gap_mm=rng.uniform(22, 32),
        ink=rng.choice(((0, 0, 0), (20, 20, 20), (35, 32, 30))),
    )


def _number(
    rng: random.Random, issuer: _Issuer, kind: str, day: dt.date, fill: str | None
) -> NumberLine:
    spec = vocab.KINDS[kind]
    top = {"province": 3500, "ministry": 9000, "department": 2500, "agency": 4000}
    limit = top.get(issuer.sort, 600)
    value = rng.randint(1, 9) if rng.random() < 0.12 else rng.randint(10, limit)
    # Legal (normative) documents carry the year: "12/2024/TT-BTC" (Luật ban hành VBQPPL).
    normative = kind == "thong_tu" or (
        (kind, issuer.sort) in (("quyet_dinh", "province"), ("nghi_quyet", "council"))
        and rng.random() < 0.25
    )
    if normative:
        value = rng.randint(1, 60 if kind != "thong_tu" else 90)
    written = f"{value:02d}"
    fill = fill or rng.choices(FILL_STYLES, (86, 10, 4))[0]
    if spec.abbreviation:
        symbol = f"{spec.abbreviation}-{issuer.abbreviation}"
        unit = None
    else:
        unit = rng.choice(issuer.units)
        symbol = f"{issuer.abbreviation}-{unit}"
    return NumberLine(
        value=None if fill == "blank" else written,
        year=str(day.year) if normative else None,
        symbol=symbol,
        type_abbreviation=spec.abbreviation,
        issuing_body=issuer.abbreviation,
        drafting_unit=unit,
        fill=fill,
        written=written,
    )


def _date_line(
    rng: random.Random, issuer: _Issuer, day: dt.date, number: NumberLine, fill: str | None
) -> DateLine:
    if fill is None:
        if number.fill == "printed":
            fill = "handwritten" if rng.random() < 0.03 else "printed"
        else:
            fill = number.fill if rng.random() < 0.8 else "printed"
    return DateLine(issuer.place, day, fill, month_by_hand=fill != "printed" and rng.random() < 0.4)


def _subject(
    rng: random.Random, kind: str, topic: str, issuer: _Issuer, day: dt.date, *, normative: bool
) -> tuple[str, str]:
    """(subject as recorded, subject as printed)."""
    if kind == "cong_van":
        verb = rng.choice(vocab.CONG_VAN_VERBS)
        where = f" trên địa bàn {issuer.province.unit}" if rng.random() < 0.4 else ""
        subject = f"{verb} {topic}{where}"
        return subject, f"V/v {subject}"
    key = "quyet_dinh_normative" if kind == "quyet_dinh" and normative else kind
    template = rng.choice(vocab.TITLED_SUBJECTS[key])
    old = rng.choice([d for d in vocab.LEGAL_DOCUMENTS if d.type == "Thông tư"])
    printed = template.format(
        topic=topic,
        year=day.year,
        year_next=day.year + 1,
        year_plus5=day.year + 5,
        unit=issuer.province.unit,
        issuer_phrase=issuer.phrase,
        storm=rng.randint(1, 12),
        old_circular=old.number,
    )
    printed = printed[0].upper() + printed[1:]
    subject = printed.removeprefix("Về việc ")
    return subject, printed


def _addressees(
    rng: random.Random, issuer: _Issuer, kind: str, spec: vocab.Kind
) -> tuple[list[str], str]:
    province = issuer.province
    if kind == "cong_dien":
        label = f"{issuer.head_phrase.upper()} điện:"
        items = ["Giám đốc các Sở, ban, ngành", "Chủ tịch Ủy ban nhân dân các xã, phường"]
        return items[: rng.randint(1, 2)], label
    if spec.addressees == "never" or (spec.addressees == "sometimes" and rng.random() < 0.6):
        return [], ""
    upward = kind in ("to_trinh", "bao_cao") or (kind == "cong_van" and rng.random() < 0.25)
    if upward:
        if issuer.sort in ("ministry", "agency"):
            pool = vocab.ADDRESSEES_UP_MINISTRY
        else:
            pool = vocab.ADDRESSEES_UP_PROVINCE
        count = 1
    else:
        pool = vocab.ADDRESSEES_DOWN
        count = rng.choice((1, 2, 2, 3, 4))
    chosen = rng.sample(pool, min(count, len(pool)))
    return [_fill_unit(a, province) for a in chosen], "Kính gửi:"


def _fill_unit(text: str, province: Province) -> str:
    return text.format(unit=province.unit, name=province.name)


def _preamble(issuer: _Issuer, kind: str, day: dt.date, rng: random.Random) -> tuple[str, ...]:
    if kind == "quyet_dinh":
        return (issuer.head_phrase.upper(),)
    if kind == "thong_tu":
        return ()
    if kind == "nghi_quyet":
        term = "KHÓA X" if day.year < 2021 else "KHÓA XI"
        return (issuer.name, f"{term}, KỲ HỌP THỨ {rng.randint(2, 19)}")
    return ()


def _recipients(
    rng: random.Random,
    issuer: _Issuer,
    kind: str,
    addressees: list[str],
    paragraphs: list[Paragraph],
) -> list[tuple[str, str | None]]:
    if kind == "bien_ban":
        return []
    items: list[tuple[str, str | None]] = []
    if addressees:
        items.append(("Như trên", None))
    articles = [p for p in paragraphs if p.lead.startswith("Điều")]
    if kind in ("quyet_dinh", "thong_tu", "nghi_quyet") and articles:
        items.append((f"Như {articles[-1].lead.rstrip('.')}", None))
    pool = [(_fill_unit(n, issuer.province), note) for n, note in issuer.recipients]
    items += rng.sample(pool, rng.randint(2, min(6, len(pool))))
    return items


def _archive(rng: random.Random, number: NumberLine, issuer: _Issuer) -> tuple[str, ...]:
    unit = number.drafting_unit or rng.choice(issuer.units)
    if rng.random() < 0.15:
        unit = f"{unit} ({rng.randint(2, 5)}b)"
    return ("VT", unit)


def _incoming(rng: random.Random, issuer: _Issuer, day: dt.date) -> Incoming:
    received = day + dt.timedelta(days=rng.choice((0, 1, 1, 2, 3, 5, 7, 12)))
    province = issuer.province.caps
    districts = vocab.DISTRICTS.get(issuer.province.name, ("KRÔNG NÔ",))
    template = rng.choice(vocab.INCOMING_OFFICES)
    if "{d}" in template and received >= vocab.PROVINCE_REFORM:
        template = "VĂN PHÒNG UBND {p}"
    organization = template.format(p=province, d=rng.choice(districts).upper())
    if rng.random() < 0.5:
        date_text = f"{received.day}/{received.month}/{received.year}"
    else:
        date_text = f"{received.day:02d}/{received.month:02d}/{received.year}"
    return Incoming(
        organization=organization,
        number=str(rng.randint(1, 4800)),
        date=received,
        forwarded_to=rng.choice(vocab.FORWARDED_TO) if rng.random() < 0.6 else None,
        handwritten=rng.random() < 0.6,
        date_text=date_text,
        file_label=rng.choice(("Số và ký hiệu HS", "Lưu hồ sơ số")),
    )


# ---------------------------------------------------------------- body text
class _Writer:
    """Body paragraphs for one letter, remembering the documents it cites."""

    def __init__(
        self, rng: random.Random, issuer: _Issuer, day: dt.date, topic: str, kind: str
    ) -> None:
        self.rng = rng
        self.kind_name = vocab.KINDS[kind].name  # "Quyết định này" in the articles
        self.issuer = issuer
        self.day = day
        self.topic = topic
        older = [d for d in vocab.LEGAL_DOCUMENTS if d.date < day - dt.timedelta(days=20)]
        self.documents = rng.sample(older, min(4, len(older)))
        self.main = self.documents[0]
        self.deadline = day + dt.timedelta(days=rng.randint(10, 60))
        departments = [a for a in vocab.DEPARTMENTS if a.exists_on(day)]
        self.department = rng.choice(departments).phrase

    def fill(self, template: str, document: LegalDocument | None = None) -> Paragraph:
        document = document or self.main
        values = {
            "issuer_phrase": self.issuer.phrase,
            "unit": self.issuer.province.unit,
            "topic": self.topic,
            "year": self.day.year,
            "deadline": f"{self.deadline.day}/{self.deadline.month}/{self.deadline.year}",
            "ref": _cite(document),
            "ref_short": f"{document.type} số {document.number}",
            "ref_date": long_date(document.date).removeprefix("ngày "),
            "ref_issuer": document.issuer,
            "ref_about": document.about,
            "department_phrase": self.department,
            "this": self.kind_name,
        }
        text = template.format(**values)
        references = (f"{document.type} số {document.number}",) if "{ref" in template else ()
        return Paragraph(text[0].upper() + text[1:], references=references)

    def body(self, kind: str, addressees: list[str], pages: int) -> list[Paragraph]:
        rng = self.rng
        extra = 10 if pages == 2 else 0
        if kind in ("quyet_dinh", "nghi_quyet", "thong_tu"):
            return self._decision(kind, extra)
        if kind == "giay_moi":
            return [self.fill(t) for t in vocab.INVITATION]
        if kind == "bien_ban":
            return self._minutes(extra)
        paragraphs = [self.fill(rng.choice(vocab.OPENINGS), self.main)]
        middles = rng.sample(vocab.MIDDLES, rng.randint(2, 4))
        if kind in ("ke_hoach", "bao_cao", "de_an", "phuong_an", "chuong_trinh", "huong_dan"):
            paragraphs += self._sections(kind, middles, extra)
        else:
            paragraphs += [_optional(self.fill(m)) for m in middles]
            items = rng.sample(vocab.ITEMS, rng.randint(2, 4))
            paragraphs += [_item(self.fill(i)) for i in items]
            paragraphs += [
                _optional(self.fill(rng.choice(vocab.MIDDLES), self._other())) for _ in range(extra)
            ]
        paragraphs.append(self.fill(rng.choice(vocab.CLOSINGS)))
        return paragraphs

    def _other(self) -> LegalDocument:
        return self.rng.choice(self.documents)

    def _sections(self, kind: str, middles: list[str], extra: int) -> list[Paragraph]:
        names = {
            "bao_cao": ("KẾT QUẢ ĐẠT ĐƯỢC", "TỒN TẠI, HẠN CHẾ", "PHƯƠNG HƯỚNG, NHIỆM VỤ"),
            "ke_hoach": ("MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"),
        }.get(kind, ("MỤC TIÊU", "NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"))
        out: list[Paragraph] = []
        per_section = max(1, (len(middles) + extra) // 3)
        pool = list(middles) + [self.rng.choice(vocab.MIDDLES + vocab.ITEMS) for _ in range(extra)]
        for numeral, name in zip(("I", "II", "III"), names, strict=True):
            out.append(Paragraph(f"{numeral}. {name}", style="section"))
            for template in pool[:per_section]:
                out.append(_optional(self.fill(template, self._other())))
            pool = pool[per_section:]
        return out

    def _decision(self, kind: str, extra: int) -> list[Paragraph]:
        rng = self.rng
        laws = [law for law in vocab.LAWS if law[1] < self.day]
        out = [
            Paragraph(f"Căn cứ {name} {long_date(day)};", style="basis", optional=index > 0)
            for index, (name, day) in enumerate(rng.sample(laws, min(2, len(laws))))
        ]
        for index, document in enumerate(self.documents[: rng.randint(1, 3)]):
            out.append(
                Paragraph(
                    f"Căn cứ {_cite(document)};",
                    style="basis",
                    optional=index > 0,
                    references=(f"{document.type} số {document.number}",),
                )
            )
        if kind == "thong_tu":
            proposer = "Vụ trưởng Vụ Pháp chế"
        elif self.issuer.sort in ("ministry", "agency", "department"):
            proposer = "Chánh Văn phòng"
        else:
            proposer = f"Giám đốc {self.department}"
        if kind == "nghi_quyet":
            out.append(
                Paragraph(
                    f"Xét Tờ trình của Ủy ban nhân dân {self.issuer.province.unit}; Báo cáo "
                    "thẩm tra của Ban Kinh tế - Ngân sách; ý kiến thảo luận của đại biểu Hội "
                    "đồng nhân dân tại kỳ họp.",
                    style="basis",
                )
            )
            out.append(Paragraph("QUYẾT NGHỊ:", style="heading"))
        elif kind == "thong_tu":
            out.append(Paragraph(f"Theo đề nghị của {proposer};", style="basis"))
            out.append(
                Paragraph(
                    f"{self.issuer.head_phrase} ban hành Thông tư {self._lower_topic()}.",
                    style="basis",
                )
            )
        else:
            out.append(Paragraph(f"Theo đề nghị của {proposer}.", style="basis"))
            out.append(Paragraph("QUYẾT ĐỊNH:", style="heading"))
        articles = list(vocab.ARTICLES)
        if extra:
            articles[1:1] = [rng.choice(vocab.MIDDLES) for _ in range(extra)]
        for index, template in enumerate(articles, start=1):
            paragraph = self.fill(template, self._other())
            out.append(
                replace(
                    paragraph,
                    lead=f"Điều {index}.",
                    optional=1 < index < len(articles) - 1,
                )
            )
        return out

    def _lower_topic(self) -> str:
        return f"hướng dẫn {self.topic}"

    def _minutes(self, extra: int) -> list[Paragraph]:
        rng = self.rng
        start = f"{rng.randint(7, 14)} giờ {rng.choice(('00', '30'))} phút"
        paragraphs = [
            Paragraph(
                f"Vào lúc {start}, {long_date(self.day)}, tại trụ sở {self.issuer.phrase}, "
                f"tiến hành họp về {self.topic}."
            ),
            Paragraph("I. THÀNH PHẦN THAM DỰ", style="section"),
            Paragraph(
                "Đại diện lãnh đạo, các phòng chuyên môn và các đơn vị có liên quan; "
                "chủ trì cuộc họp là đồng chí lãnh đạo đơn vị, thư ký cuộc họp là chuyên viên "
                "văn phòng."
            ),
            Paragraph("II. NỘI DUNG", style="section"),
        ]
        paragraphs += [
            _optional(self.fill(m, self._other()))
            for m in rng.sample(vocab.MIDDLES, 3) + [rng.choice(vocab.MIDDLES)] * extra
        ]
        paragraphs.append(
            Paragraph(
                "Biên bản kết thúc vào hồi "
                f"{rng.randint(15, 17)} giờ cùng ngày, đã thông qua cho các thành viên dự họp "
                "cùng nghe và thống nhất./."
            )
        )
        return paragraphs


def _cite(document: LegalDocument) -> str:
    return (
        f"{document.type} số {document.number} {long_date(document.date)} của "
        f"{document.issuer} {document.about}"
    )


def _optional(paragraph: Paragraph) -> Paragraph:
    return replace(paragraph, optional=True)


def _item(paragraph: Paragraph) -> Paragraph:
    return replace(paragraph, text=f"- {paragraph.text}", style="item", optional=True)


# ---------------------------------------------------------------- the expected record
def expected_record(letter: Letter) -> dict[str, Any]:
    """What a careful reader types in for ``letter``: ``Record`` key paths, plus ``handwritten``."""
    number = letter.number
    date_line = letter.date_line
    handwritten = []
    if number.fill == "handwritten":
        handwritten.append("number.value")
    if date_line.fill == "handwritten":
        handwritten.append("date")
    incoming = None
    if letter.incoming:
        stamp = letter.incoming
        incoming = {
            "organization": stamp.organization,
            "number": stamp.number,
            "date": stamp.date.isoformat(),
            "forwarded_to": stamp.forwarded_to,
        }
        if stamp.handwritten:
            handwritten += ["incoming.number", "incoming.date"]
            if stamp.forwarded_to:
                handwritten.append("incoming.forwarded_to")
    record = {
        "document_type": {"kind": letter.kind, "name": letter.type_name},
        "issuer": {"name": letter.issuer, "parent": letter.parent},
        "number": {
            "value": number.value,
            "year": number.year,
            "symbol": number.symbol,
            "type_abbreviation": number.type_abbreviation,
            "issuing_body": number.issuing_body,
            "drafting_unit": number.drafting_unit,
        },
        "place": date_line.place,
        "date": None if date_line.fill == "blank" else date_line.date.isoformat(),
        "subject": letter.subject,
        "addressees": list(letter.addressees),
        "signer": {
            "authority": letter.signer.authority,
            "title": letter.signer.title,
            "name": letter.signer.name,
            "competence": list(letter.signer.competence),
        },
        "recipients": [{"name": name, "note": note} for name, note in letter.recipients],
        "archive": list(letter.archive),
        "urgency": letter.urgency,
        "secrecy": letter.secrecy,
        "incoming": incoming,
        "legal_references": letter.legal_references,
        "handwritten": handwritten,
    }
    return _nfc_tree(record)


def _nfc_tree(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_nfc_tree(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc_tree(v) for k, v in value.items()}
    return value


__all__ = [
    "FILL_STYLES",
    "ISSUER_KINDS",
    "SECRECY_LEVELS",
    "URGENCY_LEVELS",
    "DateLine",
    "Features",
    "Incoming",
    "Letter",
    "NumberLine",
    "Paragraph",
    "Signer",
    "Typography",
    "compose",
    "expected_record",
]
