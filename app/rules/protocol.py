"""Protocol order of attendee lists and Vietnamese alphabetical order of names.

Vietnamese lists of people are sorted by the *given name* — the last word of the full
name — then by the whole name, in the order of the Vietnamese alphabet:
a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, with the tones as a second
level (ngang, huyền, hỏi, ngã, sắc, nặng), the way dictionaries sort.  So "Đạt" comes
after "Dũng" and "Ân" after "Anh"; case and the tones only break ties.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

# Letters in Vietnamese dictionary order; f j w z (foreign names) where Latin puts them.
_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
    "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]
_LETTER_RANK = {letter: i + 1 for i, letter in enumerate(_ALPHABET)}
# Combining marks that make a letter of its own (ă â ê ô ơ ư) …
_MODIFIERS = {"\u0306", "\u0302", "\u031b"}
# … and the five tone marks, in dictionary order (no mark = 0).
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_OTHER = 1000  # digits, punctuation and other scripts sort after the letters, by code point


CollationKey = tuple[tuple[int, ...], tuple[int, ...], str]


def collation_key(text: str) -> CollationKey:
    """A sort key for Vietnamese text: letters first, tones second, exact text last."""
    primary: list[int] = []
    tones: list[int] = []
    for char in unicodedata.normalize("NFC", text).casefold():
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m in _MODIFIERS))
        tone = next((_TONES[m] for m in marks if m in _TONES), 0)
        if char.isspace():
            primary.append(0)
        else:
            primary.append(_LETTER_RANK.get(letter, _OTHER + ord(letter[0])))
        tones.append(tone)
    return tuple(primary), tuple(tones), text


def given_name(full_name: str) -> str:
    """The given name (tên): the last word of a Vietnamese full name."""
    words = full_name.split()
    return words[-1] if words else ""


def name_key(full_name: str) -> tuple[CollationKey, CollationKey]:
    """Sort key of a person's name the Vietnamese way: given name, then the full name."""
    name = " ".join(unicodedata.normalize("NFC", full_name).split())
    return collation_key(given_name(name)), collation_key(name)


class AttendeeRole(StrEnum):
    """Why someone is at a meeting."""

    CHAIR = "chair"  # chủ trì
    DELEGATE = "delegate"  # đại biểu (members of the body, invited officials)
    GUEST = "guest"  # khách mời
    SERVICE = "service"  # phục vụ (office staff serving the meeting)


ROLE_LABELS: dict[AttendeeRole, str] = {
    AttendeeRole.CHAIR: "Chủ trì",
    AttendeeRole.DELEGATE: "Đại biểu",
    AttendeeRole.GUEST: "Khách mời",
    AttendeeRole.SERVICE: "Phục vụ",
}

_ROLE_ORDER = {AttendeeRole.DELEGATE: 0, AttendeeRole.GUEST: 1, AttendeeRole.SERVICE: 2}
# Rank of someone without a position in the org chart (an outside guest): after the office's
# own positions, before nobody.
UNRANKED = 10_000


def protocol_key(*, full_name: str, rank: int | None = None, role: AttendeeRole | str = AttendeeRole.DELEGATE,
                 leader: bool = False) -> tuple[int, int, int, int, tuple[CollationKey, CollationKey]]:
    """Sort key of an attendee in protocol order.

    The chair comes first; then leaders (the Thường trực, whatever their role at this
    meeting); then delegates, guests and service staff in that order, each by position
    rank (lower first; people without a rank last), then by name the Vietnamese way.
    """
    role = AttendeeRole(role)
    return (
        0 if role is AttendeeRole.CHAIR else 1,
        0 if leader else 1,
        _ROLE_ORDER.get(role, 0),
        UNRANKED if rank is None else rank,
        name_key(full_name),
    )


# Position roles that are the leadership of the body (the Thường trực, 004 Điều 12).
LEADER_ROLES = frozenset({"secretary", "standing_deputy_secretary", "deputy_secretary"})
