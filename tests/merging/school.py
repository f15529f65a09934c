"""A small school for the merging tests: one 5.B with pupils (æøå, hyphens), a planned conference with reviews."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from app.services import conferences, school
from app.services.files import new_file, open_file

PUPILS = [("Clara", "Østergaard"), ("Marie-Louise", "Bæk"), ("Søren", "Ålund"), ("Ahmad", "Nielsen-Hansen")]


def build_school(path: Path, pupils=PUPILS, passphrase: str | None = None, classes=("5.B",)) -> Path:
    new_file(path, "Skovbrynets Skole", passphrase=passphrase)
    store = open_file(path, passphrase)
    try:
        store.author = "Kontoret"
        made = []
        for name in classes:
            made.append(school.add_class(store, name, 2026))
        for index, (given, family) in enumerate(pupils):
            school.add_pupil(store, made[index % len(made)], given, family)
        for school_class in made:
            conferences.plan_conference(store, [school_class], date(2026, 12, 3))
    finally:
        store.close()
    return path


def raw_copy(path: Path, name: str) -> Path:
    """A byte copy, as a synced folder makes one (same file id, same log)."""
    target = path.with_name(name)
    shutil.copyfile(path, target)
    return target
