#include "Migrations.h"

#include "DrawInputs.h"
#include "SqlDialect.h"

namespace prakerja {

const std::vector<Migration>& sqliteMigrations()
{
    static const std::vector<Migration> migrations = {
        {1,
         "applicants, event log, reference lists, stage totals",
         {
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB)"),
             // PII columns hold AES-GCM blobs (*_ct) and 16-byte blind indexes (*_bi) only.
             QStringLiteral("CREATE TABLE applicants ("
                            " id INTEGER PRIMARY KEY,"
                            " nik_bi BLOB NOT NULL UNIQUE, nik_ct BLOB NOT NULL,"
                            " kk_bi BLOB, kk_ct BLOB,"
                            " email_bi BLOB NOT NULL UNIQUE, email_ct BLOB NOT NULL,"
                            " phone_bi BLOB, phone_ct BLOB,"
                            " name TEXT NOT NULL,"
                            " sex INTEGER NOT NULL, birth_date INTEGER NOT NULL,"
                            " province INTEGER NOT NULL, regency INTEGER NOT NULL, district INTEGER NOT NULL,"
                            " segment INTEGER NOT NULL DEFAULT 0,"
                            " registered_at INTEGER NOT NULL,"
                            " email_verified_at INTEGER, nik_verified_at INTEGER,"
                            " nik_rejected_at INTEGER, nik_reject_reason TEXT,"
                            " phone_verified_at INTEGER, test_completed_at INTEGER, test_score INTEGER,"
                            " joined_batch_at INTEGER, last_wave INTEGER,"
                            " key_id INTEGER NOT NULL)"),
             // No index on kk_bi: the selection engine reads the column with the pool, and each
             // random-key index costs ingest about a fifth of its speed (docs/architecture.md).
             QStringLiteral("CREATE INDEX applicants_phone ON applicants(phone_bi) WHERE phone_bi IS NOT NULL"),
             // Append-only: the funnel reads it past a cursor (id); never updated or deleted.
             QStringLiteral("CREATE TABLE events ("
                            " id INTEGER PRIMARY KEY,"
                            " applicant_id INTEGER NOT NULL REFERENCES applicants(id),"
                            " type INTEGER NOT NULL, at INTEGER NOT NULL,"
                            " wave INTEGER, score INTEGER, reason TEXT)"),
             QStringLiteral("CREATE TABLE wave_members ("
                            " wave INTEGER NOT NULL, applicant_id INTEGER NOT NULL REFERENCES applicants(id),"
                            " joined_at INTEGER NOT NULL, PRIMARY KEY (wave, applicant_id)) WITHOUT ROWID"),
             QStringLiteral(
                 "CREATE TABLE reference_lists ("
                 " list INTEGER NOT NULL, nik_bi BLOB NOT NULL, nik_ct BLOB NOT NULL, key_id INTEGER NOT NULL,"
                 " added_at INTEGER NOT NULL, PRIMARY KEY (list, nik_bi)) WITHOUT ROWID"),
             // Maintained in the same transaction as the events: the applicant count in the
             // status bar and `funnel --json` never COUNT(*) ten million rows.
             QStringLiteral("CREATE TABLE stage_totals (stage INTEGER PRIMARY KEY, total INTEGER NOT NULL)"),
         }},
        {2,
         "operators",
         {
             QStringLiteral("CREATE TABLE operators ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                            " role INTEGER NOT NULL,"
                            " password_hash TEXT NOT NULL,"
                            " disabled INTEGER NOT NULL DEFAULT 0,"
                            " failed_logins INTEGER NOT NULL DEFAULT 0,"
                            " locked_until INTEGER,"
                            " created_at INTEGER NOT NULL,"
                            " password_changed_at INTEGER NOT NULL,"
                            " last_login_at INTEGER)"),
         }},
        {3,
         "audit log",
         {
             // Hash-chained: mac = HMAC(audit key, previous mac || this row); see AuditLog.
             QStringLiteral("CREATE TABLE audit_log ("
                            " id INTEGER PRIMARY KEY,"
                            " at INTEGER NOT NULL,"
                            " operator_id INTEGER NOT NULL,"
                            " operator_name TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " target TEXT NOT NULL,"
                            " details TEXT NOT NULL,"
                            " key_id INTEGER NOT NULL,"
                            " mac BLOB NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
         }},
        {5,
         "funnel tracker: persisted aggregates and cursor, wave-join index",
         {
             // Written by FunnelTracker (with its cursor, in one transaction) so that a restart
             // loads a few thousand rows instead of rescanning the event log (docs/funnel.md).
             QStringLiteral("CREATE TABLE funnel_aggregates ("
                            " dimension INTEGER NOT NULL, key INTEGER NOT NULL, label TEXT NOT NULL DEFAULT '',"
                            " stage INTEGER NOT NULL, count INTEGER NOT NULL,"
                            " PRIMARY KEY (dimension, key, label, stage)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE funnel_state ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1), cursor INTEGER NOT NULL,"
                            " oldest_at INTEGER NOT NULL, newest_at INTEGER NOT NULL, saved_at INTEGER NOT NULL)"),
             // Only wave joins (~5 % of events): tells an applicant's first join from later ones.
             QStringLiteral("CREATE INDEX events_joined_batch ON events(applicant_id, id) WHERE type = 7"),
         }},
        {6,
         "waves, selection outcomes, participants, budget ledger",
         {
             // The seed is sealed with a key-file sub-key until the draw; only its SHA-256
             // commitment is shown before (docs/selection.md).
             QStringLiteral("CREATE TABLE waves ("
                            " number INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                            " opens_at INTEGER NOT NULL, closes_at INTEGER NOT NULL,"
                            " announce_at INTEGER NOT NULL, training_starts_at INTEGER NOT NULL,"
                            " quota INTEGER NOT NULL, roll_over INTEGER NOT NULL, status INTEGER NOT NULL,"
                            " rules TEXT NOT NULL, seed_commitment BLOB NOT NULL,"
                            " seed_sealed BLOB NOT NULL, seed_key_id INTEGER NOT NULL, seed BLOB,"
                            " created_at INTEGER NOT NULL, drawn_at INTEGER, announced_at INTEGER,"
                            " pool_size INTEGER, selected_count INTEGER, province_quotas TEXT)"),
             // Every pool member's inputs and outcome, packed 40 bytes per member in applicant-id
             // order, about 1 MiB per chunk: ten million outcomes are 400 rows, not 10M INSERTs.
             QStringLiteral("CREATE TABLE wave_outcome_chunks ("
                            " wave INTEGER NOT NULL, chunk INTEGER NOT NULL,"
                            " first_applicant INTEGER NOT NULL, members INTEGER NOT NULL, data BLOB NOT NULL,"
                            " PRIMARY KEY (wave, chunk))"),
             // One row per selected (or withdrawn) applicant: at most the quota plus replacements.
             QStringLiteral("CREATE TABLE selections ("
                            " wave INTEGER NOT NULL, rank INTEGER NOT NULL, applicant_id INTEGER NOT NULL,"
                            " province INTEGER NOT NULL, tier INTEGER NOT NULL, status INTEGER NOT NULL,"
                            " reason INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (wave, rank)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX selections_applicant ON selections(applicant_id)"),
             // Announced participants; kk is the family-card key the cap counts (docs/selection.md).
             QStringLiteral("CREATE TABLE participants ("
                            " applicant_id INTEGER PRIMARY KEY, wave INTEGER NOT NULL, kk INTEGER NOT NULL,"
                            " announced_at INTEGER NOT NULL, status INTEGER NOT NULL, revoked_at INTEGER)"),
             QStringLiteral("CREATE TABLE budget_ledger ("
                            " id INTEGER PRIMARY KEY, wave INTEGER NOT NULL, at INTEGER NOT NULL,"
                            " kind TEXT NOT NULL, participants INTEGER NOT NULL, amount INTEGER NOT NULL)"),
             // Filled by the training_bought feed event; revoke-expired reads it.
             QStringLiteral("ALTER TABLE applicants ADD COLUMN training_bought_at INTEGER"),
         }},
        {7,
         "packed selection inputs per applicant",
         {
             QStringLiteral("ALTER TABLE applicants ADD COLUMN draw_inputs INTEGER NOT NULL DEFAULT 0"),
             // Registration asks which lists a new NIK is on (one seek instead of four).
             QStringLiteral("CREATE INDEX reference_lists_nik ON reference_lists(nik_bi)"),
             // (Migration 9 moves the column to applicant_draw.)
             QStringLiteral("UPDATE applicants SET draw_inputs = ") + QLatin1StringView(DrawInputs::kExpressionSql),
         }},
        {8,
         "selection outcome apart from the pool's inputs",
         {
             // wave_outcome_chunks keeps the pool's inputs (30-byte records; the draw writes them
             // while it ranks); this holds the outcome of the same members, chunk for chunk.
             // Chunks from before have 40-byte records with both and no row here (OutcomeStore).
             QStringLiteral("CREATE TABLE wave_outcome_results ("
                            " wave INTEGER NOT NULL, chunk INTEGER NOT NULL,"
                            " first_applicant INTEGER NOT NULL, members INTEGER NOT NULL, data BLOB NOT NULL,"
                            " PRIMARY KEY (wave, chunk))"),
         }},
        {9,
         "selection inputs in a narrow table of their own",
         {
             // store/DrawInputs.h: the pool's loader walks these rows instead of the applicants'.
             QStringLiteral("CREATE TABLE applicant_draw ("
                            " applicant_id INTEGER PRIMARY KEY REFERENCES applicants(id),"
                            " nik_bi BLOB NOT NULL, kk BLOB, inputs INTEGER NOT NULL)"),
             QStringLiteral("INSERT INTO applicant_draw (applicant_id, nik_bi, kk, inputs)"
                            " SELECT id, nik_bi, substr(kk_bi, 1, 8), draw_inputs FROM applicants ORDER BY id"),
             QStringLiteral("ALTER TABLE applicants DROP COLUMN draw_inputs"),
         }},
        {10,
         "selections keyed by wave and applicant",
         {
             // The draw writes its selections in applicant order: appends to one B-tree, where
             // (wave, rank) plus an applicant index took two random inserts per row.
             QStringLiteral("CREATE TABLE selections_by_applicant ("
                            " wave INTEGER NOT NULL, applicant_id INTEGER NOT NULL, rank INTEGER NOT NULL,"
                            " province INTEGER NOT NULL, tier INTEGER NOT NULL, status INTEGER NOT NULL,"
                            " reason INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (wave, applicant_id)) WITHOUT ROWID"),
             QStringLiteral(
                 "INSERT INTO selections_by_applicant (wave, applicant_id, rank, province, tier, status, reason)"
                 " SELECT wave, applicant_id, rank, province, tier, status, reason FROM selections"),
             QStringLiteral("DROP TABLE selections"),
             QStringLiteral("ALTER TABLE selections_by_applicant RENAME TO selections"),
         }},
        {11,
         "names encrypted at rest, keyed name-token index",
         {
             // prakerja_seal_name() is registered on every connection by Database::open: AES-GCM
             // under the key file, bound to the row's NIK blind index like the other PII columns.
             QStringLiteral("ALTER TABLE applicants ADD COLUMN name_ct BLOB"),
             QStringLiteral("UPDATE applicants SET name_ct = prakerja_seal_name(name, nik_bi)"),
             QStringLiteral("ALTER TABLE applicants DROP COLUMN name"),
             // store/NameIndex: HMAC tokens of word prefixes (3..8 characters), filled past a cursor
             // off the ingest path; rebuilt when the key generation changes.
             QStringLiteral("CREATE TABLE name_tokens (token INTEGER NOT NULL, applicant_id INTEGER NOT NULL,"
                            " PRIMARY KEY (token, applicant_id)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE name_index_state (id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " cursor INTEGER NOT NULL, key_id INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
         }},
        {12,
         "call-centre tickets and the requests outbox",
         {
             // store/TicketStore. Notes are the agent's words about the call; status 0 open, 1 resolved.
             QStringLiteral("CREATE TABLE tickets (id INTEGER PRIMARY KEY,"
                            " applicant_id INTEGER NOT NULL REFERENCES applicants(id), category INTEGER NOT NULL,"
                            " text TEXT NOT NULL, status INTEGER NOT NULL DEFAULT 0, operator_id INTEGER NOT NULL,"
                            " operator_name TEXT NOT NULL, created_at INTEGER NOT NULL, resolved_at INTEGER,"
                            " resolved_by TEXT)"),
             QStringLiteral("CREATE INDEX tickets_applicant ON tickets(applicant_id, id)"),
             QStringLiteral("CREATE INDEX tickets_open ON tickets(status, category, created_at)"),
             QStringLiteral("CREATE INDEX tickets_operator ON tickets(operator_id, status, id)"),
             // store/RequestOutbox: what the registration system collects (`outbox export --since ID`).
             // detail_ct: a corrected name, encrypted like the applicant's own name.
             QStringLiteral("CREATE TABLE request_outbox (id INTEGER PRIMARY KEY,"
                            " applicant_id INTEGER NOT NULL REFERENCES applicants(id), kind INTEGER NOT NULL,"
                            " detail_ct BLOB, note TEXT NOT NULL DEFAULT '', operator_id INTEGER NOT NULL,"
                            " operator_name TEXT NOT NULL, created_at INTEGER NOT NULL, exported_at INTEGER)"),
             QStringLiteral("CREATE INDEX request_outbox_applicant ON request_outbox(applicant_id, id)"),
             // `audit list --subject NIK`: the rows about one applicant.
             QStringLiteral("CREATE INDEX audit_log_target ON audit_log(target)"),
         }},
        {15,
         "training catalogue: platforms, categories, trainings with history and full-text index",
         {
             QStringLiteral("CREATE TABLE platforms ("
                            " id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                            " website TEXT NOT NULL DEFAULT '', contact_name TEXT NOT NULL DEFAULT '',"
                            " contact_email TEXT NOT NULL DEFAULT '', status INTEGER NOT NULL DEFAULT 1,"
                            " agreement_start TEXT NOT NULL DEFAULT '', agreement_end TEXT NOT NULL DEFAULT '',"
                            " commission_bp INTEGER NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '',"
                            " suspend_reason TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1,"
                            " updated_at INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE training_categories ("
                            " code TEXT PRIMARY KEY, name_id TEXT NOT NULL, name_en TEXT NOT NULL,"
                            " position INTEGER NOT NULL)"),
             // version: optimistic locking (an update names the version it read); held: published,
             // taken out of the catalogue while the platform is suspended (restored on reinstatement).
             QStringLiteral("CREATE TABLE trainings ("
                            " id INTEGER PRIMARY KEY, platform_id INTEGER NOT NULL REFERENCES platforms(id),"
                            " code TEXT NOT NULL, title TEXT NOT NULL,"
                            " category TEXT NOT NULL REFERENCES training_categories(code),"
                            " level INTEGER NOT NULL, mode INTEGER NOT NULL, price INTEGER NOT NULL,"
                            " duration_hours INTEGER NOT NULL, description TEXT NOT NULL DEFAULT '',"
                            " url TEXT NOT NULL DEFAULT '', health_clearance INTEGER NOT NULL DEFAULT 0,"
                            " status INTEGER NOT NULL, reject_reason TEXT NOT NULL DEFAULT '',"
                            " held INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL DEFAULT 1,"
                            " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
                            " updated_by TEXT NOT NULL DEFAULT '', UNIQUE (platform_id, code))"),
             QStringLiteral("CREATE INDEX trainings_status ON trainings(status)"),
             QStringLiteral("CREATE INDEX trainings_price ON trainings(price)"),
             QStringLiteral("CREATE INDEX trainings_title ON trainings(title COLLATE NOCASE)"),
             // Who changed which field from what to what; one row per field and save.
             QStringLiteral("CREATE TABLE training_history ("
                            " id INTEGER PRIMARY KEY, training_id INTEGER NOT NULL REFERENCES trainings(id),"
                            " version INTEGER NOT NULL, at INTEGER NOT NULL, operator TEXT NOT NULL,"
                            " field TEXT NOT NULL, old_value TEXT NOT NULL, new_value TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX training_history_training ON training_history(training_id, id)"),
             // External-content FTS5 on title and description, diacritics folded ("kafe" finds "kafé").
             QStringLiteral("CREATE VIRTUAL TABLE training_fts USING fts5(title, description, content='trainings',"
                            " content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
             QStringLiteral("CREATE TRIGGER trainings_fts_insert AFTER INSERT ON trainings BEGIN"
                            " INSERT INTO training_fts(rowid, title, description)"
                            " VALUES (new.id, new.title, new.description); END"),
             QStringLiteral("CREATE TRIGGER trainings_fts_delete AFTER DELETE ON trainings BEGIN"
                            " INSERT INTO training_fts(training_fts, rowid, title, description)"
                            " VALUES ('delete', old.id, old.title, old.description); END"),
             QStringLiteral("CREATE TRIGGER trainings_fts_update AFTER UPDATE OF title, description ON trainings BEGIN"
                            " INSERT INTO training_fts(training_fts, rowid, title, description)"
                            " VALUES ('delete', old.id, old.title, old.description);"
                            " INSERT INTO training_fts(rowid, title, description)"
                            " VALUES (new.id, new.title, new.description); END"),
             // The eight partner platforms of 2020 and the managed category list.
             QStringLiteral("INSERT INTO platforms (code, name, website) VALUES"
                            " ('TOKOPEDIA', 'Tokopedia', 'https://www.tokopedia.com'),"
                            " ('SKILLACADEMY', 'Skill Academy', 'https://skillacademy.com'),"
                            " ('MAUBELAJARAPA', 'MauBelajarApa', 'https://maubelajarapa.com'),"
                            " ('BUKALAPAK', 'Bukalapak', 'https://www.bukalapak.com'),"
                            " ('PINTARIA', 'Pintaria', 'https://pintaria.com'),"
                            " ('SEKOLAHMU', 'Sekolahmu', 'https://www.sekolah.mu'),"
                            " ('PIJARMAHIR', 'Pijar Mahir', 'https://pijarmahir.id'),"
                            " ('SISNAKER', 'Sisnaker', 'https://sisnaker.kemnaker.go.id')"),
             QStringLiteral("INSERT INTO training_categories (code, name_id, name_en, position) VALUES"
                            " ('digital', 'TI dan digital', 'IT and digital', 1),"
                            " ('finance', 'Akuntansi dan keuangan', 'Accounting and finance', 2),"
                            " ('sales', 'Penjualan dan pemasaran', 'Sales and marketing', 3),"
                            " ('hospitality', 'Perhotelan dan pariwisata', 'Hospitality and tourism', 4),"
                            " ('food', 'Makanan dan minuman', 'Food and beverage', 5),"
                            " ('language', 'Bahasa', 'Languages', 6),"
                            " ('community', 'Keagamaan dan kemasyarakatan', 'Religion and community', 7),"
                            " ('creative', 'Kreatif dan media', 'Creative and media', 8),"
                            " ('trades', 'Manufaktur dan keterampilan teknik', 'Manufacturing and trades', 9),"
                            " ('agriculture', 'Pertanian dan perikanan', 'Agriculture and fisheries', 10),"
                            " ('health', 'Kesehatan dan perawatan', 'Health and care', 11),"
                            " ('other', 'Lainnya', 'Other', 12)"),
         }},
        {16,
         "curation flags dismissed by a curator",
         {
             QStringLiteral("CREATE TABLE curation_dismissals ("
                            " training_id INTEGER NOT NULL REFERENCES trainings(id), check_name TEXT NOT NULL,"
                            " reason TEXT NOT NULL, operator TEXT NOT NULL, at INTEGER NOT NULL,"
                            " PRIMARY KEY (training_id, check_name)) WITHOUT ROWID"),
         }},
        {20,
         "reference-list imports that can be taken back",
         {
             // One row per import of a NIK list; the rows it added carry its id, so that removing
             // the import restores the list (and the applicants' draw inputs) as they were.
             QStringLiteral("CREATE TABLE reference_imports ("
                            " id INTEGER PRIMARY KEY, list INTEGER NOT NULL, at INTEGER NOT NULL,"
                            " operator TEXT NOT NULL, file TEXT NOT NULL, added INTEGER NOT NULL DEFAULT 0,"
                            " removed_at INTEGER)"),
             QStringLiteral("ALTER TABLE reference_lists ADD COLUMN import_id INTEGER"),
             QStringLiteral("CREATE INDEX reference_lists_import ON reference_lists(import_id)"
                            " WHERE import_id IS NOT NULL"),
         }},
        {24,
         "programme settings shared by every seat",
         {
             // store/SettingsStore.h: lockout, idle lock, budget, new waves' defaults, demo feed.
             // Values as text ("5", "true"); a missing row means the built-in default.
             QStringLiteral("CREATE TABLE programme_settings ("
                            " name TEXT PRIMARY KEY, value TEXT NOT NULL, changed_at INTEGER NOT NULL)"),
         }},
        {17,
         "each wave's joined figure without the joins stored after its close",
         {
             // The dashboard counted every join a wave received, including those an older
             // version accepted after the wave had closed; the pool never held them. Recount
             // the per-wave aggregate (funnel_aggregates dimension 5, stage 7) up to the
             // tracker's cursor; FunnelTracker leaves such joins out from here on.
             QStringLiteral("DELETE FROM funnel_aggregates WHERE dimension = 5"),
             QStringLiteral("INSERT INTO funnel_aggregates (dimension, key, label, stage, count)"
                            " SELECT 5, e.wave, '', 7, COUNT(*) FROM events e"
                            " LEFT JOIN waves w ON w.number = e.wave"
                            " WHERE e.type = 7 AND e.wave > 0 AND (w.closes_at IS NULL OR e.at <= w.closes_at)"
                            " AND e.id <= COALESCE((SELECT cursor FROM funnel_state WHERE id = 1), 0)"
                            " GROUP BY e.wave"),
         }},
        {18,
         "an interrupted reference import taken over by its re-run",
         {
             // The import whose re-run took over its NIKs (so that removing the re-run takes
             // them back as well); NULL for every other import.
             QStringLiteral("ALTER TABLE reference_imports ADD COLUMN merged_into INTEGER"),
         }},
        {13,
         "the source of each reference-list import",
         {
             // store/ReferenceSources: who collected the list ("Disnaker Kota Bandung"); each entry
             // of reference_lists finds its source through its import_id.
             QStringLiteral("CREATE TABLE reference_sources (import_id INTEGER PRIMARY KEY, source TEXT NOT NULL)"),
         }},
        {30,
         "one source of the funnel's totals",
         {
             // The per-stage totals the feed kept beside the events duplicated the funnel
             // tracker's (funnel_aggregates); every reader now asks the tracker (docs/funnel.md).
             QStringLiteral("DROP TABLE stage_totals"),
         }},
        {14,
         "the money past selection: purchases, completions, incentives, surveys and the ledger of actuals",
         {
             // Each wave's entitlements per participant, fixed when it is announced (the feed
             // checks prices and amounts against them); NULL for waves announced before: the
             // built-in Budget applies.
             QStringLiteral("ALTER TABLE waves ADD COLUMN training_credit BIGINT"),
             QStringLiteral("ALTER TABLE waves ADD COLUMN monthly_incentive BIGINT"),
             QStringLiteral("ALTER TABLE waves ADD COLUMN survey_incentive BIGINT"),
             // What each participant has used, kept by the feed writer with the events: the credit
             // check is one primary-key read. returned: the money a revocation gave back.
             QStringLiteral("ALTER TABLE participants ADD COLUMN spent BIGINT NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE participants ADD COLUMN purchases INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE participants ADD COLUMN first_purchase_at BIGINT"),
             QStringLiteral("ALTER TABLE participants ADD COLUMN completions INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE participants ADD COLUMN first_completed_at BIGINT"),
             QStringLiteral("ALTER TABLE participants ADD COLUMN incentives BIGINT NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE participants ADD COLUMN incentive_months INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE participants ADD COLUMN surveys BIGINT NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE participants ADD COLUMN surveys_done INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE participants ADD COLUMN returned BIGINT NOT NULL DEFAULT 0"),
             QStringLiteral("UPDATE participants SET purchases = 1, first_purchase_at = (SELECT training_bought_at"
                            " FROM applicants a WHERE a.id = participants.applicant_id)"
                            " WHERE EXISTS (SELECT 1 FROM applicants a WHERE a.id = participants.applicant_id"
                            " AND a.training_bought_at IS NOT NULL)"),
             // One row per purchase; training_id and price NULL for an old feed's bare
             // training_bought ("purchase, training unknown").
             QStringLiteral("CREATE TABLE purchases ("
                            " id INTEGER PRIMARY KEY, applicant_id INTEGER NOT NULL, wave INTEGER NOT NULL DEFAULT 0,"
                            " training_id INTEGER, platform_id INTEGER, price BIGINT,"
                            " bought_at BIGINT NOT NULL, completed_at BIGINT, certificate TEXT,"
                            " UNIQUE (applicant_id, training_id))"),
             QStringLiteral("CREATE INDEX purchases_training ON purchases(training_id)"),
             QStringLiteral("INSERT INTO purchases (applicant_id, wave, bought_at)"
                            " SELECT a.id, COALESCE(p.wave, 0), a.training_bought_at FROM applicants a"
                            " LEFT JOIN participants p ON p.applicant_id = a.id"
                            " WHERE a.training_bought_at IS NOT NULL"),
             // Incentive months (kind 1) and survey incentives (kind 2), each number once.
             QStringLiteral("CREATE TABLE payouts ("
                            " applicant_id INTEGER NOT NULL, kind INTEGER NOT NULL, number INTEGER NOT NULL,"
                            " wave INTEGER NOT NULL, at BIGINT NOT NULL, amount BIGINT NOT NULL,"
                            " channel TEXT NOT NULL DEFAULT '', PRIMARY KEY (applicant_id, kind, number))"),
             // The actuals per wave, maintained by the feed writer at each batch's commit;
             // `budget verify` recounts them from purchases and payouts.
             QStringLiteral("CREATE TABLE wave_actuals ("
                            " wave INTEGER PRIMARY KEY, spent BIGINT NOT NULL DEFAULT 0,"
                            " incentives BIGINT NOT NULL DEFAULT 0, surveys BIGINT NOT NULL DEFAULT 0)"),
         }},
        {31,
         "the catalogue's word search indexed on PostgreSQL",
         {
             // TrainingStore::postgresSearchVector(""), word for word (the planner uses the index
             // only for the same expression); SQLite searches through training_fts (FTS5).
             SqlDialect::postgresOnly(
                 QString::fromUtf8("CREATE INDEX trainings_search ON trainings USING gin (to_tsvector('simple',"
                                   " translate(lower(title || ' ' || COALESCE(description, '')),"
                                   " 'áàâäãåāéèêëēíìîïīóòôöõōúùûüūçñýÿ', 'aaaaaaaeeeeeiiiiioooooouuuuucnyy')))")),
         }},
        {32,
         "the draw's outcome chunks stored uncompressed on PostgreSQL",
         {
             // A draw writes its chunks (about 1 MiB each) in the draw's transaction. The inputs'
             // records are mostly random bytes (blind ids), which pglz tried to compress and could
             // not: 39 chunks took 0.8 s to write at a pool of 1M instead of 0.1 s. The results
             // compressed to half, at a price in the draw's time. SQLite keeps both as they are.
             // An applicant's card reads a few bytes of its chunk (OutcomeStore::member): from an
             // uncompressed value `substring` fetches only those TOAST slices.
             SqlDialect::postgresOnly(
                 QStringLiteral("ALTER TABLE wave_outcome_chunks ALTER COLUMN data SET STORAGE EXTERNAL")),
             SqlDialect::postgresOnly(
                 QStringLiteral("ALTER TABLE wave_outcome_results ALTER COLUMN data SET STORAGE EXTERNAL")),
         }},
    };
    return migrations;
}

} // namespace prakerja
