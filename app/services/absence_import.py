"""Importing absence (fravær) per pupil for a period, usually a quarter: total, unlawful and sickness in %.

    source = read_absence(path, memory=memory)
    preview = build_absence_preview(store, source)       # matched pupils, unknown pupils; writes nothing
    result = apply_absence_import(store, preview)        # one operation; a re-import updates the figures

Pupils are matched by name (and class, when the file has a class column); unknown pupils are listed in
the preview and never created. Percentages may be written "12,5", "12,5 %", 12.5 or as a fraction 0.125.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.domain.absence import assess_absence, is_quarter, not_quarter_note
from app.domain.base import RuleError
from app.domain.review import AbsenceRecord
from app.domain.school import Pupil, PupilStatus, SchoolYear, class_name, normalize_class_name
from app.i18n import tr
from app.services.import_columns import (
    FieldSpec,
    clean_text,
    looks_like_cpr,
    name_key,
    parse_date,
    parse_number,
    shown,
    split_full_name,
)
from app.services.import_memory import ImportMemory
from app.services.import_problems import ImportProblem, left_out_note, refusal_text, sentence
from app.services.roster_file import (
    CLASS,
    FAMILY,
    FULL,
    GIVEN,
    SPECS as ROSTER_SPECS,
    RosterSource,
    check_columns,
    field_label as roster_label,
    guess_source,
)
from app.services.school import the_school
from app.services.tabular import TableError, bad_cell, data_rows, read_table, refusing
from app.storage.queries import people
from app.storage.store import Store

MEMORY_KIND = "absence"
TOTAL, UNLAWFUL, SICK = "total_pct", "unlawful_pct", "sick_pct"
PERIOD, FROM, TO = "period", "period_start", "period_end"
LAWFUL, SCHOOL_DAYS = "lawful_pct", "school_days"
FIELDS = (GIVEN, FAMILY, FULL, CLASS, TOTAL, SICK, LAWFUL, UNLAWFUL, SCHOOL_DAYS, PERIOD, FROM, TO)
CATEGORIES = (SICK, LAWFUL, UNLAWFUL)  # the official categories (uvm.dk); the total is their sum

SPECS = tuple(spec for spec in ROSTER_SPECS if spec.name in (GIVEN, FAMILY, FULL, CLASS)) + (
    FieldSpec(TOTAL, ("fravær", "fraværialt", "samletfravær", "totalfravær", "fraværtotal", "fraværpct",
                      "fraværprocent", "fraværsprocent", "ialt", "total", "samlet", "fraværialtpct"),
              ("ialt", "samlet", "total")),
    FieldSpec(UNLAWFUL, ("ulovligtfravær", "ulovligt", "ulovlig", "ulovligfravær", "ulovligtfraværpct", "pjæk"),
              ("ulovlig",)),
    FieldSpec(SICK, ("sygdom", "sygefravær", "syg", "sygdomsfravær", "sygefraværpct", "sygdompct"), ("syg",)),
    FieldSpec(LAWFUL, ("fraværmedtilladelse", "medtilladelse", "lovligtfravær", "lovligt", "lovligfravær",
                       "fraværmedtilladelsepct", "tilladtfravær"), ("tilladelse", "tilladt"), ("ulovlig",)),
    FieldSpec(SCHOOL_DAYS, ("skoledage", "antalskoledage", "skoledageiperioden", "muligedage", "antalmuligedage",
                            "undervisningsdage"), ("skoledage",)),
    FieldSpec(PERIOD, ("periode", "kvartal", "fraværsperiode"), ("periode",)),
    FieldSpec(FROM, ("fra", "fradato", "startdato", "periodestart", "fraogmed"), ()),
    FieldSpec(TO, ("til", "tildato", "slutdato", "periodeslut", "tilogmed"), ()),
)

MIN_YEAR, MAX_YEAR = 1990, 2200  # a period outside these years is a typing error
_TWO_DATES = re.compile(r"(\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}-\d{2}-\d{2})\s*(?:-|–|—|til|\.\.)\s*"
                        r"(\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}-\d{2}-\d{2})")
_QUARTER = re.compile(r"(?:(\d{4})\s*[-/ ]?\s*(?:Q|K)\s*([1-4]))|(?:(?:Q|K)\s*([1-4])\s*[-/ ]?\s*(\d{4}))"
                      r"|(?:([1-4])\s*\.?\s*kvartal\s*(\d{4}))", re.IGNORECASE)


def field_label(name: str) -> str:
    labels = {
        TOTAL: tr("import", "Total absence %"),
        UNLAWFUL: tr("import", "Unlawful absence %"),
        SICK: tr("import", "Sickness %"),
        LAWFUL: tr("import", "Absence with permission %"),
        SCHOOL_DAYS: tr("import", "School days in the period"),
        PERIOD: tr("import", "Period"),
        FROM: tr("import", "Period from"),
        TO: tr("import", "Period to"),
    }
    return labels[name] if name in labels else roster_label(name)


def parse_period(text: str) -> tuple[date, date]:
    """ "01-08-2025 - 31-10-2025", "2025-Q3", "Q3 2025" or "3. kvartal 2025" (calendar quarters). Raises RuleError."""
    text = clean_text(text)
    match = _TWO_DATES.search(text)
    if match:
        try:
            start, end = parse_date(match.group(1)), parse_date(match.group(2))
        except ValueError:
            start = end = None
        if start and end and start <= end and start.year >= MIN_YEAR and end.year <= MAX_YEAR:
            return start, end
    match = _QUARTER.search(text)
    if match:
        year, quarter = next((int(match.group(i)), int(match.group(j))) for i, j in ((1, 2), (4, 3), (6, 5))
                             if match.group(i))
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise RuleError(tr("import", "“{text}” is not a period: the year {year} is not a school year. Write it "
                                         "like 2025-K3.").format(text=text, year=year))
        start = date(year, 3 * quarter - 2, 1)
        next_start = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
        return start, next_start - timedelta(days=1)
    raise RuleError(tr("import", "“{text}” is not a period. Write it like 01-08-2025..31-10-2025 or 2025-K3.").format(
        text=text))


def read_absence(path: str | Path, *, memory: ImportMemory | None = None) -> RosterSource:
    table = read_table(path)
    with refusing(table.name):
        return guess_source(table, specs=SPECS, memory=memory, kind=MEMORY_KIND)


@dataclass
class AbsenceEntry:
    row: int
    name: str
    class_name: str
    period_start: date
    period_end: date
    total_pct: float
    unlawful_pct: float
    sick_pct: float | None
    pupil_id: str | None = None
    record_id: str | None = None  # the stored record of the same period, if any
    kind: str = "new"  # "new", "updated", "unchanged"

    @property
    def marks(self):
        return assess_absence(self.total_pct, self.unlawful_pct, self.period_start, self.period_end).marks

    @property
    def quarter(self) -> bool:
        return is_quarter(self.period_start, self.period_end)


@dataclass
class UnknownPupil:
    row: int
    name: str
    class_name: str
    reason: str


@dataclass
class AbsencePreview:
    source: RosterSource
    columns: dict[str, int | None]
    entries: list[AbsenceEntry]
    unknown: list[UnknownPupil]
    warnings: list[str] = field(default_factory=list)
    bad_rows: list[ImportProblem] = field(default_factory=list)  # rows that cannot be read: left out, listed

    @property
    def bad_rows_note(self) -> str | None:
        return left_out_note(self.source.name, self.bad_rows) if self.bad_rows else None

    def count(self, kind: str) -> int:
        return sum(1 for e in self.entries if e.kind == kind)


@dataclass
class AbsenceResult:
    operation_id: str
    added: int
    updated: int
    unchanged: int
    unknown: int


def _title_period(source: RosterSource) -> tuple[date, date] | None:
    """A period written above the header, e.g. "Fravær for perioden 01.08.2025 - 31.10.2025"."""
    for sheet, index in zip(source.sheets, source.header_indices):
        for row in sheet.rows[:index]:
            for cell in row:
                if isinstance(cell, str):
                    try:
                        return parse_period(cell)
                    except RuleError:
                        continue
    return None


def build_absence_preview(store: Store, source: RosterSource, *, columns: dict | None = None,
                          period: tuple[date, date] | None = None) -> AbsencePreview:
    """What an import would store: matched pupils and their figures, unknown pupils. Writes nothing."""
    with refusing(source.name):
        return _build_absence_preview(store, source, columns=columns, period=period)


def _build_absence_preview(store: Store, source: RosterSource, *, columns: dict | None,
                           period: tuple[date, date] | None) -> AbsencePreview:
    school = the_school(store)
    columns = dict(source.columns if columns is None else columns)
    check_columns(source, columns, label=field_label)
    categories = [name for name in CATEGORIES if columns.get(name) is not None]
    if columns.get(TOTAL) is None and not categories:
        raise TableError(tr("import", "No column with the total absence was found in “{name}”. Name it e.g. “Fravær i "
                                      "alt” or choose the column.").format(name=source.name), kind="no_total")
    warnings: list[str] = []
    if columns.get(TOTAL) is None:
        warnings.append(tr("import", "The file has no total; it is the sum of sickness, absence with permission "
                                     "and unlawful absence."))
    if columns.get(UNLAWFUL) is None:
        warnings.append(tr("import", "The file has no column with unlawful absence; it is stored as 0 %."))
    in_days = _in_days(source, columns)
    if in_days and columns.get(SCHOOL_DAYS) is None:
        raise TableError(tr("import", "The absence in “{name}” is counted in days. Add a column with the number of "
                                      "school days in the period (“Skoledage”), so that it can be read as %.").format(
            name=source.name), kind="no_school_days")
    if in_days:
        warnings.append(tr("import", "The absence is counted in days and read as a share of the school days."))
    has_row_period = columns.get(PERIOD) is not None or (columns.get(FROM) is not None and columns.get(TO) is not None)
    fixed = period or (None if has_row_period else _title_period(source))
    if fixed is None and not has_row_period:
        raise TableError(tr("import", "The file does not say which period the absence covers. Give the period (for "
                                      "example the quarter 01-08-2025..31-10-2025)."), kind="no_period")
    raw, problems = _read_absence_rows(source, columns, fixed)
    if not raw and problems:
        raise TableError(refusal_text(source.name, problems), kind="values")
    if not raw:
        raise TableError(tr("import", "There are no pupils in “{name}”.").format(name=source.name), kind="no_pupils")
    fractions = not in_days and _are_fractions([value for r in raw for value in r["numbers"]])
    if fractions:
        warnings.append(tr("import", "The percentages are written as fractions (0,125 = 12,5 %) and are read so."))
    entries, unknown = _match_pupils(store, school.id, raw, fractions, problems)
    if problems and not entries and not unknown:
        raise TableError(refusal_text(source.name, problems), kind="values")
    for start, end in sorted({(e.period_start, e.period_end) for e in entries}):
        note = not_quarter_note(start, end)
        if note:
            warnings.append(note)
    return AbsencePreview(source, columns, entries, unknown, warnings, problems)


def _read_absence_rows(source: RosterSource, columns: dict, fixed: tuple[date, date] | None):
    """(readable rows, problems): a row that cannot be read is listed with its place and left out."""
    named = source.table.kind != "csv"  # a workbook's rows are placed by sheet, a CSV file has none
    get: Callable[[str], Any] = columns.get  # a column index, or None; checked before each use
    raw, problems = [], []
    for sheet, header_index in zip(source.sheets, source.header_indices):
        for number, cells in data_rows(source.table, sheet, header_index):
            def problem(message: str, column: int | None = None, sheet=sheet, number=number) -> ImportProblem:
                return ImportProblem(message, sheet.name if named else None, number,
                                     None if column is None else column + 1, file=source.name)

            used = [c for c in (get(GIVEN), get(FAMILY), get(FULL)) if c is not None]
            broken = next(((c, bad_cell(cells[c])) for c in used if bad_cell(cells[c])), None)
            if broken is not None:
                problems.append(problem(sentence(broken[1] or ""), broken[0]))  # found: never None
                continue
            given = clean_text(cells[get(GIVEN)]) if get(GIVEN) is not None else ""
            family = clean_text(cells[get(FAMILY)]) if get(FAMILY) is not None else ""
            if not (given or family) and get(FULL) is not None:
                given, family = split_full_name(clean_text(cells[get(FULL)]), False)
            if not (given or family):
                continue
            if looks_like_cpr(f"{given}{family}"):
                problems.append(problem(tr("import", "The name looks like a CPR number.")))
                continue
            klass = None
            if get(CLASS) is not None and cells[get(CLASS)] is not None:
                try:
                    klass = normalize_class_name(clean_text(cells[get(CLASS)]))
                except RuleError as error:
                    problems.append(problem(f"“{shown(cells[get(CLASS)])}”. {error}", get(CLASS)))
                    continue
            start: date | None
            end: date | None
            try:
                if fixed:
                    start, end = fixed
                elif get(PERIOD) is not None:
                    start, end = parse_period(clean_text(cells[get(PERIOD)]))
                else:
                    start, end = parse_date(cells[get(FROM)]), parse_date(cells[get(TO)])
                    if start is None or end is None or start > end or start.year < MIN_YEAR or end.year > MAX_YEAR:
                        raise ValueError
            except (RuleError, ValueError, OverflowError):
                problems.append(problem(tr("import", "The period cannot be read."),
                                        get(PERIOD) if get(PERIOD) is not None else get(FROM)))
                continue
            numbers = {}
            for name in (TOTAL, UNLAWFUL, SICK, LAWFUL, SCHOOL_DAYS):
                column = get(name)
                if column is not None and bad_cell(cells[column]):
                    problems.append(problem(sentence(bad_cell(cells[column]) or ""), column))
                    break
                try:
                    numbers[name] = parse_number(cells[column]) if column is not None else (None, False)
                except ValueError:
                    problems.append(problem(tr("import", "“{value}” is not a percentage.").format(
                        value=shown(cells[column])), column))
                    break
            else:
                if numbers[TOTAL][0] is None and all(numbers[c][0] is None for c in CATEGORIES):
                    problems.append(problem(tr("import", "The total absence is missing."), get(TOTAL)))
                    continue
                days = numbers.pop(SCHOOL_DAYS)[0]
                if _in_days(source, columns):
                    if days is None or days <= 0:
                        problems.append(problem(tr("import", "The number of school days is missing."),
                                                get(SCHOOL_DAYS)))
                        continue
                    numbers = {k: ((None if v is None else v / days * 100), True) for k, (v, _p) in numbers.items()}
                raw.append({"row": number, "given": given, "family": family, "class": klass, "start": start,
                            "end": end, "values": numbers, "numbers": [v for v in numbers.values() if v[0] is not None],
                            "problem": problem})
    return raw, problems


def _in_days(source: RosterSource, columns: dict) -> bool:
    """The figures are days, not %: a school-days column, or headers that say "dage"."""
    if columns.get(SCHOOL_DAYS) is not None:
        return True
    for name in (TOTAL, *CATEGORIES):
        column = columns.get(name)
        if column is not None and column < len(source.headers) and "dage" in source.headers[column].casefold() \
                and "%" not in source.headers[column]:
            return True
    return False


def _are_fractions(numbers: list[tuple[float, bool]]) -> bool:
    """All figures between 0 and 1 without a % sign, and not all 0: the file holds fractions (0.125 = 12.5 %)."""
    plain = [value for value, percent in numbers if not percent]
    return bool(plain) and len(plain) == len(numbers) and all(0 <= v <= 1 for v in plain) and any(v > 0 for v in plain)


def _match_pupils(store: Store, school_id: str, raw: list[dict], fractions: bool, problems: list[ImportProblem]):
    pupils = store.find(Pupil, school_id=school_id)
    by_key: dict[str, list[Pupil]] = {}
    for pupil in pupils:
        by_key.setdefault(name_key(pupil.given_name, pupil.family_name), []).append(pupil)
    # The class a pupil is in now (a pupil who moved within the year: the new class); a class the pupil left
    # counts only when no pupil of that name is in the class named.
    classes_now = people.classes_by_pupil(store, school_id)
    classes_ever = people.every_class_by_pupil(store, school_id)
    existing = {(r.pupil_id, r.period_start, r.period_end): r for r in store.find(AbsenceRecord)}
    entries: list[AbsenceEntry] = []
    unknown: list[UnknownPupil] = []
    seen: dict[tuple, dict] = {}  # (pupil, start, end) -> the first row read for it
    for item in raw:
        name = f"{item['given']} {item['family']}".strip()
        shown_class = class_name(*item["class"]) if item["class"] else ""
        candidates = by_key.get(name_key(item["given"], item["family"]), [])
        if item["class"]:
            # the class during the period (a period may span two school years), or the year after it
            last = SchoolYear.of(item["end"]).start_year
            years = {SchoolYear.of(item["start"]).start_year, last, last + 1}
            named = [p for p in candidates
                     if any((*item["class"], year) in classes_now.get(p.id, set()) for year in years)]
            candidates = named or [p for p in candidates
                                   if any((*item["class"], year) in classes_ever.get(p.id, set()) for year in years)]
        if len(candidates) > 1:
            candidates = [p for p in candidates if p.status == PupilStatus.ACTIVE] or candidates
        if len(candidates) != 1:
            reason = (tr("import", "no pupil with this name") if not candidates
                      else tr("import", "several pupils have this name; add a class column"))
            unknown.append(UnknownPupil(item["row"], name, shown_class, reason))
            continue
        pupil = candidates[0]
        values = {}
        for key, (value, _percent) in item["values"].items():
            values[key] = None if value is None else round(value * 100 if fractions else value, 4)
        lawful = values.get(LAWFUL)
        parts = [v for v in (values[SICK], lawful, values[UNLAWFUL]) if v is not None]
        total = values[TOTAL]
        if total is None:  # the official categories without a total: the total is their sum
            total = round(sum(parts), 4)
        unlawful, sick = values[UNLAWFUL] or 0.0, values[SICK]
        if sick is None and lawful is not None:  # the total is the sum of the three: sickness is the rest
            sick = round(max(total - lawful - unlawful, 0.0), 4)
        if any(v is not None and not 0 <= v <= 100 for v in (total, unlawful, sick, lawful)):
            problems.append(item["problem"](tr("import", "A percentage must be between 0 and 100.")))
            continue
        if unlawful > total + 0.05 or (sick is not None and sick > total + 0.05) or (
                lawful is not None and lawful > total + 0.05):
            problems.append(item["problem"](tr("import", "The unlawful or sickness absence is larger than the total.")))
            continue
        if sum(parts) > total + 0.1:
            problems.append(item["problem"](tr("import", "Sickness, absence with permission and unlawful absence add "
                                                         "up to more than the total.")))
            continue
        key = (pupil.id, item["start"], item["end"])
        if key in seen:  # which figure is right? neither row is stored
            first = seen[key]
            problems.append(item["problem"](tr("import", "{name} is in the file twice for the same period (also row "
                                                         "{row}); neither row is imported.").format(
                name=name, row=first["row"])))
            if first.get("entry") in entries:
                entries.remove(first["entry"])
                problems.append(first["problem"](tr("import", "{name} is in the file twice for the same period (also "
                                                              "row {row}); neither row is imported.").format(
                    name=name, row=item["row"])))
            continue
        seen[key] = item
        record = existing.get(key)
        kind = "new"
        if record is not None:
            same = (record.total_pct, record.unlawful_pct, record.sick_pct) == (total, unlawful, sick)
            kind = "unchanged" if same else "updated"
        item["entry"] = AbsenceEntry(item["row"], pupil.full_name, shown_class, item["start"], item["end"], total,
                                     unlawful, sick, pupil.id, record.id if record else None, kind)
        entries.append(item["entry"])
    problems.sort(key=lambda p: (p.sheet or "", p.row or 0))
    return entries, unknown


def apply_absence_import(store: Store, preview: AbsencePreview, *, memory: ImportMemory | None = None) -> AbsenceResult:
    """Store the figures, one record per pupil and period (a re-import updates it). One operation."""
    with store.operation(tr("operations", "Import absence")) as op:
        for entry in preview.entries:
            assert entry.pupil_id is not None  # every entry of a preview is matched to a pupil
            values: dict[str, Any] = dict(
                total_pct=entry.total_pct, unlawful_pct=entry.unlawful_pct, sick_pct=entry.sick_pct
            )
            current = store.find_one(AbsenceRecord, pupil_id=entry.pupil_id, period_start=entry.period_start,
                                     period_end=entry.period_end)
            if current is None:
                op.insert(AbsenceRecord(pupil_id=entry.pupil_id, period_start=entry.period_start,
                                        period_end=entry.period_end, **values))
            else:
                op.update(current, **values)
    if memory is not None:
        memory.remember(MEMORY_KIND, preview.source.shape, preview.columns)
    return AbsenceResult(op.id, preview.count("new"), preview.count("updated"), preview.count("unchanged"),
                         len(preview.unknown))


def absence_of(store: Store, pupil: Pupil | str) -> list[AbsenceRecord]:
    """A pupil's absence records, newest period first."""
    pupil_id = pupil if isinstance(pupil, str) else pupil.id
    return store.find(AbsenceRecord, pupil_id=pupil_id, order_by="period_start DESC")
