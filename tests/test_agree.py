"""Readings of a dusty page vote: a field the first reading is unsure of takes the value two
readings agree on, and says so; a field it is sure of stands."""

from __future__ import annotations

from docparse.agree import agree
from docparse.parse.common import Found, Letter

BOX = (10, 10, 200, 40)


def _found(value: object, confidence: float = 0.95, doubts: list[str] | None = None) -> Found:
    return Found(value, 1, BOX, confidence, list(doubts or []))


def _letter(**fields: Found) -> Letter:
    return {key.replace("__", "."): found for key, found in fields.items()}


def test_a_field_read_surely_the_first_time_stands_against_the_others() -> None:
    first = _letter(signer__name=_found("Lê Mạnh Toàn"))
    others = [_letter(signer__name=_found("Lê Mạnh Toản")) for _ in range(2)]
    assert agree([first, *others])["signer.name"].value == "Lê Mạnh Toàn"


def test_an_unsure_field_takes_the_value_two_readings_agree_on_and_is_listed() -> None:
    first = _letter(subject=_found("bảo ca VỆ sinh", confidence=0.0))
    second = _letter(subject=_found("bảo đảm vệ sinh", confidence=0.9))
    third = _letter(subject=_found("bảo đảm vệ sinh", confidence=0.85))

    subject = agree([first, second, third])["subject"]

    assert subject.value == "bảo đảm vệ sinh"
    assert subject.confidence == 0.9
    assert subject.doubts == ["2 of the dusty page's 3 readings agree on it, not the first"]


def test_a_field_in_doubt_the_first_time_is_taken_from_the_majority_too() -> None:
    doubt = "stray marks dropped: '"
    first = _letter(date=_found("2025-03-10", doubts=[doubt]))
    agreeing = [_letter(date=_found("2025-02-10", confidence=0.95)) for _ in range(2)]
    assert agree([first, *agreeing])["date"].value == "2025-02-10"


def test_without_a_majority_the_first_reading_stands() -> None:
    first = _letter(subject=_found("bảo ca VỆ sinh", confidence=0.1))
    second = _letter(subject=_found("bảo đảm vệ sinh", confidence=0.9))
    third = _letter(subject=_found("bảo đàm vệ sinh", confidence=0.9))
    assert agree([first, second, third])["subject"] is first["subject"]


def test_a_field_the_first_reading_missed_is_taken_when_two_readings_agree() -> None:
    first = _letter(subject=_found("x"))
    two = [_letter(subject=_found("x"), urgency=_found("HỎA TỐC", confidence=0.7)) for _ in "ab"]

    urgency = agree([first, *two])["urgency"]

    assert urgency.value == "HỎA TỐC"
    assert urgency.doubts == ["2 of the dusty page's 3 readings agree on it"]


def test_a_number_changes_whole_with_its_parts_and_the_raw_line_does_not_vote() -> None:
    def number(raw: str, value: str, confidence: float) -> Letter:
        parts = {"raw": raw, "value": value, "symbol": "QĐ-UBND"}
        return _letter(
            number=_found(parts, confidence),
            number__value=_found(value, confidence),
            number__symbol=_found("QĐ-UBND", confidence),
        )

    first = number("Số: 488/QĐ-UBND", "488", 0.5)
    second = number("Số: 483/QĐ-UBND;", "483", 0.9)
    third = number("Số:483/QĐ-UBND", "483", 0.9)

    agreed = agree([first, second, third])

    assert agreed["number"].value["raw"] == "Số: 483/QĐ-UBND;"
    assert agreed["number.value"].value == "483"
    assert agreed["number.symbol"].value == "QĐ-UBND"


def test_a_single_reading_is_its_own_letter() -> None:
    only = _letter(subject=_found("bảo ca VỆ sinh", confidence=0.0))
    assert agree([only]) is only


def test_a_number_read_in_parts_before_its_whole_still_votes_on_its_parts() -> None:
    def number(raw: str, value: str, confidence: float) -> Letter:
        return {
            "number.value": _found(value, confidence),
            "number": _found({"raw": raw, "value": value}, confidence),
        }

    first = number("Số: 488/", "488", 0.5)
    agreed = agree([first, number("Số: 483/;", "483", 0.9), number("Số:483/", "483", 0.9)])
    assert agreed["number.value"].value == "483"


def test_a_sure_field_the_other_readings_both_contradict_is_kept_and_said() -> None:
    first = _letter(signer__name=_found("Lê Mạnh Toàn"))
    others = [_letter(signer__name=_found("Lê Mạnh Tuấn")) for _ in range(2)]

    name = agree([first, *others])["signer.name"]

    assert name.value == "Lê Mạnh Toàn"
    assert name.doubts == ["the dusty page's other readings agree on 'Lê Mạnh Tuấn'"]
