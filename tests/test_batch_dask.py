"""``docparse batch --scheduler local``: a Dask LocalCluster of two workers gives the records
the local process pool gives."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from docparse.cli import main

PAGE = "hanoi_tb_453_flag.png"
TIMING = {"seconds", "finished_at"}


def _records(out: Path) -> dict[str, dict]:
    return {
        p.relative_to(out).as_posix(): json.loads(p.read_text(encoding="utf-8"))
        for p in out.rglob("*.json")
    }


def _manifest(out: Path) -> list[dict]:
    lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [{k: v for k, v in json.loads(line).items() if k not in TIMING} for line in lines]


def test_local_cluster_gives_the_records_of_the_local_run(
    tmp_path: Path, seed_path: Path, real_dir: Path
) -> None:
    in_dir = tmp_path / "in"
    (in_dir / "sub").mkdir(parents=True)
    shutil.copy(seed_path, in_dir / "cong-van.txt")
    shutil.copy(real_dir / PAGE, in_dir / "sub" / "flag.png")
    (in_dir / "sub" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n truncated")
    runner = CliRunner()

    local = runner.invoke(main, ["batch", str(in_dir), "--out", str(tmp_path / "local")])
    cluster = ["--scheduler", "local", "--jobs", "2"]
    dask = runner.invoke(main, ["batch", str(in_dir), "--out", str(tmp_path / "dask"), *cluster])

    assert local.exit_code == dask.exit_code == 1, (local.output, dask.output)
    records = _records(tmp_path / "local")
    assert sorted(records) == ["cong-van.txt.json", "sub/flag.png.json"]
    assert _records(tmp_path / "dask") == records
    assert _manifest(tmp_path / "dask") == _manifest(tmp_path / "local")
    assert [e["status"] for e in _manifest(tmp_path / "dask")] == ["ok", "failed", "ok"]
