"""``docparse batch``: manifest, mirrored records, resume, and the failures a night can bring.

Most cases use copies of the seed letter (.txt, no OCR); the OCR path runs the real Tesseract
on one real page, or a Tesseract double that hangs (tests/doubles/tesserocr.py).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import tesserocr
from click.testing import CliRunner

from docparse.batch.inputs import record_path
from docparse.cli import main
from models.record import Record

DOCPARSE = str(Path(sys.executable).with_name("docparse"))
HANGING_TESSERACT = Path(__file__).with_name("doubles")
PAGE = "hanoi_tb_453_flag.png"  # a real one-page letter, about 2 s of OCR


@pytest.fixture
def letters(tmp_path: Path, seed_path: Path) -> Callable[..., Path]:
    """``letters("a.txt", "sub/b.txt")``: distinct copies of the seed letter under tmp/in."""
    text = seed_path.read_text(encoding="utf-8")

    def make(*names: str) -> Path:
        for name in names:
            target = tmp_path / "in" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f"{text}\n{name}\n", encoding="utf-8")
        return tmp_path / "in"

    return make


@pytest.fixture
def fake_tesseract(tmp_path: Path) -> dict[str, str]:
    """An environment whose Tesseract hangs on every page; the process ids of the workers it
    hangs in appear in tmp/hung."""
    (tmp_path / "hung").mkdir()
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            [str(HANGING_TESSERACT), *filter(None, [os.environ.get("PYTHONPATH")])]
        ),
        "TESSERACT_HUNG_DIR": str(tmp_path / "hung"),
        "TESSERACT_VERSION": tesserocr.tesseract_version(),
        "OMP_THREAD_LIMIT": "1",
    }


def batch(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["batch", *args])
    return result.exit_code, result.output


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [DOCPARSE, "batch", *args], capture_output=True, text=True, env=env, timeout=120
    )


def manifest(out: Path) -> dict[str, dict]:
    lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines]
    assert len({e["path"] for e in entries}) == len(entries), "one line per input"
    return {e["path"]: e for e in entries}


def leftovers(out: Path) -> list[Path]:
    return [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def test_tree_is_mirrored_and_every_input_has_a_manifest_line(letters, tmp_path: Path) -> None:
    in_dir = letters("a.txt", "c.txt", "sub/deeper/a.txt", ".hidden/x.txt", ".dot.txt")
    (in_dir / "c.png").write_bytes(b"this is no image at all")
    (in_dir / "empty.txt").write_bytes(b"")
    (in_dir / "notes.docx").write_bytes(b"PK")
    shutil.copy(in_dir / "a.txt", in_dir / "sub" / "copy.txt")
    out = in_dir / "records"  # inside IN_DIR: never read as input

    code, output = batch(str(in_dir), "--out", str(out), "--jobs", "2")

    assert code == 1, output
    entries = manifest(out)
    assert sorted(entries) == [
        "a.txt",
        "c.png",
        "c.txt",
        "empty.txt",
        "notes.docx",
        "sub/copy.txt",
        "sub/deeper/a.txt",
    ]
    status = {path: e["status"] for path, e in entries.items()}
    assert status["a.txt"] == status["c.txt"] == status["sub/deeper/a.txt"] == "ok"
    assert entries["c.png"]["error"]["code"] == "corrupt_input"
    assert "not an image Pillow can read" in entries["c.png"]["error"]["message"]
    assert entries["empty.txt"]["error"] == {
        "code": "empty_file",
        "message": f"{in_dir / 'empty.txt'} is empty (0 bytes)",
    }
    assert status["notes.docx"] == "skipped"
    assert entries["sub/copy.txt"]["status"] == "duplicate"
    assert entries["sub/copy.txt"]["duplicate_of"] == "a.txt"
    assert entries["sub/copy.txt"]["output"] == "a.txt.json"
    for path in ("a.txt", "c.txt", "sub/deeper/a.txt"):
        entry = entries[path]
        assert entry["output"] == f"{path}.json"
        record = Record.model_validate_json((out / entry["output"]).read_text(encoding="utf-8"))
        assert record.source.sha256 == entry["sha256"]
        assert entry["pages"] == 1 and entry["in_review"] == len(record.review)
        assert entry["pipeline"].startswith(record.docparse_version + "+")
    records = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert records == ["a.txt.json", "c.txt.json", "sub/deeper/a.txt.json"]
    assert not leftovers(out)
    assert "documents: 6 (3 ok, 2 failed, 1 duplicates" in output


def test_rerun_skips_what_is_done_and_redoes_what_changed(letters, tmp_path: Path) -> None:
    in_dir = letters("a.txt", "b.txt", "sub/c.txt")
    out = tmp_path / "out"
    assert batch(str(in_dir), "--out", str(out), "--jobs", "2")[0] == 0
    first = manifest(out)
    written = {p: (out / e["output"]).stat().st_mtime_ns for p, e in first.items()}
    (in_dir / "b.txt").write_text((in_dir / "a.txt").read_text() + "changed\n")

    code, output = batch(str(in_dir), "--out", str(out), "--quiet")

    assert (code, output) == (0, ""), "quiet and all fine: nothing to say"
    second = manifest(out)
    assert second["a.txt"] == first["a.txt"]
    assert second["sub/c.txt"] == first["sub/c.txt"]
    assert second["b.txt"]["sha256"] != first["b.txt"]["sha256"]
    assert (out / "a.txt.json").stat().st_mtime_ns == written["a.txt"]
    assert (out / "b.txt.json").stat().st_mtime_ns != written["b.txt"]


def test_a_step_turned_off_is_another_pipeline_and_redoes_the_documents(
    letters, tmp_path: Path
) -> None:
    in_dir = letters("a.txt")
    out = tmp_path / "out"
    assert batch(str(in_dir), "--out", str(out))[0] == 0
    written = (out / "a.txt.json").stat().st_mtime_ns

    assert batch(str(in_dir), "--out", str(out), "--without", "dust_readings")[0] == 0

    assert (out / "a.txt.json").stat().st_mtime_ns != written, "not skipped as done"
    assert batch(str(in_dir), "--out", str(out), "--without", "nothing")[0] == 2


def test_torn_manifest_line_and_half_written_records_are_cleaned_up(letters, tmp_path) -> None:
    in_dir = letters("a.txt", "b.txt")
    out = tmp_path / "out"
    assert batch(str(in_dir), "--out", str(out))[0] == 0
    with (out / "manifest.jsonl").open("a") as handle:
        handle.write('{"path": "b.txt", "sha256": "12')  # killed while appending
    (out / ".b.txt.json.k3j4h5.tmp").write_text('{"schema_ver')

    code, output = batch(str(in_dir), "--out", str(out))

    assert code == 0, output
    assert "2 done by an earlier run" in output
    assert [e["status"] for e in manifest(out).values()] == ["ok", "ok"]
    assert not leftovers(out)


@pytest.mark.parametrize(
    "args",
    [
        ["IN"],  # no --out
        ["IN", "--out", "OUT", "--jobs", "0"],
        ["IN", "--out", "OUT", "--scheduler", "somewhere"],
        ["IN", "--out", "IN"],
        ["MISSING", "--out", "OUT"],
    ],
)
def test_usage_errors_exit_2(args: list[str], letters, tmp_path: Path) -> None:
    in_dir = letters("a.txt")
    names = {"IN": str(in_dir), "OUT": str(tmp_path / "out"), "MISSING": str(tmp_path / "no")}
    code, _ = batch(*(names.get(a, a) for a in args))
    assert code == 2


def test_record_names_keep_the_extension_and_never_collide() -> None:
    assert re.fullmatch(r"công_văn-[0-9a-f]{8}/a\.png\.json", record_path("công văn/a.png"))
    assert record_path("sub/Quyết_định.pdf") == "sub/Quyết_định.pdf.json"
    assert record_path("a b.png") != record_path("a_b.png") == "a_b.png.json"
    assert record_path("x" * 300 + ".png").endswith(".json")
    assert len(record_path("ậ" * 300 + ".png").encode()) < 255


def test_resume_after_sigkill_records_every_document_once(letters, tmp_path: Path) -> None:
    names = [f"d{i:02d}.txt" for i in range(30)]
    in_dir = letters(*names)
    out = tmp_path / "out"
    lines = out / "manifest.jsonl"
    first = subprocess.Popen([DOCPARSE, "batch", str(in_dir), "--out", str(out), "--jobs", "1"])
    deadline = time.monotonic() + 60
    while not (lines.is_file() and lines.read_text().count("\n") >= 1):
        assert time.monotonic() < deadline and first.poll() is None, "no progress to kill"
        time.sleep(0.01)
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert lines.read_text().count("\n") < len(names), "killed halfway"

    result = run(str(in_dir), "--out", str(out), "--jobs", "2")

    assert result.returncode == 0, result.stderr
    assert "done by an earlier run" in result.stdout
    entries = manifest(out)
    assert sorted(entries) == names
    assert {e["status"] for e in entries.values()} == {"ok"}
    assert sorted(p.name for p in out.glob("*.json")) == [f"{n}.json" for n in names]
    assert not leftovers(out)


def test_hung_page_fails_its_document_and_retry_failed_redoes_it(
    letters, real_dir: Path, fake_tesseract: dict[str, str], tmp_path: Path
) -> None:
    in_dir = letters("b.txt", "c.txt")
    shutil.copy(real_dir / PAGE, in_dir / "a.png")
    out = tmp_path / "out"

    hung = run(str(in_dir), "--out", str(out), "--page-timeout", "2", env=fake_tesseract)

    assert hung.returncode == 1, hung.stderr
    entries = manifest(out)
    assert entries["a.png"]["status"] == "failed"
    assert entries["a.png"]["error"] == {
        "code": "ocr_timeout",
        "message": "Tesseract took over 2 s on page 1",
    }
    assert entries["b.txt"]["status"] == entries["c.txt"]["status"] == "ok"
    assert "FAILED a.png: [ocr_timeout]" in hung.stderr

    again = run(str(in_dir), "--out", str(out), "--quiet")
    assert again.returncode == 1, "a failure stays failed without --retry-failed"
    assert again.stdout == "" and "3 done by an earlier run" in again.stderr

    retried = run(str(in_dir), "--out", str(out), "--quiet", "--retry-failed")
    assert retried.returncode == 0, retried.stderr
    assert manifest(out)["a.png"]["status"] == "ok"
    assert (out / "a.png.json").is_file()


STUCK_BATCH = """
import sys
from pathlib import Path
from docparse.batch.pool import ProcessPool
from docparse.batch.progress import QuietProgress
from docparse.batch.runner import BatchConfig, run_batch
from docparse.options import Options

config = BatchConfig(Path(sys.argv[1]), Path(sys.argv[2]), Options(page_timeout=60), stuck_after=1)
pool = ProcessPool(jobs=1, max_memory_mb=0)
try:
    summary = run_batch(config, pool, QuietProgress())
finally:
    pool.close()
print(summary.ok, summary.failed)
"""


def test_stuck_worker_is_replaced_and_the_batch_goes_on(
    letters, real_dir: Path, fake_tesseract: dict[str, str], tmp_path: Path
) -> None:
    in_dir = letters("b.txt", "c.txt")
    shutil.copy(real_dir / PAGE, in_dir / "a.png")
    out = tmp_path / "out"
    env = {**fake_tesseract, "TESSERACT_SLEEP": "5"}

    result = subprocess.run(
        [sys.executable, "-c", STUCK_BATCH, str(in_dir), str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )

    assert result.stdout.split() == ["2", "1"], result.stderr
    error = manifest(out)["a.png"]["error"]
    assert error["code"] == "worker_stuck"
    assert error["message"].endswith("page 1: no answer from its worker in 1 s; worker stopped")


def test_a_page_that_kills_its_worker_twice_fails_alone(
    letters, real_dir: Path, fake_tesseract: dict[str, str], tmp_path: Path
) -> None:
    in_dir = letters("b.txt", "c.txt", "d.txt")
    shutil.copy(real_dir / PAGE, in_dir / "a.png")
    out = tmp_path / "out"
    command = [DOCPARSE, "batch", str(in_dir), "--out", str(out), "--jobs", "1"]
    proc = subprocess.Popen(command, env=fake_tesseract, stderr=subprocess.PIPE, text=True)
    killed: set[int] = set()
    deadline = time.monotonic() + 60
    while len(killed) < 2:  # the first death loses a.png and b.txt; a.png alone dies again
        assert time.monotonic() < deadline and proc.poll() is None
        for marker in (tmp_path / "hung").iterdir():
            if int(marker.name) not in killed:
                os.kill(int(marker.name), signal.SIGKILL)  # as the kernel's OOM killer would
                killed.add(int(marker.name))
        time.sleep(0.05)
    _, stderr = proc.communicate(timeout=60)

    assert proc.returncode == 1, stderr
    entries = manifest(out)
    assert entries["a.png"]["error"]["code"] == "worker_died"
    assert "page 1: its worker died" in entries["a.png"]["error"]["message"]
    assert [entries[n]["status"] for n in ("b.txt", "c.txt", "d.txt")] == ["ok"] * 3
