"""The review app through Starlette's TestClient: queue, pages, token, decisions, reviewed form."""

from __future__ import annotations

import io
import json
import re
import sqlite3
import warnings
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from PIL import Image
from review_helpers import HANOI, TEXT, TURNED, XSS, XSS_DOC, XSS_ISSUER, make_out_dir

from docparse.cli import main
from docparse.review.app import create_app
from models.record import Record

with warnings.catch_warnings():
    # Starlette 1.x would rather have httpx2; httpx is what the project pins.
    warnings.filterwarnings("ignore", "Using `httpx`")
    from starlette.testclient import TestClient

NEW_TITLE = "PHÓ CHÁNH VĂN PHÒNG"
NEW_RECIPIENTS = [
    {"name": "Đ/c Bí thư Thành ủy", "note": None},
    {"name": "Thường trực Thành ủy", "note": "b/c"},
]


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    return make_out_dir(tmp_path)


class Session:
    """A reviewer's browser: the token's cookie set, the token sent with every POST."""

    def __init__(self, out_dir: Path, reviewer: str = "qa1") -> None:
        self.app = create_app(out_dir, reviewer)
        self.client = TestClient(self.app)
        self.token = self.app.state.token
        assert self.client.get(f"/?token={self.token}").status_code == 200

    def get(self, url: str) -> Any:
        return self.client.get(url)

    def decide(self, doc: str, field: str, action: str, value: Any = None) -> Any:
        body = {"doc": doc, "field": field, "action": action, "value": value}
        return self.client.post("/api/decision", json=body, headers=self._headers())

    def approve(self, doc: str) -> Any:
        return self.client.post("/api/approve", json={"doc": doc}, headers=self._headers())

    def queue(self, query: str = "") -> list[str]:
        page = self.get(f"/?{query}")
        assert page.status_code == 200
        return [
            href.removeprefix("/doc/") for href in re.findall(r'data-href="([^"]+)"', page.text)
        ]

    def page_data(self, doc: str) -> dict[str, Any]:
        page = self.get(f"/doc/{doc}")
        assert page.status_code == 200
        found = re.search(
            r'<script type="application/json" id="review-data">(.*?)</script>', page.text
        )
        assert found
        return json.loads(found.group(1))

    def _headers(self) -> dict[str, str]:
        return {"X-Review-Token": self.token}


def field(data: dict[str, Any], key: str) -> dict[str, Any]:
    return next(f for f in data["fields"] if f["key"] == key)


def reviewed(out_dir: Path, doc: str = HANOI) -> dict[str, Any]:
    path = out_dir / doc.replace(".json", ".reviewed.json")
    return json.loads(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- token


def test_every_page_needs_the_session_token(out_dir: Path) -> None:
    app = create_app(out_dir, "qa1")
    client = TestClient(app)
    assert client.get("/").status_code == 403
    assert client.get(f"/doc/{HANOI}").status_code == 403
    assert client.get("/?token=wrong").status_code == 403
    first = client.get(f"/?token={app.state.token}&status=new", follow_redirects=False)
    assert first.status_code == 303
    assert first.headers["location"] == "/?status=new"  # the token leaves the address bar
    assert "httponly" in first.headers["set-cookie"].lower()
    assert "samesite=strict" in first.headers["set-cookie"].lower()
    assert client.get("/").status_code == 200
    assert client.get("/static/review.css").status_code == 200


def test_no_write_without_the_token(out_dir: Path) -> None:
    session = Session(out_dir)
    body = {"doc": HANOI, "field": "signer.title", "action": "correct", "value": "x"}
    # The cookie alone is not enough: a POST must carry the token in its header.
    assert session.client.post("/api/decision", json=body).status_code == 403
    bad = {"X-Review-Token": "guess"}
    assert session.client.post("/api/decision", json=body, headers=bad).status_code == 403
    assert session.client.post("/api/approve", json={"doc": HANOI}).status_code == 403
    assert not (out_dir / "hanoi_tb_453_flag.reviewed.json").exists()
    assert session.page_data(HANOI)["status"] == "new"


# ---------------------------------------------------------------- queue


def test_queue_puts_most_flagged_first_and_approved_last(out_dir: Path) -> None:
    session = Session(out_dir)
    assert session.queue() == [HANOI, TURNED, TEXT, XSS_DOC]
    assert session.approve(HANOI).json() == {"status": "approved", "open": 6}
    assert session.queue() == [TURNED, TEXT, XSS_DOC, HANOI]
    page = session.get("/").text
    assert "manifest" not in page and ".hanoi" not in page


def test_queue_filters(out_dir: Path) -> None:
    session = Session(out_dir)
    session.decide(TEXT, "signer.title", "reject")
    session.approve(XSS_DOC)
    assert session.queue("status=new") == [HANOI, TURNED]
    assert session.queue("status=in_review") == [TEXT]
    assert session.queue("status=approved") == [XSS_DOC]
    assert session.queue("type=cong_van") == [TURNED, TEXT]
    assert session.queue("q=dak+nong") == [TEXT]  # without diacritics finds "Đắk Nông"
    assert session.queue("q=treo+cờ") == [HANOI]
    assert session.queue("q=nothing+like+this") == []


def test_next_document_skips_the_approved(out_dir: Path) -> None:
    session = Session(out_dir)
    session.approve(TURNED)
    step = session.client.get(f"/next?after={HANOI}", follow_redirects=False)
    assert step.headers["location"] == f"/doc/{TEXT}"
    session.approve(XSS_DOC)
    last = session.client.get(f"/next?after={TEXT}", follow_redirects=False)
    assert last.headers["location"] == f"/doc/{HANOI}"


# ---------------------------------------------------------------- escaping and paths


def test_page_text_is_escaped(out_dir: Path) -> None:
    session = Session(out_dir)
    queue = session.get("/")
    document = session.get(f"/doc/{XSS_DOC}")
    for page in (queue, document):
        assert XSS not in page.text
        assert "<img src=x" not in page.text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
        assert "script-src 'self'" in page.headers["content-security-policy"]
    embedded = re.search(r'id="review-data">(.*?)</script>', document.text, re.S)
    assert embedded and "\\u003cscript\\u003e" in embedded.group(1)
    assert field(session.page_data(XSS_DOC), "issuer.name")["value"] == XSS_ISSUER


@pytest.mark.parametrize(
    "url",
    [
        "/doc/../hanoi_tb_453_flag.png",
        "/doc/%2e%2e/out/hanoi_tb_453_flag.json",
        "/doc//etc/passwd",
        "/doc/letters/%2e%2e/hanoi_tb_453_flag.json",
        "/doc/hanoi_tb_453_flag.reviewed.json",
        "/doc/manifest.jsonl",
        "/doc/.hanoi.json.tmp.json",
        "/doc/missing.json",
        "/page/1/../out/hanoi_tb_453_flag.json",
        "/page/1/%2e%2e%2fhanoi_tb_453_flag.json",
        "/doc/outside.json",
    ],
)
def test_file_routes_stay_in_out_dir(out_dir: Path, url: str) -> None:
    (out_dir / "outside.json").symlink_to(out_dir.parent / "elsewhere.json")
    (out_dir.parent / "elsewhere.json").write_text((out_dir / HANOI).read_text())
    assert Session(out_dir).get(url).status_code in (400, 404)


def test_decisions_name_documents_inside_out_dir_only(out_dir: Path) -> None:
    session = Session(out_dir)
    for doc in ("../out/hanoi_tb_453_flag.json", "/etc/passwd", str(out_dir / HANOI)):
        assert session.decide(doc, "subject", "accept").status_code == 404
    assert session.decide(7, "subject", "accept").status_code == 400


# ---------------------------------------------------------------- page images


def test_page_image_is_the_verified_scan_cached_and_upright(out_dir: Path) -> None:
    session = Session(out_dir)
    page = session.get(f"/page/1/{HANOI}")
    assert page.headers["content-type"] == "image/png"
    assert Image.open(io.BytesIO(page.content)).size == (1200, round(2200 * 1200 / 1700))
    cached = list((out_dir / ".review-cache").glob("*-p1-r0.png"))
    assert len(cached) == 1
    turned = Image.open(io.BytesIO(session.get(f"/page/1/{TURNED}").content))
    assert turned.size == (1200, round(1700 * 1200 / 2200))  # as page_info says: on its side
    assert session.get(f"/page/2/{HANOI}").status_code == 404


def test_a_changed_scan_is_not_shown(out_dir: Path) -> None:
    scan = out_dir.parent / "hanoi_tb_453_flag.png"
    scan.write_bytes(scan.read_bytes() + b"\0")
    session = Session(out_dir)
    assert session.get(f"/page/1/{HANOI}").status_code == 404
    assert "SHA-256 differs" in session.get(f"/doc/{HANOI}").text


def test_a_text_source_shows_its_lines(out_dir: Path) -> None:
    page = Session(out_dir).get(f"/doc/{TEXT}").text
    assert 'class="text-lines"' in page
    assert "V/v tăng cường quản lý hoạt động" in page


# ---------------------------------------------------------------- decisions


def review_hanoi(session: Session) -> None:
    assert session.decide(HANOI, "issuer.name", "accept").status_code == 200
    title = session.decide(HANOI, "signer.title", "correct", f"  {NEW_TITLE} ")
    assert title.json()["field"]["value"] == NEW_TITLE
    assert session.decide(HANOI, "recipients", "correct", NEW_RECIPIENTS).status_code == 200
    assert session.decide(HANOI, "date", "correct", "2026-05-08").status_code == 200
    assert session.decide(HANOI, "place", "correct", "Hà Nội").status_code == 200
    assert session.decide(HANOI, "archive", "reject").status_code == 200
    assert session.approve(HANOI).json() == {"status": "approved", "open": 1}


def test_decisions_survive_a_restart(out_dir: Path) -> None:
    review_hanoi(Session(out_dir, reviewer="qa1"))
    again = Session(out_dir, reviewer="qa2")  # a new app: a new token, same folder
    data = again.page_data(HANOI)
    assert data["status"] == "approved"
    title = field(data, "signer.title")
    assert (title["action"], title["value"], title["by"]) == ("correct", NEW_TITLE, "qa1")
    assert title["machine"] == "THỂ CHUANH VAN KHIONG)"
    assert field(data, "archive")["action"] == "reject"
    assert field(data, "number.value")["action"] is None
    with sqlite3.connect(out_dir / "review.sqlite") as db:
        rows = db.execute(
            "SELECT document, field, action, old_value, new_value, reviewer, at FROM decisions"
        ).fetchall()
    assert len(rows) == 7
    assert rows[1][:6] == (
        HANOI,
        "signer.title",
        "correct",
        '"THỂ CHUANH VAN KHIONG)"',
        json.dumps(NEW_TITLE, ensure_ascii=False),
        "qa1",
    )
    assert rows[-1][2] == "approve" and re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]", rows[-1][6])
    again.decide(HANOI, "number.value", "accept")
    assert again.page_data(HANOI)["status"] == "in_review"  # a change after approval reopens it


def test_reviewed_form_is_the_corrected_record(out_dir: Path) -> None:
    session = Session(out_dir)
    review_hanoi(session)
    data = reviewed(out_dir)
    Record.model_validate(data)
    assert data["signer"]["title"] == NEW_TITLE
    assert data["recipients"] == NEW_RECIPIENTS
    assert (data["date"], data["place"]) == ("2026-05-08", "Hà Nội")
    assert data["archive"] == [] and "archive" not in data["provenance"]
    assert data["issuer"]["name"] == "ỦY BAN NHÂN DÂN THANH PHÓ HÀ NỌI"
    block = data["reviewed"]
    assert block["status"] == "approved" and block["reviewer"] == "qa1" and block["at"]
    assert block["accepted"] == ["issuer.name"]
    assert block["corrected"] == ["place", "date", "signer.title", "recipients"]
    assert block["rejected"] == ["archive"]
    machine = json.loads((out_dir / HANOI).read_text(encoding="utf-8"))
    assert machine["signer"]["title"] != NEW_TITLE and machine["reviewed"] is None
    session.decide(HANOI, "signer.title", "accept")  # back to the value as read
    assert reviewed(out_dir)["signer"]["title"] == "THỂ CHUANH VAN KHIONG)"
    assert reviewed(out_dir)["reviewed"]["status"] == "in_review"


def test_a_missing_stamp_can_be_filled_in(out_dir: Path) -> None:
    session = Session(out_dir)
    assert session.decide(HANOI, "incoming.date", "correct", "2026-05-09").status_code == 200
    assert reviewed(out_dir)["incoming"]["date"] == "2026-05-09"
    session.decide(HANOI, "document_type", "correct", "cong_van")
    assert reviewed(out_dir)["document_type"] == {"kind": "cong_van", "name": "Công văn"}


@pytest.mark.parametrize(
    ("key", "action", "value", "message"),
    [
        ("date", "correct", "8/5/2026", "YYYY-MM-DD"),
        ("date", "correct", "2026-02-30", "YYYY-MM-DD"),
        ("document_type", "reject", None, "cannot be rejected"),
        ("document_type", "correct", "letter", "unknown document type"),
        ("recipients", "correct", [{"name": "", "note": "b/c"}], "no name"),
        ("recipients", "correct", "Như trên", "expected a list"),
        ("signer.title", "correct", ["a"], "expected text"),
        ("source.file", "correct", "x", "no field"),
        ("signer.title", "delete", None, "unknown action"),
    ],
)
def test_bad_decisions_are_refused(
    out_dir: Path, key: str, action: str, value: Any, message: str
) -> None:
    answer = Session(out_dir).decide(HANOI, key, action, value)
    assert answer.status_code == 400
    assert message in answer.text
    assert not (out_dir / "hanoi_tb_453_flag.reviewed.json").exists()


def test_export_gives_the_corrected_records(out_dir: Path) -> None:
    review_hanoi(Session(out_dir))
    dest = out_dir.parent / "records.jsonl"
    args = ["export", str(out_dir), "--reviewed", "--format", "jsonl", "--dest", str(dest)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "1 reviewed, 3 machine records" in result.output
    lines = [json.loads(line) for line in dest.read_text(encoding="utf-8").splitlines()]
    hanoi = next(
        r for r in lines if r["source"]["file"] == "hanoi_tb_453_flag.png" and r["reviewed"]
    )
    assert hanoi["signer"]["title"] == NEW_TITLE
    assert hanoi["recipients"] == NEW_RECIPIENTS
    assert hanoi["archive"] == []
    assert hanoi["reviewed"]["status"] == "approved"


def test_review_command_is_registered() -> None:
    result = CliRunner().invoke(main, ["review", "--help"])
    assert result.exit_code == 0
    assert "--reviewer" in result.output and "127.0.0.1" in result.output
