"""Importing a 1,000-pupil list (40 classes of 25), from XLSX and from CSV: read, preview and write.

    python benchmarks/bench_roster_import.py

Prints ``name seconds s`` lines; the target for each import is under 0.5 s.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GIVEN = ["Åse", "Søren", "Ida", "Mikkel", "Freja", "Oliver", "Clara", "Emil", "Alma", "Noah", "Ella", "Magnus",
         "Asta", "Viggo", "Karla", "Storm", "Liva", "Bertram", "Nora", "Aksel", "Vigga", "Malthe", "Silje", "Johan"]
FAMILY = ["Ærø", "Østergaard", "Kjær", "Bødker", "Møller", "Søndergård", "Holm", "Lund", "Ravn", "Bjørn",
          "Dahl", "Krøyer", "Nørgaard", "Skov", "Vestergaard", "Thøgersen", "Bach", "Lyng", "Winther", "Friis",
          "Brandt", "Juhl", "Kirk", "Mørch", "Hvid", "Boje", "Ladefoged", "Ebbesen", "Gram", "Hauge",
          "Jessen", "Kragh", "Lauridsen", "Mathiasen", "Nygaard", "Overgaard", "Poulsen", "Quist", "Riis", "Sand",
          "Toft"]


def pupils(count: int = 1000) -> list[list]:
    rows = []
    for number in range(count):
        grade, letter = number // 100, "ABCD"[(number // 25) % 4]
        born = date(2020 - grade, 1, 1) + timedelta(days=(number * 37) % 365)
        rows.append([f"{grade}.{letter}", f"{FAMILY[number % len(FAMILY)]}-{FAMILY[number // len(FAMILY)]}",
                     GIVEN[number % len(GIVEN)], born])
    return rows


def write_files(folder: Path) -> tuple[Path, Path]:
    import openpyxl

    header = ["Klasse", "Efternavn", "Fornavn", "Fødselsdato"]
    rows = pupils()
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Elevliste, Engbakkeskolen"])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
        sheet.cell(sheet.max_row, 4).number_format = "dd-mm-yyyy"
    xlsx = folder / "elever.xlsx"
    workbook.save(xlsx)
    csv_path = folder / "elever.csv"
    lines = [";".join(header)] + [";".join([r[0], r[1], r[2], r[3].strftime("%d-%m-%Y")]) for r in rows]
    csv_path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return xlsx, csv_path


def timed_import(folder: Path, source_file: Path, name: str) -> tuple[float, float]:
    from app.services.files import new_file
    from app.services.roster_import import apply_roster_import, build_preview, read_roster
    from app.storage.database import open_database

    store = open_database(new_file(folder / name, "Benchmarkskolen"))
    try:
        started = time.perf_counter()
        preview = build_preview(store, read_roster(source_file), 2026)
        result = apply_roster_import(store, preview)
        elapsed = time.perf_counter() - started
        assert result.new == 1000, result
        started = time.perf_counter()
        again = build_preview(store, read_roster(source_file), 2026)
        reimport = time.perf_counter() - started
        assert again.counts["unchanged"] == 1000
    finally:
        store.close()
    return elapsed, reimport


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-roster-") as folder:
        folder = Path(folder)
        xlsx, csv_path = write_files(folder)
        from app.services.tabular import read_table

        for label, path in (("xlsx", xlsx), ("csv", csv_path)):
            started = time.perf_counter()
            read_table(path)
            print(f"read_table_1000_{label} {time.perf_counter() - started:.3f} s")
            elapsed, reimport = timed_import(folder, path, f"skole-{label}")
            print(f"import_roster_1000_{label} {elapsed:.3f} s")
            print(f"reimport_preview_1000_{label} {reimport:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
