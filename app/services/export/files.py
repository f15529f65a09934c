"""Writing the handouts to files: sensible names, whole files only, and one file per class of a school year.

``Klassekonference 5.B 12.03.2026 - referat.pdf``: the class as it was at the conference, the conference's
date (the one Danish date style, docs/architecture.md) and the document; ``Klasse 1.A pr. 24.11.2026 - klassens
ark.pdf`` for a class without a conference. A file is written beside its target under a
temporary name and then renamed, so a failed export never leaves half a file behind.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.domain.base import RuleError
from app.domain.conference import Conference
from app.domain.formatting import short_date
from app.domain.pseudonyms import ReplacementReport
from app.domain.school import SchoolClass, SchoolYear
from app.i18n import tr
from app.services import school as school_service
from app.services.export.content import (
    AS_OF_TODAY,
    ConferenceContent,
    DocumentKind,
    ExportOptions,
    collect,
    latest_conference,
    today_stand_in,
)
from app.storage.store import Store

WORKBOOK = "xlsx"  # the kind for export_all_classes that writes the Excel workbook
# What a class without a conference can still be exported as (as of today).
AS_OF_TODAY_KINDS = (DocumentKind.CLASS_SHEET, WORKBOOK)
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def kind_file_word(kind: DocumentKind | str) -> str:
    if kind == WORKBOOK:
        return tr("export", "agreements and wellbeing")
    return {
        DocumentKind.AGENDA: tr("export", "agenda"),
        DocumentKind.PROTOCOL: tr("export", "minutes"),
        DocumentKind.CLASS_SHEET: tr("export", "class sheet"),
        DocumentKind.PUPIL_SHEETS: tr("export", "pupil sheets"),
    }[DocumentKind(kind)]


def file_name(school_class: SchoolClass, conference: Conference, kind: DocumentKind | str, detail: str = "") -> str:
    """ "Klassekonference 5.B 12.03.2026 - referat.pdf" (".xlsx" for the workbook); safe on every system.
    ``detail`` is added at the end, e.g. the pupil of a single pupil sheet."""
    suffix = ".xlsx" if kind == WORKBOOK else ".pdf"
    if conference.id == AS_OF_TODAY:
        name = tr("export", "Class {name} as of {date} - {document}").format(
            name=school_class.name, date=short_date(conference.held_on), document=kind_file_word(kind))
    else:
        name = tr("export", "Class conference {name} {date} - {document}").format(
            name=school_class.name, date=short_date(conference.held_on), document=kind_file_word(kind)
        )
    if detail.strip():
        name += f" - {detail.strip()}"
    return _UNSAFE.sub("-", name).strip(" .") + suffix


def render_pdf(kind: DocumentKind | str, content: ConferenceContent) -> bytes:
    """The PDF of one document from collected content (no database access: safe in a worker thread)."""
    return render_pdf_with_report(kind, content)[0]


def render_pdf_with_report(kind: DocumentKind | str, content: ConferenceContent) -> tuple[bytes, ReplacementReport]:
    """The PDF and what its texts lost: the names replaced, with each text before and after."""
    from app.services.export import dagsorden, elevark, klassens_ark, protokol
    from app.services.export.names import names_for

    module = {
        DocumentKind.AGENDA: dagsorden,
        DocumentKind.PROTOCOL: protokol,
        DocumentKind.CLASS_SHEET: klassens_ark,
        DocumentKind.PUPIL_SHEETS: elevark,
    }[DocumentKind(kind)]
    names = names_for(kind, content)
    return module.render(content, names), names.report


def pseudonymised_detail(options: ExportOptions | None) -> str:
    """What a pseudonymised file's name ends with ("pseudonymiseret"), so it never replaces the named one."""
    return tr("export", "pseudonymised") if options is not None and options.anonymize else ""


def write_atomically(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all (a temporary file beside it, then a rename)."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise RuleError(tr("export", "The folder “{folder}” does not exist.").format(folder=path.parent))
    handle, temporary = tempfile.mkstemp(prefix=".~", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise RuleError(
            tr("export", "“{name}” could not be written: {reason}").format(
                name=path.name, reason=error.strerror or error
            )
        ) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def export_pdf(
    store: Store,
    conference: Conference,
    kind: DocumentKind | str,
    path: str | Path,
    *,
    school_class: SchoolClass | None = None,
    options: ExportOptions | None = None,
    today: date | None = None,
) -> Path:
    return export_pdf_with_report(store, conference, kind, path, school_class=school_class, options=options,
                                  today=today)[0]


def export_pdf_with_report(
    store: Store,
    conference: Conference,
    kind: DocumentKind | str,
    path: str | Path,
    *,
    school_class: SchoolClass | None = None,
    options: ExportOptions | None = None,
    today: date | None = None,
) -> tuple[Path, ReplacementReport]:
    content = collect(store, conference, school_class, options, today)
    data, report = render_pdf_with_report(kind, content)
    return write_atomically(path, data), report


def export_xlsx(
    store: Store,
    conference: Conference,
    path: str | Path,
    *,
    school_class: SchoolClass | None = None,
    today: date | None = None,
) -> Path:
    from app.services.export.workbook import workbook_bytes

    return write_atomically(path, workbook_bytes(store, conference, school_class, today=today))


@dataclass
class ExportResult:
    written: list[Path]
    skipped: list[str]  # class names without a conference
    reports: dict[str, ReplacementReport] = field(default_factory=dict)  # file name -> what was replaced

    @property
    def report(self) -> ReplacementReport:
        """All files' replacements together."""
        total = ReplacementReport()
        for report in self.reports.values():
            total.names += report.names
            total.changes += report.changes
        return total


ProgressCallback = Callable[[int, int, str], None]  # (done, total, message)


def export_all_classes(
    store: Store,
    school_year: int,
    out_dir: str | Path,
    kind: DocumentKind | str,
    progress: ProgressCallback | None = None,
    *,
    options: ExportOptions | None = None,
    today: date | None = None,
) -> ExportResult:
    """One file per class of the school year, from each class's newest conference (planned or held).

    ``kind`` is a document kind or ``"xlsx"`` for the workbook. ``progress(done, total, message)`` is called
    after each class. Classes without a conference are skipped and reported.
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise RuleError(tr("export", "The folder “{folder}” does not exist.").format(folder=out_dir))
    if kind != WORKBOOK:
        kind = DocumentKind(kind)
    classes = school_service.classes_of_year(store, school_year)
    if not classes:
        raise RuleError(tr("export", "There are no classes in the school year {year}.").format(
            year=SchoolYear(school_year).label))
    result = ExportResult(written=[], skipped=[])
    finder = None
    for done, school_class in enumerate(classes, start=1):
        conference = latest_conference(store, school_class)
        if conference is None and kind in AS_OF_TODAY_KINDS:
            conference = today_stand_in(store, school_class, today)  # the class as it is today
        if conference is None:
            result.skipped.append(school_class.name)
            message = tr("export", "{name}: no conference, skipped").format(name=school_class.name)
        else:
            if kind == WORKBOOK:
                from app.services.export.workbook import workbook_bytes

                data = workbook_bytes(store, conference, school_class, today=today)
                at_conference = _class_at(store, conference, school_class)
            else:
                if finder is None:
                    from app.services.mentions import finder_for

                    finder = finder_for(store)  # the same names for every class: read them once
                content = collect(store, conference, school_class, options, today, finder=finder)
                data, report = render_pdf_with_report(kind, content)
                at_conference = content.school_class
            detail = "" if kind == WORKBOOK else pseudonymised_detail(options)
            path = write_atomically(out_dir / file_name(at_conference, conference, kind, detail), data)
            result.written.append(path)
            if kind != WORKBOOK:
                result.reports[path.name] = report
            message = tr("export", "{name}: {file}").format(name=school_class.name, file=path.name)
        if progress is not None:
            progress(done, len(classes), message)
    return result


def _class_at(store: Store, conference: Conference, school_class: SchoolClass) -> SchoolClass:
    from app.services.export.content import class_at_conference

    return class_at_conference(store, conference, school_class)
