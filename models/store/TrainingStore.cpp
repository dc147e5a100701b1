#include "TrainingStore.h"

#include "Database.h"
#include "NativeStatement.h"

#include <QRegularExpression>
#include <QSqlError>
#include <sqlite3.h>

namespace prakerja {

namespace {

// Text columns are NOT NULL: a null QString would bind as NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// A sort column: the key's expression (also the keyset's, read back as the select's last
// column), the collation its order and comparisons use, and whether the key is text.
struct SortKey
{
    const char* expression;
    const char* collation;
    bool isText;
};

SortKey sortKey(TrainingSort sort)
{
    switch (sort) {
    case TrainingSort::Title:
        return {"t.title", " COLLATE NOCASE", true};
    case TrainingSort::Platform:
        return {"p.name", " COLLATE NOCASE", true}; // the table shows names
    case TrainingSort::Category:
        return {"t.category", "", true};
    case TrainingSort::Level:
        return {"t.level", "", false};
    case TrainingSort::Price:
        return {"t.price", "", false};
    case TrainingSort::Duration:
        return {"t.duration_hours", "", false};
    case TrainingSort::Status:
        return {"t.status", "", false};
    case TrainingSort::Updated:
        return {"t.updated_at", "", false};
    }
    return {"t.id", "", false};
}

void bindAll(NativeStatement& st, const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        if (binds[i].typeId() == QMetaType::QString)
            st.bindText(i + 1, binds[i].toString());
        else
            st.bind(i + 1, binds[i].toLongLong());
    }
}

// The full row (fullRows' select) of the statement's current row.
Training fullTraining(const NativeStatement& st)
{
    Training t;
    t.id = st.columnInt(0);
    t.platform = st.columnText(1);
    t.code = st.columnText(2);
    t.title = st.columnText(3);
    t.category = st.columnText(4);
    t.level = static_cast<TrainingLevel>(st.columnInt(5));
    t.mode = static_cast<TrainingMode>(st.columnInt(6));
    t.price = st.columnInt(7);
    t.durationHours = static_cast<int>(st.columnInt(8));
    t.description = st.columnText(9);
    t.url = st.columnText(10);
    t.healthClearance = st.columnInt(11) != 0;
    t.status = static_cast<TrainingStatus>(st.columnInt(12));
    t.rejectReason = st.columnText(13);
    t.held = st.columnInt(14) != 0;
    t.version = st.columnInt(15);
    t.updatedAt = st.columnInt(16);
    t.updatedBy = st.columnText(17);
    return t;
}

} // namespace

TrainingStore::TrainingStore(Database& db) : m_db(db) { }

TrainingStore::~TrainingStore() = default;

Result<QList<Training>> TrainingStore::fullRows(const QString& where, const QVariantList& binds)
{
    const QByteArray sql = QStringLiteral("SELECT t.id, p.code, t.code, t.title, t.category, t.level, t.mode, t.price,"
                                          " t.duration_hours, t.description, t.url, t.health_clearance, t.status,"
                                          " t.reject_reason, t.held, t.version, t.updated_at, t.updated_by"
                                          " FROM trainings t JOIN platforms p ON p.id = t.platform_id")
                               .append(where)
                               .toUtf8();
    NativeStatement st(m_db, sql.constData());
    if (!st.valid())
        return st.error();
    bindAll(st, binds);
    QList<Training> rows;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        rows.append(fullTraining(st));
    if (rc != SQLITE_DONE)
        return st.error();
    return rows;
}

QString TrainingStore::ftsQuery(const QString& text)
{
    static const QRegularExpression words(QStringLiteral("[\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = words.globalMatch(text);
    while (it.hasNext())
        terms << u'"' + it.next().captured(0) + QStringLiteral("\"*");
    return terms.join(u' ');
}

QString TrainingStore::tsQuery(const QString& text)
{
    static const QRegularExpression words(QStringLiteral("[\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = words.globalMatch(text);
    while (it.hasNext()) {
        QString word = it.next().captured(0).toLower().normalized(QString::NormalizationForm_D);
        word.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
        terms << word + QStringLiteral(":*");
    }
    return terms.join(QStringLiteral(" & "));
}

Error TrainingStore::conflictError(qint64 yours, qint64 stored)
{
    return makeError(QStringLiteral("version_conflict"),
                     Error::tr("Pelatihan ini sudah diubah orang lain: Anda menyunting versi %1, yang tersimpan"
                               " versi %2. Tidak ada yang ditimpa.")
                         .arg(yours)
                         .arg(stored));
}

Result<QList<Training>> TrainingStore::search(const TrainingQuery& query, TrainingCursor* last)
{
    return run(query, false, last);
}

Result<QList<Training>> TrainingStore::searchLike(const TrainingQuery& query)
{
    return run(query, true, nullptr);
}

QString TrainingStore::whereClause(const TrainingQuery& query, bool like, QVariantList& binds) const
{
    QString sql = QStringLiteral(" WHERE 1 = 1");
    const QString fts = ftsQuery(query.text);
    if (!fts.isEmpty()) {
        if (like) {
            // One LIKE per word over title and description, as a scan would do it.
            static const QRegularExpression words(QStringLiteral("[\\w]+"),
                                                  QRegularExpression::UseUnicodePropertiesOption);
            auto it = words.globalMatch(query.text);
            while (it.hasNext()) {
                sql += QStringLiteral(" AND (t.title LIKE ? OR t.description LIKE ?)");
                const QString pattern = u'%' + it.next().captured(0) + u'%';
                binds << pattern << pattern;
            }
        } else if (m_db.isPostgres()) {
            // PostgreSQL: the same prefix match of every word through a tsvector (docs/deployment.md,
            // "Dialect"); the words are \w+ only, so the tsquery holds no operators of the user's.
            // Diacritics are folded on both sides, as FTS5's unicode61 does (`kafe` finds `Kafé`),
            // without the unaccent extension: translate() here, NFD in tsQuery(). The expression
            // is the GIN index trainings_search's (migration 31), word for word.
            sql += QStringLiteral(" AND ") + postgresSearchVector(QStringLiteral("t."))
                + QStringLiteral(" @@ to_tsquery('simple', ?)");
            binds << tsQuery(query.text);
        } else {
            // The FTS query runs first (its rowids into an ephemeral table), the filters after.
            sql += QStringLiteral(" AND t.id IN (SELECT rowid FROM training_fts WHERE training_fts MATCH ?)");
            binds << fts;
        }
    }
    if (!query.platform.isEmpty()) {
        sql += QStringLiteral(" AND p.code = ?");
        binds << query.platform;
    }
    if (!query.category.isEmpty()) {
        sql += QStringLiteral(" AND t.category = ?");
        binds << query.category;
    }
    if (query.level) {
        sql += QStringLiteral(" AND t.level = ?");
        binds << qint64(query.level);
    }
    if (query.mode) {
        sql += QStringLiteral(" AND t.mode = ?");
        binds << qint64(query.mode);
    }
    if (query.publishedOnly) {
        sql += QStringLiteral(" AND t.status = %1").arg(static_cast<int>(TrainingStatus::Published));
    } else if (query.status) {
        sql += QStringLiteral(" AND t.status = ?");
        binds << qint64(query.status);
    }
    if (query.minPrice > 0) {
        sql += QStringLiteral(" AND t.price >= ?");
        binds << query.minPrice;
    }
    if (query.maxPrice > 0) {
        sql += QStringLiteral(" AND t.price <= ?");
        binds << query.maxPrice;
    }
    if (query.onlyIds) {
        // One bound JSON array, so that the statement's text (prepared once per connection on
        // PostgreSQL) does not change with the ids.
        QStringList ids;
        ids.reserve(query.ids.size());
        for (qint64 id : query.ids)
            ids << QString::number(id);
        sql += m_db.isPostgres()
            ? QStringLiteral(" AND t.id IN (SELECT value::bigint FROM json_array_elements_text(CAST(? AS json)))")
            : QStringLiteral(" AND t.id IN (SELECT value FROM json_each(?))");
        binds << QString(u'[' + ids.join(u',') + u']');
    }
    return sql;
}

QString TrainingStore::postgresSearchVector(const QString& prefix)
{
    return QStringLiteral("to_tsvector('simple', translate(lower(%1title || ' ' || COALESCE(%1description, '')),"
                          " '%2', '%3'))")
        .arg(prefix, QString::fromUtf8("áàâäãåāéèêëēíìîïīóòôöõōúùûüūçñýÿ"),
             QStringLiteral("aaaaaaaeeeeeiiiiioooooouuuuucnyy"));
}

Result<qint64> TrainingStore::countMatches(const TrainingQuery& query)
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT count(*) FROM trainings t");
    // The platform join only when a platform is asked for (the count needs no other column).
    if (!query.platform.isEmpty())
        sql += QStringLiteral(" JOIN platforms p ON p.id = t.platform_id");
    sql += whereClause(query, false, binds);
    const QByteArray utf8 = sql.toUtf8();
    NativeStatement st(m_db, utf8.constData());
    if (!st.valid())
        return st.error();
    bindAll(st, binds);
    if (st.step() != SQLITE_ROW)
        return st.error();
    return st.columnInt(0);
}

Result<QList<Training>> TrainingStore::run(const TrainingQuery& query, bool like, TrainingCursor* last)
{
    const SortKey key = sortKey(query.sort);
    const QLatin1StringView expression(key.expression);
    const QLatin1StringView collation(key.collation);
    QVariantList binds;
    QString sql = QStringLiteral("SELECT t.id, p.code, t.code, t.title, t.category, t.level, t.mode, t.price,"
                                 " t.duration_hours, t.status, t.held, t.version, t.updated_at, t.health_clearance,"
                                 " t.url, %1 FROM trainings t JOIN platforms p ON p.id = t.platform_id")
                      .arg(expression)
        + whereClause(query, like, binds);
    const bool keyset = query.after.isValid();
    if (keyset) {
        // The rows after the cursor in (key, id) order: `key >= k` bounds an index's range (title,
        // price, status: their indexes end with the id), the OR leaves out the cursor's own key's
        // rows up to its id.
        const QString op = query.descending ? QStringLiteral("<") : QStringLiteral(">");
        const QString column = expression + collation;
        sql += QStringLiteral(" AND %1 %2= ? AND (%1 %2 ? OR t.id %2 ?)").arg(column, op);
        const QVariant value
            = key.isText ? QVariant(query.after.key.toString()) : QVariant(query.after.key.toLongLong());
        binds << value << value << query.after.id;
    }
    sql += QStringLiteral(" ORDER BY %1%2 %3, t.id %3")
               .arg(expression, collation, query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    if (query.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);
    if (query.limit > 0 && query.offset > 0 && !keyset)
        sql += QStringLiteral(" OFFSET %1").arg(query.offset);

    const QByteArray utf8 = sql.toUtf8();
    NativeStatement st(m_db, utf8.constData());
    if (!st.valid())
        return st.error();
    bindAll(st, binds);
    QList<Training> rows;
    // Platform and category codes repeat: share one string per value.
    QHash<QString, QString> shared;
    auto intern = [&shared](const QString& s) {
        auto it = shared.constFind(s);
        if (it != shared.constEnd())
            return *it;
        shared.insert(s, s);
        return s;
    };
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        Training t;
        t.id = st.columnInt(0);
        t.platform = intern(st.columnText(1));
        t.code = st.columnText(2);
        t.title = st.columnText(3);
        t.category = intern(st.columnText(4));
        t.level = static_cast<TrainingLevel>(st.columnInt(5));
        t.mode = static_cast<TrainingMode>(st.columnInt(6));
        t.price = st.columnInt(7);
        t.durationHours = static_cast<int>(st.columnInt(8));
        t.status = static_cast<TrainingStatus>(st.columnInt(9));
        t.held = st.columnInt(10) != 0;
        t.version = st.columnInt(11);
        t.updatedAt = st.columnInt(12);
        t.healthClearance = st.columnInt(13) != 0;
        t.url = st.columnText(14);
        if (last) {
            last->key = key.isText ? QVariant(st.columnText(15)) : QVariant(st.columnInt(15));
            last->id = t.id;
        }
        rows.append(std::move(t));
    }
    if (rc != SQLITE_DONE)
        return st.error();
    if (last && rows.isEmpty())
        *last = {};
    return rows;
}

Result<Training> TrainingStore::get(qint64 id)
{
    auto rows = fullRows(QStringLiteral(" WHERE t.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(QStringLiteral("no_training"), Error::tr("Pelatihan %1 tidak ada").arg(id));
    return rows->first();
}

Result<QList<Training>> TrainingStore::all()
{
    return fullRows(QStringLiteral(" ORDER BY t.id"), {});
}

Result<QList<Training>> TrainingStore::byPlatform(const QString& platformCode)
{
    return fullRows(QStringLiteral(" WHERE p.code = ? ORDER BY t.id"), {platformCode});
}

Result<qint64> TrainingStore::insert(const Training& t, const QString& by, qint64 at)
{
    if (!m_platformIds.contains(t.platform)) {
        const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM platforms WHERE code = ?"), {t.platform});
        if (!id.isValid())
            return makeError(QStringLiteral("unknown_platform"),
                             Error::tr("Platform tidak dikenal: %1").arg(t.platform));
        m_platformIds.insert(t.platform, id.toLongLong());
    }
    if (!m_insert) {
#define PRAKERJA_TRAINING_INSERT                                                                                       \
    "INSERT INTO trainings (platform_id, code, title, category, level, mode, price, duration_hours, description,"      \
    " url, health_clearance, status, reject_reason, held, version, created_at, updated_at, updated_by)"                \
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"
        m_insert = std::make_unique<NativeStatement>(m_db, PRAKERJA_TRAINING_INSERT,
                                                     PRAKERJA_TRAINING_INSERT " RETURNING id");
#undef PRAKERJA_TRAINING_INSERT
        if (!m_insert->valid()) {
            const Error e = m_insert->error();
            m_insert.reset();
            return e;
        }
    }
    NativeStatement& q = *m_insert;
    q.bind(1, m_platformIds.value(t.platform))
        .bindText(2, text(t.code))
        .bindText(3, text(t.title))
        .bindText(4, text(t.category))
        .bind(5, static_cast<int>(t.level))
        .bind(6, static_cast<int>(t.mode))
        .bind(7, t.price)
        .bind(8, t.durationHours)
        .bindText(9, text(t.description))
        .bindText(10, text(t.url))
        .bind(11, t.healthClearance ? 1 : 0)
        .bind(12, static_cast<int>(t.status))
        .bindText(13, text(t.rejectReason))
        .bind(14, t.held ? 1 : 0)
        .bind(15, at)
        .bind(16, at)
        .bindText(17, text(by));
    // SQLite: DONE and the rowid; PostgreSQL: the RETURNING row.
    const int rc = q.step();
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const Error e = q.error();
        q.reset();
        return e;
    }
    const qint64 id = rc == SQLITE_ROW ? q.columnInt(0) : q.lastInsertId();
    q.reset();
    return id;
}

Status TrainingStore::update(const Training& t, const QString& by, qint64 at)
{
    auto q
        = m_db.exec(QStringLiteral("UPDATE trainings SET title = ?, category = ?, level = ?, mode = ?, price = ?,"
                                   " duration_hours = ?, description = ?, url = ?, health_clearance = ?, status = ?,"
                                   " reject_reason = ?, held = ?, version = version + 1, updated_at = ?, updated_by = ?"
                                   " WHERE id = ? AND version = ?"),
                    {text(t.title), text(t.category), static_cast<int>(t.level), static_cast<int>(t.mode), t.price,
                     t.durationHours, text(t.description), text(t.url), t.healthClearance ? 1 : 0,
                     static_cast<int>(t.status), text(t.rejectReason), t.held ? 1 : 0, at, text(by), t.id, t.version});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 1)
        return Status::success();
    const QVariant stored = m_db.scalar(QStringLiteral("SELECT version FROM trainings WHERE id = ?"), {t.id});
    if (!stored.isValid())
        return makeError(QStringLiteral("no_training"), Error::tr("Pelatihan %1 tidak ada").arg(t.id));
    return conflictError(t.version, stored.toLongLong());
}

Status TrainingStore::appendHistory(qint64 trainingId, qint64 version, const QString& by, qint64 at,
                                    const QList<FieldChange>& changes)
{
    if (!m_history) {
        m_history
            = std::make_unique<NativeStatement>(m_db,
                                                "INSERT INTO training_history (training_id, version, at, operator,"
                                                " field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!m_history->valid()) {
            const Error e = m_history->error();
            m_history.reset();
            return e;
        }
    }
    NativeStatement& q = *m_history;
    for (const FieldChange& c : changes) {
        q.bind(1, trainingId)
            .bind(2, version)
            .bind(3, at)
            .bindText(4, text(by))
            .bindText(5, text(c.field))
            .bindText(6, text(c.from))
            .bindText(7, text(c.to));
        if (q.step() != SQLITE_DONE) {
            const Error e = q.error();
            q.reset();
            return e;
        }
        q.reset();
    }
    return Status::success();
}

Status TrainingStore::beginBulkInsert()
{
    if (m_db.isPostgres())
        return Status::success(); // no FTS5 trigger to drop: the search reads the columns themselves
    if (m_bulkAfterId >= 0)
        return Status::success();
    const QVariant trigger = m_db.scalar(
        QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'trainings_fts_insert'"));
    if (!trigger.isValid())
        return makeError(QStringLiteral("sql"), Error::tr("trainings_fts_insert tidak ada"));
    m_ftsTrigger = trigger.toString();
    m_bulkAfterId = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM trainings")).toLongLong();
    // The statements prepared before the schema change would be re-prepared anyway.
    m_insert.reset();
    m_history.reset();
    if (auto q = m_db.exec(QStringLiteral("DROP TRIGGER trainings_fts_insert")); !q) {
        m_bulkAfterId = -1;
        return q.error();
    }
    return Status::success();
}

Status TrainingStore::endBulkInsert()
{
    if (m_db.isPostgres())
        return Status::success();
    if (m_bulkAfterId < 0)
        return Status::success();
    const qint64 after = m_bulkAfterId;
    m_bulkAfterId = -1;
    m_insert.reset();
    m_history.reset();
    if (auto q = m_db.exec(QStringLiteral("INSERT INTO training_fts(rowid, title, description)"
                                          " SELECT id, title, description FROM trainings WHERE id > ? ORDER BY id"),
                           {after});
        !q)
        return q.error();
    if (auto q = m_db.exec(m_ftsTrigger); !q)
        return q.error();
    return Status::success();
}

Result<QList<TrainingHistoryEntry>> TrainingStore::history(qint64 trainingId)
{
    auto q = m_db.exec(QStringLiteral("SELECT version, at, operator, field, old_value, new_value FROM training_history"
                                      " WHERE training_id = ? ORDER BY id DESC"),
                       {trainingId});
    if (!q)
        return q.error();
    QList<TrainingHistoryEntry> rows;
    while (q.value().next())
        rows.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), q.value().value(2).toString(),
                     q.value().value(3).toString(), q.value().value(4).toString(), q.value().value(5).toString()});
    return rows;
}

Result<QMap<QString, QList<qint64>>> TrainingStore::countsByPlatform()
{
    auto q = m_db.exec(QStringLiteral("SELECT p.code, t.status, count(*) FROM trainings t"
                                      " JOIN platforms p ON p.id = t.platform_id GROUP BY p.code, t.status"));
    if (!q)
        return q.error();
    QMap<QString, QList<qint64>> counts;
    while (q.value().next()) {
        QList<qint64>& row = counts[q.value().value(0).toString()];
        if (row.isEmpty())
            row.resize(kTrainingStatusCount + 1);
        const int status = q.value().value(1).toInt();
        if (status >= 1 && status <= kTrainingStatusCount)
            row[status] = q.value().value(2).toLongLong();
    }
    return counts;
}

qint64 TrainingStore::count()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM trainings")).toLongLong();
}

} // namespace prakerja
