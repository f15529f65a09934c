"""Limits before parsing: zip bombs, sparse sheets and over-long lists are refused by every importer, with a
Danish message, before their content is parsed. (The time and memory are measured in benchmarks/.)"""

from __future__ import annotations

import pytest

from app.services.absence_import import read_absence
from app.services.roster_import import read_roster
from app.services.survey_import import preview_import
from app.services.tabular import MAX_ROWS, TableError, read_table
from benchmarks.bench_import_limits import write_wide_xlsx
from tests.conftest import DEMO_TODAY
from tests.import_files import (
    write_bomb_xlsx,
    write_csv,
    write_lying_bomb_xlsx,
    write_sparse_bomb_xlsx,
)
from tests.ui.wellbeing_pages import store  # noqa: F401 (a fixture)


@pytest.fixture(scope="module")
def bombs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bomber")
    return {
        "packed": write_bomb_xlsx(folder / "bombe.xlsx", rows=1_000_000),  # 97 MB unpacked from 0.3 MB
        "rows": write_bomb_xlsx(folder / "mange-rækker.xlsx", rows=MAX_ROWS + 100),  # small, but too many rows
        "sparse": write_sparse_bomb_xlsx(folder / "spredt.xlsx"),  # one cell in the last row and column
        "lying": write_lying_bomb_xlsx(folder / "løgn.xlsx", rows=300_000),  # headers claim 2 KB
        "ratio": write_wide_xlsx(folder / "lange-tekster.xlsx"),  # under the limits, but packed 570 times
    }


@pytest.mark.parametrize("kind", ["packed", "rows", "sparse", "lying", "ratio"])
def test_zip_bombs_are_refused_before_parsing_by_every_importer(bombs, kind, store):  # noqa: F811
    path = bombs[kind]
    with pytest.raises(TableError) as error:
        read_table(path)
    assert path.name in str(error.value)
    with pytest.raises(TableError):
        read_roster(path)
    with pytest.raises(TableError):
        read_absence(path)
    preview = preview_import(store, path, 2026, DEMO_TODAY)
    assert not preview.ok and path.name in preview.problem_text()


def test_a_csv_list_over_the_row_cap_is_refused(tmp_path):
    rows = [["Navn", "Klasse"]] + [[f"Elev Nummer{'x' * (n % 7)}", "5.A"] for n in range(MAX_ROWS + 100)]
    with pytest.raises(TableError) as error:
        read_roster(write_csv(tmp_path / "lang.csv", rows))
    assert error.value.kind == "too_large" and "20.000" in str(error.value)


def test_a_list_just_under_the_cap_is_read(tmp_path):
    rows = [["Navn", "Klasse"]] + [["Ida Kjær", "5.A"]] * (MAX_ROWS - 1)
    assert len(read_table(write_csv(tmp_path / "næsten.csv", rows)).sheets[0].rows) == MAX_ROWS
