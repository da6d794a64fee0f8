"""Throughput of ``docparse batch`` against plain Tesseract on the same pages (make bench-speed).

    python -m docparse.bench.speed [--pages N] [--runs 3] [--jobs 2]
    python -m docparse.bench.speed --resume-drill 1000

The floor is ``tesseract IMAGE - -l vie tsv`` over the same page images, ``--jobs`` processes
at a time; both sides are timed as whole processes (start-up included), median of ``--runs``,
run alternately so that other load on the machine hits both alike. docparse reads pages with
Tesseract's library in its workers (tesserocr), so a third row times that library alone the
same way (``--jobs`` processes, each loading the model once and reading its share of the
pages, no preprocessing): the ratio to it is what docparse's own work costs. Targets: batch at least
0.9 × the floor's pages/s, and at most 500 MB per worker (the worker's own peak, Tesseract's
reads included, plus the peak of the programs it runs) on 300 dpi A4 pages.

Pages, first found: single-page PNG/JPEG at 300 dpi under ``bench/cache/<condition>/``
(``make bench``; all of the first condition's, unless ``--pages`` asks for fewer); else
``--pages`` (default 20) letters from ``docparse.synth`` (``office`` scans at 300 dpi, cached
under ``bench/cache/speed-pages-<generator version>/``); else the real scans rendered with
``pdftoppm -r 300``.

``--resume-drill N`` writes N documents (see ``drill_inputs``), runs ``docparse batch`` on
them, SIGKILLs it at a third and at two thirds of the manifest, reruns it to the end and
checks: N records, a manifest of N lines, one ``ok`` per input, no temp file, no worker left.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Iterable
from pathlib import Path

import psutil
from PIL import Image

from docparse import ocr

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "bench" / "cache"
SHARED = Path(os.environ.get("DOCPARSE_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "cong-van-323-STTTT-TTBCXB-2017.ocr.txt"
DOCPARSE = str(Path(sys.executable).with_name("docparse"))
ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}
TARGET_RATIO = 0.9
TARGET_PEAK_MB = 500
# Pages made up when make bench's scans are missing and --pages does not say.
MADE_UP_PAGES = 20
PEAK = re.compile(r"peak memory per worker: (\d+) MB \(the programs it ran: at most (\d+) MB\)")
# Resume drill: one document in this many is a page image, the others .txt letters.
IMAGE_EVERY = 50
DRILL_FOLDERS = 10


def page_set(count: int | None) -> tuple[list[Path], str]:
    """``count`` page images at 300 dpi (fewer if no more are found), by default the whole of
    make bench's first condition, and where they come from."""
    for condition in ("clean", "office", "poor", "fax"):
        folder = CACHE / condition
        found = [p for p in sorted(folder.glob("*")) if p.suffix.lower() in {".png", ".jpg"}]
        found = [p for p in found if _single_page_at_300_dpi(p)][:count]
        if found and len(found) == (count or len(found)):
            return found, f"make bench's {condition} scans, 300 dpi"
    count = count or MADE_UP_PAGES
    try:
        return _synthetic_pages(count), "synthetic letters, office scans, 300 dpi"
    except ImportError:
        return _real_pages(count), "real scans, pdftoppm -r 300"


def _single_page_at_300_dpi(path: Path) -> bool:
    with Image.open(path) as image:
        dpi = image.info.get("dpi", (0, 0))[0]
        return getattr(image, "n_frames", 1) == 1 and abs(dpi - 300) < 5


def _synthetic_pages(count: int) -> list[Path]:
    from docparse.synth import GENERATOR_VERSION, make_document

    folder = CACHE / f"speed-pages-{GENERATOR_VERSION}"
    folder.mkdir(parents=True, exist_ok=True)
    pages = sorted(folder.glob("*.png"))
    seed = len({p.name.split("-")[0] for p in pages})
    while len(pages) < count:
        seed += 1
        document = make_document(seed, condition="office", dpi=300)
        for number, scan in enumerate(document.scans, start=1):
            path = folder / f"s{seed:03d}-p{number}.png"
            scan.image.convert("RGB").save(path, dpi=(scan.dpi, scan.dpi))
            pages.append(path)
    return sorted(pages)[:count]


def _real_pages(count: int) -> list[Path]:
    folder = CACHE / "speed-pages-real"
    folder.mkdir(parents=True, exist_ok=True)
    for pdf in sorted((SHARED / "real").glob("*.pdf")):
        if not any(folder.glob(f"{pdf.stem}-*.png")):
            subprocess.run(["pdftoppm", "-r", "300", "-png", pdf, folder / pdf.stem], check=True)
    return sorted(folder.glob("*.png"))[:count]


def floor_run(images: list[Path], jobs: int) -> tuple[float, float, int]:
    """Wall time of plain Tesseract on every image, ``jobs`` at a time; its median seconds
    per image and its largest resident memory (KB)."""
    start = time.monotonic()
    waiting = list(images)
    # Each Popen is kept until wait4 reaped its process: subprocess reaps the processes of
    # dropped Popen objects whenever it starts another, and wait4 would then miss them.
    running: dict[int, tuple[subprocess.Popen[bytes], float]] = {}
    per_page, peak = [], 0
    while waiting or running:
        while waiting and len(running) < jobs:
            command = ["tesseract", str(waiting.pop(0)), "-", "-l", "vie", "tsv"]
            process = subprocess.Popen(
                command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV
            )
            running[process.pid] = (process, time.monotonic())
        pid, status, usage = os.wait4(-1, 0)
        process, started = running.pop(pid)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise RuntimeError("tesseract failed on a bench page")
        per_page.append(time.monotonic() - started)
        peak = max(peak, usage.ru_maxrss)
    return time.monotonic() - start, statistics.median(per_page), peak


def batch_run(in_dir: Path, jobs: int) -> tuple[float, float, int, int]:
    """Wall time of ``docparse batch`` on ``in_dir`` into a fresh folder; its median seconds
    per page (the manifest's), and the peaks of its workers and of the programs they ran (KB)."""
    with tempfile.TemporaryDirectory(prefix="docparse-bench-") as out:
        start = time.monotonic()
        result = subprocess.run(
            [DOCPARSE, "batch", str(in_dir), "--out", out, "--jobs", str(jobs)],
            capture_output=True,
            text=True,
            env=ENV,
        )
        wall = time.monotonic() - start
        lines = Path(out, "manifest.jsonl").read_text(encoding="utf-8").splitlines()
        entries = [json.loads(line) for line in lines]
    failed = [e["path"] for e in entries if e["status"] != "ok"]
    if result.returncode != 0 or failed:
        raise RuntimeError(f"docparse batch failed on {failed}: {result.stderr[-2000:]}")
    peak = PEAK.search(result.stdout)
    worker, helpers = (int(peak[1]) * 1024, int(peak[2]) * 1024) if peak else (0, 0)
    return wall, statistics.median(e["seconds"] for e in entries), worker, helpers


def bench(pages: int | None, runs: int, jobs: int) -> int:
    images, origin = page_set(pages)
    with tempfile.TemporaryDirectory(prefix="docparse-pages-") as folder:
        in_dir = Path(folder)
        for image in images:
            (in_dir / image.name).symlink_to(image.resolve())
        floors, libraries, batches = [], [], []
        for run in range(1, runs + 1):
            floors.append(floor_run(images, jobs))
            libraries.append(library_run(images, jobs))
            batches.append(batch_run(in_dir, jobs))
            print(
                f"run {run}/{runs}: tesseract {floors[-1][0]:.1f} s, "
                f"its library {libraries[-1]:.1f} s, docparse batch {batches[-1][0]:.1f} s",
                file=sys.stderr,
            )
    floor = statistics.median(f[0] for f in floors)
    library = statistics.median(libraries)
    batch = statistics.median(b[0] for b in batches)
    ratio = floor / batch
    worker_mb = max(b[2] for b in batches) // 1024
    helpers_mb = max(b[3] for b in batches) // 1024
    floor_mb = max(f[2] for f in floors) // 1024
    print(f"\n{len(images)} pages ({origin}), --jobs {jobs}, median of {runs} runs\n")
    print("| | wall s (runs) | median s | pages/s | s/page in a process | peak MB |")
    print("|---|---|---|---|---|---|")
    print(
        f"| tesseract floor | {_runs(f[0] for f in floors)} | {floor:.1f} | "
        f"{len(images) / floor:.2f} | {statistics.median(f[1] for f in floors):.2f} | "
        f"{floor_mb} |"
    )
    print(
        f"| Tesseract's library, no docparse | {_runs(libraries)} | {library:.1f} | "
        f"{len(images) / library:.2f} | | |"
    )
    print(
        f"| docparse batch | {_runs(b[0] for b in batches)} | {batch:.1f} | "
        f"{len(images) / batch:.2f} | {statistics.median(b[1] for b in batches):.2f} | "
        f"{worker_mb} + ≤ {helpers_mb} (worker + the programs it ran) |"
    )
    peak_ok = worker_mb + helpers_mb <= TARGET_PEAK_MB
    print(
        f"\nratio batch/floor: **{ratio:.2f}** (target ≥ {TARGET_RATIO}) "
        f"{'ok' if ratio >= TARGET_RATIO else 'SHORT'}; "
        f"peak per worker {worker_mb + helpers_mb} MB (target ≤ {TARGET_PEAK_MB}) "
        f"{'ok' if peak_ok else 'OVER'}"
    )
    print(f"ratio batch/library: {library / batch:.2f} (docparse's own work on top of OCR)")
    return 0 if ratio >= TARGET_RATIO and peak_ok else 1


# One process of the library floor: argv is the language data folder, then its pages.
LIBRARY_READER = """
import sys, tesserocr
from PIL import Image

from docparse import ocr
with tesserocr.PyTessBaseAPI(path=sys.argv[1], lang="vie", oem=tesserocr.OEM.LSTM_ONLY) as api:
    for path in sys.argv[2:]:
        api.SetImage(Image.open(path))
        api.Recognize()
        api.GetTSVText(0)
"""


def library_run(images: list[Path], jobs: int) -> float:
    """Wall time of Tesseract's library over every image, in ``jobs`` processes."""
    start = time.monotonic()
    shares = [[str(p) for p in images[i::jobs]] for i in range(jobs)]
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", LIBRARY_READER, ocr.language_data_dir(), *share], env=ENV
        )
        for share in shares
        if share
    ]
    if any(p.wait() != 0 for p in processes):
        raise RuntimeError("Tesseract's library failed on a bench page")
    return time.monotonic() - start


def _runs(times: Iterable[float]) -> str:
    return ", ".join(f"{t:.1f}" for t in times)


def drill_inputs(in_dir: Path, count: int, page: Path) -> tuple[int, int]:
    """``count`` documents in DRILL_FOLDERS folders: copies of the seed letter (.txt) with a
    line of their own, and every IMAGE_EVERY-th one (spread over the run) a copy of ``page``
    (PNG) with a text chunk of its own, so that no two inputs have the same bytes.
    Returns (texts, images)."""
    letter = SEED.read_text(encoding="utf-8")
    png = page.read_bytes()
    images = 0
    for index in range(count):
        folder = in_dir / f"box-{index * DRILL_FOLDERS // count:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        if index % IMAGE_EVERY == IMAGE_EVERY - 1:
            (folder / f"scan-{index:05d}.png").write_bytes(_tagged_png(png, index))
            images += 1
        else:
            (folder / f"letter-{index:05d}.txt").write_text(
                f"{letter}\nHồ sơ {index}\n", encoding="utf-8"
            )
    return count - images, images


def _tagged_png(png: bytes, index: int) -> bytes:
    """The same PNG with a tEXt chunk after its header: other bytes, the same pixels."""
    data = b"drill\0" + str(index).encode()
    chunk = struct.pack(">I", len(data)) + b"tEXt" + data
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + data))
    end_of_header = 8 + 25  # signature, then IHDR: length, type, 13 bytes, CRC
    return png[:end_of_header] + chunk + png[end_of_header:]


def _lines(manifest: Path) -> int:
    return manifest.read_bytes().count(b"\n") if manifest.is_file() else 0


def resume_drill(count: int, jobs: int) -> int:
    started = time.time()
    work = Path(tempfile.mkdtemp(prefix="docparse-drill-"))
    in_dir, out = work / "in", work / "out"
    page = page_set(1)[0][0]
    png = work / "page.png"
    with Image.open(page) as image:
        image.save(png, dpi=image.info.get("dpi", (300, 300)))
    texts, images = drill_inputs(in_dir, count, png)
    manifest = out / "manifest.jsonl"
    command = [DOCPARSE, "batch", str(in_dir), "--out", str(out), "--jobs", str(jobs), "--quiet"]
    print(f"{count} documents: {texts} .txt letters, {images} page images ({page.name})\n")
    print("| run | stopped | wall s | manifest lines after |")
    print("|---|---|---|---|")
    code = None
    for run, kill_at in enumerate((count // 3, 2 * count // 3, None), start=1):
        start = time.monotonic()
        with (work / f"run-{run}.log").open("w") as log:  # a killed run's leftovers speak there
            process = subprocess.Popen(command, env=ENV, stdout=log, stderr=log)
        if kill_at is None:
            code = process.wait()
            how = f"exit {code}"
        else:
            while _lines(manifest) < kill_at and process.poll() is None:
                time.sleep(0.02)
            process.send_signal(signal.SIGKILL)
            process.wait()
            how = f"SIGKILL at ≥ {kill_at} lines"
        print(f"| {run} | {how} | {time.monotonic() - start:.1f} | {_lines(manifest)} |")
    time.sleep(2)  # workers of killed runs notice their batch is gone within a second
    problems = _check_drill(in_dir, out, count, started)
    print("\n" + ("all checks passed" if not problems else "\n".join(problems)))
    if not problems:
        shutil.rmtree(work)
    return 0 if code == 0 and not problems else 1


def _check_drill(in_dir: Path, out: Path, count: int, started: float) -> list[str]:
    lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines]
    paths = {e["path"] for e in entries}
    records = list(out.rglob("*.json"))
    problems = []
    if len(lines) != count or len(paths) != count:
        problems.append(f"manifest: {len(lines)} lines for {len(paths)} paths, not {count}")
    if any(e["status"] != "ok" for e in entries):
        problems.append(f"not ok: {[e['path'] for e in entries if e['status'] != 'ok'][:10]}")
    if len(records) != count:
        problems.append(f"{len(records)} records, not {count}")
    for entry in entries:
        record = json.loads((out / entry["output"]).read_text(encoding="utf-8"))
        if record["source"]["sha256"] != entry["sha256"]:
            problems.append(f"{entry['path']}: the record is not of these bytes")
    if leftovers := list(out.rglob("*.tmp")):
        problems.append(f"temp files left: {leftovers[:5]}")
    # A worker is a fork of its batch (IN_DIR in its command line) or of a forkserver.
    orphans = [
        p.pid
        for p in psutil.process_iter(["cmdline", "create_time", "ppid"])
        if p.info["create_time"] >= started
        and p.info["ppid"] == 1
        and any(mark in " ".join(p.info["cmdline"] or []) for mark in (str(in_dir), "forkserver"))
    ]
    if orphans:
        problems.append(f"worker pools of killed runs still there: {orphans}")
    inputs = sum(1 for p in in_dir.rglob("*") if p.is_file())
    print(
        f"\nafter the last run: {inputs} inputs, {len(records)} records, manifest "
        f"{len(lines)} lines ({sum(e['status'] == 'ok' for e in entries)} ok), "
        f"{len(paths)} distinct paths"
    )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m docparse.bench.speed", description=__doc__)
    parser.add_argument(
        "--pages", type=int, help="pages to read (default: all of make bench's clean scans)"
    )
    parser.add_argument("--runs", type=int, default=3, help="runs of each side; median")
    parser.add_argument("--jobs", type=int, default=2, help="processes at a time, both sides")
    parser.add_argument("--resume-drill", type=int, metavar="N", help="the kill-and-resume drill")
    args = parser.parse_args(argv)
    if args.resume_drill:
        return resume_drill(args.resume_drill, args.jobs)
    return bench(args.pages, args.runs, args.jobs)


if __name__ == "__main__":
    sys.exit(main())
