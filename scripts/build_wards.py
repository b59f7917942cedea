"""Compile the commune/ward gazetteer `src/diembao/data/gazetteer/wards.tsv` from the open
dataset shipped in the `vietnamadminunits` package (MIT licence, PyPI).

The package is a build-time source only, never a dependency of diembao: fetch it into a temporary
folder and point this script at it, for example

    pip download --no-deps -d /tmp/vau vietnamadminunits==1.0.4
    python scripts/build_wards.py /tmp/vau/vietnamadminunits-1.0.4-py3-none-any.whl

The argument may be the wheel, its unpacked folder, or the installed package's folder. The
package's own code is not imported (it pulls in shapely and geopy): only its SQLite file
(`data/dataset.db`: the 63-province list with 10,035 communes and the 34-province list with 3,321)
and its old-to-new mapping (`data/converter_2025.json`) are read.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GAZETTEER = REPO / "src" / "diembao" / "data" / "gazetteer"
UNITS = ("Phường", "Xã", "Thị trấn", "Đặc khu")
COLUMNS = ("code", "name", "bare", "unit", "district", "province", "era", "formed_from")
SOURCE_VERSION = "vietnamadminunits 1.0.4"

HEADER = f"""\
# Communes, wards, townships and special zones (đơn vị hành chính cấp xã) of Viet Nam, before and
# after the reorganisation of 1 July 2025. Compiled by scripts/build_wards.py from the open dataset
# of the `vietnamadminunits` package ({SOURCE_VERSION.split()[1]}, MIT licence); see SOURCES.md.
# code: the GSO commune code (5 digits); unique within an era, not across eras (a new unit keeps
#   the code of one of the units it was formed from).
# name: as officially written, with its unit word; bare: the name without it; unit: Phường, Xã,
#   Thị trấn (pre2025 only) or Đặc khu (post2025 only).
# district: the district-level unit (pre2025 only; that level was abolished on 1 July 2025).
# province: as named in provinces.tsv (a pre2025 or both name for pre2025 rows, a post2025 or
#   both name for post2025 rows).
# formed_from (post2025 only): the pre2025 codes of the units it was formed from, `|`-separated;
#   `~` marks a unit of which only a part went into it. Island districts without communes
#   (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) are not listed there.
"""


def source_folder(arg: Path, scratch: Path) -> Path:
    """The package folder holding `data/dataset.db`, unpacking a wheel into `scratch`."""
    if arg.is_file() and arg.suffix == ".whl":
        with zipfile.ZipFile(arg) as wheel:
            wheel.extractall(scratch)
        arg = scratch
    for candidate in (arg, arg / "vietnamadminunits"):
        if (candidate / "data" / "dataset.db").is_file():
            return candidate
    raise SystemExit(f"build_wards: no vietnamadminunits data/dataset.db under {arg}")


def province_names() -> dict[str, dict[str, str]]:
    """provinces.tsv's names by era side ('pre'/'post') and by code or name, to name the source's
    provinces as the rest of the gazetteer does."""
    by: dict[str, dict[str, str]] = {"pre": {}, "post": {}}
    lines = [ln for ln in (GAZETTEER / "provinces.tsv").read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    head = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(head, line.split("\t"), strict=False))
        era, name = row["era"], row["name"]
        if era in ("pre2025", "both") and row["code"]:
            by["pre"][row["code"]] = name
        if era in ("post2025", "both"):
            by["post"][name] = name
            for alias in filter(None, row.get("aliases", "").split("|")):
                by["post"].setdefault(alias.lstrip("=~"), name)
    return by


def split_unit(name: str) -> tuple[str, str]:
    """(unit word, bare name) of an official name such as `Thị trấn Yên Viên`; the source writes
    a few unit words in title case (`Thị Trấn`), which the official list does not."""
    for unit in sorted(UNITS, key=len, reverse=True):
        if name.lower().startswith(unit.lower() + " "):
            return unit, name[len(unit) + 1:]
    raise SystemExit(f"build_wards: no unit word (Phường, Xã, Thị trấn, Đặc khu) in {name!r}")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


def build(folder: Path) -> tuple[list[tuple[str, ...]], list[str]]:
    """The table's rows (pre2025 first, each era in code order) and notes on what was corrected."""
    names = province_names()
    notes: list[str] = []
    db = sqlite3.connect(folder / "data" / "dataset.db")
    mapping = json.loads((folder / "data" / "converter_2025.json").read_text(encoding="utf-8"))

    old_code: dict[str, str] = {}
    rows: list[tuple[str, ...]] = []
    legacy = db.execute(
        "SELECT wardCode, ward, district, provinceCode, provinceKey, districtKey, wardKey, wardType "
        "FROM admin_units_legacy WHERE wardCode IS NOT NULL ORDER BY wardCode")
    for code, ward, district, pcode, pkey, dkey, wkey, wtype in legacy:
        unit, bare = split_unit(nfc(ward))
        if unit != wtype:
            notes.append(f"pre2025 {code} {ward}: type {wtype} in the source, {unit} by its name")
        ward = f"{unit} {bare}"
        province = names["pre"].get(pcode)
        if province is None:
            raise SystemExit(f"build_wards: pre2025 province code {pcode} is not in provinces.tsv")
        old_code[f"{pkey}_{dkey}_{wkey}"] = code
        rows.append((code, nfc(ward), bare, unit, nfc(district), province, "pre2025", ""))

    parts: dict[tuple[str, str], list[str]] = defaultdict(list)
    for pkey, wards in mapping["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for wkey, olds in wards.items():
            parts[pkey, wkey] += [old_code[k] for k in olds if k in old_code]
    for pkey, olds in mapping["DICT_PROVINCE_WARD_DIVIDED"].items():
        for okey, news in olds.items():
            for new in news:
                if okey in old_code:
                    parts[pkey, new["newWardKey"]].append("~" + old_code[okey])

    current = db.execute(
        "SELECT wardCode, ward, provinceShort, provinceKey, wardKey, wardType FROM admin_units ORDER BY wardCode")
    for code, ward, pshort, pkey, wkey, wtype in current:
        unit, bare = split_unit(nfc(ward))
        if unit != wtype:
            notes.append(f"post2025 {code} {ward}: type {wtype} in the source, {unit} by its name")
        ward = f"{unit} {bare}"
        province = names["post"].get(nfc(pshort))
        if province is None:
            raise SystemExit(f"build_wards: post2025 province {pshort} is not in provinces.tsv")
        formed = sorted(set(parts.get((pkey, wkey), [])), key=lambda c: (c.lstrip("~"), c))
        rows.append((code, nfc(ward), bare, unit, "", province, "post2025", "|".join(formed)))
    return rows, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="vietnamadminunits wheel or package folder")
    parser.add_argument("--out", type=Path, default=GAZETTEER / "wards.tsv")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        rows, notes = build(source_folder(args.source, Path(scratch)))
    with args.out.open("w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER)
        out.write("\t".join(COLUMNS) + "\n")
        out.writelines("\t".join(row) + "\n" for row in rows)
    for note in notes:
        print(note, file=sys.stderr)
    eras = defaultdict(int)
    for row in rows:
        eras[row[6]] += 1
    print(f"{args.out}: " + ", ".join(f"{n} {era}" for era, n in eras.items()) + f"; {len(notes)} unit words corrected")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
