"""An output folder to review: records of one real OCR run, their scans beside it.

``review_fixtures/hanoi_tb_453_flag.json`` is what ``docparse parse`` made of the real scan
``hanoi_tb_453_flag.png``; ``review_fixtures/cong-van-323.json`` of the seed ``.txt`` letter.
Both name their source relative to the folder above OUT_DIR, where the scans are copied.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import REAL, SEED

FIXTURES = Path(__file__).parent / "review_fixtures"
SCAN = "hanoi_tb_453_flag.png"
XSS = "<script>alert(1)</script>"
XSS_ISSUER = '<img src=x onerror="alert(2)">'

# Document ids in queue order: most open flags first, then most warnings.
HANOI = "hanoi_tb_453_flag.json"  # 6 flagged fields, 1 warning
TURNED = "letters/turned.json"  # 3 flagged fields, 2 warnings; its page stood on its side
TEXT = "cong-van-323.json"  # 3 flagged fields, no warning; a .txt source
XSS_DOC = "letters/xss.json"  # 1 flagged field; page text that looks like HTML


def fixture_record(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def make_out_dir(root: Path) -> Path:
    """``root/out`` with four records, and the scans they were read from in ``root``."""
    if not REAL.is_dir() or not SEED.is_file():
        pytest.skip(f"the real scans are not at {REAL}")
    shutil.copy(REAL / SCAN, root / SCAN)
    shutil.copy(SEED, root / SEED.name)
    out = root / "out"
    (out / "letters").mkdir(parents=True)
    hanoi = fixture_record("hanoi_tb_453_flag.json")
    _write(out / HANOI, hanoi)
    _write(out / TEXT, fixture_record("cong-van-323.json"))
    _write(out / TURNED, turned(hanoi))
    _write(out / XSS_DOC, hostile(hanoi))
    (out / "manifest.jsonl").write_text("{}\n", encoding="utf-8")
    (out / ".hanoi.json.tmp.json").write_text("{", encoding="utf-8")
    return out


def turned(hanoi: dict[str, Any]) -> dict[str, Any]:
    """The same scan, as if the page had been turned 90° clockwise to stand upright."""
    data = copy.deepcopy(hanoi)
    info = data["source"]["page_info"][0]
    info.update(rotation=90, width=info["height"], height=info["width"])
    data["document_type"] = {"kind": "cong_van", "name": "Công văn"}
    data["subject"] = "trang xoay ngang"
    data["review"] = data["review"][:3]
    data["warnings"] = [
        {"code": "rotated", "message": "page 1 turned 90°"},
        {"code": "missing_element", "message": "required element missing: date of issue"},
    ]
    return data


def hostile(hanoi: dict[str, Any]) -> dict[str, Any]:
    """A record whose page said things that look like HTML: they must stay text."""
    data = copy.deepcopy(hanoi)
    data["subject"] = XSS
    data["issuer"]["name"] = XSS_ISSUER
    data["recipients"] = [{"name": XSS, "note": "</script><b>t/h</b>"}]
    data["review"] = [{"field": "subject", "reason": f"reason {XSS}"}]
    data["warnings"] = []
    data["document_type"] = {"kind": "quyet_dinh", "name": "Quyết định"}
    return data


def _write(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
