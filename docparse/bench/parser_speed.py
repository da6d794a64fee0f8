"""How long layout + parse + record take on a whole OCR'd page (target: under 20 ms).

    python -m docparse.bench.parser_speed [FILES...]

OCR runs once per file and is cached under ``bench/cache/pages/``; only the stages after OCR
are timed, each document many times, and the median per page is printed.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from docparse.ingest import plan_document
from docparse.options import Options
from docparse.pipeline import build_record, read_page
from models.layout import Page

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "bench" / "cache" / "pages"
REAL = ROOT.parent / "shared" / "real"
ROUNDS = 25
TARGET_MS = 20.0


def ocr_pages(path: Path, options: Options) -> list[Page]:
    plan = plan_document(path, options)
    cached = CACHE / f"{path.name}.{plan.sha256[:12]}.json"
    if cached.exists():
        return [Page.model_validate(p) for p in json.loads(cached.read_text())]
    pages = [read_page(task, options) for task in plan.pages[:3]]
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps([p.model_dump(mode="json") for p in pages]))
    return pages


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(
        p for p in [*REAL.glob("*.png"), *REAL.glob("*.pdf"), *(ROOT / "samples").glob("*.png")]
    )
    if not files:
        print("no input files: name some, or put the real scans in ../shared/real")
        return 2
    options = Options()
    per_page = []
    print("| document | pages | ms per page (median) |\n|---|---|---|")
    for path in files:
        pages = ocr_pages(path, options)
        plan = plan_document(path, options)
        plan.pages = plan.pages[: len(pages)]
        timings = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            build_record(plan, pages)
            timings.append((time.perf_counter() - start) * 1000 / len(pages))
        median = statistics.median(timings)
        per_page.append(median)
        print(f"| {path.name} | {len(pages)} | {median:.1f} |")
    overall = statistics.median(per_page)
    verdict = "meets" if overall < TARGET_MS else "misses"
    summary = f"median over documents: {overall:.1f} ms per page"
    print(f"\n{summary} ({verdict} the {TARGET_MS:g} ms target)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
