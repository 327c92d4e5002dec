"""The libraries a Linux shared object asks for (DT_NEEDED), read and renamed in place.

build/vanphong.spec relinks the binaries of psycopg's and Pillow's wheels from their private,
hash-named copies of system libraries (libcrypto-3a0647ea.so.3) to the system's own
(libcrypto.so.3). The new name is always shorter than the hashed one, so it is written over the
old one in the dynamic string table, padded with NUL bytes: the file keeps its size and layout.
(patchelf --replace-needed moves the string table into a new 2 MB-aligned segment instead:
libsasl2 grows from 0.1 MB to 2.1 MB.) The version requirements (.gnu.version_r) name the
library through the same string, so they follow.

    python3 build/linux/elf_needed.py LIBRARY     -> prints its DT_NEEDED names
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

DT_NULL, DT_NEEDED = 0, 1


def _sections(data: bytes) -> dict[str, tuple[int, int]]:
    """{name: (file offset, size)} of a little-endian ELF64 file's sections."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError("not a little-endian 64-bit ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    headers = [struct.unpack_from("<IIQQQQ", data, shoff + i * shentsize) for i in range(shnum)]
    names_offset = headers[shstrndx][4]
    sections = {}
    for name, _type, _flags, _addr, offset, size in headers:
        end = data.index(b"\0", names_offset + name)
        sections[data[names_offset + name:end].decode("ascii")] = (offset, size)
    return sections


def _needed_offsets(data: bytes) -> list[tuple[str, int]]:
    """(name, file offset of the name) for each DT_NEEDED entry."""
    sections = _sections(data)
    if ".dynamic" not in sections:
        return []
    dynamic, size = sections[".dynamic"]
    strings, _ = sections[".dynstr"]
    found = []
    for at in range(dynamic, dynamic + size, 16):
        tag, value = struct.unpack_from("<qQ", data, at)
        if tag == DT_NULL:
            break
        if tag == DT_NEEDED:
            start = strings + value
            found.append((data[start:data.index(b"\0", start)].decode("ascii"), start))
    return found


def needed(path: Path | str) -> list[str]:
    """The DT_NEEDED names of a shared object or executable, in order."""
    return [name for name, _ in _needed_offsets(Path(path).read_bytes())]


def rename_needed(path: Path | str, renames: dict[str, str]) -> list[str]:
    """Write each new name over the old one (the new ones must not be longer); returns the
    names renamed."""
    path = Path(path)
    data = bytearray(path.read_bytes())
    done = []
    for name, start in _needed_offsets(bytes(data)):
        new = renames.get(name)
        if new is None:
            continue
        if len(new) > len(name):
            raise ValueError(f"{path.name}: {new} is longer than {name}")
        data[start:start + len(name)] = new.encode("ascii").ljust(len(name), b"\0")
        done.append(name)
    if done:
        path.write_bytes(bytes(data))
    return done


if __name__ == "__main__":
    print("\n".join(needed(sys.argv[1])))
