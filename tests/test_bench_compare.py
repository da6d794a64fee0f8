"""The accuracy bench's comparison rules, on small hand-made records (no OCR)."""

from __future__ import annotations

from typing import Any

from docparse.bench.compare import (
    MISSING,
    RIGHT,
    WRONG,
    FieldResult,
    compare_record,
    gold_to_expected,
    normalise,
    tally,
)


def _by_field(results: list[FieldResult]) -> dict[str, FieldResult]:
    return {r.field: r for r in results}


def _record(**fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {"review": fields.pop("review", [])}
    record.update(fields)
    return record


EXPECTED = {
    "document_type": {"kind": "cong_van", "name": "Công văn"},
    "number": {"value": "323", "symbol": "STTTT-TTBCXB"},
    "date": "2017-05-31",
    "subject": "tăng cường quản lý",
    "signer": {"name": "Châu Ngọc Ba", "authority": None},
    "recipients": [{"name": "Như trên", "note": None}, {"name": "UBND tỉnh", "note": "b/c"}],
    "urgency": None,
    "handwritten": [],
}


def test_right_after_nfc_and_whitespace() -> None:
    decomposed = "Cha\u0302u Ngo\u0323c Ba"  # NFD
    record = _record(
        document_type={"kind": "cong_van"},
        number={"value": "323", "symbol": "STTTT-TTBCXB"},
        date="2017-05-31",
        subject="  tăng   cường\nquản lý ",
        signer={"name": decomposed, "authority": None},
        recipients=[{"name": "Như trên", "note": None}, {"name": "UBND  tỉnh", "note": None}],
        urgency=None,
    )
    results = compare_record(record, EXPECTED)
    assert {r.field for r in results} == {
        "document_type.kind",
        "number.value",
        "number.symbol",
        "date",
        "subject",
        "signer.name",
        "signer.authority",
        "recipients",
        "urgency",
    }
    assert all(r.status == RIGHT and not r.silent for r in results)


def test_case_counts() -> None:
    record = _record(subject="Tăng cường quản lý")
    assert _by_field(compare_record(record, EXPECTED))["subject"].status == WRONG


def test_missing_is_silent_unless_in_review() -> None:
    record = _record(number={"value": None, "symbol": "STTTT-TTBCXB"}, subject="")
    results = _by_field(compare_record(record, EXPECTED))
    assert results["number.value"].status == MISSING and results["number.value"].silent
    assert results["subject"].status == MISSING and results["subject"].silent
    reviewed = _record(
        number={"value": None, "symbol": "STTTT-TTBCXB"},
        review=[{"field": "number.value", "reason": "blank"}],
    )
    result = _by_field(compare_record(reviewed, EXPECTED))["number.value"]
    assert result.status == MISSING and result.in_review and not result.silent


def test_wrong_value_and_value_where_none_expected() -> None:
    record = _record(date="2017-05-30", urgency="KHẨN", signer={"authority": "KT"})
    results = _by_field(compare_record(record, EXPECTED))
    assert results["date"].status == WRONG and results["date"].silent
    assert results["urgency"].status == WRONG and results["urgency"].silent
    assert results["signer.authority"].status == WRONG


def test_review_prefix_covers_sub_paths_only() -> None:
    record = _record(
        signer={"name": "Châu Ngọc Bá"}, number={"value": "32"}, review=[{"field": "signer"}]
    )
    results = _by_field(compare_record(record, EXPECTED))
    assert results["signer.name"].status == WRONG and not results["signer.name"].silent
    assert results["number.value"].silent
    partial = _record(number={"value": "32"}, review=[{"field": "num"}])
    assert _by_field(compare_record(partial, EXPECTED))["number.value"].silent


def test_lists_compared_whole_and_in_order() -> None:
    swapped = _record(recipients=[{"name": "UBND tỉnh"}, {"name": "Như trên"}])
    assert _by_field(compare_record(swapped, EXPECTED))["recipients"].status == WRONG
    short = _record(recipients=[{"name": "Như trên"}])
    assert _by_field(compare_record(short, EXPECTED))["recipients"].status == WRONG
    empty = _record(recipients=[], review=[{"field": "recipients", "reason": "none read"}])
    result = _by_field(compare_record(empty, EXPECTED))["recipients"]
    assert result.status == MISSING and not result.silent


def test_handwritten_right_when_read_or_flagged() -> None:
    expected = {**EXPECTED, "handwritten": ["number.value", "date"]}
    misread = _record(number={"value": "328"}, date="2017-05-31")
    results = _by_field(compare_record(misread, expected))
    assert results["number.value"].status == WRONG and results["number.value"].silent
    assert results["date"].status == RIGHT and results["date"].handwritten
    flagged = _record(number={"value": "328"}, review=[{"field": "number.value"}])
    result = _by_field(compare_record(flagged, expected))["number.value"]
    assert result.status == RIGHT and not result.silent and result.handwritten
    blank = _record(number={"value": None}, review=[{"field": "number"}])
    assert _by_field(compare_record(blank, expected))["number.value"].status == RIGHT


def test_failed_document_is_all_missing_never_silent() -> None:
    results = compare_record(None, EXPECTED)
    assert results and all(r.status == MISSING and not r.silent for r in results)


def test_gold_keys_map_to_record_paths() -> None:
    gold = {
        "document_type": "cong_van",
        "issuer": "VĂN PHÒNG CHÍNH PHỦ",
        "number": "3722",
        "symbol": "VPCP-CN",
        "signer_name": None,
        "recipients": ["Như trên", "Thủ tướng"],
        "archive": None,
        "incoming_date": "2026-04-28",
        "handwritten": ["incoming_date"],
        "not_on_page": ["signer_name", "archive"],
        "esign_date": "2026-04-28",
    }
    expected = gold_to_expected(gold)
    assert expected["number"] == {"value": "3722", "symbol": "VPCP-CN"}
    assert expected["incoming"] == {"date": "2026-04-28"}
    assert expected["handwritten"] == ["incoming.date"]
    record = _record(
        document_type={"kind": "cong_van"},
        issuer={"name": "VĂN PHÒNG CHÍNH PHỦ"},
        number={"value": "3722", "symbol": "VPCP-CN"},
        signer={"name": "Someone"},
        recipients=[{"name": "Như trên", "note": None}, {"name": "Thủ tướng", "note": "b/c"}],
        incoming=None,
        review=[{"field": "incoming.date", "reason": "handwritten"}],
    )
    results = _by_field(compare_record(record, expected))
    assert "signer.name" not in results and "archive" not in results
    assert "esign_date" not in str(results)
    assert results["recipients"].status == RIGHT
    assert results["incoming.date"].status == RIGHT  # handwritten and flagged


def test_normalise() -> None:
    assert normalise(None) is None and normalise("") is None and normalise([]) is None
    assert normalise(["a  b", {"name": "c"}]) == ["a b", "c"]
    assert normalise(2024) == "2024"


def test_tally_core_and_silent_rates() -> None:
    good = _record(
        document_type={"kind": "cong_van"},
        number={"value": "323", "symbol": "STTTT-TTBCXB"},
        date="2017-05-31",
        subject="tăng cường quản lý",
        signer={"name": "Châu Ngọc Ba"},
        recipients=[{"name": "Như trên"}, {"name": "UBND tỉnh"}],
    )
    bad = _record(number={"value": "999", "symbol": "STTTT-TTBCXB"})
    summary = tally(
        [
            (True, compare_record(good, EXPECTED)),
            (True, compare_record(bad, EXPECTED)),
            (False, compare_record(None, EXPECTED)),
        ]
    )
    assert (summary.documents, summary.failed) == (3, 1)
    # Core values per document: kind, number, symbol, date, subject, signer name (6).
    assert summary.core_values == 18
    assert summary.core_right == 6 + 1  # the good one, and the symbol of the bad one
    assert summary.values == 27
    assert summary.silent == 6  # the bad one's wrong number and five missing values
    assert summary.fields["number.value"].wrong == 1
    assert summary.fields["number.value"].missing == 1
    assert round(summary.silent_rate, 2) == round(100 * 6 / 27, 2)


def test_another_seed_keeps_the_bench_set_in_place() -> None:
    from docparse.bench.accuracy import BENCH_SEED, CACHE, OUT, folders

    assert folders(BENCH_SEED) == (CACHE, OUT)
    assert folders(4242) == (CACHE / "seed-4242", OUT / "seed-4242")
