"""The generator's word lists: bodies, places, people, subjects and sentences, kept as data.

Names and forms follow NĐ 30/2020/NĐ-CP (see /work/shared/reference/format-rules.md).
Administrative units exist in two generations: the 63 provinces with districts (huyện) before
1 July 2025, and the 34 provinces without districts after it; the Sở of information and
communications, planning and investment, and natural resources were merged on 1 March 2025.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# The day the 34 provinces replaced the 63 and the district level ended (NQ 202/2025/QH15).
PROVINCE_REFORM = dt.date(2025, 7, 1)
# The day the merged ministries and Sở started work.
MINISTRY_REFORM = dt.date(2025, 3, 1)
# Issue dates are drawn from this range.
FIRST_DATE = dt.date(2016, 1, 4)
LAST_DATE = dt.date(2026, 10, 30)


@dataclass(frozen=True)
class Province:
    name: str  # "Đắk Nông", "Hồ Chí Minh"
    city: bool = False  # thành phố trực thuộc trung ương

    @property
    def unit(self) -> str:
        """'tỉnh Đắk Nông', 'thành phố Hà Nội' as written inside a sentence."""
        return f"{'thành phố' if self.city else 'tỉnh'} {self.name}"

    @property
    def caps(self) -> str:
        """'TỈNH ĐẮK NÔNG', 'THÀNH PHỐ HÀ NỘI' as in a header."""
        return self.unit.upper()

    @property
    def place(self) -> str:
        """Địa danh of the date line (NĐ 30 Phụ lục I: full name for units named after people)."""
        return "Thành phố Hồ Chí Minh" if self.name == "Hồ Chí Minh" else self.name


_CITIES_BEFORE = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")
_PROVINCES_BEFORE = (
    "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu",
    "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh", "Bắc Giang",
    "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Thái Bình", "Hà Nam",
    "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị",
    "Thừa Thiên Huế", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa",
    "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng",
    "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Long An", "Tiền Giang", "Bến Tre",
    "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang", "Sóc Trăng",
    "Bạc Liêu", "Cà Mau",
)  # fmt: skip
_CITIES_AFTER = ("Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ")
_PROVINCES_AFTER = (
    "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
    "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh",
    "Hưng Yên", "Ninh Bình", "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
    "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
)  # fmt: skip

PROVINCES_BEFORE_REFORM: tuple[Province, ...] = tuple(
    [Province(n, city=True) for n in _CITIES_BEFORE] + [Province(n) for n in _PROVINCES_BEFORE]
)
PROVINCES_AFTER_REFORM: tuple[Province, ...] = tuple(
    [Province(n, city=True) for n in _CITIES_AFTER] + [Province(n) for n in _PROVINCES_AFTER]
)

# Districts (huyện, thị xã) of some provinces, for letters dated before the reform.
DISTRICTS: dict[str, tuple[str, ...]] = {
    "Đắk Nông": ("Krông Nô", "Cư Jút", "Đắk Mil", "Đắk Song", "Tuy Đức", "Đắk R'Lấp"),
    "Thanh Hóa": ("Nga Sơn", "Hậu Lộc", "Quảng Xương", "Thọ Xuân", "Tĩnh Gia", "Như Thanh"),
    "Nghệ An": ("Diễn Châu", "Quỳnh Lưu", "Nghi Lộc", "Thanh Chương", "Đô Lương"),
    "Quảng Nam": ("Duy Xuyên", "Điện Bàn", "Thăng Bình", "Núi Thành", "Đại Lộc"),
    "Bình Định": ("Tuy Phước", "Phù Cát", "Hoài Nhơn", "Tây Sơn", "An Nhơn"),
    "Long An": ("Bến Lức", "Cần Giuộc", "Đức Hòa", "Thủ Thừa", "Tân Trụ"),
    "Hà Nam": ("Kim Bảng", "Thanh Liêm", "Bình Lục", "Lý Nhân", "Duy Tiên"),
    "Lâm Đồng": ("Đức Trọng", "Lâm Hà", "Di Linh", "Bảo Lâm", "Đơn Dương"),
    "Hà Nội": ("Ba Vì", "Gia Lâm", "Sóc Sơn", "Thanh Trì", "Chương Mỹ", "Đông Anh"),
    "Phú Thọ": ("Thanh Sơn", "Lâm Thao", "Phù Ninh", "Cẩm Khê", "Hạ Hòa"),
}
# Commune and ward names; the same names recur in many provinces.
COMMUNES = (
    "Tân Lập", "Quảng Phú", "Hòa Bình", "Đức Xuyên", "Nam Đà", "Đắk Sôr", "Tân Thành",
    "Phú Lộc", "Xuân Phú", "Vĩnh Hòa", "An Phú", "Thạch Hà", "Trung Hòa", "Minh Tân",
    "Hưng Thịnh", "Phước Sơn", "Đông Hưng", "Tiên Phong", "Yên Lạc", "Thanh Xuân",
)  # fmt: skip
WARDS = ("Hòa Khánh", "Nghĩa Tân", "Bến Thành", "Trần Phú", "Quang Trung", "Hải Châu", "An Lạc")

# Abbreviated parent body: "UBND TỈNH ĐẮK NÔNG" (NĐ 30 ô 2 allows it).
PEOPLES_COMMITTEE = "ỦY BAN NHÂN DÂN"
PEOPLES_COMMITTEE_SHORT = "UBND"
PEOPLES_COUNCIL = "HỘI ĐỒNG NHÂN DÂN"


@dataclass(frozen=True)
class Agency:
    """A department (Sở, Cục…) or ministry: its name, symbol abbreviation, units and titles."""

    name: str  # caps as in the header: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    phrase: str  # as written inside a sentence: "Sở Thông tin và Truyền thông"
    abbreviation: str  # in the symbol: "STTTT"
    units: tuple[str, ...]  # drafting units (đơn vị soạn thảo) after the abbreviation
    head: str = "GIÁM ĐỐC"
    deputy: str = "PHÓ GIÁM ĐỐC"
    since: dt.date | None = None
    until: dt.date | None = None
    topics: tuple[str, ...] = field(default_factory=tuple)  # extra subject topics of the field

    def exists_on(self, day: dt.date) -> bool:
        return (self.since is None or day >= self.since) and (
            self.until is None or day < self.until
        )


DEPARTMENTS: tuple[Agency, ...] = (
    Agency(
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        "Sở Thông tin và Truyền thông",
        "STTTT",
        ("TTBCXB", "VP", "CNTT", "BCVT"),
        until=MINISTRY_REFORM,
        topics=(
            "quản lý hoạt động các trang thông tin điện tử cá nhân",
            "bảo đảm an toàn thông tin mạng trong các cơ quan nhà nước",
        ),
    ),
    Agency(
        "SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
        "Sở Kế hoạch và Đầu tư",
        "SKHĐT",
        ("TH", "ĐKKD", "KTĐN", "VP"),
        until=MINISTRY_REFORM,
        topics=("giải ngân vốn đầu tư công", "hỗ trợ doanh nghiệp nhỏ và vừa"),
    ),
    Agency(
        "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
        "Sở Tài nguyên và Môi trường",
        "STNMT",
        ("QLĐĐ", "MT", "VP"),
        until=MINISTRY_REFORM,
        topics=("cấp giấy chứng nhận quyền sử dụng đất", "bảo vệ môi trường"),
    ),
    Agency(
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "Sở Nông nghiệp và Môi trường",
        "SNNMT",
        ("QLĐĐ", "TL", "VP", "CNTY"),
        since=MINISTRY_REFORM,
        topics=("phòng, chống thiên tai", "bảo vệ môi trường"),
    ),
    Agency(
        "SỞ Y TẾ",
        "Sở Y tế",
        "SYT",
        ("NVY", "KHTC", "VP", "NVD"),
        topics=("phòng, chống dịch bệnh", "bảo đảm an toàn thực phẩm"),
    ),
    Agency(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "Sở Giáo dục và Đào tạo",
        "SGDĐT",
        ("GDTrH", "KHTC", "VP", "TCCB"),
        topics=("tuyển sinh vào lớp 10", "bảo đảm an toàn trường học"),
    ),
    Agency(
        "SỞ TÀI CHÍNH",
        "Sở Tài chính",
        "STC",
        ("QLNS", "TCĐT", "QLG", "VP"),
        topics=("quản lý, sử dụng tài sản công", "quyết toán ngân sách nhà nước"),
    ),
    Agency(
        "SỞ NỘI VỤ",
        "Sở Nội vụ",
        "SNV",
        ("CCVC", "TCBM", "VP", "CCHC"),
        topics=("tuyển dụng công chức, viên chức", "cải cách hành chính"),
    ),
    Agency("SỞ TƯ PHÁP", "Sở Tư pháp", "STP", ("PBGDPL", "HCTP", "VP")),
    Agency("SỞ XÂY DỰNG", "Sở Xây dựng", "SXD", ("QLXD", "QHKT", "VP")),
    Agency(
        "SỞ CÔNG THƯƠNG",
        "Sở Công thương",
        "SCT",
        ("QLTM", "QLCN", "VP"),
        topics=("bình ổn thị trường dịp Tết Nguyên đán",),
    ),
    Agency(
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "Sở Văn hóa, Thể thao và Du lịch",
        "SVHTTDL",
        ("QLVH", "QLDL", "VP"),
        topics=("phát triển du lịch",),
    ),
    Agency("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Sở Khoa học và Công nghệ", "SKHCN", ("QLKH", "VP")),
)

MINISTRIES: tuple[Agency, ...] = (
    Agency("BỘ TÀI CHÍNH", "Bộ Tài chính", "BTC", ("VP", "TCCB", "PC", "NSNN", "QLCS"),
           head="BỘ TRƯỞNG", deputy="THỨ TRƯỞNG"),
    Agency("BỘ NỘI VỤ", "Bộ Nội vụ", "BNV", ("VP", "CCVC", "TCBC", "CQĐP"),
           head="BỘ TRƯỞNG", deputy="THỨ TRƯỞNG"),
    Agency("BỘ Y TẾ", "Bộ Y tế", "BYT", ("VP", "KH-TC", "DP", "KCB"),
           head="BỘ TRƯỞNG", deputy="THỨ TRƯỞNG"),
    Agency("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "Bộ Giáo dục và Đào tạo", "BGDĐT", ("VP", "GDTrH", "NGCBQLGD"),
           head="BỘ TRƯỞNG", deputy="THỨ TRƯỞNG"),
    Agency("BỘ CÔNG THƯƠNG", "Bộ Công Thương", "BCT", ("VP", "TTTN", "PC", "KHTC"),
           head="BỘ TRƯỞNG", deputy="THỨ TRƯỞNG"),
    Agency("BỘ TƯ PHÁP", "Bộ Tư pháp", "BTP", ("VP", "PBGDPL", "KTrVB"),
           head="BỘ TRƯỞNG", deputy="THỨ TRƯỞNG"),
    Agency("BỘ XÂY DỰNG", "Bộ Xây dựng", "BXD", ("VP", "QLN", "KTXD"),
           head="BỘ TRƯỞNG", deputy="THỨ TRƯỞNG"),
    Agency("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "Bộ Thông tin và Truyền thông", "BTTTT",
           ("VP", "CATTT", "THH", "BC"), head="BỘ TRƯỞNG", deputy="THỨ TRƯỞNG",
           until=MINISTRY_REFORM),
    Agency("BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "Bộ Kế hoạch và Đầu tư", "BKHĐT", ("VP", "TH", "KTĐP&LT"),
           head="BỘ TRƯỞNG", deputy="THỨ TRƯỞNG", until=MINISTRY_REFORM),
    Agency("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Bộ Nông nghiệp và Môi trường", "BNNMT",
           ("VP", "KHTC", "PCTT"), head="BỘ TRƯỞNG", deputy="THỨ TRƯỞNG",
           since=MINISTRY_REFORM),
    Agency("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Bộ Khoa học và Công nghệ", "BKHCN", ("VP", "PC", "CĐS"),
           head="BỘ TRƯỞNG", deputy="THỨ TRƯỞNG"),
)  # fmt: skip

# Bodies under a ministry (Cục, Tổng cục), written under their ministry's name.
MINISTRY_AGENCIES: dict[str, tuple[Agency, ...]] = {
    "BỘ Y TẾ": (
        Agency("CỤC QUẢN LÝ DƯỢC", "Cục Quản lý Dược", "QLD", ("VP", "ĐK", "QLCL"),
               head="CỤC TRƯỞNG", deputy="PHÓ CỤC TRƯỞNG"),
        Agency("CỤC AN TOÀN THỰC PHẨM", "Cục An toàn thực phẩm", "ATTP", ("VP", "NĐTP"),
               head="CỤC TRƯỞNG", deputy="PHÓ CỤC TRƯỞNG"),
    ),
    "BỘ TÀI CHÍNH": (
        Agency("KHO BẠC NHÀ NƯỚC", "Kho bạc Nhà nước", "KBNN", ("KSC", "VP", "KT"),
               head="TỔNG GIÁM ĐỐC", deputy="PHÓ TỔNG GIÁM ĐỐC"),
        Agency("CỤC QUẢN LÝ GIÁ", "Cục Quản lý giá", "QLG", ("VP", "QLG.CN"),
               head="CỤC TRƯỞNG", deputy="PHÓ CỤC TRƯỞNG"),
    ),
    "BỘ NỘI VỤ": (
        Agency("CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC", "Cục Văn thư và Lưu trữ nhà nước", "VTLTNN",
               ("VP", "NVĐP", "NVTW"), head="CỤC TRƯỞNG", deputy="PHÓ CỤC TRƯỞNG"),
    ),
}  # fmt: skip

# Units of a People's Committee office that draft its letters ("UBND-KT", "UBND-VX").
COMMITTEE_UNITS = ("KT", "VX", "NC", "TH", "KGVX", "ĐT", "NNMT", "HCTC")
# Units of a district or commune People's Committee.
LOCAL_UNITS = ("VP", "TCKH", "TNMT", "VHTT", "LĐTBXH", "ĐC")
# Offices (phòng) of a district, as issuers under "UBND HUYỆN …".
DISTRICT_OFFICES = (
    Agency("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Phòng Giáo dục và Đào tạo", "PGDĐT", ("VP", "THCS"),
           head="TRƯỞNG PHÒNG", deputy="PHÓ TRƯỞNG PHÒNG"),
    Agency("PHÒNG TÀI CHÍNH - KẾ HOẠCH", "Phòng Tài chính - Kế hoạch", "TCKH", ("NS",),
           head="TRƯỞNG PHÒNG", deputy="PHÓ TRƯỞNG PHÒNG"),
)  # fmt: skip

# Offices that receive letters and put an ĐẾN stamp on them; "{p}" is the province, caps.
INCOMING_OFFICES = (
    "BẢO HIỂM XÃ HỘI {p}",
    "SỞ TƯ PHÁP {p}",
    "UBND HUYỆN {d}",
    "VĂN PHÒNG UBND {p}",
    "CÔNG AN {p}",
    "KHO BẠC NHÀ NƯỚC {p}",
    "SỞ Y TẾ {p}",
)
# Routing notes of the leader on the ĐẾN stamp ("Chuyển").
FORWARDED_TO = ("Phòng TH", "P. KHTC", "Đ/c Hùng", "VP", "Phòng NV", "Đ/c Lan - PGĐ", "TCHC")

# ---------------------------------------------------------------- people
FAMILY_NAMES = (
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4),
    ("Phan", 4), ("Vũ", 4), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2),
    ("Ngô", 2), ("Dương", 1), ("Lý", 1), ("Đinh", 1), ("Đoàn", 1), ("Trương", 1), ("Lương", 1),
    ("Mai", 1), ("Trịnh", 1), ("Châu", 1), ("Hà", 1), ("Tạ", 1), ("Lâm", 1), ("Cao", 1),
)  # fmt: skip
MIDDLE_NAMES_MALE = (
    "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Xuân", "Ngọc", "Công", "Đình", "Trọng",
    "Quang", "Mạnh", "Thế", "Anh", "Việt", "Tiến", "Hồng",
)  # fmt: skip
MIDDLE_NAMES_FEMALE = ("Thị", "Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Thúy", "Kim", "Phương")
GIVEN_NAMES_MALE = (
    "Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Cường", "Thắng", "Hải", "Sơn", "Long", "Quang",
    "Hưng", "Phong", "Bình", "Trung", "Thành", "Khoa", "Việt", "Lâm", "Tâm", "Đức", "Hiếu",
    "Toàn", "Lợi", "Phúc", "Nghĩa", "Quý", "Tùng", "Thịnh", "Kiên", "Ba", "Tân", "Khải",
)  # fmt: skip
GIVEN_NAMES_FEMALE = (
    "Lan", "Hương", "Hoa", "Mai", "Hà", "Thảo", "Linh", "Trang", "Huyền", "Nhung", "Hạnh",
    "Yến", "Phượng", "Vân", "Thủy", "Hằng", "Dung", "Loan",
)  # fmt: skip


# ---------------------------------------------------------------- document types
@dataclass(frozen=True)
class Kind:
    kind: str  # models.record.DocumentKind value
    name: str  # "Quyết định"
    title: str | None  # the title line (ô 5a), None for a công văn
    abbreviation: str | None  # NĐ 30 Phụ lục III
    # Kính gửi: "always", "sometimes" or "never"
    addressees: str = "never"


KINDS: dict[str, Kind] = {
    k.kind: k
    for k in (
        Kind("cong_van", "Công văn", None, None, "always"),
        Kind("quyet_dinh", "Quyết định", "QUYẾT ĐỊNH", "QĐ"),
        Kind("thong_bao", "Thông báo", "THÔNG BÁO", "TB", "sometimes"),
        Kind("to_trinh", "Tờ trình", "TỜ TRÌNH", "TTr", "always"),
        Kind("bao_cao", "Báo cáo", "BÁO CÁO", "BC", "sometimes"),
        Kind("ke_hoach", "Kế hoạch", "KẾ HOẠCH", "KH"),
        Kind("giay_moi", "Giấy mời", "GIẤY MỜI", "GM", "always"),
        Kind("chi_thi", "Chỉ thị", "CHỈ THỊ", "CT"),
        Kind("nghi_quyet", "Nghị quyết", "NGHỊ QUYẾT", "NQ"),
        Kind("huong_dan", "Hướng dẫn", "HƯỚNG DẪN", "HD"),
        Kind("chuong_trinh", "Chương trình", "CHƯƠNG TRÌNH", "CTr"),
        Kind("quy_che", "Quy chế", "QUY CHẾ", "QC"),
        Kind("de_an", "Đề án", "ĐỀ ÁN", "ĐA"),
        Kind("phuong_an", "Phương án", "PHƯƠNG ÁN", "PA"),
        Kind("cong_dien", "Công điện", "CÔNG ĐIỆN", "CĐ"),
        Kind("bien_ban", "Biên bản", "BIÊN BẢN", "BB"),
        Kind("thong_tu", "Thông tư", "THÔNG TƯ", "TT"),
    )
}
# Which kinds each sort of issuer sends, with weights.
KINDS_BY_ISSUER: dict[str, tuple[tuple[str, int], ...]] = {
    "province": (
        ("cong_van", 10), ("quyet_dinh", 8), ("thong_bao", 3), ("ke_hoach", 4), ("chi_thi", 2),
        ("bao_cao", 3), ("to_trinh", 2), ("cong_dien", 2), ("phuong_an", 1), ("de_an", 1),
        ("chuong_trinh", 1), ("giay_moi", 1),
    ),
    "council": (("nghi_quyet", 6), ("thong_bao", 1), ("bao_cao", 1), ("cong_van", 2)),
    "department": (
        ("cong_van", 12), ("quyet_dinh", 4), ("thong_bao", 3), ("ke_hoach", 3), ("bao_cao", 3),
        ("to_trinh", 3), ("giay_moi", 3), ("huong_dan", 2), ("quy_che", 1), ("bien_ban", 1),
        ("chuong_trinh", 1), ("phuong_an", 1),
    ),
    "ministry": (
        ("cong_van", 8), ("thong_tu", 3), ("quyet_dinh", 4), ("chi_thi", 1), ("thong_bao", 2),
        ("huong_dan", 1), ("bao_cao", 1), ("ke_hoach", 1),
    ),
    "agency": (("cong_van", 6), ("quyet_dinh", 2), ("thong_bao", 1), ("huong_dan", 1)),
    "district": (
        ("cong_van", 10), ("quyet_dinh", 4), ("thong_bao", 2), ("ke_hoach", 2), ("bao_cao", 3),
        ("to_trinh", 2), ("giay_moi", 2), ("bien_ban", 1),
    ),
    "commune": (
        ("cong_van", 8), ("quyet_dinh", 3), ("thong_bao", 2), ("bao_cao", 3), ("to_trinh", 2),
        ("ke_hoach", 2), ("bien_ban", 1),
    ),
}  # fmt: skip

# ---------------------------------------------------------------- subjects
# Topics (nội dung) letters are about; "{unit}" is "tỉnh Đắk Nông" or the like.
TOPICS = (
    "công tác phòng cháy, chữa cháy tại khu dân cư",
    "công tác chuyển đổi số",
    "công tác cải cách hành chính",
    "công tác phòng, chống thiên tai và tìm kiếm cứu nạn",
    "công tác bảo đảm trật tự an toàn giao thông",
    "công tác văn thư, lưu trữ",
    "việc thực hiện dịch vụ công trực tuyến",
    "công tác phổ biến, giáo dục pháp luật",
    "công tác thi đua, khen thưởng",
    "công tác phòng, chống tác hại của thuốc lá",
    "chương trình mục tiêu quốc gia xây dựng nông thôn mới",
    "công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
    "công tác thực hành tiết kiệm, chống lãng phí",
    "công tác quản lý, sử dụng tài sản công",
    "công tác bảo vệ rừng và phòng cháy, chữa cháy rừng",
    "công tác bảo đảm vệ sinh an toàn thực phẩm",
    "công tác quản lý trật tự xây dựng",
    "việc chi trả chế độ bảo hiểm xã hội",
    "công tác an toàn, vệ sinh lao động",
    "công tác phòng, chống dịch bệnh trên gia súc, gia cầm",
)
# Công văn (ô 5b, after "V/v"): verbs that open the subject.
CONG_VAN_VERBS = (
    "tăng cường", "triển khai", "đôn đốc thực hiện", "hướng dẫn thực hiện", "chấn chỉnh",
    "báo cáo kết quả thực hiện", "góp ý dự thảo Kế hoạch về", "đẩy mạnh", "rà soát, đánh giá",
)  # fmt: skip
# Titled documents: subject templates per kind. "Về việc " is printed but not in the subject.
TITLED_SUBJECTS: dict[str, tuple[str, ...]] = {
    "quyet_dinh": (
        "Về việc phê duyệt Kế hoạch thực hiện {topic} năm {year}",
        "Về việc thành lập Tổ công tác về {topic}",
        "Về việc kiện toàn Ban Chỉ đạo {topic} trên địa bàn {unit}",
        "Phê duyệt danh mục nhiệm vụ {topic} năm {year}",
        "Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong {topic}",
        "Ban hành Quy chế phối hợp thực hiện {topic}",
    ),
    "quyet_dinh_normative": (
        "Ban hành Quy định về {topic} trên địa bàn {unit}",
        "Sửa đổi, bổ sung một số điều của Quy định về {topic} trên địa bàn {unit}",
    ),
    "thong_bao": (
        "Kết luận của Chủ tịch Ủy ban nhân dân {unit} tại cuộc họp về {topic}",
        "Về việc tuyển dụng viên chức năm {year}",
        "Về việc tổ chức kiểm tra {topic} năm {year}",
        "Lịch nghỉ Tết Nguyên đán năm {year_next}",
        "Kết quả kiểm tra {topic} năm {year}",
    ),
    "to_trinh": (
        "Về việc đề nghị phê duyệt Kế hoạch {topic} năm {year}",
        "Đề nghị ban hành Quy định về {topic} trên địa bàn {unit}",
        "Về việc đề nghị bổ sung kinh phí thực hiện {topic} năm {year}",
    ),
    "bao_cao": (
        "Kết quả thực hiện {topic} năm {year}",
        "Tình hình thực hiện {topic} 6 tháng đầu năm {year}",
        "Sơ kết {topic} năm {year} và phương hướng, nhiệm vụ năm {year_next}",
    ),
    "ke_hoach": (
        "Triển khai {topic} năm {year}",
        "Thực hiện {topic} trên địa bàn {unit} năm {year}",
        "Kiểm tra {topic} năm {year}",
    ),
    "giay_moi": (
        "Dự Hội nghị tổng kết {topic} năm {year}",
        "Dự cuộc họp triển khai {topic}",
    ),
    "chi_thi": (
        "Về tăng cường {topic} trên địa bàn {unit}",
        "Về việc đẩy mạnh {topic} trong tình hình mới",
    ),
    "nghi_quyet": (
        "Về việc thông qua Kế hoạch {topic} năm {year_next}",
        "Quy định mức chi hỗ trợ {topic} trên địa bàn {unit}",
        "Về việc phân bổ dự toán ngân sách thực hiện {topic} năm {year_next}",
    ),
    "huong_dan": (
        "Thực hiện {topic} năm {year}",
        "Về việc triển khai {topic} trong các cơ quan, đơn vị",
    ),
    "chuong_trinh": (
        "Thực hành tiết kiệm, chống lãng phí năm {year}",
        "Công tác trọng tâm về {topic} năm {year}",
    ),
    "quy_che": (
        "Làm việc của {issuer_phrase}",
        "Phối hợp thực hiện {topic}",
    ),
    "de_an": (
        "Nâng cao hiệu quả {topic} giai đoạn 2021 - 2025",
        "Đẩy mạnh {topic} giai đoạn {year} - {year_plus5}",
    ),
    "phuong_an": (
        "Ứng phó với thiên tai theo cấp độ rủi ro thiên tai trên địa bàn {unit}",
        "Bảo đảm {topic} năm {year}",
    ),
    "cong_dien": (
        "Về việc tập trung ứng phó với bão số {storm}",
        "Về việc chủ động ứng phó với mưa lớn, lũ quét, sạt lở đất",
    ),
    "bien_ban": (
        "Họp đánh giá {topic} năm {year}",
        "Kiểm tra {topic} tại cơ sở",
    ),
    "thong_tu": (
        "Hướng dẫn {topic} trong các cơ quan nhà nước",
        "Sửa đổi, bổ sung một số điều của Thông tư số {old_circular} quy định về {topic}",
    ),
}


# ---------------------------------------------------------------- legal references
@dataclass(frozen=True)
class LegalDocument:
    type: str  # "Nghị định"
    number: str  # "72/2013/NĐ-CP"
    date: dt.date
    issuer: str  # "Chính phủ"
    about: str  # "về quản lý, cung cấp, sử dụng dịch vụ internet và thông tin trên mạng"


LEGAL_DOCUMENTS: tuple[LegalDocument, ...] = (
    LegalDocument("Nghị định", "72/2013/NĐ-CP", dt.date(2013, 7, 15), "Chính phủ",
                  "về quản lý, cung cấp, sử dụng dịch vụ internet và thông tin trên mạng"),
    LegalDocument("Nghị định", "30/2020/NĐ-CP", dt.date(2020, 3, 5), "Chính phủ",
                  "về công tác văn thư"),
    LegalDocument("Thông tư", "01/2011/TT-BNV", dt.date(2011, 1, 19), "Bộ Nội vụ",
                  "hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính"),
    LegalDocument("Nghị định", "138/2020/NĐ-CP", dt.date(2020, 11, 27), "Chính phủ",
                  "quy định về tuyển dụng, sử dụng và quản lý công chức"),
    LegalDocument("Nghị định", "115/2020/NĐ-CP", dt.date(2020, 9, 25), "Chính phủ",
                  "quy định về tuyển dụng, sử dụng và quản lý viên chức"),
    LegalDocument("Quyết định", "749/QĐ-TTg", dt.date(2020, 6, 3), "Thủ tướng Chính phủ",
                  "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, "
                  "định hướng đến năm 2030"),
    LegalDocument("Nghị định", "47/2020/NĐ-CP", dt.date(2020, 4, 9), "Chính phủ",
                  "về quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước"),
    LegalDocument("Nghị định", "42/2022/NĐ-CP", dt.date(2022, 6, 24), "Chính phủ",
                  "quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan "
                  "nhà nước trên môi trường mạng"),
    LegalDocument("Nghị định", "136/2020/NĐ-CP", dt.date(2020, 11, 24), "Chính phủ",
                  "quy định chi tiết một số điều và biện pháp thi hành Luật Phòng cháy và "
                  "chữa cháy"),
    LegalDocument("Nghị định", "13/2023/NĐ-CP", dt.date(2023, 4, 17), "Chính phủ",
                  "về bảo vệ dữ liệu cá nhân"),
    LegalDocument("Thông tư", "02/2019/TT-BNV", dt.date(2019, 1, 24), "Bộ Nội vụ",
                  "quy định tiêu chuẩn dữ liệu thông tin đầu vào và yêu cầu bảo quản tài liệu "
                  "lưu trữ điện tử"),
    LegalDocument("Nghị định", "73/2024/NĐ-CP", dt.date(2024, 6, 30), "Chính phủ",
                  "quy định mức lương cơ sở và chế độ tiền thưởng đối với cán bộ, công chức, "
                  "viên chức và lực lượng vũ trang"),
    LegalDocument("Nghị định", "178/2024/NĐ-CP", dt.date(2024, 12, 31), "Chính phủ",
                  "về chính sách, chế độ đối với cán bộ, công chức, viên chức, người lao động "
                  "và lực lượng vũ trang trong thực hiện sắp xếp tổ chức bộ máy"),
    LegalDocument("Nghị quyết", "202/2025/QH15", dt.date(2025, 6, 12), "Quốc hội",
                  "về việc sắp xếp đơn vị hành chính cấp tỉnh"),
    LegalDocument("Chỉ thị", "04/CT-TTg", dt.date(2023, 2, 11), "Thủ tướng Chính phủ",
                  "về việc tiếp tục đẩy mạnh công tác cải cách hành chính"),
    LegalDocument("Thông tư", "40/2021/TT-BTC", dt.date(2021, 6, 1), "Bộ Tài chính",
                  "hướng dẫn thuế giá trị gia tăng, thuế thu nhập cá nhân và quản lý thuế đối "
                  "với hộ kinh doanh, cá nhân kinh doanh"),
)  # fmt: skip
# Laws cited without a number in "Căn cứ" lines: (name, date).
LAWS = (
    ("Luật Tổ chức chính quyền địa phương", dt.date(2015, 6, 19)),
    ("Luật Ban hành văn bản quy phạm pháp luật", dt.date(2015, 6, 22)),
    ("Luật Ngân sách nhà nước", dt.date(2015, 6, 25)),
    ("Luật Thi đua, khen thưởng", dt.date(2022, 6, 15)),
    ("Luật Cán bộ, công chức", dt.date(2008, 11, 13)),
    ("Luật Phòng, chống thiên tai", dt.date(2013, 6, 19)),
    ("Luật Tổ chức Chính phủ", dt.date(2015, 6, 19)),
)

# ---------------------------------------------------------------- Kính gửi, Nơi nhận
# Addressees of a letter sent down or across; "{unit}" is "tỉnh Đắk Nông".
ADDRESSEES_DOWN = (
    "Các Sở, Ban, Ngành, Đoàn thể",
    "UBND các huyện, thị xã, thành phố",
    "Ủy ban nhân dân các xã, phường, thị trấn",
    "Các cơ quan, đơn vị thuộc và trực thuộc Sở",
    "Các phòng, ban chuyên môn thuộc Ủy ban nhân dân huyện",
    "Các cơ quan chuyên môn thuộc Ủy ban nhân dân {unit}",
    "Các cơ quan Trung ương đóng trên địa bàn {unit}",
    "Các trường trung học phổ thông trên địa bàn {unit}",
    "Bảo hiểm xã hội {unit}",
    "Công an {unit}",
    "Đài Phát thanh và Truyền hình {unit}",
    "Báo {name}",
    "Ủy ban Mặt trận Tổ quốc Việt Nam {unit}",
    "Các doanh nghiệp hoạt động trong lĩnh vực xây dựng trên địa bàn {unit}",
)
# Addressees above the issuer (tờ trình, báo cáo).
ADDRESSEES_UP_PROVINCE = (
    "Ủy ban nhân dân {unit}",
    "Chủ tịch Ủy ban nhân dân {unit}",
    "Hội đồng nhân dân {unit}",
)
ADDRESSEES_UP_MINISTRY = ("Thủ tướng Chính phủ", "Văn phòng Chính phủ", "Bộ Tài chính")

# Nơi nhận items after "Như trên": (name, note or None). "{unit}" as above.
RECIPIENTS_PROVINCE = (
    ("Thường trực Tỉnh ủy", "b/c"),
    ("Thường trực HĐND tỉnh", "b/c"),
    ("UBND tỉnh", "b/c"),
    ("Chủ tịch, các PCT UBND tỉnh", None),
    ("Văn phòng Tỉnh ủy", "b/c"),
    ("Ban Tuyên giáo Tỉnh ủy", "b/c"),
    ("Các Sở, ban, ngành tỉnh", None),
    ("UBND các huyện, thị xã, thành phố", "t/h"),
    ("Cổng Thông tin điện tử tỉnh", None),
    ("Báo {name}, Đài PT-TH tỉnh", "để đưa tin"),
    ("Trung tâm Công báo - Tin học tỉnh", None),
    ("LĐVP, các phòng chuyên môn thuộc Văn phòng UBND tỉnh", None),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", "p/h"),
)
RECIPIENTS_DEPARTMENT = (
    ("UBND tỉnh", "b/c"),
    ("Giám đốc Sở", "b/c"),
    ("Ban Giám đốc", None),
    ("Các phòng, Trung tâm thuộc Sở", None),
    ("Văn phòng Tỉnh ủy", "b/c"),
    ("Ban Tuyên giáo Tỉnh ủy", "b/c"),
    ("Công đoàn cơ sở", "để biết"),
    ("Trang thông tin điện tử của Sở", None),
    ("Các đơn vị sự nghiệp trực thuộc Sở", "t/h"),
)
RECIPIENTS_MINISTRY = (
    ("Bộ trưởng", "để b/c"),
    ("Các Thứ trưởng", None),
    ("Văn phòng Chính phủ", None),
    ("Thủ tướng, các Phó Thủ tướng Chính phủ", "b/c"),
    ("Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", None),
    ("UBND các tỉnh, thành phố trực thuộc Trung ương", None),
    ("Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp", None),
    ("Các đơn vị thuộc và trực thuộc Bộ", "t/h"),
    ("Cổng Thông tin điện tử Chính phủ", None),
    ("Công báo", None),
)
RECIPIENTS_LOCAL = (
    ("TT Huyện ủy", "b/c"),
    ("TT HĐND huyện", "b/c"),
    ("Chủ tịch, các PCT UBND huyện", None),
    ("Các phòng, ban, đơn vị thuộc huyện", None),
    ("UBND các xã, thị trấn", "t/h"),
    ("Đảng ủy xã", "b/c"),
    ("TT HĐND xã", None),
    ("Các ban, ngành, đoàn thể xã", None),
    ("Trưởng các thôn, bon, tổ dân phố", "t/h"),
)

# ---------------------------------------------------------------- body sentences
# Placeholders: {issuer_phrase} "Sở Y tế", {unit} "tỉnh Đắk Nông", {topic}, {year},
# {ref} a cited document ("Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ
# về công tác văn thư"), {deadline} a date "15/8/2024", {head} "Giám đốc Sở".
OPENINGS = (
    "Thực hiện {ref}, {issuer_phrase} đề nghị các cơ quan, đơn vị triển khai thực hiện "
    "{topic} với một số nội dung cụ thể như sau:",
    "Ngày {ref_date}, {ref_issuer} ban hành {ref_short} {ref_about}. Để triển khai thực hiện "
    "có hiệu quả, {issuer_phrase} đề nghị các cơ quan, đơn vị thực hiện tốt các nội dung sau:",
    "Qua theo dõi tình hình {topic} trong thời gian gần đây, {issuer_phrase} nhận thấy bên "
    "cạnh những kết quả đạt được vẫn còn một số tồn tại, hạn chế cần được khắc phục kịp thời.",
    "Căn cứ chức năng, nhiệm vụ được giao và tình hình thực tế tại địa phương, "
    "{issuer_phrase} hướng dẫn, đề nghị các cơ quan, đơn vị thực hiện {topic} như sau:",
)
MIDDLES = (
    "Nhằm chấn chỉnh và bảo đảm {topic} theo đúng quy định của pháp luật, {issuer_phrase} "
    "đề nghị các cơ quan, đơn vị quán triệt, phổ biến đến toàn thể cán bộ, công chức, viên "
    "chức và người lao động nâng cao ý thức chấp hành kỷ luật, kỷ cương hành chính.",
    "Các cơ quan, đơn vị chủ động rà soát, đánh giá kết quả thực hiện {topic}, xác định rõ "
    "nguyên nhân của những tồn tại, hạn chế và đề ra giải pháp khắc phục trong thời gian tới.",
    "Tăng cường công tác kiểm tra, giám sát việc thực hiện {topic}; kịp thời phát hiện, xử lý "
    "nghiêm các trường hợp vi phạm theo quy định của pháp luật.",
    "Bố trí đủ nguồn lực, kinh phí và nhân lực để thực hiện {topic}; phân công cụ thể trách "
    "nhiệm của từng tập thể, cá nhân, gắn với thời hạn hoàn thành.",
    "Đẩy mạnh công tác thông tin, tuyên truyền để cán bộ, công chức và Nhân dân hiểu rõ mục "
    "đích, ý nghĩa của {topic}, tạo sự đồng thuận trong quá trình tổ chức thực hiện.",
    "Phối hợp chặt chẽ với các cơ quan liên quan trong quá trình triển khai, bảo đảm tiến "
    "độ, chất lượng và hiệu quả; không để xảy ra tình trạng chồng chéo, bỏ sót nhiệm vụ.",
    "Thực hiện nghiêm chế độ thông tin, báo cáo; tổng hợp kết quả, khó khăn, vướng mắc và "
    "đề xuất, kiến nghị gửi về {issuer_phrase} trước ngày {deadline} để tổng hợp.",
    "Trong năm {year}, toàn {unit} đã tổ chức thực hiện {topic} đạt được nhiều kết quả quan "
    "trọng; các chỉ tiêu chủ yếu cơ bản hoàn thành và vượt kế hoạch đề ra.",
    "Tuy nhiên, việc triển khai ở một số cơ quan, đơn vị còn chậm, chưa quyết liệt; công tác "
    "phối hợp có lúc chưa chặt chẽ; chế độ báo cáo chưa bảo đảm thời gian quy định.",
)
ITEMS = (
    "Tổ chức quán triệt, triển khai đầy đủ nội dung {ref_short} đến toàn thể cán bộ, "
    "công chức, viên chức thuộc phạm vi quản lý.",
    "Rà soát, cập nhật danh mục nhiệm vụ về {topic}, bảo đảm đúng tiến độ đề ra.",
    "Chỉ đạo các đơn vị trực thuộc tăng cường kiểm tra, đôn đốc việc thực hiện.",
    "Định kỳ hằng quý báo cáo kết quả thực hiện về {issuer_phrase} để tổng hợp, báo cáo "
    "cấp có thẩm quyền theo quy định.",
    "Kịp thời phản ánh những khó khăn, vướng mắc phát sinh trong quá trình thực hiện.",
)
CLOSINGS = (
    "{issuer_phrase} đề nghị các cơ quan, đơn vị quan tâm, phối hợp triển khai thực hiện./.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị phản ánh về "
    "{issuer_phrase} để được hướng dẫn, giải quyết./.",
    "{issuer_phrase} kính đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.",
)
# Articles (Điều) of a decision, resolution or circular; {this}: "Quyết định".
ARTICLES = (
    "Phê duyệt kèm theo {this} này nội dung về {topic} năm {year}.",
    "{this} này có hiệu lực kể từ ngày ký.",
    "Giao {department_phrase} chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức "
    "triển khai thực hiện; định kỳ báo cáo kết quả theo quy định.",
    "Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị và các cá nhân có liên quan chịu trách "
    "nhiệm thi hành {this} này./.",
)
# Invitation details (giấy mời).
INVITATION = (
    "{issuer_phrase} trân trọng kính mời đại diện lãnh đạo quý cơ quan, đơn vị tới dự "
    "hội nghị về {topic}.",
    "Thời gian: 08 giờ 00 phút, ngày {deadline}.",
    "Địa điểm: Hội trường tầng 3, trụ sở {issuer_phrase}.",
    "Đề nghị quý cơ quan, đơn vị cử đại diện tham dự đúng thành phần, thời gian./.",
)
