"""The schema of the cmgui database, as numbered migrations for each engine.

SQLite counts them in ``PRAGMA user_version``, PostgreSQL in its ``cmgui_schema_version`` table
(:mod:`cmgui.store.engine_postgres`). The tables are written once, in SQLite's DDL; the
PostgreSQL list is the same steps through :func:`~cmgui.store.postgres_dialect.postgres_ddl`, so
step *n* is the same schema on both. Where the dialects differ (the FTS5 index) each list has its
own step under the same number. The team features' steps (:mod:`cmgui.store.team_schema`) come
last. Append new steps at the end; never edit a step that has shipped.
"""

from __future__ import annotations

import sqlite3

from cmgui.store import team_schema
from cmgui.store.engine import Migration, split_sql
from cmgui.store.postgres_dialect import FOLD_FUNCTION, postgres_ddl

SMS_TABLES = """
CREATE TABLE sms_message (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    folder TEXT NOT NULL CHECK (folder IN ('inbox', 'sent', 'draft', 'outbox')),
    number TEXT NOT NULL DEFAULT '',
    conversation TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    sort_ts INTEGER NOT NULL,
    sent_at TEXT,
    created_at INTEGER NOT NULL,
    imei TEXT,
    imsi TEXT,
    iccid TEXT,
    is_read INTEGER NOT NULL DEFAULT 0,
    concat_ref INTEGER,
    concat_total INTEGER NOT NULL DEFAULT 1,
    parts_present INTEGER NOT NULL DEFAULT 1,
    complete INTEGER NOT NULL DEFAULT 1,
    group_key TEXT,
    delivery_status TEXT NOT NULL DEFAULT 'none'
        CHECK (delivery_status IN ('none', 'pending', 'sent', 'delivered', 'failed')),
    status_changed_at INTEGER
);
CREATE INDEX sms_message_order ON sms_message (sort_ts DESC, id DESC);
CREATE INDEX sms_message_conversation ON sms_message (conversation, sort_ts DESC, id DESC);
CREATE INDEX sms_message_open_group ON sms_message (group_key) WHERE complete = 0;

CREATE TABLE sms_part (
    id INTEGER PRIMARY KEY,
    identity TEXT NOT NULL UNIQUE,
    message_id INTEGER REFERENCES sms_message (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('deliver', 'submit', 'status_report')),
    pdu TEXT NOT NULL,
    seq INTEGER NOT NULL DEFAULT 1,
    text TEXT NOT NULL DEFAULT '',
    ts INTEGER,
    sent_at TEXT,
    imei TEXT,
    imsi TEXT,
    iccid TEXT,
    storage TEXT,
    idx INTEGER,
    device_status TEXT,
    message_ref INTEGER,
    archived_at INTEGER NOT NULL,
    on_device INTEGER NOT NULL DEFAULT 1,
    deleted_at INTEGER
);
CREATE INDEX sms_part_message ON sms_part (message_id, seq);

CREATE TABLE sms_sent_ref (
    message_id INTEGER NOT NULL REFERENCES sms_message (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL DEFAULT 1,
    recipient TEXT NOT NULL,
    message_ref INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'sent', 'delivered', 'failed')),
    tp_status INTEGER,
    updated_at INTEGER,
    PRIMARY KEY (message_id, seq)
);
CREATE INDEX sms_sent_ref_match ON sms_sent_ref (recipient, message_ref);
"""

SMS_FTS = """
CREATE VIRTUAL TABLE sms_fts USING fts5 (
    text, number, content = 'sms_message', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER sms_fts_insert AFTER INSERT ON sms_message BEGIN
    INSERT INTO sms_fts (rowid, text, number) VALUES (new.id, new.text, new.number);
END;
CREATE TRIGGER sms_fts_delete AFTER DELETE ON sms_message BEGIN
    INSERT INTO sms_fts (sms_fts, rowid, text, number)
        VALUES ('delete', old.id, old.text, old.number);
END;
CREATE TRIGGER sms_fts_update AFTER UPDATE OF text, number ON sms_message BEGIN
    INSERT INTO sms_fts (sms_fts, rowid, text, number)
        VALUES ('delete', old.id, old.text, old.number);
    INSERT INTO sms_fts (rowid, text, number) VALUES (new.id, new.text, new.number);
END;
INSERT INTO sms_fts (sms_fts) VALUES ('rebuild');
"""


def fts5_available(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.cmgui_fts5_probe USING fts5 (x)")
    except sqlite3.OperationalError:
        return False
    conn.execute("DROP TABLE temp.cmgui_fts5_probe")
    return True


def _sms_fts(conn: sqlite3.Connection) -> None:
    """Full-text index when this SQLite has FTS5; the archive falls back to LIKE otherwise."""
    if fts5_available(conn):
        for statement in split_sql(SMS_FTS):
            conn.execute(statement)


STATS_TABLES = """
CREATE TABLE connection_record (
    id INTEGER PRIMARY KEY,
    device TEXT NOT NULL DEFAULT '',
    imsi TEXT,
    iccid TEXT,
    profile TEXT,
    roaming INTEGER NOT NULL DEFAULT 0,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    bytes_up INTEGER NOT NULL DEFAULT 0,
    bytes_down INTEGER NOT NULL DEFAULT 0,
    peak_up_bps REAL NOT NULL DEFAULT 0,
    peak_down_bps REAL NOT NULL DEFAULT 0,
    last_sample_at INTEGER
);
CREATE INDEX connection_record_started ON connection_record (started_at DESC);

CREATE TABLE usage_period (
    sim TEXT NOT NULL,
    period_start TEXT NOT NULL,
    roaming INTEGER NOT NULL,
    bytes_up INTEGER NOT NULL DEFAULT 0,
    bytes_down INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (sim, period_start, roaming)
);

CREATE TABLE usage_plan (
    sim TEXT PRIMARY KEY,
    billing_day INTEGER NOT NULL DEFAULT 1 CHECK (billing_day BETWEEN 1 AND 31),
    home_limit INTEGER,
    roaming_limit INTEGER,
    thresholds TEXT NOT NULL DEFAULT '[80, 100]',
    disconnect_at_limit INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE usage_alert (
    sim TEXT NOT NULL,
    period_start TEXT NOT NULL,
    roaming INTEGER NOT NULL,
    threshold INTEGER NOT NULL,
    fired_at INTEGER NOT NULL,
    PRIMARY KEY (sim, period_start, roaming, threshold)
);
"""

PROFILE_TABLES = """
CREATE TABLE cellular_profile (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    apn TEXT NOT NULL DEFAULT '',
    auth TEXT NOT NULL DEFAULT 'none' CHECK (auth IN ('none', 'pap', 'chap', 'pap_chap')),
    username TEXT NOT NULL DEFAULT '',
    password_ref TEXT,
    ip_type TEXT NOT NULL DEFAULT 'ipv4v6' CHECK (ip_type IN ('ipv4', 'ipv6', 'ipv4v6')),
    dns TEXT NOT NULL DEFAULT '[]',
    roaming_allowed INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE profile_default (
    scope TEXT PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES cellular_profile (id) ON DELETE CASCADE
);

CREATE TABLE auto_connect (
    scope TEXT PRIMARY KEY,
    enabled INTEGER NOT NULL
);
"""

SMS_UNREAD_INDEX = """
CREATE INDEX sms_message_unread ON sms_message (conversation) WHERE is_read = 0;
"""

#: SMS gateways (cmgui.store.gateway): inbound identities and marks, sending tasks.
GATEWAY_TABLES = """
CREATE TABLE gateway_mark (
    gateway TEXT PRIMARY KEY,
    incoming_sms_id INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL
);

CREATE TABLE gateway_sms (
    gateway TEXT NOT NULL,
    incoming_sms_id INTEGER NOT NULL,
    digest TEXT NOT NULL,
    message_id INTEGER REFERENCES sms_message (id) ON DELETE SET NULL,
    port INTEGER,
    archived_at INTEGER NOT NULL,
    PRIMARY KEY (gateway, incoming_sms_id, digest)
);
CREATE INDEX gateway_sms_message ON gateway_sms (message_id);

CREATE TABLE gateway_task (
    gateway TEXT NOT NULL,
    task_id INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    user_ids TEXT NOT NULL DEFAULT '[]',
    numbers TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (gateway, task_id)
);
"""

# SIM fleets (cmgui.store.fleet): SIM cache, audit log of bulk jobs, pushed SMS and events.
FLEET_TABLES = """
CREATE TABLE fleet_sim (
    account TEXT NOT NULL,
    iccid TEXT NOT NULL,
    imsi TEXT NOT NULL DEFAULT '',
    msisdn TEXT NOT NULL DEFAULT '',
    imei TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    native_status TEXT NOT NULL DEFAULT '',
    backend TEXT NOT NULL DEFAULT '',
    plan TEXT NOT NULL DEFAULT '',
    platform_id TEXT NOT NULL DEFAULT '',
    connectivity TEXT NOT NULL DEFAULT 'CELLULAR',
    used_bytes INTEGER,
    limit_bytes INTEGER,
    last_seen TEXT,
    seq INTEGER NOT NULL,
    refreshed_at INTEGER NOT NULL,
    PRIMARY KEY (account, iccid)
);
CREATE INDEX fleet_sim_order ON fleet_sim (account, seq);

CREATE TABLE fleet_job (
    id INTEGER PRIMARY KEY,
    account TEXT NOT NULL,
    action TEXT NOT NULL,
    argument TEXT NOT NULL DEFAULT '',
    user TEXT NOT NULL DEFAULT '',
    host TEXT NOT NULL DEFAULT '',
    pid INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    finished_at INTEGER,
    state TEXT NOT NULL DEFAULT 'running'
        CHECK (state IN ('running', 'done', 'cancelled', 'interrupted')),
    total INTEGER NOT NULL
);
CREATE INDEX fleet_job_account ON fleet_job (account, id DESC);

CREATE TABLE fleet_job_item (
    job_id INTEGER NOT NULL REFERENCES fleet_job (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    iccid TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT 'pending'
        CHECK (outcome IN ('pending', 'sent', 'ok', 'unchanged', 'failed', 'refused')),
    before TEXT NOT NULL DEFAULT '',
    after TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    updated_at INTEGER,
    PRIMARY KEY (job_id, seq)
);

CREATE TABLE fleet_sms (
    id INTEGER PRIMARY KEY,
    account TEXT NOT NULL DEFAULT '',
    iccid TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    msg_id TEXT NOT NULL DEFAULT '',
    peer TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    delivery TEXT NOT NULL DEFAULT 'none'
        CHECK (delivery IN ('none', 'pending', 'delivered', 'failed')),
    detail TEXT NOT NULL DEFAULT '',
    at TEXT,
    received_at INTEGER NOT NULL,
    digest TEXT UNIQUE
);
CREATE INDEX fleet_sms_sim ON fleet_sms (iccid, id DESC);
CREATE INDEX fleet_sms_msg ON fleet_sms (msg_id) WHERE msg_id != '';

CREATE TABLE fleet_event (
    id INTEGER PRIMARY KEY,
    account TEXT NOT NULL DEFAULT '',
    iccid TEXT NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    digest TEXT NOT NULL UNIQUE
);
CREATE INDEX fleet_event_sim ON fleet_event (iccid, id DESC);
"""

MIGRATIONS_SQLITE: list[Migration] = [
    SMS_TABLES,  # 1
    _sms_fts,  # 2
    STATS_TABLES,  # 3
    PROFILE_TABLES,  # 4
    SMS_UNREAD_INDEX,  # 5
    GATEWAY_TABLES,  # 6
    FLEET_TABLES,  # 7
    *team_schema.MIGRATIONS_SQLITE,
]

#: PostgreSQL has no FTS5: its step 2 is the folding function the archive searches with.
MIGRATIONS_POSTGRES: list[Migration] = [
    postgres_ddl(SMS_TABLES),  # 1
    FOLD_FUNCTION,  # 2
    postgres_ddl(STATS_TABLES),  # 3
    postgres_ddl(PROFILE_TABLES),  # 4
    postgres_ddl(SMS_UNREAD_INDEX),  # 5
    postgres_ddl(GATEWAY_TABLES),  # 6
    postgres_ddl(FLEET_TABLES),  # 7
    *team_schema.MIGRATIONS_POSTGRES,
]

#: The default engine's list under its historical name.
MIGRATIONS = MIGRATIONS_SQLITE

# -- step 10 (SQLite) / 11 (PostgreSQL): the conversation list's summary --------------------
# One row per conversation, kept exactly right by triggers on ``sms_message`` (every writer,
# ``cmcli store copy`` and hand-written SQL included), so the conversation list reads a few
# hundred index entries instead of grouping the whole archive. The steps above are counted
# as they shipped (the team's list included); new steps, the team's too, go after this one.

SMS_CONVERSATION_TABLE = """
CREATE TABLE sms_conversation (
    conversation TEXT PRIMARY KEY,
    messages INTEGER NOT NULL DEFAULT 0,
    unread INTEGER NOT NULL DEFAULT 0,
    last_ts INTEGER,
    last_id INTEGER,
    number TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sms_conversation_recent ON sms_conversation (last_ts DESC, last_id DESC);
"""

#: Fills the summary from the messages already archived (both engines).
SMS_CONVERSATION_FILL = """
INSERT INTO sms_conversation (conversation, messages, unread, last_ts, last_id, number, text)
SELECT g.conversation, g.n, g.u, m.sort_ts, m.id, m.number, m.text
FROM (SELECT conversation, count(*) AS n, sum(CASE WHEN is_read = 0 THEN 1 ELSE 0 END) AS u
      FROM sms_message GROUP BY conversation) g
JOIN sms_message m ON m.id = (
    SELECT l.id FROM sms_message l WHERE l.conversation = g.conversation
    ORDER BY l.sort_ts DESC, l.id DESC LIMIT 1);
"""

_LAST_OF = """(SELECT sort_ts, id, number, text FROM sms_message
        WHERE conversation = {conv} ORDER BY sort_ts DESC, id DESC LIMIT 1)"""


def _sqlite_forget(row: str) -> str:
    """Trigger statements that take message ``row`` (``old``) out of its conversation."""
    return f"""
    UPDATE sms_conversation SET messages = messages - 1, unread = unread - ({row}.is_read = 0)
        WHERE conversation = {row}.conversation;
    DELETE FROM sms_conversation WHERE conversation = {row}.conversation AND messages <= 0;
    UPDATE sms_conversation SET (last_ts, last_id, number, text) = {_LAST_OF.format(
        conv=row + '.conversation')}
        WHERE conversation = {row}.conversation AND last_id = {row}.id;"""


def _sqlite_count(row: str) -> str:
    """Trigger statements that add message ``row`` (``new``) to its conversation."""
    return f"""
    INSERT INTO sms_conversation (conversation, last_ts, last_id, number, text)
        VALUES ({row}.conversation, {row}.sort_ts, {row}.id, {row}.number, {row}.text)
        ON CONFLICT (conversation) DO NOTHING;
    UPDATE sms_conversation SET messages = messages + 1, unread = unread + ({row}.is_read = 0)
        WHERE conversation = {row}.conversation;
    UPDATE sms_conversation SET last_ts = {row}.sort_ts, last_id = {row}.id,
        number = {row}.number, text = {row}.text
        WHERE conversation = {row}.conversation
        AND (last_id IS NULL OR (last_ts, last_id) < ({row}.sort_ts, {row}.id));"""


#: SQLite has row triggers only: each keeps the summary right after every row.
SMS_CONVERSATION_SQLITE = SMS_CONVERSATION_TABLE + SMS_CONVERSATION_FILL + f"""
CREATE TRIGGER sms_conversation_insert AFTER INSERT ON sms_message BEGIN{_sqlite_count('new')}
END;
CREATE TRIGGER sms_conversation_delete AFTER DELETE ON sms_message BEGIN{_sqlite_forget('old')}
END;
CREATE TRIGGER sms_conversation_update
AFTER UPDATE OF conversation, is_read, sort_ts, number, text ON sms_message
WHEN old.conversation IS NOT new.conversation OR old.is_read IS NOT new.is_read
    OR old.sort_ts IS NOT new.sort_ts OR old.number IS NOT new.number
    OR old.text IS NOT new.text
BEGIN{_sqlite_forget('old')}{_sqlite_count('new')}
END;
"""

# PostgreSQL: statement triggers over transition tables, so one bulk statement (a copy, a
# million rows from generate_series) updates each conversation once, not once per row.
# ``gone``/``came``: the versions of messages leaving and entering the counts.
_PG_GONE = """
    UPDATE sms_conversation s SET messages = s.messages - g.n, unread = s.unread - g.u
        FROM (SELECT conversation, count(*) AS n, count(*) FILTER (WHERE is_read = 0) AS u
              FROM gone GROUP BY conversation) g
        WHERE s.conversation = g.conversation;
    DELETE FROM sms_conversation
        WHERE messages <= 0 AND conversation IN (SELECT conversation FROM gone);
"""
_PG_CAME = """
    INSERT INTO sms_conversation AS s (conversation, messages, unread, last_ts, last_id, number,
                                       text)
        SELECT g.conversation, g.n, g.u, l.sort_ts, l.id, l.number, l.text
        FROM (SELECT conversation, count(*) AS n, count(*) FILTER (WHERE is_read = 0) AS u
              FROM came GROUP BY conversation) g
        JOIN (SELECT DISTINCT ON (conversation) conversation, sort_ts, id, number, text
              FROM came ORDER BY conversation, sort_ts DESC, id DESC) l
          ON l.conversation = g.conversation
        ON CONFLICT (conversation) DO UPDATE SET
            messages = s.messages + excluded.messages,
            unread = s.unread + excluded.unread,
            last_ts = CASE WHEN s.last_id IS NULL OR (s.last_ts, s.last_id)
                < (excluded.last_ts, excluded.last_id) THEN excluded.last_ts ELSE s.last_ts END,
            last_id = CASE WHEN s.last_id IS NULL OR (s.last_ts, s.last_id)
                < (excluded.last_ts, excluded.last_id) THEN excluded.last_id ELSE s.last_id END,
            number = CASE WHEN s.last_id IS NULL OR (s.last_ts, s.last_id)
                < (excluded.last_ts, excluded.last_id) THEN excluded.number ELSE s.number END,
            text = CASE WHEN s.last_id IS NULL OR (s.last_ts, s.last_id)
                < (excluded.last_ts, excluded.last_id) THEN excluded.text ELSE s.text END;
"""
# A conversation whose last message left or changed: read its last message again.
_PG_RELAST = f"""
    UPDATE sms_conversation s SET (last_ts, last_id, number, text) = {_LAST_OF.format(
        conv='s.conversation')}
        WHERE s.conversation IN (SELECT conversation FROM gone)
        AND s.last_id IN (SELECT id FROM gone);
"""


def _pg_function(name: str, body: str, *, gone: str = "", came: str = "") -> str:
    """A statement trigger's function: ``body`` with the row sets ``gone`` and ``came``
    written in as subqueries (a CTE does not outlive one statement of plpgsql)."""
    if gone:
        body = body.replace("FROM gone", f"FROM ({gone}) gone")
    if came:
        body = body.replace("FROM came", f"FROM ({came}) came")
    return (f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $cmgui$\n"
            f"BEGIN{body}    RETURN NULL;\nEND\n$cmgui$;\n")


_PG_CHANGED = ("SELECT {side}.* FROM old_rows o JOIN new_rows n ON n.id = o.id "
               "WHERE o.conversation IS DISTINCT FROM n.conversation "
               "OR o.is_read IS DISTINCT FROM n.is_read OR o.sort_ts IS DISTINCT FROM n.sort_ts "
               "OR o.number IS DISTINCT FROM n.number OR o.text IS DISTINCT FROM n.text")

SMS_CONVERSATION_POSTGRES = (
    postgres_ddl(SMS_CONVERSATION_TABLE) + SMS_CONVERSATION_FILL
    + _pg_function("cmgui_conversation_insert", _PG_CAME, came="SELECT * FROM new_rows")
    + _pg_function("cmgui_conversation_delete", _PG_GONE + _PG_RELAST,
                   gone="SELECT * FROM old_rows")
    + _pg_function("cmgui_conversation_update", _PG_GONE + _PG_CAME + _PG_RELAST,
                   gone=_PG_CHANGED.format(side="o"), came=_PG_CHANGED.format(side="n"))
    + "CREATE TRIGGER sms_conversation_insert AFTER INSERT ON sms_message "
      "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
      "EXECUTE FUNCTION cmgui_conversation_insert();\n"
    + "CREATE TRIGGER sms_conversation_delete AFTER DELETE ON sms_message "
      "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT "
      "EXECUTE FUNCTION cmgui_conversation_delete();\n"
    + "CREATE TRIGGER sms_conversation_update AFTER UPDATE ON sms_message "
      "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT "
      "EXECUTE FUNCTION cmgui_conversation_update();\n"
)

MIGRATIONS_SQLITE.append(SMS_CONVERSATION_SQLITE)  # 10
MIGRATIONS_POSTGRES.append(SMS_CONVERSATION_POSTGRES)  # 11
