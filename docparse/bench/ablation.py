"""What each preprocessing and OCR step is worth: the samples parsed with every step, then
with one step off at a time, compared with their expected records.

    python -m docparse.bench.ablation [FOLDER]      (default: samples/)

Runs ``docparse parse --without STEP`` in two processes per configuration and prints, per
configuration, core fields right, all fields right, silent errors and wall time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from docparse.bench.compare import CORE_FIELDS, compare_record
from docparse.ingest import SUPPORTED_SUFFIXES
from docparse.options import ALL_STEPS

ROOT = Path(__file__).resolve().parents[2]
DOCPARSE = Path(sys.executable).with_name("docparse")


def run(files: list[Path], out: Path, without: str | None) -> float:
    extra = ["--without", without] if without else []
    halves = [files[0::2], files[1::2]]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    start = time.perf_counter()
    processes = [
        subprocess.Popen(
            [str(DOCPARSE), "parse", *map(str, half), "--out", str(out), *extra],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        for half in halves
        if half
    ]
    for process in processes:
        process.wait()
    return time.perf_counter() - start


def score(files: list[Path], out: Path) -> tuple[float, float, float]:
    core = core_right = total = right = silent = 0
    for path in files:
        expected = json.loads(path.with_name(path.stem + ".expected.json").read_text())
        record_path = out / f"{path.stem}.json"
        record = json.loads(record_path.read_text()) if record_path.exists() else None
        for result in compare_record(record, expected):
            total += 1
            right += result.status == "right"
            silent += result.silent
            if result.field in CORE_FIELDS and not result.handwritten:
                core += 1
                core_right += result.status == "right"
    return (
        100 * core_right / max(core, 1),
        100 * right / max(total, 1),
        100 * silent / max(total, 1),
    )


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "samples"
    files = sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in SUPPORTED_SUFFIXES
        and p.with_name(p.stem + ".expected.json").exists()
    )
    print(f"{len(files)} documents in {folder}\n")
    print("| configuration | core right | all right | silent | wall s |\n|---|---:|---:|---:|---:|")
    for without in (None, *ALL_STEPS):
        with tempfile.TemporaryDirectory() as out:
            seconds = run(files, Path(out), without)
            core, everything, silent = score(files, Path(out))
        name = f"without {without}" if without else "all steps"
        print(f"| {name} | {core:.1f} % | {everything:.1f} % | {silent:.1f} % | {seconds:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
