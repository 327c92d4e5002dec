"""The meeting's paperwork as printout blocks (app.reports.leave_doc), drawn only from the plain
data the services gather (app.services.meetings.invitations, .minutes, .programme): the giấy mời,
the biên bản, the thông báo kết luận and the monthly work programme. Each is written as DOCX (to
be edited before signing) or PDF by :func:`write_paper`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from app.reports.leave_doc import (
    Addressees,
    Block,
    Footer,
    Gap,
    Header,
    PageBreak,
    Para,
    Printout,
    Title,
)

FORMATS = (".pdf", ".docx")


def write_paper(printout: Printout, path: str | os.PathLike[str]) -> Path:
    """Write *printout* as PDF or DOCX, chosen by the file's suffix."""
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        from app.reports.docx_doc import write_docx

        return write_docx(printout, path)
    if suffix == ".pdf":
        from app.reports.leave_doc import write_pdf

        return write_pdf(printout, path)
    raise ValueError(f"Định dạng không hỗ trợ: {suffix or '(không có đuôi)'}; chọn .pdf hoặc .docx")


# -- giấy mời ---------------------------------------------------------------------------

def _letter(paper: Any, addressee_lines: tuple[str, ...], whom: str) -> list[Block]:
    blocks: list[Block] = [
        Header(paper.office, day=paper.day, number=paper.number_label),
        Title("Giấy mời", (paper.subject,)),
        Addressees(addressee_lines),
        Gap(3),
        Para(f"Trân trọng kính mời {whom} dự {paper.subject}."),
        Para(paper.when, label="Thời gian:"),
        Para(paper.location or "(sẽ thông báo sau)", label="Địa điểm:"),
        Para(paper.content, label="Nội dung:"),
    ]
    if paper.documents:
        blocks.append(Para(paper.documents_note, label="Tài liệu:"))
        blocks += [Para(f"- {title}", "body_left") for title in paper.documents]
    elif paper.documents_note:
        blocks.append(Para(paper.documents_note, label="Tài liệu:"))
    if paper.contact:
        blocks.append(Para(paper.contact, label="Liên hệ:"))
    blocks.append(Para(f"Đề nghị {whom} sắp xếp thời gian đến dự đúng giờ."))
    blocks.append(Footer(paper.recipients, paper.signer_lines, paper.signer_name))
    return blocks


def invitation_printout(paper: Any) -> Printout:
    """One letter per addressee (page after page), or one letter listing them all."""
    printout = Printout(f"Giấy mời {paper.subject}")
    if paper.per_invitee:
        for i, addressee in enumerate(paper.addressees):
            if i:
                printout.blocks.append(PageBreak())
            printout.blocks += _letter(paper, (addressee.line,), "đồng chí")
    else:
        lines = tuple(f"- {a.line};" for a in paper.addressees)
        printout.blocks += _letter(paper, lines, "các đồng chí")
    return printout
