#!/usr/bin/env python3
"""Helper of scripts/crash-test.sh: looks at a console database with SQLite alone.

  crash-check.py integrity DB          PRAGMA integrity_check must say ok
  crash-check.py digest DB             counts and a content digest that do not depend on keys
  crash-check.py audited DB            committed applicants == accepted in feed.ingest audit rows
  crash-check.py schema DB             the schema and the applied migrations
  crash-check.py checkpoint DB         folds the WAL into the file (before copying a state)
  crash-check.py niks FEED EVERY OUT   every EVERY-th registered NIK of FEED as a CSV list

The digest leaves out what differs between two runs by design: ciphertexts and blind indexes
(fresh nonces; a rotation's random new key), key ids, the audit log (sign-ins, times) and the
times a command ran at. What is left must be equal to an uninterrupted run's.
"""
import hashlib
import json
import sqlite3
import sys

# Columns that hold key material or the time a command ran, per table; '*' patterns by suffix.
KEYED_SUFFIXES = ("_ct", "_bi")
EXCLUDED = {
    "*": {"key_id"},
    "applicant_draw": {"kk"},
    "participants": {"kk", "announced_at"},
    # A killed reference import keeps its own import record (and the NIKs its committed batches
    # added carry that record's id); the re-run is a second import. The lists' contents compare.
    "reference_lists": {"added_at", "import_id"},
    # Keyed tokens: a rotation's new key is random, so only which applicants are indexed compares.
    "name_tokens": {"token"},
    "name_index_state": {"updated_at"},
    "programme_settings": {"changed_at"},
    "budget_ledger": {"at"},
    "waves": {"seed_sealed", "seed_key_id", "drawn_at", "announced_at", "created_at", "updated_at", "closed_at",
              "opened_at"},
}
# Columns compared through an expression: the selection's events carry the time of the draw or
# announcement (types 8 and 9, domain/Stage.h); the feed's carry the feed's own times.
EXPRESSIONS = {("events", "at"): "CASE WHEN type IN (8, 9) THEN 0 ELSE at END"}
# operators: sign-ins change last_login_at and failed_logins.
SKIPPED_TABLES = {"audit_log", "meta", "operators", "reference_imports", "schema_version", "sqlite_sequence"}


def connect(path):
    db = sqlite3.connect(path, timeout=30)
    db.execute("PRAGMA busy_timeout=30000")
    return db


def tables(db):
    rows = db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                      " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").fetchall()
    return [r[0] for r in rows if r[0] not in SKIPPED_TABLES and "_fts" not in r[0]]


def columns(db, table):
    cols = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
    excluded = EXCLUDED["*"] | EXCLUDED.get(table, set())
    return [c for c in cols if c not in excluded and not c.endswith(KEYED_SUFFIXES)]


def digest(db):
    out = {}
    for t in tables(db):
        cols = columns(db, t)
        count = db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
        h = hashlib.sha256()
        if cols:
            quoted = ", ".join(EXPRESSIONS.get((t, c), f'"{c}"') for c in cols)
            for row in db.execute(f'SELECT {quoted} FROM "{t}" ORDER BY {quoted}'):
                h.update(repr(row).encode())
        out[t] = {"count": count, "sha256": h.hexdigest()[:16]}
    return out


def main():
    cmd = sys.argv[1]
    if cmd == "niks":
        feed, every, out = sys.argv[2], int(sys.argv[3]), sys.argv[4]
        n = 0
        with open(feed, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
            o.write("nik\n")
            for line in f:
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                if rec.get("event") == "registered" and isinstance(rec.get("nik"), str):
                    n += 1
                    if n % every == 0:
                        o.write(rec["nik"] + "\n")
        return 0
    db = connect(sys.argv[2])
    if cmd == "integrity":
        result = db.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            print(f"integrity_check: {result[:5]}")
            return 1
        return 0
    if cmd == "digest":
        print(json.dumps(digest(db), sort_keys=True))
        return 0
    if cmd == "audited":
        applicants = db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        accepted = 0
        for (details,) in db.execute("SELECT details FROM audit_log WHERE action = 'feed.ingest'"):
            for part in details.split():
                if part.startswith("accepted="):
                    accepted += int(part.split("=", 1)[1])
        if applicants != accepted:
            print(f"events {applicants} but feed.ingest audit rows account for {accepted} accepted")
            return 1
        return 0
    if cmd == "schema":
        rows = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        versions = [r[0] for r in db.execute("SELECT version FROM schema_version ORDER BY version")]
        h = hashlib.sha256(repr(rows).encode()).hexdigest()[:16]
        print(json.dumps({"schema": h, "versions": versions}))
        return 0
    if cmd == "checkpoint":
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
