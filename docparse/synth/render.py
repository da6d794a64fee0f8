"""A letter → A4 page images at 300 dpi, laid out as NĐ 30/2020 Phụ lục I places its parts.

``layout`` turns a ``Letter`` into drawing operations per page (cheap: used to fit the text
to the page count); ``render`` paints them. Positions ("ô số") follow the rules: issuer top
left (ô 2), motto top right (ô 1), number under the issuer (ô 3) on the line of the place and
date (ô 4), title and subject centred (ô 5a) or "V/v" under the number (ô 5b), Kính gửi (ô 9a),
body (ô 6), Nơi nhận bottom left (ô 9b) level with the signer's authority (ô 7) and the seal
over the signature (ô 8), stamps for urgency and secrecy under the number (ô 10).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from docparse.synth.content import Incoming, Letter, Paragraph, day_text, month_text
from docparse.synth.fonts import HAND_STYLES, font

DPI = 300
PAGE_MM = (210.0, 297.0)
RED = (214, 32, 40)
STAMP_BLUE = (38, 72, 175)
HAND_INKS = ((24, 46, 150), (20, 28, 96), (34, 34, 40))
TAGLINE = "Độc lập - Tự do - Hạnh phúc"
# A header name opening with one of these breaks after it when it needs two lines.
COLLECTIVES = ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN")

Op = Callable[[Image.Image], None]
FontKey = tuple[str, str, int]  # family, style, pixel size


def mm(value: float) -> float:
    return value * DPI / 25.4


def pt(value: float) -> float:
    return value * DPI / 72


def _px(size_pt: float) -> int:
    return round(pt(size_pt))


def length(text: str, key: FontKey) -> float:
    return font(*key).getlength(text)


@dataclass
class _Page:
    ink: list[Op] = field(default_factory=list)  # text, rules, signature strokes
    marks: list[Op] = field(default_factory=list)  # stamps and seal, painted over the ink


class _Layout:
    """Places a letter's parts page by page; ``y`` is the next free height on the page."""

    def __init__(self, letter: Letter) -> None:
        self.letter = letter
        self.t = letter.typography
        self.rng = random.Random(letter.render_seed)
        self.width = round(mm(PAGE_MM[0]))
        self.height = round(mm(PAGE_MM[1]))
        top, bottom, left, right = self.t.margins_mm
        self.left = mm(left)
        self.right = self.width - mm(right)
        self.top = mm(top)
        self.bottom = self.height - mm(bottom)
        self.pages = [_Page()]
        self.y = self.top
        self.rc = (self.left + self.right) / 2  # centre of the right column, set by header()

    # ------------------------------------------------------------ primitives
    def key(self, style: str, size_pt: float) -> FontKey:
        return (self.t.family, style, _px(size_pt))

    def pitch(self, size_pt: float) -> float:
        return pt(size_pt) * self.t.line_spacing

    def text(self, x: float, y: float, text: str, key: FontKey) -> None:
        colour = self.t.ink

        def paint(image: Image.Image) -> None:
            ImageDraw.Draw(image).text((x, y), text, font=font(*key), fill=colour, anchor="ls")

        self.pages[-1].ink.append(paint)

    def centred(self, cx: float, y: float, text: str, key: FontKey) -> float:
        """Draws ``text`` centred on ``cx``; returns its width."""
        width = length(text, key)
        self.text(cx - width / 2, y, text, key)
        return width

    def rule(self, x0: float, x1: float, y: float, thickness: float = 3.0) -> None:
        colour = self.t.ink

        def paint(image: Image.Image) -> None:
            ImageDraw.Draw(image).rectangle(
                (round(x0), round(y), round(x1), round(y + thickness - 1)), fill=colour
            )

        self.pages[-1].ink.append(paint)

    def mark(self, op: Op) -> None:
        self.pages[-1].marks.append(op)

    def new_page(self) -> None:
        self.pages.append(_Page())
        key = self.key("regular", self.t.body_pt)
        baseline = self.top + pt(self.t.body_pt)
        self.centred(self.width / 2, baseline, str(len(self.pages)), key)
        self.y = baseline + self.pitch(self.t.body_pt) * 1.2

    def room(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.new_page()

    # ------------------------------------------------------------ the letter
    def run(self) -> list[_Page]:
        self.header()
        if self.letter.title:
            self.title_block()
        self.addressee_block()
        for paragraph in self.letter.paragraphs:
            self.paragraph(paragraph)
        if self.letter.cosigner:
            self.minutes_signatures()
        else:
            self.closing()
        return self.pages

    def header(self) -> None:
        letter, t, rng = self.letter, self.t, self.rng
        motto = f"CỘNG {t.motto_hoa} XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        motto_key = self.key("bold", t.header_pt)
        tagline_key = self.key("bold", t.tagline_pt)
        motto_width = length(motto, motto_key)
        rc = self.right - motto_width / 2 - mm(rng.uniform(0, 3))
        column_left = self.left - mm(rng.uniform(0, 8))
        column_right = rc - motto_width / 2 - mm(2)
        lc = (column_left + column_right) / 2
        column = column_right - column_left - mm(2)
        self.rc = rc

        pitch = pt(t.header_pt) * 1.18
        first = self.top + pt(t.header_pt)
        y = first
        if letter.parent:
            regular = self.key("regular", t.header_pt)
            for line in _balanced(letter.parent, regular, column):
                self.centred(lc, y, line, regular)
                y += pitch
        bold = self.key("bold", t.header_pt)
        issuer_lines = _balanced(letter.issuer, bold, column)
        widest = 0.0
        for line in issuer_lines:
            widest = max(widest, self.centred(lc, y, line, bold))
            y += pitch
        under = widest * rng.uniform(0.33, 0.5)
        rule_y = y - pitch + pt(t.header_pt) * 0.45
        self.rule(lc - under / 2, lc + under / 2, rule_y)
        left_bottom = rule_y

        self.centred(rc, first, motto, motto_key)
        tagline_y = first + pt(t.tagline_pt) * 1.18
        tagline_width = self.centred(rc, tagline_y, TAGLINE, tagline_key)
        tag_rule = tagline_y + pt(t.tagline_pt) * 0.3
        self.rule(rc - tagline_width / 2, rc + tagline_width / 2, tag_rule)

        number_y = max(left_bottom, tag_rule) + pitch * rng.uniform(1.3, 1.9)
        self.number_line(lc, number_y)
        self.date_line(rc, number_y)
        y = number_y
        if letter.kind == "cong_van":
            size = t.header_pt
            key = self.key("regular", size)
            y += pt(size) * 1.2 + pt(rng.uniform(3, 6))
            subject = _greedy(letter.subject_printed.split(), key, column * 0.96)
            for line in subject:
                self.centred(lc, y, line, key)
                y += pt(size) * 1.15
            y -= pt(size) * 1.15
        y += pt(t.header_pt) * 0.6
        y = self.marks_under_number(lc, y)
        stamp_bottom = self.incoming_stamp(rc, number_y)
        self.y = max(y, stamp_bottom) + pt(t.body_pt) * rng.uniform(1.0, 1.8)

    def number_line(self, cx: float, y: float) -> None:
        number = self.letter.number
        size = max(12.5, min(13.0, self.t.header_pt + 0.5))
        key = self.key("regular", size)
        tail = "/" + (f"{number.year}/" if number.year else "") + number.symbol
        head = "Số: "
        if number.fill == "printed":
            self.centred(cx, y, head + number.written + tail, key)
            return
        blank = self._blank(mm(self.rng.uniform(12, 18)), key)
        total = length(head, key) + blank + length(tail, key)
        x = cx - total / 2
        self.text(x, y, head, key)
        gap_x = x + length(head, key)
        self._blank_fill(gap_x, blank, y, key)
        self.text(gap_x + blank, y, tail, key)
        if number.fill == "handwritten":
            self.handwriting(gap_x + blank / 2, y, number.written, size * 1.25)

    def _blank(self, width: float, key: FontKey) -> float:
        dot = length(".", key)
        return max(dot, round(width / dot) * dot) if self.t.blank_dots else width

    def _blank_fill(self, x: float, width: float, y: float, key: FontKey) -> None:
        if self.t.blank_dots:
            self.text(x, y, "." * round(width / length(".", key)), key)

    def date_line(self, cx: float, y: float) -> None:
        line = self.letter.date_line
        day = line.date
        size = max(13.0, min(14.0, self.t.body_pt))
        key = self.key("italic", size)
        head = f"{line.place}, ngày "
        year = f" năm {day.year}"
        if line.fill == "printed":
            text = f"{head}{day_text(day)} tháng {month_text(day)}{year}"
            width = length(text, key)
            cx = min(cx, self.right + mm(3) - width / 2)
            self.text(cx - width / 2, y, text, key)
            return
        day_blank = self._blank(mm(self.rng.uniform(7, 10)), key)
        month_blank = self._blank(mm(self.rng.uniform(6, 9)), key) if line.month_by_hand else 0.0
        middle = " tháng " if line.month_by_hand else f" tháng {month_text(day)}"
        parts_width = length(head, key) + day_blank + length(middle, key) + month_blank
        width = parts_width + length(year, key)
        cx = min(cx, self.right + mm(3) - width / 2)
        x = cx - width / 2
        self.text(x, y, head, key)
        x += length(head, key)
        self._blank_fill(x, day_blank, y, key)
        if line.fill == "handwritten":
            self.handwriting(x + day_blank / 2, y, str(day.day), size * 1.2)
        x += day_blank
        self.text(x, y, middle, key)
        x += length(middle, key)
        if line.month_by_hand:
            self._blank_fill(x, month_blank, y, key)
            if line.fill == "handwritten":
                self.handwriting(x + month_blank / 2, y, str(day.month), size * 1.2)
            x += month_blank
        self.text(x, y, year, key)

    def marks_under_number(self, cx: float, y: float) -> float:
        """Urgency and secrecy stamps (ô 10a, 10b) in the left column; returns the new y."""
        labels = [m for m in (self.letter.urgency, self.letter.secrecy) if m]
        if not labels:
            return y
        size = self.rng.choice((13.0, 14.0))
        key = ("stamp", "bold", _px(size))
        y += mm(self.rng.uniform(2, 5))
        boxes = [(label, length(label, key) + mm(6), mm(8.5)) for label in labels]
        total = sum(w for _, w, _ in boxes) + mm(4) * (len(boxes) - 1)
        x = cx - total / 2 + mm(self.rng.uniform(-6, 6))
        for label, width, height in boxes:
            angle = self.rng.uniform(-3, 3)
            seed = self.rng.getrandbits(32)
            self.mark(_box_stamp(label, key, x, y, width, height, angle, seed))
            x += width + mm(4)
        return y + mm(8.5)

    def incoming_stamp(self, rc: float, number_y: float) -> float:
        stamp = self.letter.incoming
        if stamp is None:
            return 0.0
        width = mm(self.rng.uniform(48, 56))
        height = max(mm(self.rng.uniform(28, 33)), _incoming_height(stamp, width))
        top = number_y + mm(self.rng.uniform(5, 10))
        cx = rc + mm(self.rng.uniform(-12, 8))
        cx = min(cx, self.width - mm(6) - width / 2)
        angle = self.rng.uniform(-4, 4)
        seed = self.rng.getrandbits(32)
        self.mark(_incoming_stamp(stamp, cx - width / 2, top, width, height, angle, seed))
        return top + height

    def handwriting(self, cx: float, baseline: float, text: str, size_pt: float) -> None:
        seed = self.rng.getrandbits(32)
        self.pages[-1].marks.insert(0, _handwriting(text, cx, baseline, size_pt, seed))

    def title_block(self) -> None:
        letter, t = self.letter, self.t
        key = self.key("bold", t.title_pt)
        pitch = pt(t.title_pt) * 1.2
        self.y += pitch * 0.4
        cx = (self.left + self.right) / 2
        self.centred(cx, self.y, letter.title or "", key)
        self.y += pitch
        lines = _greedy(letter.subject_printed.split(), key, (self.right - self.left) * 0.8)
        widest = 0.0
        for line in lines:
            widest = max(widest, self.centred(cx, self.y, line, key))
            self.y += pitch
        under = widest * self.rng.uniform(0.3, 0.45)
        self.rule(cx - under / 2, cx + under / 2, self.y - pitch + pt(t.title_pt) * 0.45)
        self.y += pitch * 0.6
        for line in letter.preamble:
            for part in _greedy(line.split(), key, (self.right - self.left) * 0.9):
                self.y += pitch * 0.2
                self.centred(cx, self.y, part, key)
                self.y += pitch
        if letter.preamble:
            self.y += pitch * 0.4

    def addressee_block(self) -> None:
        letter, t = self.letter, self.t
        if not letter.addressees:
            return
        key = self.key("regular", t.body_pt)
        pitch = self.pitch(t.body_pt)
        self.y += pitch * 0.3
        width = self.right - self.left
        if letter.addressee_label != "Kính gửi:":  # công điện: "CHỦ TỊCH … điện:"
            bold = self.key("bold", t.body_pt)
            for line in _greedy(letter.addressee_label.split(), bold, width * 0.9):
                self.centred((self.left + self.right) / 2, self.y, line, bold)
                self.y += pitch
            x0 = self.left + mm(t.indent_mm)
            items = letter.addressees
            for index, item in enumerate(items):
                end = "." if index == len(items) - 1 else ";"
                self.hanging(f"- {item}{end}", x0, key, self.right - x0, pitch)
            self.y += pitch * 0.5
            return
        label = "Kính gửi:"
        if len(letter.addressees) == 1:
            text = f"{label} {letter.addressees[0]}"
            if length(text, key) < width * 0.8:
                self.centred((self.left + self.right) / 2, self.y, text, key)
                self.y += pitch * 1.5
                return
        x0 = self.left + width * self.rng.uniform(0.1, 0.22)
        self.text(x0, self.y, label, key)
        x1 = x0 + length(label + " ", key)
        items = letter.addressees
        for index, item in enumerate(items):
            if len(items) == 1:
                self.hanging(f"{item}.", x1, key, self.right - x1, pitch, bullet="")
                continue
            end = "." if index == len(items) - 1 else ";"
            self.hanging(f"- {item}{end}", x1, key, self.right - x1, pitch)
        self.y += pitch * 0.5

    def hanging(
        self, text: str, x: float, key: FontKey, width: float, pitch: float, bullet: str = "- "
    ) -> None:
        """A list item: its second and further lines start under the first word."""
        indent = length(bullet, key) if bullet else 0.0
        lines = _greedy(text.split(), key, width, rest=width - indent)
        for index, line in enumerate(lines):
            self.room(pitch)
            self.text(x + (indent if index else 0.0), self.y, line, key)
            self.y += pitch

    def paragraph(self, paragraph: Paragraph) -> None:
        t = self.t
        size = t.body_pt
        pitch = self.pitch(size)
        self.y += pt(t.paragraph_gap_pt)
        width = self.right - self.left
        if paragraph.style == "heading":
            key = self.key("bold", size)
            self.y += pitch * 0.3
            self.room(pitch)
            self.centred((self.left + self.right) / 2, self.y, paragraph.text, key)
            self.y += pitch * 1.3
            return
        style = {"basis": "italic", "section": "bold"}.get(paragraph.style, "regular")
        key = self.key(style, size)
        tokens = [(w, self.key("bold", size)) for w in paragraph.lead.split()]
        tokens += [(w, key) for w in paragraph.text.split()]
        indent = mm(t.indent_mm)
        lines = _wrap(tokens, width - indent, width, length(" ", key))
        for index, line in enumerate(lines):
            self.room(pitch)
            x = self.left + (indent if index == 0 else 0.0)
            last = index == len(lines) - 1
            limit = width - (indent if index == 0 else 0.0)
            self.words(line, x, limit, justify=t.justify and not last, space=length(" ", key))
            self.y += pitch

    def words(
        self,
        line: list[tuple[str, FontKey, float]],
        x: float,
        limit: float,
        *,
        justify: bool,
        space: float,
    ) -> None:
        used = sum(w for _, _, w in line)
        gap = space
        if justify and len(line) > 1:
            gap = (limit - used) / (len(line) - 1)
            if gap > space * 3:
                gap = space
        for word, key, word_width in line:
            self.text(x, self.y, word, key)
            x += word_width + gap

    # ------------------------------------------------------------ closing block
    def closing(self) -> None:
        letter, t, rng = self.letter, self.t, self.rng
        sig_size = t.title_pt
        sig_key = self.key("bold", sig_size)
        sig_pitch = pt(sig_size) * 1.2
        signer = letter.signer
        right_lines = [*signer.competence, *signer.title_lines]
        gap = mm(t.signature_gap_mm)
        right_height = sig_pitch * len(right_lines) + gap + sig_pitch

        label_key = self.key("bolditalic", 12.0)
        item_key = self.key("regular", t.recipients_pt)
        item_pitch = pt(t.recipients_pt) * 1.15
        left_width = (self.right - self.left) * rng.uniform(0.42, 0.47)
        items = [f"- {_recipient(name, note)};" for name, note in letter.recipients]
        if letter.archive:
            items.append(f"- Lưu: {', '.join(letter.archive)}.")
        item_lines = [
            _greedy(item.split(), item_key, left_width, rest=left_width - length("- ", item_key))
            for item in items
        ]
        left_height = pt(12) * 1.3 + item_pitch * sum(len(lines) for lines in item_lines)

        self.y += pt(t.body_pt) * rng.uniform(0.6, 1.4)
        self.room(max(right_height, left_height) + pt(sig_size))
        first = self.y + pt(sig_size) * 0.4
        widest = max(length(line, sig_key) for line in right_lines) if right_lines else 0.0
        sc = min(self.rc + mm(rng.uniform(-6, 3)), self.right + mm(2) - widest / 2)
        y = first
        for line in right_lines:
            self.centred(sc, y, line, sig_key)
            y += sig_pitch
        title_bottom = y - sig_pitch
        name_y = title_bottom + gap + sig_pitch * 0.5
        self.signature(sc, title_bottom, name_y)
        self.centred(sc, name_y, signer.name, sig_key)
        if letter.seal:
            self.seal(sc, title_bottom, name_y)

        x = self.left - mm(rng.uniform(0, 4))
        y = first
        self.text(x, y, "Nơi nhận:", label_key)
        y += pt(12) * 1.3
        bullet = length("- ", item_key)
        for lines in item_lines:
            for index, line in enumerate(lines):
                self.text(x + (bullet if index else 0.0), y, line, item_key)
                y += item_pitch
        self.y = max(name_y, y)

    def minutes_signatures(self) -> None:
        """Biên bản: the secretary signs on the left, the chair on the right."""
        letter, t = self.letter, self.t
        cosigner = letter.cosigner
        assert cosigner is not None
        key = self.key("bold", t.title_pt)
        pitch = pt(t.title_pt) * 1.2
        gap = mm(t.signature_gap_mm)
        self.y += pitch
        self.room(pitch * 2 + gap)
        lc = self.left + (self.right - self.left) * 0.22
        rc = self.left + (self.right - self.left) * 0.75
        for cx, person in ((lc, cosigner), (rc, letter.signer)):
            y = self.y
            for line in person.title_lines:
                self.centred(cx, y, line, key)
                y += pitch
            name_y = y - pitch + gap + pitch * 0.5
            self.signature(cx, y - pitch, name_y)
            self.centred(cx, name_y, person.name, key)
        self.y = name_y

    def signature(self, cx: float, top: float, name_y: float) -> None:
        seed = self.rng.getrandbits(32)
        middle = (top + name_y) / 2
        height = (name_y - top) * 0.45
        self.pages[-1].ink.append(
            _signature(cx + mm(self.rng.uniform(-8, 8)), middle, mm(40), height, seed)
        )

    def seal(self, sc: float, title_bottom: float, name_y: float) -> None:
        diameter = mm(self.rng.uniform(34, 40))
        cx = sc - mm(self.rng.uniform(12, 22))
        cy = (title_bottom + name_y) / 2 + mm(self.rng.uniform(-6, 3))
        seed = self.rng.getrandbits(32)
        self.mark(_seal(self.letter.seal_text, cx, cy, diameter, seed))


def _recipient(name: str, note: str | None) -> str:
    return f"{name} ({note})" if note else name


# ---------------------------------------------------------------- text fitting
def _greedy(words: list[str], key: FontKey, width: float, rest: float | None = None) -> list[str]:
    lines: list[str] = []
    line: list[str] = []
    for word in words:
        limit = width if not lines else (rest if rest is not None else width)
        if line and length(" ".join([*line, word]), key) > limit:
            lines.append(" ".join(line))
            line = []
        line.append(word)
    if line:
        lines.append(" ".join(line))
    return lines


def _balanced(text: str, key: FontKey, width: float) -> list[str]:
    """A header name on as few lines as fit, the lines as even as can be."""
    if length(text, key) <= width:
        return [text]
    for collective in COLLECTIVES:  # "ỦY BAN NHÂN DÂN" / "TỈNH ĐẮK NÔNG"
        rest = text.removeprefix(collective + " ")
        if rest != text and length(rest, key) <= width and length(collective, key) <= width:
            return [collective, rest]
    words = text.split()
    best: tuple[float, list[str]] | None = None
    for cut in range(1, len(words)):
        lines = [" ".join(words[:cut]), " ".join(words[cut:])]
        widest = max(length(line, key) for line in lines)
        if widest <= width and (best is None or widest < best[0]):
            best = (widest, lines)
    return best[1] if best else _greedy(words, key, width)


def _wrap(
    tokens: list[tuple[str, FontKey]], first: float, rest: float, space: float
) -> list[list[tuple[str, FontKey, float]]]:
    lines: list[list[tuple[str, FontKey, float]]] = []
    line: list[tuple[str, FontKey, float]] = []
    used = 0.0
    for word, key in tokens:
        width = length(word, key)
        limit = first if not lines else rest
        if line and used + space + width > limit:
            lines.append(line)
            line, used = [], 0.0
        used += (space if line else 0.0) + width
        line.append((word, key, width))
    if line:
        lines.append(line)
    return lines


# ---------------------------------------------------------------- marks
def multiply(page: Image.Image, tile: Image.Image, x: float, y: float) -> None:
    """Lays RGBA ``tile`` on ``page`` like ink: dark stays dark, colour tints what is under."""
    x0, y0 = round(x), round(y)
    left, top = max(0, x0), max(0, y0)
    right, bottom = min(page.width, x0 + tile.width), min(page.height, y0 + tile.height)
    if right <= left or bottom <= top:
        return
    region = np.asarray(page.crop((left, top, right, bottom)), dtype=np.float32)
    piece = np.asarray(tile.crop((left - x0, top - y0, right - x0, bottom - y0)), dtype=np.float32)
    alpha = piece[..., 3:4] / 255.0
    tint = 1.0 - alpha * (1.0 - piece[..., :3] / 255.0)
    out = np.clip(region * tint, 0, 255).astype(np.uint8)
    page.paste(Image.fromarray(out, "RGB"), (left, top))


def _ink_texture(tile: Image.Image, rng: np.random.Generator, low: float) -> Image.Image:
    """Uneven stamp ink: the alpha channel thinned by blotchy noise."""
    alpha = np.asarray(tile.getchannel("A"), dtype=np.float32)
    small = rng.uniform(low, 1.0, (max(2, tile.height // 12), max(2, tile.width // 12)))
    blotch = Image.fromarray((small * 255).astype(np.uint8), "L").resize(
        tile.size, Image.Resampling.BILINEAR
    )
    grain = rng.uniform(0.75, 1.0, alpha.shape)
    alpha = alpha * (np.asarray(blotch, dtype=np.float32) / 255.0) * grain
    tile.putalpha(Image.fromarray(np.clip(alpha, 0, 255).astype(np.uint8), "L"))
    return tile


def _box_stamp(
    label: str,
    key: FontKey,
    x: float,
    y: float,
    width: float,
    height: float,
    angle: float,
    seed: int,
) -> Op:
    def paint(image: Image.Image) -> None:
        tile = Image.new("RGBA", (round(width), round(height)), (*RED, 0))
        draw = ImageDraw.Draw(tile)
        draw.rectangle((2, 2, tile.width - 3, tile.height - 3), outline=(*RED, 255), width=5)
        draw.text(
            (tile.width / 2, tile.height / 2),
            label,
            font=font(*key),
            fill=(*RED, 255),
            anchor="mm",
        )
        tile = _ink_texture(tile, np.random.default_rng(seed), 0.7)
        turned = tile.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
        multiply(image, turned, x - (turned.width - tile.width) / 2, y)

    return paint


def _handwriting(text: str, cx: float, baseline: float, size_pt: float, seed: int) -> Op:
    """A number or day written by hand: an oblique hand font, wobbly, in pen ink."""

    def paint(image: Image.Image) -> None:
        rng = random.Random(seed)
        style = rng.choice(HAND_STYLES)
        size = _px(size_pt * rng.uniform(0.95, 1.15))
        ink = rng.choice(HAND_INKS)
        hand = font("hand", style, size)
        width = round(hand.getlength(text) * 1.3 + size)
        tile = Image.new("RGBA", (width, size * 2), (*ink, 0))
        draw = ImageDraw.Draw(tile)
        x = size * 0.4
        for char in text:
            jitter = rng.uniform(-0.06, 0.06) * size
            draw.text(
                (x, size * 1.3 + jitter),
                char,
                font=hand,
                fill=(*ink, 235),
                anchor="ls",
                stroke_width=rng.choice((0, 1)),
                stroke_fill=(*ink, 235),
            )
            x += hand.getlength(char) * rng.uniform(1.0, 1.2)
        turned = tile.rotate(rng.uniform(-6, 6), resample=Image.Resampling.BICUBIC)
        dx = rng.uniform(-0.1, 0.1) * size
        multiply(image, turned, cx - x / 2 - size * 0.2 + dx, baseline - size * 1.3)

    return paint


def _signature(cx: float, cy: float, width: float, height: float, seed: int) -> Op:
    def paint(image: Image.Image) -> None:
        rng = random.Random(seed)
        ink = rng.choice(((22, 34, 120), (18, 22, 70), (30, 30, 36)))
        loops = rng.uniform(2.5, 5.5)
        phases = [rng.uniform(0, 2 * math.pi) for _ in range(3)]
        stretch = rng.uniform(0.7, 1.1) * width
        points = []
        for i in range(220):
            s = i / 219
            x = cx - stretch / 2 + stretch * s
            x += stretch * 0.05 * math.sin(2 * math.pi * loops * s + phases[0])
            y = cy + height * 0.45 * math.sin(2 * math.pi * loops * s + phases[1]) * (1 - 0.4 * s)
            y += height * 0.25 * math.sin(2 * math.pi * 1.3 * s + phases[2])
            points.append((x, y))
        draw = ImageDraw.Draw(image)
        draw.line(points, fill=ink, width=rng.randint(3, 6), joint="curve")
        tail = rng.uniform(0.3, 0.6) * stretch
        start = points[-1]
        end = (start[0] - tail, start[1] + height * rng.uniform(0.1, 0.4))
        draw.line([start, end], fill=ink, width=rng.randint(3, 5))

    return paint


STAMP_PT = 9.5
STAMP_PAD = mm(2.5)
STAMP_LINE = pt(STAMP_PT) * 1.35


def _stamp_office_lines(stamp: Incoming, width: float) -> list[str]:
    words = stamp.organization.split()
    return _greedy(words, ("stamp", "bold", _px(STAMP_PT)), width - 2 * STAMP_PAD)[:2]


def _incoming_height(stamp: Incoming, width: float) -> float:
    """Room for the office name (one or two lines) and the four rows below it."""
    rows = len(_stamp_office_lines(stamp, width)) + 3.3
    return 2 * STAMP_PAD + pt(STAMP_PT) + rows * STAMP_LINE + pt(4)


def _incoming_stamp(
    stamp: Incoming, x: float, y: float, width: float, height: float, angle: float, seed: int
) -> Op:
    """The ĐẾN stamp (NĐ 30 Phụ lục IV mục V): office, ĐẾN, Số, Ngày, Chuyển, file number."""

    def paint(image: Image.Image) -> None:
        rng = random.Random(seed)
        tile = Image.new("RGBA", (round(width), round(height)), (*STAMP_BLUE, 0))
        draw = ImageDraw.Draw(tile)
        ink = (*STAMP_BLUE, 255)
        draw.rectangle((3, 3, tile.width - 4, tile.height - 4), outline=ink, width=5)
        small = font("stamp", "regular", _px(STAMP_PT))
        bold = font("stamp", "bold", _px(STAMP_PT))
        big = font("stamp", "bold", _px(rng.choice((17.0, 19.0))))
        pad, line = STAMP_PAD, STAMP_LINE
        y0 = pad + pt(STAMP_PT)
        for text in _stamp_office_lines(stamp, width):
            draw.text((tile.width / 2, y0), text, font=bold, fill=ink, anchor="ms")
            y0 += line
        draw.line((pad, y0 - line * 0.55, tile.width - pad, y0 - line * 0.55), fill=ink, width=3)
        block = y0 + line * 0.3
        draw.text((pad, block + line * 1.1), "ĐẾN", font=big, fill=ink, anchor="ls")
        fields_x = pad + big.getlength("ĐẾN") + mm(2)
        dots = "." * 18
        rows = [("Số:", stamp.number), ("Ngày:", stamp.date_text)]
        values = []
        for index, (label, value) in enumerate(rows):
            row_y = block + line * index
            draw.text((fields_x, row_y), f"{label}{dots}", font=small, fill=ink, anchor="ls")
            values.append((fields_x + small.getlength(label) + mm(1.5), row_y, value))
        row_y = block + line * 2
        draw.text((pad, row_y), f"Chuyển:{dots * 2}", font=small, fill=ink, anchor="ls")
        if stamp.forwarded_to:
            values.append((pad + small.getlength("Chuyển:") + mm(1.5), row_y, stamp.forwarded_to))
        row_y += line
        draw.text((pad, row_y), f"{stamp.file_label}:{dots}", font=small, fill=ink, anchor="ls")
        if stamp.handwritten:
            hand = font("hand", rng.choice(HAND_STYLES), _px(11.5))
            pen = (*rng.choice(HAND_INKS), 255)
            for vx, vy, value in values:
                draw.text((vx, vy - 4), value, font=hand, fill=pen, anchor="ls")
        else:
            for vx, vy, value in values:
                draw.text((vx, vy - 2), value, font=bold, fill=ink, anchor="ls")
        tile = _ink_texture(tile, np.random.default_rng(seed), 0.75)
        turned = tile.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
        multiply(image, turned, x - (turned.width - tile.width) / 2, y)

    return paint


def _seal(text: str, cx: float, cy: float, diameter: float, seed: int) -> Op:
    """A round red seal: two rings, the body's name around, a star in the middle (ô 8)."""

    def paint(image: Image.Image) -> None:
        rng = random.Random(seed)
        size = round(diameter)
        r = size / 2
        tile = Image.new("RGBA", (size, size), (*RED, 0))
        draw = ImageDraw.Draw(tile)
        ink = (*RED, 255)
        draw.ellipse((2, 2, size - 3, size - 3), outline=ink, width=round(size * 0.028))
        inner = r * 0.64
        draw.ellipse((r - inner, r - inner, r + inner, r + inner), outline=ink, width=4)
        glyph_size = round(r * 0.2)
        glyph = font("stamp", "bold", glyph_size)
        letters = list(text)
        sweep = min(300.0, 11.5 * len(letters))
        start = -90 - sweep / 2  # centred on the top of the ring
        radius = r * 0.80
        for index, char in enumerate(letters):
            if char == " ":
                continue
            angle = start + sweep * (index + 0.5) / len(letters)
            piece = Image.new("RGBA", (glyph_size * 2, glyph_size * 2), (*RED, 0))
            ImageDraw.Draw(piece).text(
                (glyph_size, glyph_size), char, font=glyph, fill=ink, anchor="mm"
            )
            piece = piece.rotate(-angle - 90, resample=Image.Resampling.BICUBIC)
            px = r + radius * math.cos(math.radians(angle)) - glyph_size
            py = r + radius * math.sin(math.radians(angle)) - glyph_size
            tile.alpha_composite(piece, (round(px), round(py)))
        star = [
            (
                r + (r * 0.3 if k % 2 == 0 else r * 0.12) * math.cos(math.radians(-90 + 36 * k)),
                r + (r * 0.3 if k % 2 == 0 else r * 0.12) * math.sin(math.radians(-90 + 36 * k)),
            )
            for k in range(10)
        ]
        draw.polygon(star, fill=ink)
        tile = _ink_texture(tile, np.random.default_rng(seed), 0.55)
        tile = tile.filter(ImageFilter.GaussianBlur(0.8))
        turned = tile.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
        alpha = np.asarray(turned.getchannel("A"), dtype=np.float32) * rng.uniform(0.8, 0.95)
        turned.putalpha(Image.fromarray(alpha.astype(np.uint8), "L"))
        multiply(image, turned, cx - r, cy - r)

    return paint


# ---------------------------------------------------------------- entry points
def layout(letter: Letter) -> list[_Page]:
    return _Layout(letter).run()


def page_count(letter: Letter) -> int:
    return len(layout(letter))


def render(letter: Letter) -> list[Image.Image]:
    """The letter's pages: white A4 RGB images at 300 dpi, ink first, then stamps and seal."""
    pages = layout(letter)
    width, height = round(mm(PAGE_MM[0])), round(mm(PAGE_MM[1]))
    images = []
    for page in pages:
        image = Image.new("RGB", (width, height), (255, 255, 255))
        for op in page.ink:
            op(image)
        for op in page.marks:
            op(image)
        images.append(image)
    return images


__all__ = ["DPI", "layout", "multiply", "page_count", "render"]
