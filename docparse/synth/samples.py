"""The committed sample letters: ``python -m docparse.synth.samples samples`` (``make samples``).

Each sample is ``<stem>.<ext>`` with its ``<stem>.expected.json``; the same command always
writes the same letters and records.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path

from docparse.synth import Features, make_document, write_document
from docparse.synth.files import MULTI_PAGE


@dataclass(frozen=True)
class Sample:
    stem: str
    seed: int
    features: Features
    condition: str
    fmt: str
    dpi: int | None
    covers: str


SAMPLES: tuple[Sample, ...] = (
    Sample(
        "cong-van-so-den", 1101,
        Features(kind="cong_van", issuer="department", parent=True, incoming=True, seal=True),
        "office", "jpg", 170,
        "công văn of a Sở under its UBND (parent body), blue ĐẾN stamp, red seal, office copy",
    ),
    Sample(
        "quyet-dinh-ubnd-tinh", 1102,
        Features(kind="quyet_dinh", issuer="province", authority="TM", seal=True),
        "clean", "png", None,
        "quyết định of a province UBND: Căn cứ lines, Điều, TM. chain, seal; clean 300 dpi",
    ),
    Sample(
        "thong-bao", 1103, Features(kind="thong_bao", incoming=False), "poor", "jpg", 150,
        "thông báo; poor scan at 150 dpi: skew, blur, uneven light, specks, JPEG 50-70",
    ),
    Sample(
        "to-trinh", 1104, Features(kind="to_trinh", seal=True), "office", "jpg", 150,
        "tờ trình to the level above (Kính gửi one addressee), seal",
    ),
    Sample(
        "bao-cao", 1105, Features(kind="bao_cao", issuer="department"), "poor", "jpg", 150,
        "báo cáo with section headings, poor scan",
    ),
    Sample(
        "ke-hoach", 1106, Features(kind="ke_hoach", issuer="province", seal=True),
        "office", "jpg", 150, "kế hoạch with sections I-III, seal",
    ),
    Sample(
        "giay-moi", 1107, Features(kind="giay_moi", incoming=True), "office", "jpg", 150,
        "giấy mời with Kính gửi list and a ĐẾN stamp",
    ),
    Sample(
        "chi-thi", 1108, Features(kind="chi_thi", issuer="province"), "office", "jpg", 150,
        "chỉ thị of a province UBND",
    ),
    Sample(
        "nghi-quyet-hdnd", 1109, Features(kind="nghi_quyet", issuer="council", seal=True),
        "office", "jpg", 150, "nghị quyết of a HĐND: QUYẾT NGHỊ, TM. HỘI ĐỒNG NHÂN DÂN",
    ),
    Sample(
        "huong-dan", 1110, Features(kind="huong_dan"), "poor", "jpg", 150,
        "hướng dẫn, poor scan",
    ),
    Sample(
        "thong-tu-2-trang", 1111,
        Features(kind="thong_tu", issuer="ministry", pages=2, seal=True),
        "office", "pdf", 150,
        "thông tư with the year in the number (12/2024/TT-BTC style); two pages, scanned PDF",
    ),
    Sample(
        "cong-van-2-trang", 1112, Features(kind="cong_van", pages=2, incoming=True),
        "fax", "tiff", None,
        "two-page công văn received by fax, page number on page 2; multi-page TIFF (G4)",
    ),
    Sample(
        "cong-van-fax", 1113, Features(kind="cong_van", seal=True), "fax", "png", None,
        "công văn received by fax: 200 dpi, 1 bit, streaks; the seal turns black",
    ),
    Sample(
        "quyet-dinh-so-viet-tay", 1114,
        Features(kind="quyet_dinh", number="handwritten", day="handwritten", seal=True),
        "office", "jpg", 170, "number and day written by hand into the printed blanks",
    ),
    Sample(
        "cong-dien-hoa-toc", 1115,
        Features(kind="cong_dien", issuer="province", urgency="HỎA TỐC"),
        "poor", "jpg", 170, "công điện with a red HỎA TỐC stamp, addressed by '… điện:'",
    ),
    Sample(
        "cong-van-khan-mat", 1116,
        Features(kind="cong_van", urgency="THƯỢNG KHẨN", secrecy="MẬT", seal=True),
        "clean", "png", None, "THƯỢNG KHẨN and MẬT stamps under the number",
    ),
    Sample(
        "bien-ban", 1117, Features(kind="bien_ban"), "office", "jpg", 150,
        "biên bản signed by the secretary and the chair, no Nơi nhận",
    ),
    Sample(
        "cong-van-xa", 1118,
        Features(kind="cong_van", issuer="commune", authority="KT", after_reform=True),
        "poor", "jpg", 150, "công văn of a commune UBND after the July 2025 reform, KT.",
    ),
    Sample(
        "cong-van-bo-tl", 1119,
        Features(kind="cong_van", issuer="ministry", authority="TL", after_reform=False),
        "office", "jpg", 150, "công văn of a ministry signed TL. (thừa lệnh)",
    ),
    Sample(
        "quyet-dinh-du-thao", 1120,
        Features(kind="quyet_dinh", issuer="province", number="blank", day="blank", seal=False),
        "clean", "png", None, "a draft: number and day left blank (null in the record)",
    ),
    Sample(
        "de-an", 1121, Features(kind="de_an", issuer="province"), "poor", "jpg", 150,
        "đề án, poor scan",
    ),
    Sample(
        "phuong-an-q", 1122, Features(kind="phuong_an", issuer="department", authority="Q"),
        "office", "jpg", 150, "phương án signed Q. (acting head)",
    ),
    Sample(
        "quy-che-tl", 1123, Features(kind="quy_che", issuer="department", authority="TL"),
        "office", "jpg", 150, "quy chế of a Sở signed TL.",
    ),
    Sample(
        "chuong-trinh", 1124, Features(kind="chuong_trinh", issuer="province", authority="TUQ"),
        "poor", "jpg", 150, "chương trình signed TUQ. (thừa ủy quyền)",
    ),
)  # fmt: skip


def sample_features(sample: Sample) -> Features:
    """The sample's features, with what it leaves open settled.

    A PNG or JPEG holds one page, so those letters have one; the number and day are typed
    unless the sample is about handwriting or blanks.
    """
    features = sample.features
    return replace(
        features,
        pages=features.pages or (2 if sample.fmt in MULTI_PAGE else 1),
        number=features.number or "printed",
        day=features.day or "printed",
    )


def write_samples(folder: Path, samples: tuple[Sample, ...] = SAMPLES) -> list[Path]:
    written = []
    for sample in samples:
        features = sample_features(sample)
        document = make_document(sample.seed, features, sample.condition, sample.dpi)
        written += write_document(document, folder, sample.stem, sample.fmt)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m docparse.synth.samples FOLDER", file=sys.stderr)
        return 2
    folder = Path(args[0])
    for path in write_samples(folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
