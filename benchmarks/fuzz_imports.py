"""Hostile files for every importer: seeded mutations of valid CSV and XLSX pupil, absence and survey files.

    python benchmarks/fuzz_imports.py              # 10,000 cases per importer (a long run)
    python benchmarks/fuzz_imports.py --cases 500  # fewer

Each case writes one mutated file, runs the importer end to end (read, preview, store when the preview is
clean) against a school file, and classifies the outcome: ``stored`` (the file was still good), ``refused``
(a Danish refusal: a RuleError or StorageError) or ``traceback`` (any other exception: a defect). After a
refusal neither the school file nor the imported file may have changed. Prints ``name value unit`` lines.
The test suite runs a few hundred cases of the same engine (tests/test_import_fuzz.py).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import sys
import tempfile
import time
import traceback
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SCHOOL_YEAR = 2026
TODAY = date(2026, 11, 24)

ROSTER = [["Elevliste 2026/27, Testskolen"], ["Klasse", "Efternavn", "Fornavn", "Fødselsdato"],
          ["5.A", "Ærø", "Åse Marie", "03-07-2016"], ["5.A", "Søndergård", "Jens", "14-02-2016"],
          ["5.B", "Østergaard-Lund", "Bjørk", "30-11-2016"], ["5.B", "Hansen", "Peter", "01-05-2016"],
          ["6.A", "Kjær", "Ida", "09-01-2015"], ["0A", "Bødker", "Sofie", "04-04-2020"]]
ABSENCE = [["Fravær 01-08-2026 - 31-10-2026"], ["Navn", "Klasse", "Fravær i alt", "Ulovligt fravær", "Sygdom"],
           ["Åse Marie Ærø", "5.A", "12,5 %", "2,0 %", "8,5 %"], ["Jens Søndergård", "5.A", "3,1", "0", "3,1"],
           ["Peter Hansen", "5.B", "16,0", "15,5", "0,5"], ["Ida Kjær", "6.A", "0", "0", "0"]]
SURVEY = [["Trivselsmåling 2026/2027 – klasserapport"], [], ["Klasse:", "5.B"], ["Antal svar", 23], [],
          ["Indikator", "Klassen", "Skolen", "Landet"], ["Social trivsel", "4,1", "4,0", "4,0"],
          ["Faglig trivsel", "3,5", "3,7", "3,6"], ["Støtte og inspiration", "3,2", "3,3", "3,2"],
          ["Ro og orden", "3,5", "3,9", "3,8"], [],
          ["Spørgsmål", "Meget tit", "Tit", "En gang imellem", "Sjældent", "Aldrig", "Antal svar"],
          ["Er du glad for din skole?", 30.4, 43.5, 21.7, 4.3, 0, 23],
          ["Føler du dig alene i skolen?", 0, 0, 17.4, 43.5, 39.1, 23]]

HOSTILE_TEXT = ["", " ", "#N/A", "#REF!", "#DIV/0!", "#VALUE!", "\u200b", "\u200b\u200c", "\u202eAnna", "Ida\u202e",
                "\x00", "\x07", "1e30", "1e309", "-1", "9" * 400, "0000-K1", "0-K1", "2025-K9", "31-02-2015",
                "00-00-0000", "01-01-0000", "ÿ" * 10, "=SUM(A1:A3)", "010203-1234", "0102031234", "100,0 %",
                "1.234,5", "nan", "inf", "-inf", "x" * 5000, "\r", '"', "5.Ø", "*BHKL", "BHKL", "Bh.kl. A", "11.A",
                "99.Z", "0.A", "5A", "Ã…se", "S›ren", "¤", ";", "\t", "2.351", "3,8;4,1", "Klasse:", "Antal svar",
                "Social trivsel", "Spørgsmål", "Meget tit", "Andel med højest trivsel", "2024/2025", "0/0", "🙂",
                "Åse\u0301", "\ufeff", "\u2028"]
HOSTILE_VALUES: list = [None, 0, -1, 1e30, -1e30, 10**30, 1e-300, 0.5, 100.0001, True, False, date(1, 1, 1),
                        datetime(9999, 12, 31, 23, 59), date(2016, 2, 29), 123456789012345678901234567890]


@dataclass
class Counts:
    cases: int = 0
    stored: int = 0
    refused: int = 0
    tracebacks: int = 0
    changed_after_refusal: int = 0
    generic: int = 0  # refusals by the catch-all ("cannot be read: damaged"): each hides an error worth a look
    seconds: float = 0.0
    examples: list[str] = field(default_factory=list)


# -- writing files ------------------------------------------------------------------------------------
def csv_bytes(rows: list[list], *, delimiter: str = ";", encoding: str = "utf-8") -> bytes:
    lines = []
    for row in rows:
        cells = []
        for cell in row:
            text = "" if cell is None else str(cell)
            if any(ch in text for ch in (delimiter, '"', "\n", "\r")):
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        lines.append(delimiter.join(cells))
    return ("\r\n".join(lines) + "\r\n").encode(encoding, errors="replace")


def xlsx_bytes(rows: list[list], *, percent: bool = False) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Ark1"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            if isinstance(value, str):
                value = "".join(ch for ch in value if ch in "\t\n\r" or ord(ch) >= 32)  # XML cannot hold the rest
            try:
                cell = sheet.cell(row=r, column=c, value=value)
            except Exception:  # openpyxl refuses some values; the cell stays empty
                continue
            if percent and isinstance(value, float) and 0 <= value <= 1:
                cell.number_format = "0.0%"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# -- mutations ----------------------------------------------------------------------------------------
def mutate_rows(rows: list[list], rng: random.Random, *, values: bool) -> list[list]:
    rows = [list(row) for row in rows]
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(7)
        r = rng.randrange(len(rows))
        if op <= 2 and rows[r]:  # a hostile value in a random cell
            c = rng.randrange(len(rows[r]) + 1)
            pool = HOSTILE_VALUES + HOSTILE_TEXT if values else HOSTILE_TEXT
            value = rng.choice(pool)
            if c < len(rows[r]):
                rows[r][c] = value
            else:
                rows[r].append(value)
        elif op == 3:  # a row lost or doubled
            if rng.random() < 0.5 and len(rows) > 1:
                del rows[r]
            else:
                rows.insert(r, list(rows[r]))
        elif op == 4:  # rows swapped (the header moves)
            s = rng.randrange(len(rows))
            rows[r], rows[s] = rows[s], rows[r]
        elif op == 5:  # a row cut short or made long
            if rng.random() < 0.5:
                rows[r] = rows[r][: rng.randrange(len(rows[r]) + 1)]
            else:
                rows[r] = rows[r] + [rng.choice(HOSTILE_TEXT) for _ in range(rng.randint(1, 3))]
        else:  # the header row lost
            header = next((i for i, row in enumerate(rows) if len(row) > 2), 0)
            del rows[header]
            if not rows:
                rows = [[""]]
    return rows


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(4)
        if not data:
            data += bytes([rng.randrange(256)])
        position = rng.randrange(len(data))
        if op == 0:
            data[position] = rng.randrange(256)
        elif op == 1:
            data[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 2:
            del data[position: position + rng.randint(1, 16)]
        else:
            data = data[:position]
    return bytes(data)


def mutate_xlsx_part(data: bytes, rng: random.Random) -> bytes:
    """The workbook stays a valid zip; one of its XML parts is damaged."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    target = rng.choice([n for n in names if n.endswith(".xml")] or names)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            part = source.read(name)
            if name == target:
                part = mutate_bytes(part, rng)
            archive.writestr(name, part)
    return out.getvalue()


def hostile_file(base: list[list], rng: random.Random) -> tuple[str, bytes]:
    """(suffix, content) of one mutated file made from ``base`` rows."""
    choice = rng.randrange(10)
    if choice <= 3:  # CSV with hostile values, separator and encoding
        rows = mutate_rows(base, rng, values=False)
        delimiter = rng.choice([";", ";", ",", "\t", "|", "¤"])
        encoding = rng.choice(["utf-8", "utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"])
        data = csv_bytes(rows, delimiter=delimiter, encoding=encoding)
        if rng.random() < 0.3:
            data = mutate_bytes(data, rng)
        return ".csv", data
    if choice <= 6:  # XLSX with hostile cell values
        return ".xlsx", xlsx_bytes(mutate_rows(base, rng, values=True), percent=rng.random() < 0.3)
    data = xlsx_bytes(base)
    if choice <= 8:
        return ".xlsx", mutate_xlsx_part(data, rng)
    return ".xlsx", mutate_bytes(data, rng)


# -- running the importers ----------------------------------------------------------------------------
def _roster(store, path: Path) -> None:
    from app.services.roster_import import apply_roster_import, build_preview, read_roster

    preview = build_preview(store, read_roster(path), SCHOOL_YEAR)
    apply_roster_import(store, preview, today=TODAY)


def _absence(store, path: Path) -> None:
    from app.services.absence_import import apply_absence_import, build_absence_preview, read_absence

    apply_absence_import(store, build_absence_preview(store, read_absence(path)))


def _survey(store, path: Path) -> None:
    from app.services.survey_import import SurveyFileError, apply_import, preview_import

    preview = preview_import(store, path, SCHOOL_YEAR, TODAY)
    if not preview.ok:
        raise SurveyFileError(preview.problems or [])
    apply_import(store, preview)


STATISTICS = [["År", "Skolenavn", "Trin", "Generel trivsel", "Social trivsel", "Faglig trivsel",
               "Støtte og inspiration", "Ro og orden"],
              ["2026/2027", "Engbakkeskolen", "Mellemtrin", "3,9", "4,1", "3,7", "3,3", "3,8"],
              ["2026/2027", "Hele landet", "Mellemtrin", "3,8", "4,0", "3,6", "3,2", "3,8"]]
QUESTION_CUBE = [["[Skoleår].[Skoleår].[Skoleår]", "[Institution].[Institution].[Institution]",
                  "[Klassetrin].[Klassetrinsgruppe].[Klassetrinsgruppe]", "[Spørgsmål].[Spørgsmål].[Spørgsmål]",
                  "[Svar].[Svar].[Svar]", "[Svarværdi].[Svarværdi].[Svarværdi]", "Svarfordeling",
                  "Svarfordeling - Kommunetal", "Svarfordeling - Landstal", "Antal svar"]] + [
    ["2025/2026", "Engbakkeskolen", stage, question, option, str(score), share, share, share, count]
    for stage, count in (("Mellemtrin", "212"), ("Udskoling", "1.024"))
    for question, scores in (("Er du glad for din skole?", (5, 4, 3, 2, 1)), ("Føler du dig alene i skolen?", (1, 2, 3, 4, 5)))
    for option, score, share in zip(("Meget tit", "Tit", "En gang imellem", "Sjældent", "Aldrig"), scores,
                                    ("38,2 %", "35,1 %", "18,4 %", "5,9 %", "2,4 %"))]
IMPORTERS = {"roster": (_roster, ROSTER), "absence": (_absence, ABSENCE), "survey": (_survey, SURVEY),
             "survey_statistics": (_survey, STATISTICS), "survey_questions": (_survey, QUESTION_CUBE)}


def state(store) -> tuple:
    """What a refused import must not change: the change log and every table's size."""
    from app.storage.change_log import latest_change_id

    tables = [row["name"] for row in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return tuple(store.scalar(f"SELECT count(*) FROM [{name}]") for name in sorted(tables)) + (
        latest_change_id(store) or 0,)


def fuzz(importer: str, store, folder: Path, cases: int, seed: int = 13) -> Counts:
    from app.domain.base import RuleError
    from app.storage.errors import StorageError

    run, base = IMPORTERS[importer]
    rng = random.Random(f"{importer}-{seed}")
    counts = Counts()
    started = time.perf_counter()
    for case in range(cases):
        suffix, data = hostile_file(base, rng)
        path = folder / f"{importer}-{case % 7}{suffix}"
        path.write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()
        before = state(store)
        counts.cases += 1
        try:
            run(store, path)
            counts.stored += 1
        except (RuleError, StorageError) as error:
            counts.refused += 1
            if getattr(error, "kind", None) == "unreadable" or "damaged-marker" in str(error):
                counts.generic += 1
                if error.__context__ is not None and len(counts.examples) < 40:
                    cause = error.__context__
                    counts.examples.append(f"{importer} case {case}: caught {type(cause).__name__}: {cause}"[:300])
            if state(store) != before or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
                counts.changed_after_refusal += 1
                counts.examples.append(f"{importer} case {case}: changed after refusal: {error}")
            if not str(error).strip():
                counts.tracebacks += 1
                counts.examples.append(f"{importer} case {case}: a refusal without a message")
        except BaseException as error:  # noqa: BLE001 - every other exception is a defect to report
            if isinstance(error, KeyboardInterrupt):
                raise
            counts.tracebacks += 1
            if len(counts.examples) < 20:
                kept = folder / f"traceback-{importer}-{case}{suffix}"
                kept.write_bytes(data)
                counts.examples.append(f"{importer} case {case} ({kept}): "
                                       + "".join(traceback.format_exception_only(type(error), error)).strip()
                                       + "\n" + "".join(traceback.format_tb(error.__traceback__)[-3:]))
    counts.seconds = time.perf_counter() - started
    return counts


def school_file(folder: Path) -> Path:
    from app.services.demo import build_demo

    path = folder / "fuzz.klassekonference"
    build_demo(path, today=TODAY)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--only", choices=sorted(IMPORTERS))
    args = parser.parse_args(argv)
    from app.storage.database import open_database

    failed = False
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store = open_database(school_file(folder))
        try:
            for importer in ([args.only] if args.only else IMPORTERS):
                counts = fuzz(importer, store, folder, args.cases, args.seed)
                print(f"fuzz_{importer}_cases {counts.cases} cases")
                print(f"fuzz_{importer}_refused {counts.refused} cases")
                print(f"fuzz_{importer}_stored {counts.stored} cases")
                print(f"fuzz_{importer}_tracebacks {counts.tracebacks} cases")
                print(f"fuzz_{importer}_generic_refusals {counts.generic} cases")
                print(f"fuzz_{importer}_changed_after_refusal {counts.changed_after_refusal} cases")
                print(f"fuzz_{importer}_per_case {1000 * counts.seconds / max(counts.cases, 1):.1f} ms")
                for example in counts.examples:
                    print(example, file=sys.stderr)
                failed = failed or counts.tracebacks > 0 or counts.changed_after_refusal > 0
        finally:
            store.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
