"""How fast and how lean a zip bomb is refused: time and peak memory of each importer on hostile workbooks.

    python benchmarks/bench_import_limits.py

Each case runs in a fresh Python process (so that peak memory is the case's own): the process first loads the
app and openpyxl (its baseline), then reads the file; memory is the larger of the peak rise (maxrss) and the
peak of what Python allocated while reading (tracemalloc). Prints ``name value unit`` lines; the target is under
2 s and under 200 MB above the baseline for every refusal.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[3])
import openpyxl  # noqa: F401  (part of the baseline)
from app.services.absence_import import read_absence
from app.services.roster_import import read_roster
from app.services.survey_sheets import read_workbook
from app.domain.base import RuleError
readers = {"roster": read_roster, "absence": read_absence, "survey": read_workbook}
import tracemalloc
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
started = time.perf_counter()
try:
    readers[sys.argv[1]](sys.argv[2])
    outcome = "read"
except RuleError as error:
    outcome = "refused"
seconds = time.perf_counter() - started
traced = tracemalloc.get_traced_memory()[1] / (1024 * 1024)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"outcome": outcome, "seconds": seconds, "extra_mb": max((peak - base) / 1024, traced), "peak_mb": peak / 1024}))
"""


def cases(folder: Path) -> dict[str, Path]:
    from tests.import_files import write_bomb_xlsx, write_lying_bomb_xlsx, write_sparse_bomb_xlsx

    return {
        "bomb_5m_rows": write_bomb_xlsx(folder / "bomb.xlsx", rows=5_000_000),
        "bomb_row_cap": write_bomb_xlsx(folder / "rows.xlsx", rows=25_000),
        "bomb_sparse": write_sparse_bomb_xlsx(folder / "sparse.xlsx"),
        "bomb_lying_sizes": write_lying_bomb_xlsx(folder / "lying.xlsx", rows=2_000_000),
        "bomb_long_texts": write_wide_xlsx(folder / "wide.xlsx"),
    }


def write_wide_xlsx(path: Path, rows: int = 19_000) -> Path:
    """Under the row and size limits: 19,000 rows of long texts, 29 MB unpacked from 51 KB (refused by the
    packing ratio; without that rule it took 4-6 s to read)."""
    import zipfile

    from tests.import_files import write_bomb_xlsx

    write_bomb_xlsx(path, rows=0)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    row = (b'<row><c t="inlineStr"><is><t>' + b"x" * 1500 + b'</t></is></c></row>')
    sheet = parts["xl/worksheets/sheet1.xml"].replace(b"<sheetData></sheetData>", b"<sheetData>" + row * rows
                                                      + b"</sheetData>")
    parts["xl/worksheets/sheet1.xml"] = sheet
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def measure(importer: str, path: Path) -> dict:
    result = subprocess.run([sys.executable, "-c", CHILD, importer, str(path), str(ROOT)], capture_output=True,
                            text=True, timeout=600)
    if result.returncode != 0:
        return {"outcome": "traceback: " + result.stderr.strip().splitlines()[-1], "seconds": 0.0, "extra_mb": 0.0,
                "peak_mb": 0.0}
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    worst_seconds = worst_mb = 0.0
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for name, path in cases(Path(folder)).items():
            size_kb = path.stat().st_size / 1024
            for importer in ("roster", "absence", "survey"):
                figures = measure(importer, path)
                print(f"{name}_{importer}_seconds {figures['seconds']:.3f} s  ({figures['outcome']}, "
                      f"file {size_kb:.0f} KB)")
                print(f"{name}_{importer}_memory {figures['extra_mb']:.1f} MB  (allocated while reading; process peak "
                      f"{figures['peak_mb']:.0f} MB)")
                if name.startswith("bomb"):  # every case is a bomb
                    failed = failed or figures["outcome"] != "refused"
                    worst_seconds = max(worst_seconds, figures["seconds"])
                    worst_mb = max(worst_mb, figures["extra_mb"])
    print(f"zip_bomb_refusal_max {worst_seconds:.3f} s")
    print(f"zip_bomb_memory_max {worst_mb:.1f} MB")
    return 1 if failed or worst_seconds >= 2 or worst_mb >= 200 else 0


if __name__ == "__main__":
    sys.exit(main())
