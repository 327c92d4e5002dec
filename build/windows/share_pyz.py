"""Start-up step of the console twin vanphong-cli.exe: import Python code from vanphong.exe.

Both Windows executables are the same program (build/launcher.py); only the PE subsystem
differs (windowed vs console). PyInstaller appends the compressed Python code (the PYZ
archive, about 13 MB) to each executable it makes, so the bundle would carry it twice.
build/vanphong.spec gives vanphong-cli.exe an empty PYZ instead and runs this script right
after PyInstaller's bootstrap installed its importer (before the runtime hooks and the
app): it finds the PYZ inside vanphong.exe, beside it, and points the frozen importer at it.

It uses PyInstaller's own archive reader and importer module (pyimod01_archive,
pyimod02_importers), which every frozen app carries; the CArchive layout read here is
PyInstaller's (PyInstaller/archive/readers.py, CArchiveReader). pyproject pins
pyinstaller<7, and `make dist-windows-test` runs every command through this path.
Only what the bootstrap carries (built-in modules, base_library.zip, struct, pyimod*) can be
imported here: nothing else is importable until the redirection is done.
"""


def _share_pyz() -> None:
    """Point the frozen importer at the PYZ archive inside vanphong.exe (type code 'z' in the
    package PyInstaller appended to it; layout: PyInstaller/archive/readers.py)."""
    import os
    import struct
    import sys

    import pyimod01_archive
    import pyimod02_importers

    magic = b"MEI\014\013\012\013\016"
    cookie_format = "!8sIIII64s"  # magic, package length, TOC offset, TOC length, Python version, DLL name
    entry_format = "!IIIIBc"  # entry length, offset, length, uncompressed length, compressed flag, type code

    def pyz_offset(path: str) -> int:
        with open(path, "rb") as exe:
            exe.seek(0, os.SEEK_END)
            size = exe.tell()
            tail_start = max(0, size - (1 << 16))  # the cookie is near the end (a signature may follow)
            exe.seek(tail_start)
            tail = exe.read()
            found = tail.rfind(magic)
            if found < 0:
                raise OSError("no PyInstaller package")
            cookie = struct.calcsize(cookie_format)
            _, length, toc_offset, toc_length, _, _ = struct.unpack(cookie_format, tail[found:found + cookie])
            start = tail_start + found + cookie - length
            exe.seek(start + toc_offset)
            toc = exe.read(toc_length)
        position, head = 0, struct.calcsize(entry_format)
        while position + head <= len(toc):
            entry_length, offset, _, _, _, typecode = struct.unpack(entry_format, toc[position:position + head])
            if typecode == b"z":
                return start + offset
            position += entry_length or len(toc)
        raise OSError("no Python code archive in its package")

    gui = os.path.join(os.path.dirname(sys.executable), "vanphong.exe")
    try:
        archive = pyimod01_archive.ZlibArchiveReader(gui, pyz_offset(gui), check_pymagic=True)
    except (OSError, pyimod01_archive.ArchiveReadError) as error:
        sys.stderr.write(f"vanphong-cli: cannot read the program's code from {gui} ({error}); reinstall VanPhong\n")
        raise SystemExit(2) from None
    pyimod02_importers.pyz_archive = archive
    if hasattr(pyimod02_importers, "_pyz_tree"):
        pyimod02_importers._pyz_tree = None  # the package tree pkgutil lists, rebuilt from the new archive
    sys.path_importer_cache.clear()  # the finders made so far hold the empty archive


# Scripts of a PyInstaller package run one after the other in __main__: leave no names behind.
_share_pyz()
del _share_pyz
