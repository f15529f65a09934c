"""Versioned schema migrations, append-only. ``PRAGMA user_version`` is the schema version.

Never edit a migration that has shipped: add the next one. Each migration has a test that opens a
fixture file made by the previous version (tests/fixtures/schema_v<N>.klassekonference).
"""

from __future__ import annotations

from collections.abc import Callable

APPLICATION_ID = 0x4B4B4F4E  # "KKON": marks a file as a Klassekonference file

_RECORD = "id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL"

_V1 = f"""
CREATE TABLE app_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE school ({_RECORD},
    name TEXT NOT NULL,
    municipality TEXT NOT NULL DEFAULT '');

CREATE TABLE school_class ({_RECORD},
    school_id TEXT NOT NULL REFERENCES school(id),
    grade INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 10),
    letter TEXT NOT NULL,
    school_year INTEGER NOT NULL,
    cohort_id TEXT NOT NULL,
    UNIQUE (school_id, school_year, grade, letter));
CREATE INDEX school_class_cohort ON school_class(cohort_id);

CREATE TABLE pupil ({_RECORD},
    school_id TEXT NOT NULL REFERENCES school(id),
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    birth_date TEXT,
    status TEXT NOT NULL DEFAULT 'aktiv',
    left_on TEXT);

CREATE TABLE class_membership ({_RECORD},
    class_id TEXT NOT NULL REFERENCES school_class(id) ON DELETE CASCADE,
    pupil_id TEXT NOT NULL REFERENCES pupil(id) ON DELETE CASCADE,
    UNIQUE (class_id, pupil_id));
CREATE INDEX class_membership_pupil ON class_membership(pupil_id);

CREATE TABLE staff_member ({_RECORD},
    school_id TEXT NOT NULL REFERENCES school(id),
    name TEXT NOT NULL,
    initials TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1);

CREATE TABLE conference ({_RECORD},
    school_id TEXT NOT NULL REFERENCES school(id),
    kind TEXT NOT NULL,
    school_year INTEGER NOT NULL,
    grade INTEGER NOT NULL,
    held_on TEXT NOT NULL,
    starts_at TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    leader_id TEXT,
    minute_taker_id TEXT,
    started_at TEXT,
    closed_at TEXT);

CREATE TABLE conference_class ({_RECORD},
    conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
    class_id TEXT NOT NULL REFERENCES school_class(id),
    UNIQUE (conference_id, class_id));
CREATE INDEX conference_class_class ON conference_class(class_id);

CREATE TABLE conference_participant ({_RECORD},
    conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
    staff_id TEXT REFERENCES staff_member(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    present INTEGER NOT NULL DEFAULT 1);
CREATE INDEX conference_participant_conference ON conference_participant(conference_id);

CREATE TABLE agenda_item ({_RECORD},
    conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    planned_minutes INTEGER NOT NULL DEFAULT 10 CHECK (planned_minutes >= 0),
    used_seconds INTEGER NOT NULL DEFAULT 0);
CREATE INDEX agenda_item_conference ON agenda_item(conference_id);

CREATE TABLE pupil_review ({_RECORD},
    conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
    pupil_id TEXT NOT NULL REFERENCES pupil(id) ON DELETE CASCADE,
    needs_discussion INTEGER NOT NULL DEFAULT 0,
    strengths TEXT NOT NULL DEFAULT '',
    pupil_perspective TEXT NOT NULL DEFAULT '',
    wellbeing_notes TEXT NOT NULL DEFAULT '',
    absence_period_start TEXT,
    absence_period_end TEXT,
    absence_total_pct REAL CHECK (absence_total_pct IS NULL OR absence_total_pct BETWEEN 0 AND 100),
    absence_unlawful_pct REAL CHECK (absence_unlawful_pct IS NULL OR absence_unlawful_pct BETWEEN 0 AND 100),
    absence_cause_child TEXT NOT NULL DEFAULT '',
    absence_cause_parents TEXT NOT NULL DEFAULT '',
    tried TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    discussed INTEGER NOT NULL DEFAULT 0,
    updated_by TEXT NOT NULL DEFAULT '',
    UNIQUE (conference_id, pupil_id));
CREATE INDEX pupil_review_pupil ON pupil_review(pupil_id);

CREATE TABLE subject_assessment ({_RECORD},
    review_id TEXT NOT NULL REFERENCES pupil_review(id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    goal TEXT NOT NULL DEFAULT '',
    status TEXT,
    evidence TEXT NOT NULL DEFAULT '');
CREATE INDEX subject_assessment_review ON subject_assessment(review_id);

CREATE TABLE absence_record ({_RECORD},
    pupil_id TEXT NOT NULL REFERENCES pupil(id) ON DELETE CASCADE,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    total_pct REAL NOT NULL CHECK (total_pct BETWEEN 0 AND 100),
    unlawful_pct REAL NOT NULL DEFAULT 0 CHECK (unlawful_pct BETWEEN 0 AND 100),
    sick_pct REAL CHECK (sick_pct IS NULL OR sick_pct BETWEEN 0 AND 100),
    UNIQUE (pupil_id, period_start, period_end));

CREATE TABLE wellbeing_result ({_RECORD},
    class_id TEXT NOT NULL REFERENCES school_class(id),
    survey_year INTEGER NOT NULL,
    grade_band TEXT NOT NULL,
    answer_count INTEGER NOT NULL CHECK (answer_count >= 0),
    high_wellbeing_pct REAL CHECK (high_wellbeing_pct IS NULL OR high_wellbeing_pct BETWEEN 0 AND 100),
    UNIQUE (class_id, survey_year));

CREATE TABLE indicator_value ({_RECORD},
    result_id TEXT NOT NULL REFERENCES wellbeing_result(id) ON DELETE CASCADE,
    indicator TEXT NOT NULL,
    class_value REAL CHECK (class_value IS NULL OR class_value BETWEEN 1 AND 5),
    school_value REAL CHECK (school_value IS NULL OR school_value BETWEEN 1 AND 5),
    national_value REAL CHECK (national_value IS NULL OR national_value BETWEEN 1 AND 5),
    UNIQUE (result_id, indicator));

CREATE TABLE question_distribution ({_RECORD},
    result_id TEXT NOT NULL REFERENCES wellbeing_result(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    text TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '[]',
    option_scores TEXT NOT NULL DEFAULT '[]',
    shares TEXT NOT NULL DEFAULT '[]',
    answer_count INTEGER NOT NULL DEFAULT 0,
    indicator TEXT,
    UNIQUE (result_id, code));

CREATE TABLE agreement ({_RECORD},
    class_id TEXT NOT NULL REFERENCES school_class(id),
    text TEXT NOT NULL,
    scope TEXT NOT NULL,
    responsible_kind TEXT NOT NULL,
    responsible_staff_id TEXT REFERENCES staff_member(id),
    deadline TEXT,
    status TEXT NOT NULL,
    follow_up_note TEXT NOT NULL DEFAULT '',
    made_in_conference_id TEXT REFERENCES conference(id) ON DELETE SET NULL,
    reviewed_in_conference_id TEXT REFERENCES conference(id) ON DELETE SET NULL,
    indicator TEXT,
    question_code TEXT);
CREATE INDEX agreement_class ON agreement(class_id);

CREATE TABLE agreement_pupil ({_RECORD},
    agreement_id TEXT NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    pupil_id TEXT NOT NULL REFERENCES pupil(id) ON DELETE CASCADE,
    UNIQUE (agreement_id, pupil_id));
CREATE INDEX agreement_pupil_pupil ON agreement_pupil(pupil_id);

CREATE TABLE agreement_review ({_RECORD},
    agreement_id TEXT NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (agreement_id, conference_id));

CREATE TABLE pupil_note ({_RECORD},
    pupil_id TEXT NOT NULL REFERENCES pupil(id) ON DELETE CASCADE,
    conference_id TEXT REFERENCES conference(id) ON DELETE SET NULL,
    author TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    confidential INTEGER NOT NULL DEFAULT 0);
CREATE INDEX pupil_note_pupil ON pupil_note(pupil_id);

CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    operation_id TEXT NOT NULL,
    operation TEXT NOT NULL,
    at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    action TEXT NOT NULL,
    field TEXT,
    old_value TEXT,
    new_value TEXT);
CREATE INDEX change_log_row ON change_log(table_name, row_id);
CREATE INDEX change_log_operation ON change_log(operation_id);
"""


def _migrate_1(conn) -> None:
    """The initial schema: the whole domain model."""
    for statement in _V1.split(";"):
        if statement.strip():
            conn.execute(statement)


def _migrate_2(conn) -> None:
    """A pupil who moves to another class within a school year leaves the old class on a date (NULL: still
    in it). Nothing is deleted: the old membership stays as history."""
    conn.execute("ALTER TABLE class_membership ADD COLUMN left_on TEXT")


def _migrate_3(conn) -> None:
    """The call-name migration: a pupil's "kaldenavn" (the name the child goes by, e.g. "Malou" for
    "Marie-Louise"), so that names in free texts are found under it too. Empty for every existing pupil."""
    conn.execute("ALTER TABLE pupil ADD COLUMN call_name TEXT NOT NULL DEFAULT ''")


def _migrate_4(conn) -> None:
    """Recording the meeting: a per-pupil conclusion written in the meeting, a short referat per agenda item,
    "Eventuelt", the next meeting's date, and the approval and distribution of the referat. Empty (or NULL)
    for every existing row, so older referater print as before."""
    conn.execute("ALTER TABLE pupil_review ADD COLUMN conclusion TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE agenda_item ADD COLUMN minutes TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE conference ADD COLUMN any_other_business TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE conference ADD COLUMN next_meeting_on TEXT")
    conn.execute("ALTER TABLE conference ADD COLUMN approved_by TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE conference ADD COLUMN approved_on TEXT")
    conn.execute("ALTER TABLE conference ADD COLUMN distribution TEXT NOT NULL DEFAULT ''")


# (version, description, function). Append only.
MIGRATIONS: list[tuple[int, str, Callable]] = [
    (1, "initial schema", _migrate_1),
    (2, "class_membership.left_on: moving class within a school year", _migrate_2),
    (3, "pupil.call_name: the call-name migration (kaldenavn)", _migrate_3),
    (4, "recording the meeting: conclusion, item minutes, Eventuelt, next meeting, approval", _migrate_4),
]

LATEST_VERSION = MIGRATIONS[-1][0]


def pending(current_version: int) -> list[tuple[int, str, Callable]]:
    return [m for m in MIGRATIONS if m[0] > current_version]
