"""The review app served by uvicorn, driven in Debian's headless Chromium with Playwright."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from review_helpers import HANOI, TEXT, TURNED, XSS, XSS_DOC, XSS_ISSUER, make_out_dir

from docparse.cli import main
from docparse.review.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NEW_TITLE = "PHÓ CHÁNH VĂN PHÒNG"
WAIT_MS = 10_000

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    return make_out_dir(tmp_path)


@pytest.fixture
def dialogs() -> list[str]:
    """Every alert, confirm or prompt a page opened: there must be none."""
    return []


@pytest.fixture
def page(browser: Any, dialogs: list[str]) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)

    def dismiss(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    yield page
    context.close()


@contextmanager
def serve(out_dir: Path, reviewer: str = "qa1") -> Iterator[str]:
    """``docparse review`` in a thread on a free port; yields the address it would print."""
    import uvicorn

    app = create_app(out_dir, reviewer)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}/?token={app.state.token}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def card(page: Any, key: str) -> Any:
    return page.locator(f'.field[data-key="{key}"]')


def center(box: dict[str, float]) -> tuple[float, float]:
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def expected_center(page: Any, bbox: list[int], width: int = 1700) -> tuple[float, float]:
    image = page.locator(".page img").bounding_box()
    scale = image["width"] / width
    return (
        image["x"] + (bbox[0] + bbox[2]) / 2 * scale,
        image["y"] + (bbox[1] + bbox[3]) / 2 * scale,
    )


def box_center(page: Any) -> tuple[float, float]:
    page.wait_for_function("document.querySelector('.page.has-box') !== null")
    page.wait_for_timeout(700)  # the panel scrolls smoothly to the box
    return center(page.locator(".page rect.box").bounding_box())


def test_review_a_document_restart_and_export(page: Any, out_dir: Path, dialogs: list[str]) -> None:
    record = json.loads((out_dir / HANOI).read_text(encoding="utf-8"))
    with serve(out_dir) as url:
        page.goto(url)
        expect(page.locator("#docs tbody tr")).to_have_count(4)
        expect(page.locator("#docs tbody tr.selected")).to_contain_text("treo cờ Tô quôc")
        page.keyboard.press("Enter")
        page.wait_for_url(f"**/doc/{HANOI}")

        # The first flagged field is selected and its box outlined where the OCR found it.
        expect(card(page, "issuer.name")).to_have_class("field flagged selected")
        x, y = box_center(page)
        want = expected_center(page, record["provenance"]["issuer.name"]["bbox"])
        assert abs(x - want[0]) < 4 and abs(y - want[1]) < 4

        # Selecting another field moves the box to it.
        card(page, "signer.title").click()
        x, y = box_center(page)
        want = expected_center(page, record["provenance"]["signer.title"]["bbox"])
        assert abs(x - want[0]) < 4 and abs(y - want[1]) < 4
        expect(card(page, "signer.title")).to_contain_text("low OCR confidence (0.00)")
        expect(card(page, "signer.title")).to_contain_text("0 %")

        # Correct a value: e, type, Enter.
        page.keyboard.press("e")
        title_input = card(page, "signer.title").locator(".editor input")
        title_input.fill(NEW_TITLE)
        title_input.press("Enter")
        expect(card(page, "signer.title")).to_contain_text(f"{NEW_TITLE}")
        expect(card(page, "signer.title")).to_contain_text("corrected by qa1")

        # Correct a list: drop the first recipient, add one with a note.
        card(page, "recipients").click()
        page.keyboard.press("e")
        editor = card(page, "recipients").locator(".editor")
        editor.locator(".row").first.get_by_role("button", name="remove").click()
        editor.get_by_role("button", name="+ Add recipient").click()
        editor.locator(".row input.name").last.fill("Bộ Nội vụ")
        editor.locator(".row input.note").last.fill("để biết")
        editor.locator(".row input.note").last.press("Enter")
        expect(card(page, "recipients")).to_contain_text("Bộ Nội vụ — để biết")

        # Approve: with flagged fields still open it asks for Shift+A once more.
        page.keyboard.press("Shift+A")
        expect(page.locator("#toast")).to_contain_text("still open")
        page.keyboard.press("Shift+A")
        expect(page.locator("#status")).to_have_text("approved")

    with serve(out_dir, reviewer="qa2") as url:  # a new server: the decisions were kept
        page.goto(url)
        last = page.locator("#docs tbody tr").last
        expect(last).to_contain_text("approved")
        last.click()
        page.wait_for_url(f"**/doc/{HANOI}")
        expect(page.locator("#status")).to_have_text("approved")
        expect(card(page, "signer.title")).to_contain_text(NEW_TITLE)
        expect(card(page, "signer.title")).to_contain_text("corrected by qa1")
        expect(card(page, "signer.title")).to_contain_text("read as: THỂ CHUANH VAN KHIONG)")

    dest = out_dir.parent / "export.jsonl"
    args = ["export", str(out_dir), "--reviewed", "--format", "jsonl", "--dest", str(dest)]
    assert CliRunner().invoke(main, args).exit_code == 0
    exported = [json.loads(line) for line in dest.read_text(encoding="utf-8").splitlines()]
    hanoi = next(item for item in exported if item["reviewed"])
    assert hanoi["signer"]["title"] == NEW_TITLE
    assert hanoi["recipients"][-1] == {"name": "Bộ Nội vụ", "note": "để biết"}
    assert len(hanoi["recipients"]) == len(record["recipients"])
    assert hanoi["reviewed"]["status"] == "approved"
    assert dialogs == []


def test_keyboard_only_confirmation(page: Any, out_dir: Path) -> None:
    """Open, accept each flagged field, approve, next: one key press each, nothing else."""
    flagged = len(json.loads((out_dir / HANOI).read_text(encoding="utf-8"))["review"])
    with serve(out_dir) as url:
        page.goto(url)
        presses = ["Enter"]
        page.keyboard.press("Enter")
        page.wait_for_url(f"**/doc/{HANOI}")
        expect(page.locator(".field.selected")).to_have_count(1)
        for key in ["a"] * flagged + ["Shift+A", "n"]:
            page.keyboard.press(key)
            presses.append(key)
        page.wait_for_url(f"**/doc/{TURNED}")
    assert len(presses) == flagged + 3 == 9
    reviewed = json.loads((out_dir / "hanoi_tb_453_flag.reviewed.json").read_text("utf-8"))
    assert reviewed["reviewed"]["status"] == "approved"
    assert len(reviewed["reviewed"]["accepted"]) == flagged


def test_page_text_stays_text(page: Any, out_dir: Path, dialogs: list[str]) -> None:
    with serve(out_dir) as url:
        page.goto(url)
        expect(page.get_by_text(XSS)).to_be_visible()
        page.get_by_text(XSS).click()
        page.wait_for_url(f"**/doc/{XSS_DOC}")
        expect(card(page, "subject")).to_contain_text(XSS)
        expect(card(page, "subject")).to_contain_text(f"reason {XSS}")
        expect(card(page, "issuer.name")).to_contain_text(XSS_ISSUER)
        expect(page.locator("h1.doc-title")).to_contain_text(XSS)
        page.keyboard.press("e")
        expect(card(page, "subject").locator("textarea")).to_have_value(XSS)
        page.keyboard.press("Escape")
        page.wait_for_timeout(300)
    assert dialogs == []


def test_text_source_lights_up_its_lines(page: Any, out_dir: Path) -> None:
    with serve(out_dir) as url:
        page.goto(url.replace("/?", f"/doc/{TEXT}?"))
        expect(card(page, "number.value")).to_have_class("field flagged selected")
        expect(page.locator(".text-lines li.hit")).to_contain_text("Số 323 /STTTT-TTBCXB")
        card(page, "incoming.date").click()
        expect(page.locator(".text-lines li.hit")).to_have_count(1)
        expect(page.locator(".text-lines li.hit")).to_contain_text("2-6-2017")
