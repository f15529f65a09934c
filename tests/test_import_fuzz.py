"""Hostile files for every importer (seeded mutations of valid CSV and XLSX files): never a traceback, and a
refusal changes neither the school file nor the imported file. benchmarks/fuzz_imports.py runs 10,000 per importer.
"""

from __future__ import annotations

import pytest

from app.storage.database import open_database
from benchmarks.fuzz_imports import IMPORTERS, fuzz

CASES = 200


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory, demo_template):
    import shutil

    path = tmp_path_factory.mktemp("fuzz") / "fuzz.klassekonference"
    shutil.copy(demo_template, path)
    store = open_database(path)
    yield store
    store.close()


@pytest.mark.parametrize("importer", sorted(IMPORTERS))
def test_hostile_files_are_refused_in_danish_or_read_never_a_traceback(importer, fuzz_store, tmp_path):
    counts = fuzz(importer, fuzz_store, tmp_path, CASES, seed=2026)
    assert counts.tracebacks == 0, "\n".join(counts.examples)
    assert counts.changed_after_refusal == 0, "\n".join(counts.examples)
    assert counts.refused > CASES // 10 and counts.stored > 0  # the mutations are neither all fatal nor all harmless
