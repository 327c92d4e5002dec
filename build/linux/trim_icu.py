"""A smaller ICU data library for the Linux bundle (called by build/vanphong.spec).

PySide6's Linux wheels carry ICU 7x, whose data library libicudata.so.NN is 31 MB: every
locale's currency, zone, language, region and unit names, 190 legacy code-page converters,
the CJK/Thai line-break dictionaries, transliterators. Qt uses ICU for collation (QCollator,
locale-aware sorting), case mapping and extra codecs; VanPhong shows Vietnamese and English
only and reads files through Python. This keeps what the Vietnamese and English locales need
(the collation tables of root, vi and en, supplemental data, normalisation) and
drops the rest with ICU's own `icupkg` (Debian: icu-devtools), then rebuilds a drop-in
libicudata.so.NN around it with gcc (same SONAME, same icudtNN_dat symbol).

    python3 build/linux/trim_icu.py path/to/libicudata.so.73 OUTDIR  -> OUTDIR/libicudata.so.73
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

KEEP_LOCALES = {"root", "res_index", "pool", "vi", "vi_VN", "en", "en_US", "en_US_POSIX", "en_001", "en_GB"}
LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")
LOCALE_TREES = {"coll", "brkitr"}
# display names of currencies, zones, languages, regions and units, number spell-out rules,
# transliterators: Qt takes its locale names from its own CLDR tables, never from these
DROPPED_TREES = {"curr", "zone", "lang", "region", "unit", "rbnf", "translit"}


def _symbol(library: Path) -> tuple[str, int, int, int]:
    """(name, file offset, size, alignment) of the icudtNN_dat data symbol."""
    syms = subprocess.run(["readelf", "--dyn-syms", "-W", str(library)], capture_output=True, text=True,
                          check=True).stdout
    match = re.search(r":\s+([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)", syms)
    if not match:
        raise SystemExit(f"trim_icu: no icudtNN_dat symbol in {library}")
    value, size, section = int(match.group(1), 16), int(match.group(2), 0), int(match.group(3))
    sections = subprocess.run(["readelf", "-S", "-W", str(library)], capture_output=True, text=True,
                              check=True).stdout
    line = next(ln for ln in sections.splitlines() if re.search(rf"\[\s*{section}\]", ln))
    fields = line.split("]", 1)[1].split()
    address, offset = int(fields[2], 16), int(fields[3], 16)
    return match.group(4), value - address + offset, size, 16


def removable(item: str) -> bool:
    """Whether an item (tree/name or name, without the package prefix) can go."""
    tree, _, name = item.rpartition("/")
    if tree in DROPPED_TREES or name == "unames.icu":  # unames: Unicode character names
        return True
    if name.endswith(".cnv"):  # legacy code pages: Qt falls back to its own UTF codecs
        return True
    if tree == "brkitr" and name.endswith(".dict"):  # CJK, Thai, Lao, Khmer, Burmese dictionaries
        return True
    if tree in LOCALE_TREES or (not tree and LOCALE_ITEM.match(name)):
        stem = name.rsplit(".", 1)[0]
        return name.endswith(".res") and stem not in KEEP_LOCALES
    return name in ("confusables.cfu", "confusablesWholeScript.cfu")  # spoof detection


def main(library: Path, out_dir: Path) -> Path:
    icupkg = shutil.which("icupkg")
    if icupkg is None:
        raise SystemExit("trim_icu: icupkg not found: apt-get install icu-devtools")
    out_dir.mkdir(parents=True, exist_ok=True)
    name, offset, size, align = _symbol(library)
    full = out_dir / f"{name[:-4]}l.dat"
    with library.open("rb") as source:
        source.seek(offset)
        full.write_bytes(source.read(size))
    listing = subprocess.run([icupkg, "-l", str(full)], capture_output=True, text=True, check=True).stdout.split()
    remove = [item for item in listing if removable(item)]
    (out_dir / "remove.txt").write_text("\n".join(remove) + "\n", encoding="ascii")
    # icupkg names the items inside after the output file (icudt73l/coll/vi.res): same name
    small = out_dir / "small" / full.name
    small.parent.mkdir(exist_ok=True)
    subprocess.run([icupkg, "--ignore-deps", "-r", str(out_dir / "remove.txt"), str(full), str(small)],
                   check=True, capture_output=True)
    assembly = out_dir / "icudata.S"
    assembly.write_text(
        f'.section .rodata\n.globl {name}\n.type {name}, @object\n.balign {align}\n'
        f'{name}:\n.incbin "{small}"\n.size {name}, .-{name}\n.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii")
    target = out_dir / library.name
    soname = library.name
    subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(target), str(assembly)],
                   check=True)
    print(f"trim_icu: {library.name} {size / 1e6:.1f} MB -> {target.stat().st_size / 1e6:.1f} MB "
          f"({len(remove)} of {len(listing)} items dropped)")
    return target


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
