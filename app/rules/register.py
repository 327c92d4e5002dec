"""Numbers, symbols and signature authority of the office's outgoing documents.

Party offices (Hướng dẫn 36-HD/VPTW): "Số 15-GM/VPTU" — number, type, issuing body.
State offices (Decree 30/2020/NĐ-CP, Appendix I): "Số: 15/GM-VP".
Numbers below 10 take a leading zero (both texts); they run per year from 01 January.
"""

from __future__ import annotations

import re
from enum import StrEnum

__all__ = ["Authority", "blank_symbol", "document_symbol", "number_label", "parse_number", "signer_lines"]


def document_symbol(number: int, type_code: str, office_code: str, layout: str) -> str:
    """The symbol as printed after "Số": "15-GM/VPTU" (party) or "15/GM-VP" (state)."""
    if number < 1:
        raise ValueError("Số văn bản phải là số nguyên dương.")
    if not type_code:
        raise ValueError("Thiếu loại văn bản.")
    text = f"{number:02d}"
    if layout == "state":
        return f"{text}/{type_code}-{office_code}" if office_code else f"{text}/{type_code}"
    return f"{text}-{type_code}/{office_code}" if office_code else f"{text}-{type_code}"


def blank_symbol(type_code: str, office_code: str, layout: str) -> str:
    """A draft's symbol with room for the number the clerk writes when it is issued ("   -GM/VPTU")."""
    gap = "\u00a0" * 6
    if layout == "state":
        return f"{gap}/{type_code}-{office_code}" if office_code else f"{gap}/{type_code}"
    return f"{gap}-{type_code}/{office_code}" if office_code else f"{gap}-{type_code}"


def number_label(symbol: str, layout: str) -> str:
    """"Số 15-GM/VPTU" (party) or "Số: 15/GM-VP" (state)."""
    return f"Số: {symbol}" if layout == "state" else f"Số {symbol}"


def parse_number(text: str) -> int:
    """The number a user typed ("15", "015", "15-GM/VPTU"): its leading digits."""
    match = re.match(r"\s*(?:Số:?\s*)?0*(\d+)", text or "")
    if not match or int(match[1]) < 1:
        raise ValueError(f"Số văn bản không hợp lệ: {text!r}")
    return int(match[1])


class Authority(StrEnum):
    """How the signer signs (HD 36 and Decree 30: thẩm quyền ký)."""

    OWN = "own"  # the chief of office in his own name
    BY_ORDER = "by_order"  # thừa lệnh: T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG
    FOR_CHIEF = "for_chief"  # ký thay: KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG
    ON_BEHALF = "on_behalf"  # thay mặt: T/M BAN THƯỜNG VỤ / BÍ THƯ


AUTHORITY_LABELS = {
    Authority.OWN: "Chánh Văn phòng ký",
    Authority.BY_ORDER: "Thừa lệnh (TL.) cơ quan lãnh đạo",
    Authority.FOR_CHIEF: "Ký thay (KT.) Chánh Văn phòng",
    Authority.ON_BEHALF: "Thay mặt (T/M) cơ quan lãnh đạo",
}


def signer_lines(authority: Authority | str, *, body: str, signer_title: str, layout: str) -> list[str]:
    """The bold lines above the signature, in capitals.

    ``body`` is the body signed for ("Ban Thường vụ"), ``signer_title`` the signer's own title
    ("Chánh Văn phòng", "Phó Chánh Văn phòng", "Bí thư"). Party documents write "T/L", "T/M",
    State documents "TL.", "TM."; both write "KT.".
    """
    authority = Authority(authority)
    title = signer_title.upper()
    body_text = (body or "Văn phòng").upper()
    party = layout != "state"
    if authority is Authority.BY_ORDER:
        return [f"{'T/L' if party else 'TL.'} {body_text}", title]
    if authority is Authority.ON_BEHALF:
        return [f"{'T/M' if party else 'TM.'} {body_text}", title]
    if authority is Authority.FOR_CHIEF:
        return ["KT. CHÁNH VĂN PHÒNG", title]
    return [title]
