"""Biên bản and thông báo kết luận as printout blocks (app.reports.leave_doc), drawn only from
the plain data of app.services.meetings.minutes (no session, no query). Written as DOCX — the
minute taker types the discussion into the blank sections — or PDF by
:func:`app.reports.meeting_papers.write_paper`.
"""

from __future__ import annotations

from typing import Any

from app.reports.leave_doc import (
    Block,
    Footer,
    Gap,
    Header,
    Para,
    Printout,
    SignatureBlock,
    Signatures,
    Title,
)
from app.text import format_date

DOTS = "…" * 34  # a line to write on (13 pt on the A4 text width)


def _blank_lines(count: int) -> list[Block]:
    return [Para(DOTS, "body_left") for _ in range(count)]


def _heading(text: str) -> Para:
    return Para("", "body_left", label=text)


def _attendance(paper: Any) -> list[Block]:
    blocks: list[Block] = [Para(f"{paper.present}/{paper.invited} đại biểu có mặt.", "body_left", label="Đại biểu được mời:")]
    if paper.late:
        blocks.append(Para(", ".join(paper.late) + ".", "body_left", label="Đến muộn:"))
    if paper.absentees:
        blocks.append(Para(f"{len(paper.absentees)} đồng chí:", "body_left", label="Vắng mặt:"))
        blocks += [Para(f"- Đồng chí {a.name}" + (f", {a.title}" if a.title else "")
                        + (f" — lý do: {a.reason}" if a.reason else " — chưa rõ lý do"), "body_left")
                   for a in paper.absentees]
    else:
        blocks.append(Para("không có.", "body_left", label="Vắng mặt:"))
    if paper.quorum_met is not None:
        verdict = ("hội nghị đủ điều kiện tiến hành theo quy định" if paper.quorum_met
                   else "hội nghị KHÔNG đủ số ủy viên theo quy định")
        blocks.append(Para(f"{paper.members_present}/{paper.members} ủy viên {paper.body} có mặt (cần ít nhất "
                           f"{paper.quorum_needed}, tức 2/3 tổng số ủy viên): {verdict}.", label="Số ủy viên dự họp:"))
    return blocks


def minutes_printout(paper: Any) -> Printout:
    """The biên bản: time, place, chair, minute taker, the attendance tally and quorum, absent
    members' written comments, the agenda, blank sections for the discussion and conclusions,
    signatures of the minute taker and the chair."""
    chair = paper.chair.text if paper.chair else DOTS[:20]
    taker = paper.minute_taker.text if paper.minute_taker else DOTS[:20]
    blocks: list[Block] = [
        Header(paper.office, day=paper.day, number=paper.number_label),
        Title("Biên bản", (paper.subject,)),
        _heading("I. THỜI GIAN, ĐỊA ĐIỂM"),
        Para(f"Vào hồi {paper.when}.", "body_left", label="Thời gian:"),
        Para(paper.location or DOTS[:25], "body_left", label="Địa điểm:"),
        _heading("II. THÀNH PHẦN"),
        Para(f"Đồng chí {chair}.", "body_left", label="Chủ trì:"),
        Para(f"Đồng chí {taker}." + (" (Hội nghị bàn công tác tổ chức, cán bộ: Chánh Văn phòng ghi biên bản.)"
                                     if paper.personnel else ""), "body_left", label="Người ghi biên bản:"),
        *_attendance(paper),
        _heading("III. NỘI DUNG"),
        *[Para(f"{i}. {item}", "body_left") for i, item in enumerate(paper.agenda, start=1)],
        *(_blank_lines(2) if not paper.agenda else []),
    ]
    if paper.absentees:
        blocks.append(_heading("Ý kiến bằng văn bản của các đồng chí vắng mặt:"))
        blocks += [Para(f"- Đồng chí {a.name}: {a.comments or '(chưa gửi ý kiến)'}", "body_left")
                   for a in paper.absentees]
    blocks += [
        _heading("IV. DIỄN BIẾN HỘI NGHỊ, Ý KIẾN THẢO LUẬN"),
        *_blank_lines(8),
        _heading("V. KẾT LUẬN CỦA CHỦ TRÌ HỘI NGHỊ"),
        *_blank_lines(6),
        Para(f"Hội nghị kết thúc vào hồi …… giờ …… phút cùng ngày {format_date(paper.start)}.", "body_left"),
        Gap(4),
        Signatures((SignatureBlock(("NGƯỜI GHI BIÊN BẢN",), ("(Ký, ghi rõ họ tên)",),
                                   paper.minute_taker.name if paper.minute_taker else ""),
                    SignatureBlock(("CHỦ TRÌ HỘI NGHỊ",), ("(Ký, ghi rõ họ tên)",),
                                   paper.chair.name if paper.chair else "")), per_row=2),
    ]
    return Printout(f"Biên bản {paper.subject}", blocks)


def conclusions_printout(paper: Any) -> Printout:
    """The thông báo kết luận: who chaired what, when and where, then one numbered conclusion
    per agenda item with room to write it, "Nơi nhận" and the signer."""
    chair = paper.chair
    by = f"đồng chí {chair.name}" + (f", {chair.title}" if chair and chair.title else "") if chair else "chủ trì"
    blocks: list[Block] = [
        Header(paper.office, day=paper.day, number=paper.number_label),
        Title("Thông báo", (f"Kết luận của {by}", f"tại {paper.subject}")),
        Para(f"Vào hồi {paper.when}, tại {paper.location or DOTS[:20]}, {by} chủ trì {paper.subject}. "
             f"{paper.attendance}"),
        Para(f"Sau khi nghe báo cáo và ý kiến thảo luận của các đại biểu, {by} kết luận như sau:"),
    ]
    items = paper.agenda or ("",)
    for i, item in enumerate(items, start=1):
        blocks.append(Para(f"{i}. {item}" if item else f"{i}. {DOTS[:30]}", "body_left"))
        blocks += _blank_lines(3)
    blocks.append(Para("Văn phòng thông báo để các cơ quan, đơn vị và cá nhân liên quan biết, thực hiện."))
    blocks.append(Footer(paper.recipients, paper.signer_lines, paper.signer_name))
    return Printout(f"Thông báo kết luận {paper.subject}", blocks)
