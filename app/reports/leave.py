"""The leave registry's printouts: the leave application form (đơn xin nghỉ phép) filled from
a request, the duty roster (lịch trực), and the monthly absence report.

Each ``*_printout`` function lays out the data :mod:`app.services.leave.printouts` gathered
(:mod:`app.reports.data.leave`) as a :class:`~app.reports.leave_doc.Printout`;
:func:`~app.reports.leave_doc.write_pdf` and :func:`~app.reports.leave_doc.to_html` render it.
"""

from __future__ import annotations

from app.reports.data.leave import (
    AbsenceReportData,
    LeaveFormData,
    RequestInfo,
    RosterPrintData,
    StepInfo,
    format_days,
)
from app.reports.leave_doc import (
    Addressees,
    Block,
    Footer,
    Gap,
    Header,
    Para,
    Printout,
    SignatureBlock,
    Signatures,
    Title,
    grid,
)
from app.text import format_date, format_datetime

# -- the leave application form ------------------------------------------------------------

def _step_block(step: StepInfo, request: RequestInfo) -> SignatureBlock:
    heading = [f"Ý KIẾN CỦA {step.role_label.upper()}"]
    notes: list[str] = []
    if step.acting_for_name:
        heading.append(f"(làm thay đồng chí {step.acting_for_name})")
    if step.decision == "approved":
        when = format_date(step.decided_at) if step.decided_at else ""
        notes.append("Đồng ý" + (f", ngày {when}" if when else ""))
        if step.by_phone:
            notes.append("(qua điện thoại)")
    elif step.decision == "rejected":
        notes.append(f"Không đồng ý: {step.comment}" if step.comment else "Không đồng ý")
    else:  # pending, or to be signed on the application of an emergency leave
        notes.append("………………………………")
    return SignatureBlock(tuple(heading), tuple(notes), step.approver_name)


def leave_form_printout(data: LeaveFormData) -> Printout:
    """Đơn xin nghỉ phép: the office (agency) and the national motto as such forms carry, the
    request's facts, and a signature block for the requester and each approver."""
    request, office, balance = data.request, data.office, data.balance
    filed = (request.submitted_at or request.created_at).date()
    # an emergency's application collects the signatures the phone approval stood in for
    approvers = [s for s in request.steps if s.decision != "skipped" or request.emergency]
    addressees = [f"Đồng chí {s.approver_name}, {s.approver_title or s.role_label}"
                  for s in reversed(approvers)] or [f"Lãnh đạo {office.name}"]
    blocks: list[Block] = [
        Header(office, day=filed, form=True),
        Title("Đơn xin nghỉ phép"),
        Addressees(tuple(f"- {a}{'.' if i == len(addressees) - 1 else ';'}" for i, a in enumerate(addressees))),
        Gap(2),
        Para(request.person_name, label="Tôi tên là:"),
        Para(f"{request.position_title or '—'}; đơn vị: {request.unit_name or '—'}.", label="Chức vụ:"),
        Para(f"{request.leave_type_name}.", label="Nay tôi làm đơn xin được nghỉ:"),
        Para(f"{format_days(request.days)} ngày làm việc, {_period_words(request)}.", label="Thời gian nghỉ:"),
        Para(request.reason or "………………………………………………", label="Lý do:"),
        Para(request.handover_name or "………………………………", label="Người xử lý công việc thay trong thời gian nghỉ:"),
        Para(request.contact or "………………………………", label="Địa chỉ, điện thoại liên hệ khi cần:"),
    ]
    if balance is not None:
        blocks.append(Para(
            f"được nghỉ {format_days(balance.entitlement + balance.carried)} ngày, đã nghỉ "
            f"{format_days(balance.taken)} ngày, còn {format_days(balance.remaining)} ngày (chưa tính đơn này).",
            label=f"Số ngày phép năm {request.start.year}:"))
    if request.emergency:
        blocks.append(Para(
            f"{request.phone_approved_by_name}, lúc {format_datetime(request.phone_approved_at)}"
            if request.phone_approved_at else request.phone_approved_by_name,
            label="Đã xin ý kiến qua điện thoại (nghỉ đột xuất):"))
    blocks.append(Para("Tôi xin bàn giao đầy đủ công việc trước khi nghỉ và trở lại làm việc đúng thời gian quy "
                       "định. Kính đề nghị lãnh đạo xem xét, giải quyết."))
    requester = SignatureBlock(("NGƯỜI LÀM ĐƠN",), ("(Ký, ghi rõ họ tên)",), request.person_name)
    blocks.append(Signatures((*(_step_block(s, request) for s in reversed(approvers)), requester)))
    return Printout(f"Đơn xin nghỉ phép — {request.person_name}", blocks)


def _period_words(request: RequestInfo) -> str:
    start = f"từ {'buổi chiều ' if request.start_half == 'afternoon' else ''}ngày {format_date(request.start)}"
    end = f"đến {'hết buổi sáng' if request.end_half == 'morning' else 'hết'} ngày {format_date(request.end)}"
    if request.start == request.end and request.start_half == request.end_half:
        return f"buổi {'sáng' if request.start_half == 'morning' else 'chiều'} ngày {format_date(request.start)}"
    return f"{start} {end}"


# -- the duty roster --------------------------------------------------------------------------

def roster_printout(data: RosterPrintData) -> Printout:
    """Lịch trực: one row per day with the people on duty and their phones."""
    roster, office = data.roster, data.office
    rows: list[tuple[str, ...]] = []
    spans: list[tuple[int, int, int]] = []
    for i, day in enumerate(roster.days, start=1):
        first = len(rows)
        for k, person in enumerate(day.people or [None]):
            lead = k == 0
            rows.append((str(i) if lead else "", f"{day.weekday}\n{format_date(day.day)}" if lead else "",
                         person.full_name if person else "—", person.position_title if person else "",
                         person.phone if person else "", day.holiday if lead else ""))
        if len(rows) - first > 1:
            spans += [(c, first, len(rows) - 1) for c in (0, 1, 5)]
    blocks: list[Block] = [
        Header(office, day=data.printed_on),
        Title(roster.title, (f"(Từ ngày {format_date(roster.start)} đến ngày {format_date(roster.end)})",)),
        grid(("STT", "Ngày", "Họ và tên", "Chức vụ", "Điện thoại", "Ghi chú"), rows,
             (0.08, 0.15, 0.26, 0.2, 0.16, 0.15), font_size=10.5, center=(0, 1, 4), spans=tuple(spans)),
        Gap(3),
        Para("Cán bộ trực có mặt tại cơ quan trong ngày trực, tiếp nhận và xử lý công việc đột xuất, "
             "báo cáo lãnh đạo Văn phòng những việc vượt thẩm quyền."),
    ]
    if roster.note:
        blocks.append(Para(roster.note))
    blocks.append(Footer(("Các đồng chí có tên trên", "Lãnh đạo Văn phòng", "Lưu VT."), ("CHÁNH VĂN PHÒNG",),
                         data.chief_name))
    return Printout(roster.title, blocks)


# -- the monthly absence report ------------------------------------------------------------------

def absence_report_printout(report: AbsenceReportData) -> Printout:
    """Tình hình nghỉ phép tháng: who was away which day (symbols), and the month's requests."""
    data, office, scope, requests = report.month, report.office, report.scope, report.requests
    year, month = data.year, data.month
    n = len(data.days)
    head = ("STT", "Họ và tên", *(str(d.day.day) for d in data.days), "Số ngày")
    fixed = 0.04 + 0.16 + 0.05
    widths = (0.04, 0.16, *([(1 - fixed) / n] * n), 0.05)
    rows, shaded = [], []
    for i, row in enumerate(data.rows):
        rows.append((str(i + 1), row.full_name, *(c.text for c in row.cells), format_days(row.leave_days)))
    for r in range(len(rows)):
        shaded += [(r, c + 2) for c, d in enumerate(data.days) if not d.working]
    req_rows = [(str(i), r.person_name, r.leave_type_name, r.period_text, format_days(r.days),
                 ", ".join(s.approver_name for s in r.steps if s.decision == "approved")
                 + (" (qua điện thoại)" if r.emergency else ""))
                for i, r in enumerate(sorted(requests, key=lambda r: (r.start, r.person_name)), start=1)]
    blocks: list[Block] = [
        Header(office, day=report.printed_on),
        Title(f"Tình hình nghỉ phép, vắng mặt tháng {month} năm {year}", (scope,)),
        grid(head, rows or [("", "Không có ai vắng trong tháng.", *[""] * n, "")], widths, font_size=8,
             center=(0, *range(2, n + 3)), shaded=tuple(shaded)),
        Para("P: phép năm; R: việc riêng có lương; Ro: không lương; Ô: ốm; TS: thai sản; K: khác; "
             "CT: công tác; V: vắng (ủy quyền); ½: nửa ngày. Cột tô xám: ngày nghỉ.", "small"),
        Gap(3),
        Para(f"Các đơn nghỉ đã duyệt trong tháng: {len(requests)}.", "body_left"),
    ]
    if req_rows:
        blocks.append(grid(("STT", "Họ và tên", "Loại nghỉ", "Thời gian", "Số ngày", "Người duyệt"), req_rows,
                           (0.05, 0.2, 0.25, 0.22, 0.07, 0.21), font_size=10, center=(0, 4)))
    blocks.append(Footer(("Lãnh đạo Văn phòng", "Lưu VT."), ("CHÁNH VĂN PHÒNG",), report.chief_name))
    return Printout(f"Tình hình nghỉ phép tháng {month}/{year}", blocks, landscape=True)

