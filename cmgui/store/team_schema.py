"""Schema steps of the team features (job queue, roles, audit, change notification).

These steps sit in the middle of each engine's numbered list (``cmgui.store.schema``), which has
steps of its own after them: a new step, a team one included, is appended at the end of
``schema.MIGRATIONS_SQLITE``/``MIGRATIONS_POSTGRES``, never to the lists here (that would renumber
the steps after them). Never edit a step that has shipped.

Both engines get the same tables (so ``cmcli store copy`` moves them); only PostgreSQL gets the
change notification: statement-level triggers that send one ``pg_notify`` on the channel
:data:`CHANNEL` per statement (never one per row, so a bulk copy of a million messages sends one
small notice). A payload is JSON ``{"k": KIND, "n": ROWS, "rows": [...]}`` with at most
:data:`ROWS_IN_NOTICE` rows; ``n`` larger than ``len(rows)`` means "reload" (the payload limit
is 8000 bytes). Kinds: ``sms`` (new archive messages: uid, number, direction), ``delivery``
(a message's delivery state changed: uid, number, state), ``sim`` (a SIM's status changed:
account, ICCID, status, previous), ``sims`` (SIMs listed afresh: account), ``fleet_job``
(an audited bulk job moved: id, account, state) and ``job`` (a queued job moved: id, state,
done, total).
"""

from __future__ import annotations

from cmgui.store.db import Migration

#: The LISTEN/NOTIFY channel every change goes to.
CHANNEL = "cmgui_change"
#: Rows named in one notice at most (the rest is "n": reload).
ROWS_IN_NOTICE = 20

_TEAM_TABLES = """
CREATE TABLE team_member (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'operator', 'admin')),
    granted_by TEXT NOT NULL DEFAULT '',
    granted_at BIGINT NOT NULL
);

CREATE TABLE team_audit (
    id {serial} PRIMARY KEY,
    at BIGINT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);

CREATE TABLE team_job (
    id {serial} PRIMARY KEY,
    kind TEXT NOT NULL,
    account TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL DEFAULT '{{}}',
    requested_by TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    finished_at BIGINT,
    claimed_by TEXT NOT NULL DEFAULT '',
    lease_until DOUBLE PRECISION,
    attempts INTEGER NOT NULL DEFAULT 0,
    fleet_job_id BIGINT,
    done INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX team_job_open ON team_job (id) WHERE state IN ('queued', 'running');
"""

_ROWS = f"row_number() OVER () <= {ROWS_IN_NOTICE}"


def _notice(kind: str, source: str, row: str, *, extra_where: str = "") -> str:
    """A plpgsql body that sends one notice for the rows of ``source`` (a transition table,
    maybe joined) matching ``extra_where``."""
    where = f"WHERE {extra_where}" if extra_where else ""
    return f"""
DECLARE
    found integer;
    named jsonb;
BEGIN
    SELECT count(*), COALESCE(jsonb_agg(r) FILTER (WHERE r IS NOT NULL), '[]'::jsonb)
      INTO found, named
      FROM (SELECT CASE WHEN {_ROWS} THEN {row} END AS r FROM {source} {where}) picked;
    IF found > 0 THEN
        PERFORM pg_notify('{CHANNEL}', jsonb_build_object(
            'k', '{kind}', 'n', found, 'rows', named)::text);
    END IF;
    RETURN NULL;
END
"""


def _function(name: str, body: str) -> str:
    return (f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $cmgui$"
            f"{body}$cmgui$;\n")


def _trigger(name: str, table: str, event: str, function: str) -> str:
    tables = ("REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows" if event == "UPDATE"
              else "REFERENCING NEW TABLE AS new_rows")
    return (f"CREATE TRIGGER {name} AFTER {event} ON {table} {tables} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {function}();\n")


_CHANGED = "new_rows n JOIN old_rows o ON {key}"

_NOTIFY_POSTGRES = "".join([
    _function("cmgui_notify_sms_new", _notice(
        "sms", "new_rows n", "jsonb_build_array(n.uid, n.number, n.direction)")),
    _trigger("sms_message_notify_new", "sms_message", "INSERT", "cmgui_notify_sms_new"),
    _function("cmgui_notify_sms_delivery", _notice(
        "delivery", _CHANGED.format(key="o.id = n.id"),
        "jsonb_build_array(n.uid, n.number, n.delivery_status)",
        extra_where="n.delivery_status IS DISTINCT FROM o.delivery_status")),
    _trigger("sms_message_notify_delivery", "sms_message", "UPDATE",
             "cmgui_notify_sms_delivery"),
    _function("cmgui_notify_sim_status", _notice(
        "sim", _CHANGED.format(key="o.account = n.account AND o.iccid = n.iccid"),
        "jsonb_build_array(n.account, n.iccid, n.status, o.status)",
        extra_where="n.status IS DISTINCT FROM o.status")),
    _trigger("fleet_sim_notify_status", "fleet_sim", "UPDATE", "cmgui_notify_sim_status"),
    _function("cmgui_notify_sims", _notice(
        "sims", "(SELECT DISTINCT account FROM new_rows) n", "jsonb_build_array(n.account)")),
    _trigger("fleet_sim_notify_new", "fleet_sim", "INSERT", "cmgui_notify_sims"),
    _function("cmgui_notify_fleet_job", _notice(
        "fleet_job", "new_rows n", "jsonb_build_array(n.id, n.account, n.state)")),
    _trigger("fleet_job_notify_new", "fleet_job", "INSERT", "cmgui_notify_fleet_job"),
    _trigger("fleet_job_notify_update", "fleet_job", "UPDATE", "cmgui_notify_fleet_job"),
    _function("cmgui_notify_job", _notice(
        "job", "new_rows n", "jsonb_build_array(n.id, n.state, n.done, n.total)")),
    _trigger("team_job_notify_new", "team_job", "INSERT", "cmgui_notify_job"),
    _trigger("team_job_notify_update", "team_job", "UPDATE", "cmgui_notify_job"),
])

#: One row per recipient of a queued job that must never repeat an item (``gateway-send``):
#: ``sending`` is written before the item goes out, so a crash leaves it ``unknown``, not resent.
_JOB_ITEMS = """
CREATE TABLE team_job_item (
    job_id BIGINT NOT NULL REFERENCES team_job (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    target TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT 'pending'
        CHECK (outcome IN ('pending', 'sending', 'sent', 'failed', 'unknown')),
    detail TEXT NOT NULL DEFAULT '',
    updated_at BIGINT,
    PRIMARY KEY (job_id, seq)
);
"""

MIGRATIONS_SQLITE: list[Migration] = [
    _TEAM_TABLES.format(serial="INTEGER"),
    _JOB_ITEMS,
]
MIGRATIONS_POSTGRES: list[Migration] = [
    _TEAM_TABLES.format(serial="BIGSERIAL"),
    _NOTIFY_POSTGRES,  # one text: the engine runs it whole (dollar-quoted bodies stay intact)
    _JOB_ITEMS,
]
