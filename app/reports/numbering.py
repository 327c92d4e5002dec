"""Document numbers and symbols in the two layouts (DOMAIN.md section 8).

Party documents (HD 36-HD/VPTW): "Số 15-LCT/VPTU" (number, type, issuing body).
State documents (Decree 30/2020/NĐ-CP Appendix I): "Số: 15/LCT-VP".
"""

from __future__ import annotations

from app.text import nfc

NBSP = "\u00a0"
BLANK_NUMBER = NBSP * 8  # left for the clerk to write from the register of outgoing documents


def document_number(office: object, doc_type: str, number: str = "") -> str:
    """The "Số …" line of *office* (anything with kind and code_suffix) for *doc_type* (LCT, GM…).

    Without *number* the number is left blank for the clerk to fill in.
    """
    kind = getattr(office, "kind", "party")
    suffix = nfc(getattr(office, "code_suffix", "") or "")
    if kind == "state":
        return f"Số: {number or BLANK_NUMBER}/{doc_type}-{suffix}"
    return f"Số {number or BLANK_NUMBER}-{doc_type}/{suffix}"
