"""The closing block: Nơi nhận with "Lưu", and the signature (NĐ 30/2020 Phụ lục I ô 7, 9b)."""

from __future__ import annotations

import regex

from docparse import gazetteer, patterns, spelling
from docparse.parse.common import Found, Letter, TextLine, gap_above, letters_for_marks
from docparse.text import collapse, fold, near_miss, strip_item

# The authority line stands level with "Nơi nhận:", give or take a few lines.
SIGNER_ABOVE_RECIPIENTS = 4.0  # line heights
# A title read less surely than this may hide an authority line (KT., TL.) as well.
UNSURE_TITLE = 0.6
# A list ends at a gap this wide (line heights).
LIST_GAP = 3.0
# A line this many times as tall as the signature block's usual line is a signature's
# strokes or a seal read as letters.
SIGNATURE_HEIGHT = 3.0
# A line in capitals close under the title holding this many syllables may be the title's
# end (a unit's name) lost under the seal; fewer are a signature's strokes read as letters.
TITLE_WORDS_UNDER = 2


def find_recipients(
    lines: list[TextLine], after: int, letter: Letter
) -> tuple[TextLine, int] | None:
    """Nơi nhận (ô 9b): its items with purpose notes, and the "Lưu" units.

    Returns the "Nơi nhận" line and the index of the list's last line.
    """
    anchor = next(
        (
            t
            for t in lines
            if t.index > after and t.column != "right" and patterns.RECIPIENTS.match(t.folded)
        ),
        None,
    )
    items: list[list[TextLine | str]] = []
    doubts = []
    if anchor is not None:
        rest = anchor.text[patterns.RECIPIENTS.match(anchor.folded).end() :]
        if rest.strip():
            items.append([anchor, rest])
    else:
        # The label was not read: a "- Lưu: VT, …" line still marks the list's end.
        anchor = _first_item_above_archive(lines, after)
        if anchor is None:
            return None
        items.append([anchor, anchor.text])
        doubts.append("the Nơi nhận label was not read: the list is the one ending in Lưu")
    previous = anchor
    archive_line = None
    for line in lines:
        if line.index <= anchor.index or line.page != anchor.page or line.column == "right":
            continue
        if gap_above(previous, line) > LIST_GAP:
            break
        previous = line
        bullet = patterns.BULLET.match(line.text)
        open_item = items and not _ends_item(str(items[-1][-1]))
        if bullet and open_item and line.text[bullet.end() :][:1].islower():
            bullet = None  # a compound's dash wrapped to the line: "chính trị" | "- xã hội"
        if bullet or not open_item:
            items.append([line, line.text])
        else:
            items[-1].extend([line, line.text])
        if patterns.ARCHIVE.match(fold(strip_item_start(line.text))):
            archive_line = line
            break
    recipients, lines_used = [], []
    for item in items:
        item_lines = [x for x in item if isinstance(x, TextLine)]
        text = collapse(" ".join(x for x in item if isinstance(x, str)))
        if item_lines[0] is archive_line or patterns.ARCHIVE.match(fold(strip_item_start(text))):
            _set_archive(letter, text, item_lines)
            continue
        name, note = split_note(strip_item(text))
        if name:
            recipients.append({"name": name, "note": note})
            lines_used.extend(item_lines)
    if recipients:
        letter["recipients"] = Found.from_lines(recipients, lines_used, doubts)
    else:
        letter["recipients"] = Found.from_lines([], [anchor], ["Nơi nhận found but no item read"])
    return anchor, previous.index


def _first_item_above_archive(lines: list[TextLine], after: int) -> TextLine | None:
    """The top of the bulleted left-column list that ends with the "Lưu" line."""
    archive = next(
        (
            t
            for t in lines
            if t.index > after
            and t.column == "left"
            and patterns.ARCHIVE.match(fold(strip_item_start(t.text)))
        ),
        None,
    )
    if archive is None:
        return None
    column = [t for t in lines if after < t.index < archive.index and t.column == "left"]
    first = archive
    for line in reversed(column):
        if line.page != archive.page or gap_above(line, first) > LIST_GAP:
            break
        if patterns.BULLET.match(line.text) or not line.text.rstrip().endswith((".", ":")):
            first = line
        else:
            break
    return first if first is not archive else None


def strip_item_start(text: str) -> str:
    return patterns.BULLET.sub("", text, count=1)


def _ends_item(text: str) -> bool:
    return text.rstrip().endswith((";", "."))


def split_note(item: str) -> tuple[str, str | None]:
    """'UBND tỉnh (b/c)' → ('UBND tỉnh', 'b/c')."""
    match = patterns.RECIPIENT_NOTE.search(fold(item))
    if not match or match.start() == 0:
        return item, None
    name = item[: match.start()].rstrip(" ,;:(")
    note = item[match.start("note") : match.end("note")]
    return name, note


def _copies(match: regex.Match) -> str:
    return f"({match[1].translate(patterns.DIGIT_FIXES)}b)"


def _set_archive(letter: Letter, text: str, lines: list[TextLine]) -> None:
    body = strip_item_start(text)
    cut = patterns.ARCHIVE.match(fold(body))
    units_text = body[cut.end() :] if cut else body
    doubts = []
    if patterns.ARCHIVE_VT_GLUED.match(units_text):  # 'VT QLKH', 'VT‡ PBGDPL'
        doubts.append(f"Lưu read as '{units_text.strip()}': the comma after VT not read")
        units_text = patterns.ARCHIVE_VT_GLUED.sub("VT,", units_text, count=1)
    fixed, lookalikes = letters_for_marks(units_text)
    if lookalikes:  # 'H€TP': HCTP
        doubts.append(
            f"Lưu read as '{units_text.strip()}': {', '.join(lookalikes)} taken for letters"
        )
        units_text = fixed
    # A unit opens and ends on a letter or a digit (or its bracket): "KT. '" is KT; a
    # speck's small letter after it goes too ('PBGDPL. s').
    units = [
        patterns.ARCHIVE_UNIT_EDGES.sub("", patterns.ARCHIVE_UNIT_SPECK_LAST.sub("", u))
        for u in regex.split(r"[,;]", units_text)
    ]
    # Copies kept, "(5b)": a letter there is a misread digit ("(Sb)").
    units = [patterns.ARCHIVE_COPIES.sub(_copies, u) for u in units]
    units = [u for u in units if u]
    if units and fold(units[0]).upper() in patterns.ARCHIVE_VT_MISREADS:  # 'v1' too
        units[0] = "VT"  # the first unit is always the văn thư (NĐ 30 Phụ lục I ô 9b)
    marked = [u for u in units if patterns.ARCHIVE_UNIT_MARKED.match(u)]
    if marked:
        doubts.append(f"unit read as {', '.join(marked)}: an abbreviation takes no marks")
    stopped = [u for u in units if patterns.ARCHIVE_UNIT_STOP.search(u)]
    if stopped:  # 'QLV.H': a speck inside the abbreviation, or its own stop
        doubts.append(f"unit read as {', '.join(stopped)}: a stop inside it")
    foreign = [u for u in units if u.isupper() and patterns.NOT_VIETNAMESE_LETTERS.search(u)]
    if foreign:  # 'TFBCXB': the abbreviation of Vietnamese words, a T read as F
        doubts.append(f"unit read as {', '.join(foreign)}: no Vietnamese letter")
    letter["archive"] = Found.from_lines(units, lines, doubts)


def find_signer(
    lines: list[TextLine], recipients: tuple[TextLine, int] | None, after: int, letter: Letter
) -> int | None:
    """Quyền hạn, chức vụ, họ tên (ô 7): authority chain, title and name.

    Returns the index of the signature block's first line.
    """
    zone = _signature_zone(lines, recipients, after)
    if not zone:
        return None
    competence: list[TextLine] = []
    title: list[TextLine] = []
    names: list[TextLine] = []
    worded = sorted(t.height for t in zone if t.letters >= 3) or [zone[0].height]
    typical = worded[len(worded) // 2]  # specks ('°') are smaller than any line of text
    for line in zone:
        if line.junk:
            continue  # seal fragments, signature strokes
        is_caps = line.upper >= 0.75
        if patterns.SIGNER_AUTHORITY.match(line.folded) and is_caps and not title:
            competence.append(line)
        elif is_caps and not names and (not title or _continues_title(title, line, typical)):
            title.append(line)
        elif patterns.PERSON_NAME.match(_name_text(line.text)):
            names.append(line)
    under = _line_under(zone, title, names) if title else None
    if not competence and title:
        competence, title = _stacked_titles(zone, title, under)
    authority = None
    if competence:
        chain = [collapse(t.text) for t in competence]
        match = patterns.SIGNER_AUTHORITY.match(competence[-1].folded)
        doubts = []
        if match is None:
            authority = _authority_by_titles(competence[-1], title)
            doubts = [
                f"authority line read as '{chain[-1]}', its authority not read: taken as "
                f"{authority} by the titles"
            ]
            head, _ = _snap_title(patterns.TITLE_EDGES.sub("", chain[-1]))
            chain[-1] = f"{authority}. {head}"
        else:
            authority = patterns.AUTHORITY_NAMES[match["authority"]]
            if match["glued"]:
                doubts = [f"authority read glued to the title ('{chain[-1]}'): taken as Q"]
        letter["signer.authority"] = Found.from_lines(authority, [competence[-1]], doubts)
        letter["signer.competence"] = Found.from_lines(chain, competence, doubts)
    if not title and authority == "Q":
        # "Q. GIÁM ĐỐC": an acting head signs with the head's title (quyền).
        title = [competence[-1]]
    if title:
        text = collapse(" ".join(t.text for t in title))
        if competence and title[0] is competence[-1]:
            text = text[patterns.SIGNER_AUTHORITY.match(title[0].folded).end() :]
        read = patterns.TITLE_EDGES.sub("", text)
        text, doubts = _snap_title(read)
        if patterns.TITLE_LONE_LETTER.search(text):
            # 'GIÁM ĐỐC Ố SỞ NỘI Ô VỤ': seal ink read as letters between its words
            text = collapse(patterns.TITLE_LONE_LETTER.sub(" ", text))
            doubts.append(f"title read as '{read}': letters alone taken for specks")
        text, unit_doubts = _unit_like_head(text)
        doubts += unit_doubts
        if authority == "KT" and title[0] is not competence[-1]:
            text, deputy_doubts = _deputy_under(chain[-1], text)
            doubts += deputy_doubts
        if not doubts and not _holds_known_title(text):
            doubts.append(f"'{text}' holds no known title")
        letter["signer.title"] = Found.from_lines(text, title, doubts)
        inside = patterns.AUTHORITY_INSIDE.search(" " + fold(read))
        if doubts and inside:
            # "KT.GIÁM ĐỐC" read as one word with seal ink: the authority is in the line,
            # the last of the chain (TM. ỦY BAN NHÂN DÂN above it stays in competence).
            authority = patterns.AUTHORITY_NAMES[inside["authority"]]
            letter["signer.authority"] = Found.from_lines(
                authority, title, [f"authority {authority} read inside the title line '{read}'"]
            )
        if authority is None and patterns.DEPUTY_TITLE.match(fold(text)):
            letter["signer.authority"] = Found.from_lines(
                None, title, ["a deputy signs for the head (KT.), but no authority line was read"]
            )
        elif authority is None and under is not None:
            # ". GIÁM ĐỐC" over "“Ỷ PH ĐỌC": the title read may be the head's, the signer's
            # own under it unread.
            unread = f"a line in capitals under the title is no title ('{under.text}')"
            letter["signer.title"].doubts.append(f"{unread}: the title may be the head's")
            letter["signer.authority"] = Found.from_lines(
                None, title, [f"{unread}: an authority may be missed"]
            )
        elif authority is None and (
            letter["signer.title"].confidence < UNSURE_TITLE or not _holds_known_title(text)
        ):
            letter["signer.authority"] = Found.from_lines(
                None,
                title,
                ["the lines above the name were read unsurely: an authority may be missed"],
            )
        elif authority is not None and letter["signer.title"].confidence < UNSURE_TITLE:
            # "TL. GIÁM ĐỐC" read, "KT. CHÁNH VĂN PHÒNG" under it not: the chain goes on.
            letter["signer.authority"].doubts.append(
                "the lines under it were read unsurely: a further authority may be missed"
            )
        below = _line_under(zone, title, names)
        if authority is not None and below is not None:
            # The seal's ring can cut that line in two on its row ('\ TỐ:' | 'CHỨC CÁN: BỘ').
            row = [t for t in zone if t.column == below.column and _level(t, below)]
            read = " ".join(t.text for t in row if t not in names)
            if _worded(read):
                # 'VỤ TRƯỞNG' over 'Í1 cC ÁN BÔ' (VỤ TỔ CHỨC CÁN BỘ under a seal's ring).
                letter["signer.title"].doubts.append(
                    f"a line in capitals under the title was not taken ('{read}'): "
                    "the title may go on"
                )
    if not names or not _opens_with_family_name(_name_text(names[-1].text)):
        named = _named_elsewhere(lines, zone, names)
        if named is not None:
            letter["signer.name"] = named
            return zone[0].index
    if names:
        name_line = names[-1]
        name = _name_text(name_line.text)
        doubts = []
        after = _unread_after(name_line, zone)
        if after is not None:  # '° Nguyễn Minh' | '` ;': Hạnh read as specks beside it
            doubts.append(f"ink read as specks after the name ('{after.text}'): a word lost?")
        at = name_line.text.find(name)
        if at < 0:
            doubts.append(f"name line read as '{name_line.text}', taken as '{name}'")
        elif regex.search(r"\p{L}{2}", name_line.text[:at]):
            # '>— ương Kim Yến': the start of the name (Dương) may be what was read before it.
            doubts.append(f"name line read as '{name_line.text}': letters before the name")
        elif regex.search(r"\p{L}{2}", name_line.text[at + len(name) :]):
            # 'Phạm Mạnh Ngọc bong': its end (Long) may be what was read after it.
            doubts.append(f"name line read as '{name_line.text}': letters after the name")
        words = name.split()
        if len(words) >= 3 and fold(words[0]) == fold(words[1]):
            doubts.append(f"'{words[0]}' read twice (seal ink?): once kept")
            name = " ".join(words[1:])
        family = name.split()[0]
        spelled = patterns.FAMILY_NAMES.get(fold(family))
        headless = None if spelled else _family_name_headless(name_line.text, name)
        if headless is not None:
            # '#®răn Minh Việt': Trần, its first letter lost in seal ink or a speck.
            doubts.append(f"family name taken as {headless} from '{name_line.text}'")
            name = f"{headless} {name}"
            family = spelled = headless
        elif spelled is None and not spelling.is_name_syllable(family):
            spelled = _family_name_near(family)  # not 'Minh': a name's syllable as read
        if spelled is None:
            doubts.append("signer name does not start with a common family name")
        elif spelled != family:
            doubts.append(f"family name read as '{family}', taken as '{spelled}'")
            name = " ".join([spelled, *name.split()[1:]])
        name, odd = spelling.check_name(name)
        doubts += odd
        letter["signer.name"] = Found.from_lines(name, [name_line], doubts)
    return zone[0].index


def check_signer_is_no_recipient(letter: Letter) -> None:
    """A letter is not sent to its own signer: a title that is also the name of a Nơi nhận
    item ('BỘ TRƯỞNG' over "Bộ trưởng (để b/c)") was likely misread from a deputy's
    (THỨ TRƯỞNG, signing KT.), so the title, and an authority not read, are flagged."""
    title, recipients = letter.get("signer.title"), letter.get("recipients")
    if title is None or not title.value or recipients is None:
        return
    named = [item["name"] for item in recipients.value if fold(item["name"]) == fold(title.value)]
    if not named:
        return
    title.doubts.append(f"'{named[0]}' is also a recipient: a letter is not sent to its signer")
    authority = letter.get("signer.authority")
    if authority is None:
        letter["signer.authority"] = Found(
            None,
            title.page,
            title.bbox,
            title.confidence,
            ["the title is also a recipient: a deputy may sign (KT.)"],
        )


def _opens_with_family_name(name: str) -> bool:
    return fold(name.split()[0]) in patterns.FAMILY_NAMES if name else False


def _named_elsewhere(
    lines: list[TextLine], zone: list[TextLine], names: list[TextLine]
) -> Found | None:
    """The signer's full name from elsewhere in the letter, when the seal left only its
    end legible ('xo a1rf Ả ạnh Cường', 'Văn Thắng').

    Letters often name their signer again, in the Nơi nhận list ('VPCP: BTCN, PCN Phạm Mạnh
    Cường') or the body. The one full name there, a family name and up to three more
    syllables, that ends with the syllables read under the seal is taken, for review.
    """
    below_title = [t for t in zone if not t.junk and t.upper < 0.75]
    tail_line = names[-1] if names else (below_title[-1] if below_title else None)
    if tail_line is None:
        return None
    tail = _name_text(tail_line.text).split()
    if not tail or not spelling.is_name_syllable(tail[-1]):
        return None
    full = regex.compile(patterns.FULL_NAME_ENDING.format(tail=" ".join(map(regex.escape, tail))))
    found: dict[str, TextLine] = {}
    for line in lines:
        if line in zone:
            continue
        for match in full.finditer(line.text):
            found.setdefault(match.group(), line)
    if len(found) != 1:
        return None
    ((name, line),) = found.items()
    if len(name.split()) <= len(tail):
        return None
    return Found.from_lines(
        name,
        [line],
        [
            f"name under the seal read as '{tail_line.text}'; taken from '{line.text}', "
            f"the one full name in the letter ending '{' '.join(tail)}'"
        ],
    )


def _family_name_near(read: str) -> str | None:
    """The one common family name a letter from what was read ("Phqm", "Pậấm": Phạm). A
    shorter name is told only by a first letter no family name starts with, the rest
    read with its letters ("Eê", "Eế": Lê), or by its marks, all but its last letter read
    ("Trầ¡": Trần)."""
    folded = fold(read)
    cut = [s for s in patterns.FAMILY_NAMES.values() if len(s) == len(read) + 1 > 3]
    cut = [s for s in cut if s.startswith(read) and not read.isascii()]
    if len(folded) == 3 and len(cut) == 1:
        return cut[0]
    if len(folded) >= 4:
        near = [
            spelled
            for key, spelled in patterns.FAMILY_NAMES.items()
            if len(key) >= 3 and near_miss(key, 1).fullmatch(folded)
        ]
    elif folded[:1] and folded[0] not in _FAMILY_INITIALS:
        near = [
            spelled
            for spelled in patterns.FAMILY_NAMES.values()
            if len(spelled) == len(read) and fold(spelled[1:]) == fold(read[1:])
        ]
    else:
        return None
    return near[0] if len(near) == 1 else None


_FAMILY_INITIALS = frozenset(key[0] for key in patterns.FAMILY_NAMES)


def _family_name_headless(text: str, name: str) -> str | None:
    """The one family name whose letters but the first are those of the word read just
    before ``name`` on its line, marks aside ('#®răn' before 'Minh Việt': Trần)."""
    at = text.rfind(name)
    before = regex.findall(r"\p{L}+", text[:at]) if at > 0 else []
    if not before or len(before[-1]) < 3 or not before[-1].islower():
        return None
    word = fold(before[-1])
    found = [key for key in patterns.FAMILY_NAMES if key[1:] == word]
    return patterns.FAMILY_NAMES[found[0]] if len(found) == 1 else None


def _snap_title(text: str) -> tuple[str, list[str]]:
    """A title read with lost marks, a letter wrong or seal ink before it → the known
    title; others as read.

    A known title found inside the text, at most a letter or two off, is taken when
    nothing but marks follows it: seal ink and the authority's remnants stand before a
    title, while words after it name the unit ("VỤ TRƯỞNG VỤ PHÁP CHẾ") and are kept."""
    folded = _title_key(text)
    exact = patterns.SIGNER_TITLES_BY_FOLD.get(folded)
    if exact:
        return exact, []
    scored: list[tuple[int, str]] = []
    for key, title in patterns.SIGNER_TITLES_BY_FOLD.items():
        edits = 0 if len(key) < 8 else 1 if len(key) <= 12 else 2
        found = near_miss(key, edits).search(folded)
        if found is None or regex.search(r"\p{L}{2}", folded[found.end() :]):
            continue
        if found.start() > 0 and folded[found.start() - 1].isalpha():
            continue  # inside a word
        scored.append((len(key) - 3 * sum(found.fuzzy_counts), title))
    scored.sort(reverse=True)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return text, []
    title = scored[0][1]
    return title, [f"title read as '{text}', taken as '{title}'"]


def _holds_known_title(title: str) -> bool:
    """Whether a title of patterns.SIGNER_TITLES stands in ``title`` as whole words."""
    return bool(patterns.KNOWN_TITLE.search(_title_key(title)))


def _title_key(title: str) -> str:
    """A title folded, its hyphens as spaces ("PHÓ-GIÁM ĐỐC"), as the table is keyed."""
    return regex.sub(r"[-–]", " ", fold(title))


def _unit_like_head(title: str) -> tuple[str, list[str]]:
    """The head of a unit names it with the unit's own word ("VỤ TRƯỞNG VỤ PHÁP CHẾ",
    "CỤC TRƯỞNG CỤC …"): that word read without its marks ("VU") is spelt as the head's."""
    words = title.split()
    unit_word = words[2] if len(words) > 3 and fold(words[1]) == "truong" else None
    if unit_word is None or unit_word == words[0] or fold(unit_word) != fold(words[0]):
        return title, []
    spelt = " ".join([*words[:2], words[0], *words[3:]])
    return spelt, [f"title read as '{title}', taken as '{spelt}'"]


def _line_under(
    zone: list[TextLine], title: list[TextLine], names: list[TextLine]
) -> TextLine | None:
    """A line in capitals set close under the title, before the name: the signer's own
    title when the title read is the head's."""
    last = names[-1].index if names else zone[-1].index + 1
    under = next(
        (t for t in zone if title[-1].index < t.index < last and not t.junk and t.upper >= 0.75),
        None,
    )
    return under if under is not None and gap_above(title[-1], under) < 1.5 else None


def _stacked_titles(
    zone: list[TextLine], title: list[TextLine], under: TextLine | None
) -> tuple[list[TextLine], list[TextLine]]:
    """The authority line and the title, when the line taken for the title is the head's
    and the signer's own title stands under it (". GIÁM ĐỐC" over "CHÁNH VĂN PHÒNG"), or a
    line in capitals holding a known title stands above it, read as specks ("Tk.GIÁMĐỐC"):
    the authority (KT., TL.) was lost from that line."""
    if len(title) == 2 and _is_known_title(title[1]):
        # Read as one title wrapped on two lines: a head's title, or a collective body's name.
        head = title[0]
        if _is_known_title(head) or patterns.COLLECTIVE_HEAD.match(_title_words(head.folded)):
            return title[:1], title[1:]
    if under is not None and _is_known_title(under):
        return title, [under]
    above = [t for t in zone if t.index < title[0].index and t.upper >= 0.75]
    if above and gap_above(above[-1], title[0]) < 1.0:
        letters = regex.sub(r"[^a-z]", "", above[-1].folded)
        if any(letters.endswith(key.replace(" ", "")) for key in patterns.SIGNER_TITLES_BY_FOLD):
            return [above[-1]], title
    return [], title


def _is_known_title(line: TextLine) -> bool:
    """Whether a line is a known title, once snapped (specks and a letter or two aside)."""
    snapped, _ = _snap_title(patterns.TITLE_EDGES.sub("", line.text))
    return _title_key(snapped) in patterns.SIGNER_TITLES_BY_FOLD


def _authority_by_titles(head_line: TextLine, title: list[TextLine]) -> str:
    """The authority the format rules give a signer under a head whose authority was not
    read (patterns.COLLECTIVE_HEAD)."""
    head = _title_words(head_line.folded)
    read = patterns.TITLE_EDGES.sub("", collapse(" ".join(t.text for t in title)))
    signer = _title_key(_snap_title(read)[0])
    head_title = _title_key(_snap_title(patterns.TITLE_EDGES.sub("", head_line.text))[0])
    # The head's title read again under it: a deputy whose "PHÓ" was lost (see _deputy_under).
    if patterns.DEPUTY_TITLE.match(signer) or signer == head_title:
        return "KT"
    if patterns.COLLECTIVE_HEAD.search(head):
        return "TM"
    return "TL"


def _continues_title(title: list[TextLine], line: TextLine, typical: float) -> bool:
    """A title wraps onto a second line set close under it and centred like it; a known
    title is complete, text off-centre is the seal's, and a line three times as tall as the
    block's lines are the signature's strokes read as letters ('WÊ')."""
    first = title[0]
    if len(title) > 1 or line.height > SIGNATURE_HEIGHT * typical:
        return False
    centre_shift = abs((line.left + line.right) - (first.left + first.right)) / 2
    return _close(title[-1], line) and centre_shift < 1.5 * first.height


def _close(upper: TextLine, lower: TextLine) -> bool:
    return gap_above(upper, lower) < 1.0


def _name_text(text: str) -> str:
    """The name-shaped end of a line: 'XS PhamMạnh Cường' → 'Pham Mạnh Cường', with a
    family name read in small letters before it ('tràn Minh Thắng' → 'Tràn Minh Thắng'),
    and a capital read small inside it (_CASELESS_SHAPES).
    When seal ink is read between the words of a name that opens with a family name
    ('"Trần HS Tiến này Ba'), the capitalised words are the name."""
    words: list[str] = []
    for word in collapse(regex.sub(r"(?<=\p{Ll})(?=\p{Lu})|[^\p{L}\s]", " ", text)).split():
        if words and _broken_off(words[-1], word):
            words[-1] += word  # "Dư ơng": one syllable OCR cut in two
        else:
            words.append(word)
    for i in range(1, len(words) - 1):
        word = words[i]
        if (
            word[0] in _CASELESS_SHAPES
            and spelling.is_name_syllable(word)
            and _NAME_WORD.fullmatch(words[i - 1])
            and _NAME_WORD.fullmatch(words[i + 1])
        ):
            words[i] = word[0].upper() + word[1:]  # 'Nguyễn việt Công Quang'
    tail = _capitalised_tail(words)
    before = words[-len(tail) - 1] if tail and len(words) > len(tail) else ""
    if len(before) >= 4 and fold(before) in patterns.FAMILY_NAMES:
        # 'tràn Minh Thắng': a family name read in small letters still opens the name; a
        # shorter word could as well be the end of one ('ung' of Trung).
        tail.insert(0, before[:1].upper() + before[1:])
    while len(tail) >= 3 and not _is_syllable(tail[0]) and fold(tail[1]) in patterns.FAMILY_NAMES:
        tail = tail[1:]  # 'Ìs Châu Thanh Cường': a speck's letters before the family name
    if len(tail) >= 2:
        return " ".join(tail)
    named = [w for w in words if _NAME_WORD.fullmatch(w)]
    if 2 <= len(named) <= 5 and fold(named[0]) in patterns.FAMILY_NAMES:
        return " ".join(named)
    while not tail and len(words) > 2 and len(words[-1]) <= 2 and words[-1].islower():
        words.pop()  # 'Trầ¡ Văn Tuấn #c': a speck's letters after the name
        tail = _capitalised_tail(words)
    return " ".join(tail)


def _unread_after(name_line: TextLine, zone: list[TextLine]) -> TextLine | None:
    """A line of specks on the name's row, set close after it: a word of the name unread."""
    return next(
        (
            t
            for t in zone
            if t.junk
            and 0 <= t.left - name_line.right < name_line.height
            and min(t.bottom, name_line.bottom) - max(t.top, name_line.top) > name_line.height / 2
        ),
        None,
    )


def _capitalised_tail(words: list[str]) -> list[str]:
    """The capitalised words ending ``words``."""
    tail: list[str] = []
    for word in reversed(words):
        if not _NAME_WORD.fullmatch(word):
            break
        tail.insert(0, word)
    return tail


_NAME_WORD = regex.compile(r"\p{Lu}\p{Ll}+")
# Letters whose capital is their small letter made larger: OCR reads one for the other
# ('Nguyễn việt Công Quang'), so such a word between two capitalised ones is one of them.
_CASELESS_SHAPES = frozenset("coôơsuưvwxz")


def _deputy_under(authority_line: str, title: str) -> tuple[str, list[str]]:
    """The title of one who signs under "KT. <head>": the head's title read again there is
    the deputy's with its "PHÓ" lost ("KT. GIÁM ĐỐC" over "GIÁM ĐỐC")."""
    head = patterns.SIGNER_AUTHORITY.sub("", fold(authority_line)).strip(" .")
    if fold(title) != head or patterns.DEPUTY_TITLE.match(fold(title)):
        return title, []
    deputy = patterns.DEPUTY_OF.get(title, f"PHÓ {title}")
    return deputy, [f"read as '{title}' under 'KT. {title}': a deputy signs, taken as '{deputy}'"]


def _title_words(folded: str) -> str:
    """Only the letters of a folded line, one space apart: "chu tri" of "CHỦ TRÌ :"."""
    return collapse(regex.sub(r"[^a-z ]", " ", folded))


def _worded(text: str) -> bool:
    """Whether a line holds two syllables or more ('Í1 cC ÁN BÔ'), not only a signature's
    strokes read as letters ('/VYYY', 'Q2')."""
    words = regex.findall(r"\p{L}{2,}", text)
    return sum(map(_is_syllable, words)) >= TITLE_WORDS_UNDER


def _level(line: TextLine, other: TextLine) -> bool:
    """Whether two lines share a row: each one's middle within the other's height."""
    middle, other_middle = (line.top + line.bottom) / 2, (other.top + other.bottom) / 2
    return other.top <= middle <= other.bottom or line.top <= other_middle <= line.bottom


def _is_syllable(word: str) -> bool:
    return gazetteer.syllable_shaped(word) and not spelling.unknown_syllables(word)


def _broken_off(before: str, piece: str) -> bool:
    """Whether ``piece``, in small letters and no name's syllable, is the end of the
    capitalised ``before``: the two make one syllable of a name."""
    return (
        piece.islower()
        and before[:1].isupper()
        and not spelling.is_name_syllable(piece)
        and spelling.is_name_syllable(before + piece)
    )


def _signature_zone(
    lines: list[TextLine], recipients: tuple[TextLine, int] | None, after: int
) -> list[TextLine]:
    if recipients is not None:
        anchor, list_end = recipients
        top = anchor.top - SIGNER_ABOVE_RECIPIENTS * anchor.height
        same_page = [t for t in lines if t.page == anchor.page and t.index > after]
        right = [t for t in same_page if t.column == "right" and t.bottom >= top]
        if right:
            return right
        # No columns (text input): the signer follows the list, or stands before it.
        following = [t for t in same_page if t.index > list_end]
        if following:
            return following
    start = next(
        (
            t
            for t in lines
            if t.index > after
            and t.column != "left"
            and t.upper >= 0.75
            and patterns.AUTHORITY.match(t.folded)
        ),
        None,
    )
    if start is None:
        # No Nơi nhận and no authority (a biên bản's "CHỦ TRÌ"): the last line that is only a
        # known title, outside the left column.
        start = next(
            (
                t
                for t in reversed(lines)
                if t.index > after
                and t.column != "left"
                and t.upper >= 0.75
                and patterns.KNOWN_TITLE.fullmatch(_title_words(t.folded))
            ),
            None,
        )
    if start is None:
        return []
    return [
        t
        for t in lines
        if t.page == start.page
        and t.index >= start.index
        and t.column == start.column
        and not patterns.RECIPIENTS.match(t.folded)
    ][:8]
