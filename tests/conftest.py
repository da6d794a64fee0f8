"""Shared fixtures: where the real scans are, and text letters for parser tests."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from docparse.ingest import SUPPORTED_SUFFIXES

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DOCPARSE_SHARED", ROOT.parent / "shared"))
REAL = SHARED / "real"
SAMPLES = ROOT / "samples"
DATA = Path(__file__).parent / "data"
# The seed letter of ../shared/seed, as an OCR engine read it; a copy lives with the tests.
SEED = DATA / "cong-van-323-STTTT-TTBCXB-2017.ocr.txt"


@pytest.fixture
def real_dir() -> Path:
    if not REAL.is_dir():
        pytest.skip(f"the real scans are not at {REAL}")
    return REAL


@pytest.fixture
def seed_path() -> Path:
    return SEED


def sample_scans() -> list[Path]:
    return sorted(
        p
        for p in SAMPLES.iterdir()
        if p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.endswith(".json")
    )


def _parse_to_json(path: Path) -> dict:
    from docparse.options import Options
    from docparse.pipeline import parse_file

    return parse_file(path, Options()).model_dump(mode="json")


@pytest.fixture(scope="session")
def sample_records() -> dict[str, dict]:
    """Every committed sample scan parsed once with the real Tesseract, by file name."""
    scans = sample_scans()
    if not scans:
        pytest.skip("no samples (make samples generates them)")
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(zip((p.name for p in scans), pool.map(_parse_to_json, scans), strict=True))
