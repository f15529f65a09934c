"""Versioned schema migrations, append-only. ``PRAGMA user_version`` is the schema version.

Never edit a migration that has shipped: add the next one. Each migration has a test that opens a
fixture file made by the previous version (tests/fixtures/schema_v<N>.klassekonference).
"""

from __future__ import annotations

import uuid
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


def _migrate_5(conn) -> None:
    """The school's answer distributions per question for Mellemtrin and Udskoling (uddannelsesstatistik.dk's
    question cube): school-level comparison data, one row per school year, stage and question. Empty at first."""
    conn.execute(f"""CREATE TABLE stage_question_distribution ({_RECORD},
        school_id TEXT NOT NULL REFERENCES school(id),
        survey_year INTEGER NOT NULL,
        stage TEXT NOT NULL CHECK (stage IN ('mellemtrin', 'udskoling')),
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        options TEXT NOT NULL DEFAULT '[]',
        option_scores TEXT NOT NULL DEFAULT '[]',
        shares TEXT NOT NULL DEFAULT '[]',
        municipality_shares TEXT NOT NULL DEFAULT '[]',
        national_shares TEXT NOT NULL DEFAULT '[]',
        answer_count INTEGER NOT NULL DEFAULT 0 CHECK (answer_count >= 0),
        UNIQUE (school_id, survey_year, stage, text))""")
    conn.execute("CREATE INDEX stage_question_distribution_year ON stage_question_distribution(survey_year, stage)")


_LOG_SCHEMA = """
CREATE TABLE log_name (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE log_operation (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    first_change INTEGER NOT NULL);
CREATE TABLE log_row (
    key INTEGER PRIMARY KEY,
    table_code INTEGER NOT NULL REFERENCES log_name(code),
    row_id TEXT NOT NULL,
    UNIQUE (row_id, table_code));
CREATE TABLE log_change (
    id INTEGER PRIMARY KEY,
    operation INTEGER NOT NULL,
    row INTEGER NOT NULL REFERENCES log_row(key),
    action INTEGER NOT NULL CHECK (action BETWEEN 1 AND 5),
    field INTEGER REFERENCES log_name(code),
    old_value TEXT,
    new_value TEXT);
CREATE INDEX log_change_row ON log_change(row);
CREATE INDEX log_change_rare ON log_change(action, row) WHERE action >= 3;
"""

_LOG_VIEW = """
CREATE VIEW change_log AS
    SELECT c.id AS id, o.id AS operation_id, o.name AS operation, o.at AS at, o.author AS author,
           t.name AS table_name,
           CASE WHEN typeof(r.row_id) = 'blob' THEN lower(substr(hex(r.row_id), 1, 8) || '-' ||
                substr(hex(r.row_id), 9, 4) || '-' || substr(hex(r.row_id), 13, 4) || '-' ||
                substr(hex(r.row_id), 17, 4) || '-' || substr(hex(r.row_id), 21)) ELSE r.row_id END AS row_id,
           CASE c.action WHEN 1 THEN 'insert' WHEN 2 THEN 'update' WHEN 3 THEN 'delete' WHEN 4 THEN 'erase'
                         ELSE 'insert' END AS action,
           f.name AS field, c.old_value AS old_value, c.new_value AS new_value
    FROM log_change c
    JOIN log_operation o ON o.seq = c.operation
    JOIN log_row r ON r.key = c.row
    JOIN log_name t ON t.code = r.table_code
    LEFT JOIN log_name f ON f.code = c.field
"""


def _migrate_6(conn) -> None:
    """The lean change log (see app/storage/change_log.py): operations in their own table, changed rows
    referring to them and to one row per logged record by integer key, table and field names as codes, an
    inserted row stored once (in its table, not copied into the log). ``change_log`` becomes a read-only view
    with the old columns. Every entry keeps its id, operation id, time and author; an insert keeps its copied
    row (action code 5) and an update its new value only where the row can no longer be found again (gone
    without a logged delete)."""
    for statement in _LOG_SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("DROP INDEX change_log_row")
    conn.execute("DROP INDEX change_log_operation")
    conn.execute("ALTER TABLE change_log RENAME TO change_log_v4")
    conn.execute(_LOG_VIEW)
    conn.execute(
        "INSERT INTO log_name (name) SELECT name FROM (SELECT table_name AS name, min(id) AS first FROM change_log_v4"
        " GROUP BY table_name UNION ALL SELECT field, min(id) FROM change_log_v4 WHERE field IS NOT NULL"
        " GROUP BY field) GROUP BY name ORDER BY min(first)"
    )
    conn.execute(
        "INSERT INTO log_operation (id, name, at, author, first_change) SELECT operation_id, operation, at, author,"
        " first FROM (SELECT operation_id, operation, at, author, min(id) AS first FROM change_log_v4"
        " GROUP BY operation_id) ORDER BY first"
    )
    conn.execute(
        "INSERT INTO log_row (table_code, row_id) SELECT t.code, c.row_id FROM"
        " (SELECT table_name, row_id, min(id) AS first FROM change_log_v4 GROUP BY table_name, row_id) c"
        " JOIN log_name t ON t.name = c.table_name ORDER BY c.first"
    )
    conn.execute(
        "INSERT INTO log_change (id, operation, row, action, field, old_value, new_value)"
        " SELECT c.id, o.seq, r.key,"
        " CASE c.action WHEN 'insert' THEN 5 WHEN 'update' THEN 2 WHEN 'delete' THEN 3 WHEN 'erase' THEN 4 END,"
        " f.code, c.old_value, c.new_value"
        " FROM change_log_v4 c JOIN log_operation o ON o.id = c.operation_id"
        " JOIN log_name t ON t.name = c.table_name JOIN log_row r ON r.table_code = t.code AND r.row_id = c.row_id"
        " LEFT JOIN log_name f ON f.name = c.field ORDER BY c.id"
    )
    # A value that is in its row (still in its table, or kept by a later delete) is not kept twice: inserts
    # and updates of such rows drop their new value (the read API reconstructs it).
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for code, table in conn.execute("SELECT code, name FROM log_name").fetchall():
        if table in tables and not table.startswith(("log_", "change_log")):
            conn.execute(
                "UPDATE log_change SET action = CASE action WHEN 5 THEN 1 ELSE action END, new_value = NULL"
                f" WHERE action IN (2, 5) AND row IN (SELECT r.key FROM log_row r JOIN [{table}] x ON x.id = r.row_id"
                " WHERE r.table_code = ?)",
                (code,),
            )
    conn.execute(
        "UPDATE log_change SET action = CASE action WHEN 5 THEN 1 ELSE action END, new_value = NULL"
        " WHERE action IN (2, 5) AND new_value IS NOT NULL AND EXISTS (SELECT 1 FROM log_change d"
        " WHERE d.action >= 3 AND d.action = 3 AND d.row = log_change.row AND d.id > log_change.id)"
    )
    conn.execute("DROP TABLE change_log_v4")
    as_bytes = []  # a uuid row id is kept as its 16 bytes (as app/storage/change_log.py writes it)
    for key, row_id in conn.execute("SELECT key, row_id FROM log_row").fetchall():
        try:
            value = uuid.UUID(row_id)
        except (TypeError, ValueError):
            continue
        if str(value) == row_id:
            as_bytes.append((value.bytes, key))
    conn.executemany("UPDATE log_row SET row_id = ? WHERE key = ?", as_bytes)


def _migrate_7(conn) -> None:
    """Preparing on several laptops and merging the copies (issue 17).

    ``merge_conflict``: one row per version of a field that two copies changed differently (the value as JSON,
    who and when typed it, whether it was typed in this file), waiting until someone chooses.
    ``merged_operation``: the ids of other copies' operations already merged in (merging again changes nothing).
    ``merge_origin``: who typed, and when, a value a merge wrote (a hash, never the text), for a deterministic
    winner when copies disagree. ``merge_alias``: a row a copy created that turned out to be a row this file
    already has (the same pupil's review). ``erased_row`` and ``erased_operation``: ids only (no names) of the
    rows an erasure removed and of the operations whose log rows it removed, so no copy brings them back.
    ``app_meta.lineage_id``: the team file's identity, shared by every copy made from it."""
    conn.execute(f"""CREATE TABLE merge_conflict ({_RECORD},
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        field TEXT NOT NULL,
        pupil_id TEXT,
        value TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        changed_at TEXT NOT NULL DEFAULT '',
        from_team INTEGER NOT NULL DEFAULT 0,
        UNIQUE (table_name, row_id, field, value))""")
    conn.execute("CREATE INDEX merge_conflict_pupil ON merge_conflict(pupil_id)")
    conn.execute(f"""CREATE TABLE merged_operation ({_RECORD},
        source_file_id TEXT NOT NULL DEFAULT '',
        merge_operation_id TEXT NOT NULL DEFAULT '')""")
    conn.execute("""CREATE TABLE merge_origin (
        merge_operation_id TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        field TEXT NOT NULL,
        value_hash TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (merge_operation_id, table_name, row_id, field))""")
    conn.execute("CREATE INDEX merge_origin_field ON merge_origin(table_name, row_id, field)")
    conn.execute("""CREATE TABLE merge_alias (
        source_row_id TEXT PRIMARY KEY,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL)""")
    conn.execute("""CREATE TABLE erased_row (
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        PRIMARY KEY (table_name, row_id))""")
    conn.execute("CREATE TABLE erased_operation (operation_id TEXT PRIMARY KEY)")
    school = conn.execute("SELECT id FROM school ORDER BY created_at LIMIT 1").fetchone()
    if school is not None:
        conn.execute("INSERT OR IGNORE INTO app_meta (key, value) VALUES ('lineage_id', ?)", (school[0],))


# (version, description, function). Append only.
MIGRATIONS: list[tuple[int, str, Callable]] = [
    (1, "initial schema", _migrate_1),
    (2, "class_membership.left_on: moving class within a school year", _migrate_2),
    (3, "pupil.call_name: the call-name migration (kaldenavn)", _migrate_3),
    (4, "recording the meeting: conclusion, item minutes, Eventuelt, next meeting, approval", _migrate_4),
    (5, "stage_question_distribution: the school's answer shares per question (uddannelsesstatistik.dk)",
     _migrate_5),
    (6, "the lean change log: operations, rows and names by integer key, an inserted row stored once", _migrate_6),
    (7, "merging prepared copies: conflicts, merged operations, erasure tombstones, lineage", _migrate_7),
]

LATEST_VERSION = MIGRATIONS[-1][0]


def pending(current_version: int) -> list[tuple[int, str, Callable]]:
    return [m for m in MIGRATIONS if m[0] > current_version]
