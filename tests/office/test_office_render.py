"""`make test-office`: the DOCX and XLSX exports opened by LibreOffice (headless, converted to
PDF) against the PDF printout — page count, text, and the signer kept together. Needs
`soffice` (Debian: libreoffice-writer, libreoffice-calc) and pdftotext (poppler-utils)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app.reports.leave_xlsx import export_balances
from app.services.calendar.printouts import export_week, week_pdf
from app.services.leave.balance import balances
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.office
MONDAY = DEMO_TODAY  # the demo office's busy week
# Words only the PDF has: its continuation labels on a new page ("Thứ Tư 04/03/2026 (tiếp theo)").
CONTINUATION = re.compile(r"\(tiếp theo\)")


def soffice_pdf(source: Path, folder: Path) -> Path:
    """*source* converted by LibreOffice to a PDF in *folder*."""
    binary = shutil.which("soffice")
    assert binary, "soffice (LibreOffice) is not installed"
    folder.mkdir(exist_ok=True)
    subprocess.run([binary, "--headless", f"-env:UserInstallation=file://{folder / 'profile'}",
                    "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=240)
    return folder / (source.stem + ".pdf")


def pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return [unicodedata.normalize("NFC", page) for page in text.split("\f") if page.strip()]


def words(texts: list[str]) -> set[str]:
    joined = " ".join(CONTINUATION.sub(" ", t) for t in texts)
    return set(joined.split())


@pytest.fixture(scope="module")
def renders(tmp_path_factory, _demo_template):  # noqa: ANN001
    from app.services.admin.database import open_app_database

    folder = tmp_path_factory.mktemp("office")
    template, _ctx = _demo_template
    db = open_app_database(str(template))
    try:
        with db.session() as session:
            pdf = week_pdf(session, MONDAY, folder / "week.pdf", day=DEMO_TODAY)
            docx = export_week(session, MONDAY, folder / "week-docx.docx", day=DEMO_TODAY)
            xlsx = export_week(session, MONDAY, folder / "week-xlsx.xlsx", day=DEMO_TODAY)
            people = balances(session=session, year=DEMO_TODAY.year)
        book = export_balances(people, DEMO_TODAY.year, folder / "balances.xlsx", "Văn phòng Tỉnh ủy")
    finally:
        db.dispose()
    out = folder / "lo"
    return {"pdf": pdf, "docx": soffice_pdf(docx, out), "xlsx": soffice_pdf(xlsx, out),
            "balances": soffice_pdf(book, out), "people": people}


def test_the_week_docx_opens_with_the_pdfs_pages_and_text(renders):
    pdf, docx = pages(renders["pdf"]), pages(renders["docx"])
    print(f"\nweek: PDF {len(pdf)} pages, DOCX in LibreOffice {len(docx)} pages")
    assert len(docx) == len(pdf)
    assert words(pdf) - words(docx) == set()
    assert words(docx) - words(pdf) == set()


def test_the_week_xlsx_opens_with_the_pdfs_text_on_no_more_pages_and_the_signer_together(renders):
    pdf, xlsx = pages(renders["pdf"]), pages(renders["xlsx"])
    print(f"\nweek: PDF {len(pdf)} pages, XLSX in LibreOffice {len(xlsx)} pages")
    assert 1 <= len(xlsx) <= len(pdf)  # fitted to the page width, as dense as the PDF or denser
    assert words(pdf) - words(xlsx) == set()
    assert words(xlsx) - words(pdf) == set()
    last = xlsx[-1]
    assert "CHÁNH VĂN PHÒNG" in last and "Nơi nhận:" in last
    signer = pdf[-1].strip().splitlines()[-1].split()[-3:]
    assert " ".join(signer) in " ".join(last.split())
    assert all("Nội dung" in page for page in xlsx)  # the header row repeats


def test_the_balances_xlsx_prints_landscape_with_every_name(renders):
    text = pages(renders["balances"])
    info = subprocess.run(["pdfinfo", str(renders["balances"])], check=True, capture_output=True,
                          text=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert width > height
    joined = " ".join(" ".join(text).split())
    assert all(" ".join(p.full_name.split()) in joined for p in renders["people"])
    assert all("Họ và tên" in page for page in text)
