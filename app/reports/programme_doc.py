"""The Ban Thường vụ's monthly work programme as printout blocks (app.reports.leave_doc), drawn
only from app.services.meetings.programme's plain data: one table row per calendar entry, days
merged, then "Nơi nhận" and the signer. DOCX or PDF by app.reports.meeting_papers.write_paper."""

from __future__ import annotations

from typing import Any

from app.reports.leave_doc import Block, Footer, Gap, Header, Para, Printout, Title, grid

HEAD = ("Ngày", "Thời gian", "Nội dung", "Chủ trì, thành phần", "Địa điểm", "Đơn vị chuẩn bị")
WIDTHS = (0.13, 0.09, 0.33, 0.19, 0.13, 0.13)


def programme_printout(paper: Any) -> Printout:
    rows, spans = [], []
    first_of_day = 0
    for i, row in enumerate(paper.rows):
        if i and row.day != paper.rows[i - 1].day:
            if i - 1 > first_of_day:
                spans.append((0, first_of_day, i - 1))
            first_of_day = i
        participants = "\n".join(x for x in (row.chair, row.participants) if x)
        rows.append((f"{row.weekday}\n{row.day:%d/%m/%Y}", row.time_label, row.title, participants, row.location,
                     row.preparing))
    if len(rows) - 1 > first_of_day:
        spans.append((0, first_of_day, len(rows) - 1))
    blocks: list[Block] = [
        Header(paper.office, day=paper.day, number=paper.number_label),
        Title(f"Chương trình công tác tháng {paper.month} năm {paper.year}", ("của Ban Thường vụ",)),
    ]
    if rows:
        blocks.append(grid(HEAD, rows, WIDTHS, font_size=10.5, center=(0, 1), spans=tuple(spans)))
    else:
        blocks.append(Para("Chưa có hoạt động nào trong lịch công tác của tháng.", "body_left"))
    blocks += [Gap(3), Para("Chương trình có thể thay đổi; Văn phòng sẽ thông báo lịch công tác tuần cụ thể.",
                             "small"),
               Footer(paper.recipients, paper.signer_lines, paper.signer_name)]
    return Printout(f"Chương trình công tác tháng {paper.month}/{paper.year}", blocks)
