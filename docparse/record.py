"""Record: the parser's findings → the typed record, with provenance, review list and warnings.

Nothing is guessed here: a field that is missing, read with low confidence, looks handwritten
or fails a check of the format rules is put in ``review`` with its reason.
"""

from __future__ import annotations

import datetime as dt

from docparse import gazetteer, patterns, spelling
from docparse.parse import CAPITALISED_FIELDS, Found, Letter
from docparse.preprocess import unlevel
from docparse.text import fold, impossible_syllables, upper_ratio
from models.layout import Page
from models.record import (
    DocumentKind,
    DocumentType,
    ESignature,
    IncomingStamp,
    Issuer,
    Number,
    Provenance,
    Recipient,
    Record,
    ReviewItem,
    Signer,
    Source,
    Warning,
)

# Below this OCR confidence a value goes to review (tuned on the bench sets).
REVIEW_CONFIDENCE = 0.80
# A date is its digits: one misread is a wrong date, and italic 8/6 or 1/7 come at 0.8–0.9.
REVIEW_CONFIDENCE_OF = {"date": 0.90}

# Elements every letter must carry (NĐ 30/2020 Điều 8 k.2), as record key paths.
REQUIRED = {
    "motto": "national motto (Quốc hiệu)",
    "issuer.name": "issuing body",
    "number.symbol": "number and symbol",
    "date": "date of issue",
    "signer.name": "signer's name",
    "recipients": "Nơi nhận",
}
# Fields of free text, checked for syllables Vietnamese cannot have and for OCR debris.
FREE_TEXT = (
    "issuer.name",
    "issuer.parent",
    "place",
    "subject",
    "addressees",
    "signer.title",
    "signer.name",
    "recipients",
    "archive",
    "incoming.organization",
    "incoming.forwarded_to",
)
# Fields whose absence a reviewer must confirm (the page may simply not show them).
EXPECTED = (
    "document_type",
    "issuer.name",
    "number.value",
    "number.symbol",
    "date",
    "place",
    "subject",
    "signer.title",
    "signer.name",
    "recipients",
)


def assemble(
    letter: Letter,
    source: Source,
    pages: list[Page],
    e_signatures: list[ESignature],
    *,
    docparse_version: str,
    today: dt.date | None = None,
) -> Record:
    today = today or dt.date.today()
    value = {key: found.value for key, found in letter.items()}
    incoming = {k: v for k, v in (value.get("incoming") or {}).items() if v not in (None, "")}
    doc_type = value.get("document_type") or patterns.OTHER
    number = value.get("number") or {}
    record = Record(
        docparse_version=docparse_version,
        source=source,
        document_type=DocumentType(kind=DocumentKind(doc_type.kind), name=doc_type.name),
        issuer=Issuer(name=value.get("issuer.name"), parent=value.get("issuer.parent")),
        number=Number(**number),
        place=value.get("place"),
        date=value.get("date"),
        subject=value.get("subject"),
        issuing_authority=value.get("issuing_authority"),
        addressees=value.get("addressees", []),
        signer=Signer(
            authority=value.get("signer.authority"),
            title=value.get("signer.title"),
            name=value.get("signer.name"),
            competence=value.get("signer.competence", []),
        ),
        recipients=[Recipient(**r) for r in value.get("recipients", [])],
        archive=value.get("archive", []),
        urgency=value.get("urgency"),
        secrecy=value.get("secrecy"),
        incoming=IncomingStamp(**incoming) if "incoming" in letter else None,
        legal_references=value.get("legal_references", []),
        e_signatures=e_signatures,
        body=value.get("body", ""),
        provenance={
            key: Provenance(page=f.page, bbox=_on_scan(f, pages), confidence=f.confidence)
            for key, f in letter.items()
            if key != "motto"
        },
    )
    record.review = _review(letter, record)
    record.warnings = _warnings(letter, record, today)
    for warning in record.warnings:
        for key in _WARNING_FIELDS.get(warning.code, ()):
            if not any(item.field == key for item in record.review):
                record.review.append(ReviewItem(field=key, reason=warning.message))
    return record


def _on_scan(found: Found, pages: list[Page]) -> tuple[int, int, int, int]:
    """A field's box on the page as scanned (the parser worked on the levelled page)."""
    page = next((p for p in pages if p.number == found.page), None)
    if page is None:
        return found.bbox
    return unlevel(found.bbox, page.skew, page.width, page.height)


def _review(letter: Letter, record: Record) -> list[ReviewItem]:
    items: dict[str, ReviewItem] = {}

    def add(field: str, reason: str) -> None:
        # One item per field; a field with several doubts shows them all, in order.
        if field not in items:
            items[field] = ReviewItem(field=field, reason=reason)
        elif reason not in items[field].reason:
            items[field].reason += f"; {reason}"

    for key, found in letter.items():
        for doubt in found.doubts:
            add(_review_key(key), doubt)
    for key, found in letter.items():
        if key in ("motto", "number", "body", "incoming") or found.value in (None, [], ""):
            continue
        if found.confidence < REVIEW_CONFIDENCE_OF.get(key, REVIEW_CONFIDENCE):
            add(_review_key(key), f"low OCR confidence ({found.confidence:.2f})")
    for key in EXPECTED:
        missing = key not in letter or letter[key].value in (None, [])
        if missing and key not in items:  # a doubt already says why it is missing
            add(key, "not found on the page")
    for key in FREE_TEXT:
        found = letter.get(key)
        values = found.value if found and isinstance(found.value, list) else [found and found.value]
        texts = [v["name"] if isinstance(v, dict) else v for v in values]
        texts = [t for t in texts if isinstance(t, str)]
        odd = [w for t in texts for w in impossible_syllables(t)]
        if odd:
            add(key, f"not Vietnamese as read ({', '.join(odd[:3])}): a tone mark lost in OCR")
        strange = [w for t in texts for w in spelling.unknown_syllables(t)]
        if strange:
            add(key, f"no Vietnamese syllable ({', '.join(strange[:3])}): letters misread")
        if any(0.8 <= upper_ratio(t) < 1.0 for t in texts if key in CAPITALISED_FIELDS):
            add(key, "a small letter inside a name printed in capitals: a letter misread")
        debris = sorted({c for t in texts for c in patterns.OCR_DEBRIS.findall(t)})
        if debris:
            add(key, f"stray marks in the text ({' '.join(debris)}): specks or rules read as text")
    for key, reason in _expected_by_type(letter, record):
        add(key, reason)
    if "date" not in items and (named := _year_a_digit_off(record)):
        add("date", f"the letter names {named}, a digit off the year read: a digit misread?")
    if record.document_type.kind is DocumentKind.other:
        add("document_type", "document type not recognised")
    return list(items.values())


def _expected_by_type(letter: Letter, record: Record) -> list[tuple[str, str]]:
    """Elements the format rules call for in this kind of letter that were not read."""
    missing = []
    kind = record.document_type.kind.value
    if kind in patterns.ADDRESSED_KINDS and not record.addressees:
        missing.append(
            ("addressees", "Kính gửi not read: a công văn or tờ trình names its addressees")
        )
    elif kind == DocumentKind.other and not record.addressees:
        missing.append(("addressees", "Kính gửi not read, and the type unknown: it may have one"))
    if not record.archive:
        missing.append(
            ("archive", "the Nơi nhận list has no Lưu line read")
            if record.recipients
            else ("archive", "Nơi nhận not read, nor its Lưu line")
        )
    signer = record.signer
    if signer.authority is None and not (signer.title and signer.name):
        missing.append(
            ("signer.authority", "signature block not fully read: TM./KT./TL. may be missed")
        )
    name = record.issuer.name
    if name and not record.issuer.parent and patterns.SUBORDINATE_BODY.match(fold(name)):
        missing.append(("issuer.parent", "a subordinate body's parent stands above it, not read"))
    return missing


def _year_a_digit_off(record: Record) -> str | None:
    """A year the subject or body names, not the date's, whose last digit OCR reads as the
    date's (patterns.DATE_DIGIT_MISREADS: 2018 named, 2016 read), when the date's own year
    is named nowhere; else None."""
    if record.date is None:
        return None
    year = str(record.date.year)
    named = set(patterns.YEAR_NAMED.findall(f"{record.subject or ''} {record.body}"))
    if year in named:
        return None
    near = sorted(
        y
        for y in named
        if y[:3] == year[:3] and year[3] in patterns.DATE_DIGIT_MISREADS.get(y[3], "")
    )
    return near[0] if near else None


def _review_key(key: str) -> str:
    return {"number": "number.value", "signer.competence": "signer.authority"}.get(key, key)


def _abbreviates(abbreviation: str, name: str) -> bool:
    """Whether the letters of abbreviation (up to a dot: "QLG.CN") are initials of name's
    words in order; an abbreviation inside the name ("UBND TỈNH …") gives all its letters."""
    wanted = fold(abbreviation).split(".")[0]
    if wanted in patterns.SYMBOL_BODY_EXCEPTIONS or not wanted.isalpha():
        return True
    letters = []
    for word in name.split():
        folded = fold(word)
        if folded == "va" or not folded[:1].isalpha():
            continue
        abbreviated = word.isupper() and not gazetteer.syllable_shaped(word)
        letters += list(folded) if abbreviated else [folded[0]]
    initials = iter(letters)
    return all(letter in initials for letter in wanted)


_WARNING_FIELDS = {
    "date_in_future": ("date",),
    "symbol_type_mismatch": ("number.symbol", "document_type"),
    "incoming_before_issue": ("incoming.date", "date"),
    "year_mismatch": ("number.year", "date"),
    "incoming_long_after_issue": ("incoming.date", "date"),
    "cited_after_issue": ("date",),
    "subject_year_far": ("date",),
    "symbol_issuer_mismatch": ("number.symbol",),
}


# A letter reaches the office that stamps it ĐẾN within days; this much later, one of the
# two dates is likelier misread (an 8 read 6) than the letter so slow.
INCOMING_DAYS_AFTER = 90
# A subject names the year of the work it is about: the date's, or the one before or after
# (a plan for next year, a report on the last).
SUBJECT_YEARS_FROM_DATE = 1


def _dates_against_the_letter(record: Record) -> list[Warning]:
    """The date of issue against the other dates the letter holds: the ĐẾN stamp's (not
    before it, not months after), the years of the documents it cites (none can be later),
    and a year its subject names."""
    if record.date is None:
        return []
    warnings = []
    year = record.date.year
    incoming = record.incoming.date if record.incoming else None
    days = (incoming - record.date).days if incoming else 0
    if days < 0:
        warnings.append(
            Warning(
                code="incoming_before_issue",
                message=f"ĐẾN stamp date {incoming} is before the date of issue {record.date}",
            )
        )
    if days > INCOMING_DAYS_AFTER:
        warnings.append(
            Warning(
                code="incoming_long_after_issue",
                message=f"ĐẾN stamp date {incoming} is {days} days after the date of issue "
                f"{record.date}: one of them may be misread",
            )
        )
    later = [
        cited
        for cited in record.legal_references
        if any(int(m["year"]) > year for m in patterns.CITED_YEAR.finditer(cited))
    ]
    if later:
        warnings.append(
            Warning(
                code="cited_after_issue",
                message=f"{later[0]} is cited, of a later year than the date of issue "
                f"{record.date}",
            )
        )
    far = [
        int(m["year"])
        for m in patterns.SUBJECT_ONE_YEAR.finditer(record.subject or "")
        if abs(int(m["year"]) - year) > SUBJECT_YEARS_FROM_DATE
    ]
    if far:
        warnings.append(
            Warning(
                code="subject_year_far",
                message=f"the subject names the year {far[0]}, far from the date of issue "
                f"{record.date}",
            )
        )
    return warnings


def _warnings(letter: Letter, record: Record, today: dt.date) -> list[Warning]:
    warnings: list[Warning] = []
    if record.date and record.date > today:
        warnings.append(
            Warning(code="date_in_future", message=f"date of issue {record.date} is after today")
        )
    abbreviation = record.number.type_abbreviation
    kind = record.document_type.kind.value
    if abbreviation and kind != "other":
        expected = patterns.TYPE_BY_KIND[kind].abbreviations
        if abbreviation not in expected:
            warnings.append(
                Warning(
                    code="symbol_type_mismatch",
                    message=f"symbol {record.number.symbol} does not fit a "
                    f"{record.document_type.name} ("
                    + (
                        f"expected {'/'.join(expected)})"
                        if expected
                        else "which has no type abbreviation)"
                    ),
                )
            )
    warnings += _dates_against_the_letter(record)
    body = record.number.issuing_body
    names = [n for n in (record.issuer.name, record.issuer.parent) if n]
    if body and names and not any(_abbreviates(body, n) for n in names):
        warnings.append(
            Warning(
                code="symbol_issuer_mismatch",
                message=f"'{body}' in the symbol does not abbreviate the issuer '{names[0]}'",
            )
        )
    if record.number.year and record.date and record.number.year != str(record.date.year):
        warnings.append(
            Warning(
                code="year_mismatch",
                message=f"year {record.number.year} in the number differs from "
                f"the date's {record.date.year}",
            )
        )
    for key, label in REQUIRED.items():
        found: Found | None = letter.get(key)
        if found is None or found.value in (None, []):
            warnings.append(
                Warning(code="missing_element", message=f"required element missing: {label}")
            )
    return warnings
