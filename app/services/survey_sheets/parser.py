"""One sheet's rows to the classes' results: finds header rows, question and indicator tables, class titles
and blocks, tolerantly (see the package's docstring)."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.formatting import percent
from app.domain.survey import (
    Scale,
    indicator_from_label,
    is_no_answer_label,
    looks_negative,
    normalize_label,
    normalized_shares,
    option_matches,
    option_scores,
    pick_four_option_scale,
    pick_scale,
    shares_add_up,
)
from app.domain.wellbeing import Indicator
from app.i18n import tr
from app.services.import_columns import shown
from app.services.survey_sheets.cells import (
    _ANSWER_LABELS,
    _CLASS_LABELS,
    _CLASS_VALUE_LABELS,
    _CODE_LABELS,
    _DIRECTION_LABELS,
    _HIGH_LABELS,
    _INDICATOR_LABELS,
    _NATIONAL_LABELS,
    _NO,
    _SCHOOL_LABELS,
    _TEXT_LABELS,
    _TITLE_CLASS,
    _TITLE_YEAR,
    _YEAR_LABELS,
    _YES,
    _class_of,
    _count,
    _mean,
    _next_value,
    _number,
    _percent_value,
    _single_percent,
    _year,
    high_kind,
)
from app.services.survey_sheets.model import Cell, ParsedBlock, ParsedIndicator, ParsedQuestion, Sheet
from app.services.tabular import ImportProblem


# -- the parser --------------------------------------------------------------------------------------
@dataclass
class _QuestionTable:
    header_row: int
    scale: Scale
    option_columns: list[tuple[int, int, str]]  # (column index, index on scale, label as written)
    no_answer_column: int | None = None
    text_column: int | None = None
    code_column: int | None = None
    count_column: int | None = None
    indicator_column: int | None = None
    direction_column: int | None = None
    class_column: int | None = None


@dataclass
class _IndicatorTable:
    header_row: int
    label_column: int | None = None
    class_column: int | None = None  # class value
    school_column: int | None = None
    national_column: int | None = None
    high_column: int | None = None
    count_column: int | None = None
    class_name_column: int | None = None


class _SheetParser:
    def __init__(self, sheet: Sheet, problems: list[ImportProblem]):
        self.sheet = sheet
        self.problems = problems
        self.blocks: list[ParsedBlock] = []
        self.block: ParsedBlock | None = None
        self.table: _QuestionTable | _IndicatorTable | None = None
        self.default_class = _class_of(sheet.name, need_letter=True)
        self.orphan_row: int | None = None
        self.question_numbers: dict[int, int] = {}

    # blocks
    def _new_block(self, grade: int, letter: str, text: str, row: int | None, column: int | None) -> ParsedBlock:
        block = ParsedBlock(self.sheet.name, text, grade, letter, row, column, first_row=row or 1)
        self.blocks.append(block)
        return block

    def _current_block(self, row: int) -> ParsedBlock | None:
        if self.block is None and self.default_class is not None:
            grade, letter = self.default_class
            self.block = self._new_block(grade, letter, self.sheet.name, None, None)
            self.block.first_row = row
        if self.block is None and self.orphan_row is None:
            self.orphan_row = row
        return self.block

    def _block_for_class_cell(self, cell: Cell, row: int, column: int) -> ParsedBlock | None:
        """Rows of a table with a "Klasse" column: the block of the class named in the row."""
        found = _class_of(cell.text, need_letter=False)
        if found is None:
            self.problems.append(ImportProblem(
                tr("survey_import", "“{text}” is not a class. Write the class like 5.B.").format(
                    text=shown(cell.value)
                ),
                self.sheet.name, row, column))
            return None
        for block in self.blocks:
            if (block.grade, block.letter) == found:
                return block
        return self._new_block(found[0], found[1], cell.text, row, column)

    def parse(self) -> list[ParsedBlock]:
        for row_index, cells in enumerate(self.sheet.rows, start=1):
            if all(c.empty for c in cells):
                continue
            self._row(row_index, cells)
        if self.orphan_row is not None:
            self.problems.append(ImportProblem(
                tr("survey_import", "It does not say which class these figures belong to. Name the sheet after "
                                    "the class (for example 5.B) or write “Klasse” and the class above the "
                                    "figures."),
                self.sheet.name, self.orphan_row))
        return self.blocks

    def _row(self, row: int, cells: list[Cell]) -> None:
        labels = [normalize_label(c.text) if isinstance(c.value, str) else "" for c in cells]
        if self._class_marker(row, cells, labels):
            self._key_values(row, cells, labels)
            return
        if self._question_header(row, cells, labels):
            return
        if self._indicator_header(row, cells, labels):
            return
        first = next((i for i, label in enumerate(labels) if label), None)
        first_label = labels[first] if first is not None else ""
        table = self.table
        if isinstance(table, _IndicatorTable) and table.label_column is not None and table.label_column < len(labels) \
                and indicator_from_label(labels[table.label_column]) is not None:
            self._indicator_row(row, cells, labels)
            return
        if first_label in _ANSWER_LABELS | _YEAR_LABELS | _HIGH_LABELS or high_kind(first_label):
            self._key_values(row, cells, labels)
            return
        in_question_table = isinstance(table, _QuestionTable)
        if isinstance(table, _QuestionTable) and first is not None:
            has_figures = any(column < len(cells) and not cells[column].empty
                              for column, _index, _text in table.option_columns)
            if (first == table.indicator_column and has_figures) or (
                    first in (table.class_column, table.code_column, table.direction_column)
                    and indicator_from_label(first_label) is None):
                self._question_row(row, cells)  # e.g. an "Indikator" column before the question's text
                return
        if indicator_from_label(first_label) is not None:
            if in_question_table:
                self.table = None  # an indicator row after the questions ends the question table
            self._indicator_row(row, cells, labels)
            return
        if in_question_table and self._question_row(row, cells):
            return
        self._key_values(row, cells, labels)

    def _class_marker(self, row: int, cells: list[Cell], labels: list[str]) -> bool:
        for index, label in enumerate(labels):
            if not label:
                continue
            found = None
            title_year = None
            column = index
            if label in ("klasse", "klassen"):
                value_index = _next_value(cells, index)
                if value_index is not None:
                    found = _class_of(cells[value_index].text, need_letter=False)
                    column = value_index
            elif label.startswith("klasse ") or label.startswith("klasse:"):
                # "Klasse 5.B", "Klasse: 5b", "Klasse 5.B – trivselsmåling 2025/26"
                match = _TITLE_CLASS.match(cells[index].text)
                found = _class_of(match.group(1), need_letter=False) if match else None
                year = _TITLE_YEAR.search(cells[index].text)
                title_year = year.group(0) if year and found is not None else None
            elif sum(1 for c in cells if not c.empty) == 1:
                found = _class_of(cells[index].text, need_letter=True)
            if found is not None:
                if (self.block is not None and self.block.class_row is None
                        and (self.block.grade, self.block.letter) == found and not self.block.has_data):
                    self.block.class_row, self.block.class_column = row, column + 1  # the sheet's own class
                else:
                    self.block = self._new_block(found[0], found[1], cells[column].text, row, column + 1)
                if title_year is not None:
                    self.block.school_year = _year(Cell(title_year), self.sheet.name, row, column + 1, self.problems)
                self.table = None
                return True
            break  # only the first text cell of a row can start a block
        return False

    def _key_values(self, row: int, cells: list[Cell], labels: list[str]) -> None:
        for index, label in enumerate(labels):
            if not label:
                continue
            kind = None
            if label in _ANSWER_LABELS:
                kind = "answers"
            elif label in _YEAR_LABELS:
                kind = "year"
            elif label in _HIGH_LABELS or high_kind(label) == "class":
                kind = "high"
            elif high_kind(label):
                break  # the municipality's or the country's share: a comparison, never the class's own
            if kind is None:
                continue
            value_index = _next_value(cells, index)
            if value_index is None:
                continue
            value_cell = cells[value_index]
            if isinstance(value_cell.value, str) and normalize_label(value_cell.text) in (
                    _ANSWER_LABELS | _YEAR_LABELS | _HIGH_LABELS):
                continue
            block = self._current_block(row)
            if block is None:
                return
            column = value_index + 1
            if kind == "answers":
                block.answer_count = _count(value_cell, self.sheet.name, row, column, self.problems)
                block.answer_place = (row, column)
            elif kind == "year":
                block.school_year = _year(value_cell, self.sheet.name, row, column, self.problems)
            else:
                block.high_wellbeing_pct = _single_percent(value_cell, self.sheet.name, row, column, self.problems)

    def _question_header(self, row: int, cells: list[Cell], labels: list[str]) -> bool:
        option_cells = [(i, cells[i].text) for i, label in enumerate(labels) if label and option_matches(label)]
        if len(option_cells) < 3:
            return False
        picked = pick_scale([text for _i, text in option_cells])
        if picked is None and len(option_cells) == 4:
            picked = pick_four_option_scale([text for _i, text in option_cells])
        if picked is None:
            self.problems.append(ImportProblem(
                tr("survey_import", "The answer options in this header do not match the survey's answer scales "
                                    "(for example Meget tit / Tit / En gang imellem / Sjældent / Aldrig)."),
                self.sheet.name, row, option_cells[0][0] + 1, option_cells[-1][0] + 1))
            self.table = None
            return True
        scale, indexes = picked
        table = _QuestionTable(header_row=row, scale=scale, option_columns=[])
        seen = set()
        for (column, text), index in zip(option_cells, indexes):
            if index < 0 or index in seen:
                continue
            seen.add(index)
            table.option_columns.append((column, index, text))
        table.option_columns.sort(key=lambda item: item[1])
        for index, label in enumerate(labels):
            if not label or any(index == c for c, _i, _t in table.option_columns):
                continue
            if is_no_answer_label(label):
                table.no_answer_column = index
            elif label in _TEXT_LABELS and table.text_column is None:
                table.text_column = index
            elif label in _CODE_LABELS and table.code_column is None:
                table.code_column = index
            elif label in _ANSWER_LABELS and table.count_column is None:
                table.count_column = index
            elif label in _INDICATOR_LABELS and table.indicator_column is None:
                table.indicator_column = index
            elif label in _DIRECTION_LABELS and table.direction_column is None:
                table.direction_column = index
            elif label in _CLASS_LABELS and table.class_column is None:
                table.class_column = index
        self.table = table
        return True

    def _indicator_header(self, row: int, cells: list[Cell], labels: list[str]) -> bool:
        table = _IndicatorTable(header_row=row)
        block = self.block
        value_words = _CLASS_VALUE_LABELS - _CLASS_LABELS
        if any(label in value_words for label in labels):  # "Klasse | Indikator | Gennemsnit": a class column
            for index, label in enumerate(labels):
                if label in _CLASS_LABELS and table.class_name_column is None:
                    table.class_name_column = index
        for index, label in enumerate(labels):
            if index == table.class_name_column:
                continue
            if not label:
                continue
            if label in _INDICATOR_LABELS and table.label_column is None:
                table.label_column = index
            elif label in _SCHOOL_LABELS and table.school_column is None:
                table.school_column = index
            elif label in _NATIONAL_LABELS and table.national_column is None:
                table.national_column = index
            elif (label in _HIGH_LABELS or high_kind(label) == "class") and table.high_column is None:
                table.high_column = index
            elif label in _ANSWER_LABELS and table.count_column is None:
                table.count_column = index
            elif label in _CLASS_VALUE_LABELS and table.class_column is None:
                table.class_column = index
            elif label in _CLASS_LABELS and table.class_name_column is None:
                table.class_name_column = index
            elif table.class_column is None and block is not None and _class_of(cells[index].text, need_letter=True) \
                    == (block.grade, block.letter):
                table.class_column = index  # the class's own name as the column header
        found = [c for c in (table.class_column, table.school_column, table.national_column) if c is not None]
        if table.label_column is None and len(found) < 2:
            return False
        if table.label_column is not None and not found and table.high_column is None:
            return False
        self.table = table
        return True

    def _indicator_row(self, row: int, cells: list[Cell], labels: list[str]) -> bool:
        table = self.table if isinstance(self.table, _IndicatorTable) else None
        label_index = None
        indicator = None
        if table is not None and table.label_column is not None and table.label_column < len(labels):
            indicator = indicator_from_label(labels[table.label_column])
            label_index = table.label_column
        if indicator is None:
            first = next((i for i, label in enumerate(labels) if label), None)
            if first is not None:
                indicator = indicator_from_label(labels[first])
                label_index = first
        if indicator is None or label_index is None:  # (they are found together)
            return False
        block = None
        if table is not None and table.class_name_column is not None and table.class_name_column < len(cells) \
                and not cells[table.class_name_column].empty:
            block = self._block_for_class_cell(cells[table.class_name_column], row, table.class_name_column + 1)
        else:
            block = self._current_block(row)
        if block is None:
            return True
        parsed = ParsedIndicator(indicator=indicator, row=row)

        def cell_at(column):
            return cells[column] if column is not None and column < len(cells) else Cell(None)

        if table is not None and (table.class_column is not None or table.school_column is not None
                                  or table.national_column is not None):
            for attribute, column in (("class_value", table.class_column), ("school_value", table.school_column),
                                      ("national_value", table.national_column)):
                cell = cell_at(column)
                if column is not None and not cell.empty:
                    setattr(parsed, attribute, _mean(cell, self.sheet.name, row, column + 1, self.problems))
            if (table.high_column is not None and indicator == Indicator.OVERALL
                    and not cell_at(table.high_column).empty):
                block.high_wellbeing_pct = _single_percent(
                    cell_at(table.high_column), self.sheet.name, row, table.high_column + 1, self.problems)
            if table.count_column is not None and not cell_at(table.count_column).empty and block.answer_count is None:
                block.answer_count = _count(cell_at(table.count_column), self.sheet.name, row,
                                            table.count_column + 1, self.problems)
                block.answer_place = (row, table.count_column + 1)
        else:  # no header: the first number right of the name is the class's mean
            value_index = _next_value(cells, label_index)
            if value_index is not None:
                parsed.class_value = _mean(cells[value_index], self.sheet.name, row, value_index + 1, self.problems)
        if parsed.class_value is None and parsed.school_value is None and parsed.national_value is None:
            return True  # an empty template row
        if indicator in block.indicators:
            self.problems.append(ImportProblem(
                tr("survey_import", "The indicator “{name}” appears twice for class {klass}.").format(
                    name=cells[label_index].text, klass=block.name),
                self.sheet.name, row, label_index + 1))
            return True
        block.indicators[indicator] = parsed
        return True

    def _question_row(self, row: int, cells: list[Cell]) -> bool:
        table = self.table
        assert isinstance(table, _QuestionTable)  # called only inside a question table

        def cell_at(column):
            return cells[column] if column is not None and column < len(cells) else Cell(None)

        option_cells = [cell_at(column) for column, _index, _text in table.option_columns]
        no_answer = cell_at(table.no_answer_column)
        text_cell = cell_at(table.text_column)
        if table.text_column is None:  # the first text left of the options that is not a known column
            used = {table.code_column, table.count_column, table.indicator_column, table.direction_column,
                    table.class_column, table.no_answer_column, *(c for c, _i, _t in table.option_columns)}
            for index, cell in enumerate(cells):
                if index not in used and isinstance(cell.value, str) and not cell.empty and len(cell.text) > 3:
                    text_cell = cell
                    break
        if all(c.empty for c in option_cells) and no_answer.empty:
            return True  # a row without figures (an empty template row, a note): ignored
        first_option = min(c for c, _i, _t in table.option_columns) + 1
        last_option = max(c for c, _i, _t in table.option_columns) + 1
        if table.class_column is not None and not cell_at(table.class_column).empty:
            block = self._block_for_class_cell(cell_at(table.class_column), row, table.class_column + 1)
        else:
            block = self._current_block(row)
        if block is None:
            return True
        if text_cell.empty:
            self.problems.append(ImportProblem(
                tr("survey_import", "The question's text is missing. Write the question in the column "
                                    "“Spørgsmål”."),
                self.sheet.name, row, (table.text_column + 1) if table.text_column is not None else None))
            return True
        values: list[tuple[float, bool]] = []
        bad = False
        for (column, _index, _text), cell in zip(table.option_columns, option_cells):
            parsed = _number(cell, self.sheet.name, row, column + 1, self.problems) if not cell.empty else (0.0, False)
            if parsed is None:
                bad = True  # the values are not used then
                continue
            values.append(_percent_value(cell, parsed))
        extra = None
        if table.no_answer_column is not None and not no_answer.empty:
            parsed = _number(no_answer, self.sheet.name, row, table.no_answer_column + 1, self.problems)
            if parsed is None:
                bad = True
            else:
                extra = _percent_value(no_answer, parsed)
        if bad:
            return True
        everything = values + ([extra] if extra is not None else [])
        plain = [v for v, known in everything if not known]
        known_sum = sum(v for v, known in everything if known)
        as_fraction = bool(plain) and all(0 <= v <= 1 for v in plain) and abs(sum(plain) + known_sum / 100 - 1) <= 0.02
        shares = [round(v * 100 if (as_fraction and not known) else v, 4) for v, known in values]
        extra_share = (
            None if extra is None else round(extra[0] * 100 if (as_fraction and not extra[1]) else extra[0], 4)
        )
        columns = [column + 1 for column, _i, _t in table.option_columns]
        for share, column in zip(shares + ([extra_share] if extra_share is not None else []),
                                 columns + ([table.no_answer_column + 1] if table.no_answer_column is not None
                                            and extra_share is not None else [])):
            if share > 100.0001:
                self.problems.append(ImportProblem(
                    tr("survey_import", "The share {value} is above 100 %.").format(value=percent(share)),
                    self.sheet.name, row, column))
                bad = True
            elif share < 0:
                self.problems.append(ImportProblem(
                    tr("survey_import", "A share cannot be negative ({value}).").format(value=percent(share)),
                    self.sheet.name, row, column))
                bad = True
        if bad:
            return True
        total = sum(shares) + (extra_share or 0.0)
        if not shares_add_up(shares + ([extra_share] if extra_share is not None else [])):
            self.problems.append(ImportProblem(
                tr("survey_import", "The shares add up to {total}; they must add up to about 100 % (± 2). "
                                    "Check the numbers in the report.").format(total=percent(total)),
                self.sheet.name, row, first_option,
                max(last_option, (table.no_answer_column + 1)
                    if table.no_answer_column is not None and extra_share is not None else 0)))
            return True
        if extra_share is not None:  # "Jeg ønsker ikke at svare" counts as no answer
            shares = normalized_shares(shares) if sum(shares) > 0 else shares
        count = 0
        if table.count_column is not None and not cell_at(table.count_column).empty:
            found = _count(cell_at(table.count_column), self.sheet.name, row, table.count_column + 1, self.problems)
            if found is None:
                return True
            count = found
        negative = looks_negative(text_cell.text)
        direction = normalize_label(cell_at(table.direction_column).text) if table.direction_column is not None else ""
        if direction in _YES:
            negative = True
        elif direction in _NO:
            negative = False
        indicator = None
        if table.indicator_column is not None and not cell_at(table.indicator_column).empty:
            indicator = indicator_from_label(cell_at(table.indicator_column).text)
            if indicator is None:
                self.problems.append(ImportProblem(
                    tr("survey_import", "“{text}” is not one of the indicators (Social trivsel, Faglig trivsel, "
                                        "Støtte og inspiration, Ro og orden).").format(
                        text=shown(cell_at(table.indicator_column).value)),
                    self.sheet.name, row, table.indicator_column + 1))
                return True
        number = self.question_numbers.get(id(block), 0) + 1
        self.question_numbers[id(block)] = number
        code = cell_at(table.code_column).text if table.code_column is not None else ""
        block.questions.append(ParsedQuestion(
            code=code or f"S{number:02d}", text=text_cell.text,
            options=[text for _c, _i, text in table.option_columns],
            option_scores=option_scores(len(table.option_columns), negative),
            shares=shares, answer_count=count, indicator=indicator, scale=table.scale, row=row,
        ))
        return True
