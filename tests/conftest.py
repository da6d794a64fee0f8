"""Shared fixtures: where the real scans are, and text letters for parser tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
