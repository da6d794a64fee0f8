"""The record of one administrative letter: the JSON contract integrators import.

Versioning: ``SCHEMA_VERSION`` is ``MAJOR.MINOR``. A minor version only adds optional keys;
a key is renamed, retyped or removed only in a new major version.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from models.layout import BBox

SCHEMA_VERSION = "1.0"


class DocumentKind(StrEnum):
    """Document types of Nghị định 30/2020/NĐ-CP Điều 7 that docparse tells apart."""

    cong_van = "cong_van"  # công văn
    quyet_dinh = "quyet_dinh"  # quyết định
    chi_thi = "chi_thi"  # chỉ thị
    thong_bao = "thong_bao"  # thông báo
    to_trinh = "to_trinh"  # tờ trình
    bao_cao = "bao_cao"  # báo cáo
    ke_hoach = "ke_hoach"  # kế hoạch
    giay_moi = "giay_moi"  # giấy mời
    nghi_quyet = "nghi_quyet"  # nghị quyết
    nghi_dinh = "nghi_dinh"  # nghị định
    thong_tu = "thong_tu"  # thông tư
    huong_dan = "huong_dan"  # hướng dẫn
    cong_dien = "cong_dien"  # công điện
    bien_ban = "bien_ban"  # biên bản
    chuong_trinh = "chuong_trinh"  # chương trình
    quy_che = "quy_che"  # quy chế
    quy_dinh = "quy_dinh"  # quy định
    de_an = "de_an"  # đề án
    phuong_an = "phuong_an"  # phương án
    other = "other"


class SourceKind(StrEnum):
    image = "image"
    pdf_scan = "pdf_scan"
    pdf_text = "pdf_text"
    text = "text"


class _Model(BaseModel):
    # Readers of an older minor version accept records of a newer one (additive changes).
    model_config = ConfigDict(extra="ignore")


class PageInfo(_Model):
    number: int
    width: int
    height: int
    dpi: int
    rotation: int = Field(0, description="degrees the page was turned to stand upright")
    source: str = Field("ocr", description="ocr, text_layer or text")


class Source(_Model):
    file: str = Field(description="the input file as it was named to docparse")
    path: str | None = Field(None, description="the input's absolute path when it was parsed")
    sha256: str
    pages: int
    kind: SourceKind
    page_info: list[PageInfo] = Field(default_factory=list)


class DocumentType(_Model):
    kind: DocumentKind
    name: str = Field(description='as a person says it: "Công văn", "Quyết định"')


class Issuer(_Model):
    name: str | None = Field(None, description="issuing body (cơ quan ban hành), lines joined")
    parent: str | None = Field(None, description="parent body (cơ quan chủ quản)")


class Number(_Model):
    """Số, ký hiệu: "Số: 12/2020/NĐ-CP" → value 12, year 2020, symbol NĐ-CP."""

    raw: str | None = Field(None, description="the number line as read")
    value: str | None = Field(None, description="null when the printed blank was never filled")
    year: str | None = None
    symbol: str | None = Field(None, description="the ký hiệu without number and year")
    type_abbreviation: str | None = Field(None, description='"QĐ", "TB"; null for a công văn')
    issuing_body: str | None = Field(None, description='abbreviation of the body: "UBND", "BCT"')
    drafting_unit: str | None = Field(None, description='unit or field after it: "TTBCXB"')


class Signer(_Model):
    authority: str | None = Field(None, description="TM, KT, TL, TUQ or Q; innermost when nested")
    title: str | None = None
    name: str | None = None
    competence: list[str] = Field(
        default_factory=list,
        description="every authority line, outermost first: "
        '["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]',
    )


class Recipient(_Model):
    name: str
    note: str | None = Field(None, description='purpose note: "b/c", "t/h", "để biết"')


class IncomingStamp(_Model):
    """The receiving office's ĐẾN stamp (NĐ 30/2020 Phụ lục IV mục V)."""

    organization: str | None = None
    number: str | None = None
    date: dt.date | None = None
    forwarded_to: str | None = Field(None, description="Chuyển")
    file_ref: str | None = Field(None, description="Lưu hồ sơ số / Số và ký hiệu HS")


class ESignature(_Model):
    """An electronic signature box found in a PDF's text layer ("Ký bởi", "Thời gian ký")."""

    signer: str | None = None
    organization: str | None = None
    email: str | None = None
    signed_at: str | None = Field(None, description="ISO 8601 time as printed")


class Provenance(_Model):
    page: int = Field(description="page from 1")
    bbox: BBox = Field(description="left, top, right, bottom in that page's pixels")
    confidence: float = Field(ge=0, le=1)


class ReviewItem(_Model):
    field: str = Field(description='record key path: "number.value", "signer.name"')
    reason: str


class Warning(_Model):
    code: str
    message: str


class Reviewed(_Model):
    """Set on a ``*.reviewed.json``: the record after a person checked it."""

    status: str = Field(description="approved, or in_review while work goes on")
    reviewer: str | None = None
    at: dt.datetime | None = None
    accepted: list[str] = Field(default_factory=list, description="key paths confirmed as read")
    corrected: list[str] = Field(default_factory=list, description="key paths given a new value")
    rejected: list[str] = Field(
        default_factory=list,
        description="key paths judged wrong with no value to give; exports leave them out",
    )


class Record(_Model):
    schema_version: str = SCHEMA_VERSION
    docparse_version: str | None = None
    source: Source
    document_type: DocumentType
    issuer: Issuer = Field(default_factory=Issuer)
    number: Number = Field(default_factory=Number)
    place: str | None = None
    date: dt.date | None = None
    subject: str | None = Field(None, description='trích yếu without "V/v" or "Về việc"')
    issuing_authority: str | None = Field(
        None,
        description="thẩm quyền ban hành: the line under a decision's subject, "
        '"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA"',
    )
    addressees: list[str] = Field(default_factory=list, description="Kính gửi")
    signer: Signer = Field(default_factory=Signer)
    recipients: list[Recipient] = Field(default_factory=list, description="Nơi nhận, without Lưu")
    archive: list[str] = Field(default_factory=list, description='units after "Lưu:"')
    urgency: str | None = Field(None, description="KHẨN, THƯỢNG KHẨN, HỎA TỐC, HỎA TỐC HẸN GIỜ")
    secrecy: str | None = Field(None, description="MẬT, TỐI MẬT, TUYỆT MẬT")
    incoming: IncomingStamp | None = None
    legal_references: list[str] = Field(
        default_factory=list,
        description='documents cited in the body: "Nghị định số 72/2013/NĐ-CP"',
    )
    e_signatures: list[ESignature] = Field(default_factory=list)
    body: str = ""
    provenance: dict[str, Provenance] = Field(default_factory=dict)
    review: list[ReviewItem] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)
    reviewed: Reviewed | None = Field(None, description="only on the reviewed form of a record")
