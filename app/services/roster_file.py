"""Reading a pupil list: find the header row, guess the columns, read the pupils (no database here).

Used by :mod:`app.services.roster_import` (preview and apply) and, for the column guessing and checks,
by :mod:`app.services.absence_import`. A column that looks like CPR numbers is never read
(see :func:`cpr_warning`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.domain.base import RuleError
from app.domain.school import class_name, normalize_class_name
from app.i18n import tr
from app.services.import_columns import (
    FieldSpec,
    clean_text,
    cpr_columns,
    file_shape,
    find_header_row,
    guess_columns,
    has_digits,
    has_letters,
    header_texts,
    looks_like_cpr,
    name_key,
    normalize_header,
    parse_date,
    shown,
    split_full_name,
)
from app.services.import_memory import ImportMemory, looks_like_data_row
from app.services.import_problems import (
    ImportProblem,
    Severity,
    left_out_note,
    problem_lines,
    refusal_text,
    sentence,
)
from app.services.tabular import (
    Sheet,
    Table,
    TableError,
    bad_cell,
    column_letter,
    data_rows,
    read_table,
    refusing,
)

MEMORY_KIND = "roster"
GIVEN, FAMILY, FULL, CLASS, BIRTH = "given_name", "family_name", "full_name", "class", "birth_date"
FIELDS = (GIVEN, FAMILY, FULL, CLASS, BIRTH)

SPECS = (
    FieldSpec(GIVEN, ("fornavn", "fornavne", "elevfornavn", "elevensfornavn", "fornavnogmellemnavn",
                      "fornavnemellemnavne", "firstname", "givenname"), ("fornavn",)),
    FieldSpec(FAMILY, ("efternavn", "elevefternavn", "elevensefternavn", "lastname", "surname", "familyname"),
              ("efternavn",)),
    FieldSpec(FULL, ("navn", "elevnavn", "elev", "elevensnavn", "fuldtnavn", "fuldenavn", "name", "efternavnfornavn",
                     "fornavnefternavn", "navnefternavnfornavn", "navnfornavnefternavn", "elevnavnefternavnfornavn"),
              ("navn",), ("fornavn", "efternavn", "forælder", "forældre", "mor", "far", "kontakt", "lærer", "skole",
                                  "kaldenavn")),
    FieldSpec(CLASS, ("klasse", "kl", "klassebetegnelse", "stamklasse", "klassenavn", "class", "hovedklasse",
                      "elevklasse", "klassekode"), ("klasse",), ("trin", "lærer", "årgang")),
    FieldSpec(BIRTH, ("fødselsdato", "fødselsdag", "født", "fdato", "fødtden", "fødsdato", "birthdate",
                      "dateofbirth"), ("fødsel",)),
)


def field_label(name: str) -> str:
    return {
        GIVEN: tr("import", "First name"),
        FAMILY: tr("import", "Family name"),
        FULL: tr("import", "Full name"),
        CLASS: tr("import", "Class"),
        BIRTH: tr("import", "Birth date"),
    }[name]


@dataclass
class RosterSource:
    """A read file with its guessed (or remembered) columns. Nothing about the school's file yet."""

    table: Table
    sheets: list[Sheet]
    header_indices: list[int]
    headers: list[str]
    shape: tuple[str, ...] | None
    guessed: dict[str, int | None]
    columns: dict[str, int | None]
    remembered: bool = False
    cpr_columns: set[int] = field(default_factory=set)
    ignored_sheets: list[str] = field(default_factory=list)
    header_found: bool = True
    layout: str = ""  # "tabulex" for Tabulex TEA's Elev.txt, "" otherwise

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def width(self) -> int:
        return len(self.headers)

    def column_title(self, column: int) -> str:
        header = self.headers[column] if column < len(self.headers) else ""
        if looks_like_cpr(header):  # a file without a header row: never show a CPR number
            header = ""
        return f"{column_letter(column)}: {header}" if header else column_letter(column)


def read_roster(path: str | Path, *, memory: ImportMemory | None = None, no_header: bool = False) -> RosterSource:
    """Read a pupil list and guess its columns (a remembered choice for the same file shape wins).

    ``no_header``: the file's first row is a pupil (a list without a header row); the columns are guessed
    from the values and can be chosen."""
    table = read_table(path, allow_single_row=True)
    from app.services.roster_layouts import tabulex_source

    with refusing(table.name):
        tabulex = tabulex_source(table)
        if tabulex is not None:
            return tabulex
        return guess_source(table, specs=SPECS, memory=memory, kind=MEMORY_KIND, no_header=no_header)


def guess_source(table: Table, *, specs, memory: ImportMemory | None, kind: str,
                 no_header: bool = False) -> RosterSource:
    """Find the header row of each sheet; keep the sheets shaped like the first one with a header.

    A list without a header row (or ``no_header``) is read from its first row; its columns are guessed from
    the values (a column of class names, of dates, of names)."""
    found = [(sheet, *find_header_row(sheet, specs)) for sheet in table.sheets]
    usable = [] if no_header else [(sheet, index) for sheet, index, score in found if score > 0]
    header_found = bool(usable)
    if not usable:
        from app.services.roster_layouts import _first_row_is_header, _headerless_source

        headerless = _headerless_source(table, specs)
        if no_header or not _first_row_is_header(headerless):
            return headerless
        usable = [(table.sheets[0], 0)]  # a header with names we do not know: the user chooses the columns
    if all(len(sheet.rows) <= index + 1 for sheet, index in usable):
        from app.services.tabular import header_only_error

        raise header_only_error(table, usable[0][0])
    first_sheet, first_index = usable[0]
    shape_of = lambda sheet, index: tuple(normalize_header(h) for h in header_texts(sheet.rows[index]))  # noqa: E731
    first_shape = shape_of(first_sheet, first_index)
    sheets, indices, ignored = [], [], []
    for sheet, index in usable:
        if shape_of(sheet, index) == first_shape:
            sheets.append(sheet)
            indices.append(index)
        else:
            ignored.append(sheet.name)
    headers = header_texts(first_sheet.rows[first_index])
    normalized = [normalize_header(h) for h in headers]
    data = [row for sheet, index in zip(sheets, indices) for row in sheet.rows[index + 1:]]
    cprs = cpr_columns(normalized, data)
    guessed = guess_columns(normalized, specs)
    guessed = {name: (None if column in cprs else column) for name, column in guessed.items()}
    shape = file_shape(headers)
    if not header_found and (looks_like_data_row(headers, data) or any(
            any(ch.isdigit() or ch == "," for ch in header) for header in headers)):
        shape = None  # the first row may be a pupil: never let it reach the settings file
    recalled = memory.recall(kind, shape) if memory is not None else None
    columns = dict(guessed)
    if recalled:
        columns.update({name: column for name, column in recalled.items() if name in columns and column not in cprs})
    return RosterSource(
        table=table, sheets=sheets, header_indices=indices, headers=headers, shape=shape, guessed=guessed,
        columns=columns, remembered=bool(recalled), cpr_columns=cprs, ignored_sheets=ignored,
        header_found=header_found,
    )


def cpr_warning(source: RosterSource) -> str | None:
    """The Danish explanation shown when a column looks like CPR numbers."""
    if not source.cpr_columns:
        return None
    names = ", ".join(f"“{source.column_title(c)}”" for c in sorted(source.cpr_columns))
    return tr(
        "import",
        "The column {columns} looks like CPR numbers. It is not read: Klassekonference never stores CPR numbers, "
        "because they are confidential personal data that a class conference does not need. The pupils are "
        "recognised by name and birth date instead.",
    ).format(columns=names)


def check_columns(source: RosterSource, columns: dict[str, int | None], *, name_fields=(GIVEN, FAMILY, FULL),
                  label=None) -> None:
    """The chosen columns can be read: a name column, no column twice, never a CPR column."""
    label = label or field_label
    chosen = {name: column for name, column in columns.items() if column is not None}
    for name, column in chosen.items():
        if source.width and not 0 <= column < source.width:
            raise TableError(
                tr("import", "The file “{name}” has no column {column} (its last column is {last}). Choose "
                             "another column for “{field}”.").format(
                    name=source.name, column=column_letter(max(column, 0)), last=column_letter(source.width - 1),
                    field=label(name),
                ),
                kind="mapping", column=column_letter(max(column, 0)),
            )
        if column in source.cpr_columns:
            raise TableError(
                tr("import", "The column “{column}” holds CPR numbers and cannot be read as “{field}”. "
                             "Choose another column.").format(column=source.column_title(column),
                                                               field=label(name)),
                kind="cpr", column=column_letter(column),
            )
    seen: dict[int, str] = {}
    for name, column in chosen.items():
        if column in seen:
            raise TableError(
                tr("import", "The column “{column}” is chosen both as “{first}” and as “{second}”. Choose each "
                             "column once.").format(column=source.column_title(column), first=label(seen[column]),
                                                    second=label(name)),
                kind="mapping",
            )
        seen[column] = name
    if not any(chosen.get(name) is not None for name in name_fields):
        raise TableError(
            tr("import", "No column with the pupils' names was found in “{name}”. The first row should name the "
                         "columns, e.g. “Fornavn” and “Efternavn”, or “Navn”. Choose the name column, or add "
                         "such a header to the file.").format(name=source.name),
            kind="no_name",
        )


@dataclass
class RosterRow:
    """One pupil as the file has it."""

    sheet: str
    row: int
    given_name: str
    family_name: str
    birth_date: date | None
    grade: int
    letter: str
    name_split_known: bool = True  # False: a full name split by guess ("Anne Sofie Holm")

    @property
    def class_key(self) -> tuple[int, str]:
        return self.grade, self.letter

    @property
    def key(self) -> str:
        return name_key(self.given_name, self.family_name)

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


def read_rows(source: RosterSource, columns: dict[str, int | None], *, default_class: str | None = None,
              only_class: str | None = None) -> tuple[list[RosterRow], list[str], int, list[ImportProblem]]:
    """(pupils, warnings about the whole file, rows skipped for other classes, problems with their places).

    A row that cannot be read never stops the others: it is a refused :class:`ImportProblem`, which the
    caller lists and leaves out only after the user agreed (the GUI preview, ``--skip-bad-rows``); a row
    that is left out because it is no pupil (a total line) is a warning. Raises TableError for problems of
    the whole file."""
    check_columns(source, columns)
    named = source.table.kind != "csv"  # a workbook's rows are placed by sheet, a CSV file has none
    only = normalize_class_name(only_class) if only_class else None
    fallback = normalize_class_name(default_class) if default_class else only
    given_col, family_col, full_col = columns.get(GIVEN), columns.get(FAMILY), columns.get(FULL)
    class_col, birth_col = columns.get(CLASS), columns.get(BIRTH)
    used = [c for c in (given_col, family_col, full_col, class_col, birth_col) if c is not None]
    pupils: list[RosterRow] = []
    problems: list[ImportProblem] = []
    warnings: list[str] = []
    skipped = 0
    for sheet, header_index in zip(source.sheets, source.header_indices):
        sheet_class = _class_of_sheet(sheet) if source.table.kind == "xlsx" else None
        rows = list(data_rows(source.table, sheet, header_index, source.width if source.width else None))
        family_first = _family_first(full_col, source.headers)

        def problem(message: str, number: int, column: int | None = None, severity=Severity.REFUSED,
                    sheet=sheet) -> ImportProblem:
            return ImportProblem(message, sheet.name if named else None, number, None if column is None else column + 1,
                                 file=source.name, severity=severity)

        for number, cells in rows:
            cells = cells + [None] * (max(used, default=0) + 1 - len(cells))
            broken = next(((c, bad_cell(cells[c])) for c in used if bad_cell(cells[c])), None)
            if broken is not None:
                problems.append(problem(sentence(broken[1] or ""), number, broken[0]))  # found: never None
                continue
            if any(looks_like_cpr(cells[c]) for c in (given_col, family_col, full_col) if c is not None):
                problems.append(problem(tr("import", "The name looks like a CPR number."), number))
                continue
            given = clean_text(cells[given_col]) if given_col is not None else ""
            family = clean_text(cells[family_col]) if family_col is not None else ""
            split_known = True
            if not (given or family) and full_col is not None:
                full = clean_text(cells[full_col])
                given, family = split_full_name(full, family_first)
                split_known = "," in full
            written = any(cells[c] is not None for c in (given_col, family_col, full_col) if c is not None)
            if not has_letters(given + family):
                if written and (given or family):
                    problems.append(problem(tr("import", "“{text}” is not a name (it has no letters).").format(
                        text=shown(f"{given} {family}")), number))
                elif written or any(cells[c] is not None for c in (class_col, birth_col) if c is not None):
                    problems.append(problem(tr("import", "The pupil has no name."), number))
                continue
            if has_digits(given + family):
                problems.append(problem(tr("import", "“{text}” is not a name; the row is left out.").format(
                    text=shown(f"{given} {family}")), number, severity=Severity.WARNING))
                continue
            if class_col is None:  # the class the user chose wins over a sheet named like a class
                grade_letter = fallback or sheet_class
            elif cells[class_col] is None:
                grade_letter = sheet_class
            else:
                try:
                    grade_letter = normalize_class_name(clean_text(cells[class_col]))
                except RuleError as error:
                    problems.append(problem(f"“{shown(cells[class_col])}”. {error}", number, class_col))
                    continue
            if grade_letter is None:
                if class_col is None:
                    raise TableError(
                        tr("import", "The list has no class column. Choose the class the pupils belong to."),
                        kind="no_class",
                    )
                problems.append(problem(tr("import", "The class is missing."), number, class_col))
                continue
            if only is not None and grade_letter != only:
                skipped += 1
                continue
            birth = None
            if birth_col is not None and cells[birth_col] is not None:
                try:
                    birth = parse_date(cells[birth_col])
                except (ValueError, OverflowError):
                    birth = None
                if birth is None or birth > date.today() or birth.year < 1990:
                    problems.append(problem(tr("import", "“{value}” is not a birth date (write it like 03-07-2015).")
                                            .format(value=shown(cells[birth_col])), number, birth_col))
                    continue
            pupils.append(RosterRow(sheet.name, number, given, family, birth, *grade_letter, split_known))
    _check_duplicates(source, pupils)
    return pupils, warnings, skipped, problems


def skipped_rows_note(source: RosterSource, problems: list[ImportProblem]) -> str:
    """The note above a preview whose file has rows that cannot be read (they are left out)."""
    return left_out_note(source.name, problems)


def row_problems_error(source: RosterSource, problems: list[ImportProblem]) -> TableError:
    return TableError(refusal_text(source.name, problems), kind="values")


def _class_of_sheet(sheet: Sheet) -> tuple[int, str] | None:
    try:
        return normalize_class_name(sheet.name)
    except RuleError:
        return None


def _family_first(full_col: int | None, headers: list[str]) -> bool:
    """ "Hansen Peter" without a comma is family first only when the header says so ("Efternavn Fornavn")."""
    if full_col is None:
        return False
    header = normalize_header(headers[full_col]) if full_col < len(headers) else ""
    return header.startswith("efternavn")


def _check_duplicates(source: RosterSource, pupils: list[RosterRow]) -> None:
    seen: dict[tuple, RosterRow] = {}
    problems = []
    for pupil in pupils:
        keys: list[tuple] = (
            [(pupil.key, pupil.class_key, pupil.birth_date)] if pupil.birth_date else [(pupil.key, pupil.class_key)]
        )
        if pupil.birth_date:
            keys.append((pupil.key, pupil.birth_date))
        twin = next((seen[k] for k in keys if k in seen), None)
        if twin is not None:
            problems.append(ImportProblem(
                tr("import", "{name} ({class_name}) is on the list twice: rows {first} and {second}.").format(
                    name=pupil.full_name, class_name=class_name(pupil.grade, pupil.letter), first=twin.row,
                    second=pupil.row),
                pupil.sheet if source.table.kind != "csv" else None, pupil.row, file=source.name))
        for k in keys:
            seen.setdefault(k, pupil)
    if problems:
        listed = "\n".join(problem_lines(problems))
        raise TableError(
            tr("import", "“{name}” lists the same pupil more than once. Nothing has been imported. Remove the "
                         "doubles (or add birth dates, if they are two pupils with the same name):\n{rows}").format(
                name=source.name, rows=listed),
            kind="duplicates",
        )
