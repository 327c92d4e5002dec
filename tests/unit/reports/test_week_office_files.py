"""The week's DOCX and XLSX are built to print like the PDF: widths, rows, header, tags,
page numbers, real dates, page setup (checked in the files; tests/office renders them)."""

from __future__ import annotations

from datetime import datetime

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from app.reports.leave_xlsx import export_balances
from app.services.calendar.printouts import export_week
from app.services.leave.balance import balances
from tests.conftest import DEMO_TODAY

MONDAY = DEMO_TODAY  # the demo office's busy week


@pytest.fixture
def files(demo_db, tmp_path):
    with demo_db.session() as session:
        return (export_week(session, MONDAY, tmp_path / "week.docx"),
                export_week(session, MONDAY, tmp_path / "week.xlsx"))


def _grid(document):
    return next(t for t in document.tables if len(t.columns) == 8)


def test_the_docx_grid_and_its_cells_agree_on_widths_measured_from_the_text(files):
    grid = _grid(Document(files[0]))
    columns = [int(c.get(qn("w:w"))) for c in grid._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert len(set(columns)) > 4 and max(columns) == columns[3]  # "Nội dung" holds the most text
    assert grid._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    for row in grid._tbl.tr_lst:
        widths = [int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for tc in row.tc_lst]
        spans = [int(tc.tcPr.gridSpan or 1) for tc in row.tc_lst]
        assert spans == [1] * 8 and widths == columns


def test_docx_rows_do_not_split_the_shaded_header_repeats_and_pages_are_numbered_from_the_second(files):
    document = Document(files[0])
    rows = _grid(document)._tbl.tr_lst
    assert all(row.trPr.find(qn("w:cantSplit")) is not None for row in rows)
    header = rows[0]
    assert header.trPr.find(qn("w:tblHeader")) is not None
    assert {tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) for tc in header.tc_lst} == {"F2F2F2"}
    section = document.sections[0]
    assert section.different_first_page_header_footer and "PAGE" in section.header._element.xml


def test_a_changed_entry_carries_its_tag_in_bold_italics_as_in_the_pdf(demo_db, admin, tmp_path):
    from app.services.calendar import events as cal

    with demo_db.session() as session:
        cal.publish_week(session=session, actor=admin, monday=MONDAY)
        cal.create_event(session=session, actor=admin, data=cal.EventInput(
            title="Làm việc với Sở Tài chính", start=datetime(2026, 3, 4, 14)))
        path = export_week(session, MONDAY, tmp_path / "week.docx")
    runs = [r for p in _grid(Document(path)).rows[1].table._tbl.iter(qn("w:r")) for r in [p]]
    texts = [(r.findtext(qn("w:t")), r.find(qn("w:rPr"))) for r in runs]
    tag = next(rpr for text, rpr in texts if text == "(Bổ sung) ")
    assert tag.find(qn("w:b")) is not None and tag.find(qn("w:i")) is not None


def test_the_xlsx_has_real_dates_row_heights_and_prints_landscape_with_titles(files):
    sheet = load_workbook(files[1]).active
    dates = [c for row in sheet.iter_rows(min_col=1, max_col=1) for c in row if isinstance(c.value, datetime)]
    assert [d.value.date() for d in dates][:2] == [MONDAY, MONDAY.replace(day=3)]
    assert {d.number_format for d in dates} == {"dd/mm/yyyy"}
    header = next(r for r in range(1, 20) if sheet.cell(r, 4).value == "Nội dung")
    heights = [sheet.row_dimensions[r].height for r in range(header + 1, header + 20)]
    assert all(h and h >= 18 for h in heights) and len(set(heights)) > 1
    assert sheet.print_title_rows == f"${header}:${header}"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.oddHeader.center.text == "&P"
    assert sheet.HeaderFooter.differentFirst


def test_the_balances_xlsx_prints_landscape_with_titles_and_real_start_dates(demo_db, tmp_path):
    with demo_db.session() as session:
        rows = balances(session=session, year=2026)
    sheet = load_workbook(export_balances(rows, 2026, tmp_path / "phep.xlsx", "Văn phòng Tỉnh ủy")).active
    starts = [sheet.cell(r, 5) for r in range(5, 5 + len(rows))]
    assert [c.value.date() for c in starts if c.value] == [b.service_start for b in rows if b.service_start]
    assert {c.number_format for c in starts if c.value} == {"dd/mm/yyyy"}
    assert sheet.print_title_rows == "$4:$4" and sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.row_dimensions[4].height >= 30


@pytest.mark.parametrize("kind, suffix", [("party", "VPTU"), ("state", "VP")])
def test_the_week_docx_xlsx_and_portal_page_number_the_schedule_as_the_pdf_does(demo_db, tmp_path, kind, suffix):
    import dataclasses

    from app.reports.numbering import document_number
    from app.reports.week_docx import write_week_docx
    from app.reports.week_portal import week_page
    from app.reports.week_xlsx import write_week_xlsx
    from app.services.calendar.printouts import week_printout

    with demo_db.session() as session:
        printout = week_printout(session, MONDAY)
    office = dataclasses.replace(printout.office, kind=kind, code_suffix=suffix)
    printout = dataclasses.replace(printout, office=office)
    expected = document_number(office, "LCT")  # "Số …-LCT/VPTU" (HD 36) or "Số: …/LCT-VP" (Decree 30)
    docx = Document(write_week_docx(printout, tmp_path / "week.docx"))
    header_text = [p.text for cell in docx.tables[0].rows[0].cells for p in cell.paragraphs]
    assert expected in header_text
    sheet = load_workbook(write_week_xlsx(printout, tmp_path / "week.xlsx")).active
    assert expected in [cell.value for row in sheet.iter_rows(max_row=6) for cell in row]
    assert f"<p>{expected}</p>" in week_page(printout)
    assert "Số        -LCT" not in week_page(printout)
