#include "TrainingStore.h"

#include "Database.h"
#include "SqliteStatement.h"

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

const char* sortColumn(TrainingSort sort)
{
    switch (sort) {
    case TrainingSort::Title:
        return "t.title COLLATE NOCASE";
    case TrainingSort::Platform:
        return "p.name COLLATE NOCASE"; // the table shows names
    case TrainingSort::Category:
        return "t.category";
    case TrainingSort::Level:
        return "t.level";
    case TrainingSort::Price:
        return "t.price";
    case TrainingSort::Duration:
        return "t.duration_hours";
    case TrainingSort::Status:
        return "t.status";
    case TrainingSort::Updated:
        return "t.updated_at";
    }
    return "t.id";
}

Training fromQuery(const QSqlQuery& q)
{
    Training t;
    t.id = q.value(0).toLongLong();
    t.platform = q.value(1).toString();
    t.code = q.value(2).toString();
    t.title = q.value(3).toString();
    t.category = q.value(4).toString();
    t.level = static_cast<TrainingLevel>(q.value(5).toInt());
    t.mode = static_cast<TrainingMode>(q.value(6).toInt());
    t.price = q.value(7).toLongLong();
    t.durationHours = q.value(8).toInt();
    t.description = q.value(9).toString();
    t.url = q.value(10).toString();
    t.healthClearance = q.value(11).toBool();
    t.status = static_cast<TrainingStatus>(q.value(12).toInt());
    t.rejectReason = q.value(13).toString();
    t.held = q.value(14).toBool();
    t.version = q.value(15).toLongLong();
    t.updatedAt = q.value(16).toLongLong();
    t.updatedBy = q.value(17).toString();
    return t;
}

} // namespace

TrainingStore::TrainingStore(Database& db) : m_db(db) { }

TrainingStore::~TrainingStore() = default;

QString TrainingStore::fullSelect() const
{
    return QStringLiteral("SELECT t.id, p.code, t.code, t.title, t.category, t.level, t.mode, t.price,"
                          " t.duration_hours, t.description, t.url, t.health_clearance, t.status, t.reject_reason,"
                          " t.held, t.version, t.updated_at, t.updated_by"
                          " FROM trainings t JOIN platforms p ON p.id = t.platform_id");
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

QVariantList TrainingStore::bindValues(const QList<std::pair<int, QVariant>>& binds)
{
    QVariantList values;
    for (const auto& [kind, value] : binds)
        values << (kind == 0 ? QVariant(value.toString()) : QVariant(value.toLongLong()));
    return values;
}

Result<QList<Training>> TrainingStore::runPostgres(const QString& sql, const QList<std::pair<int, QVariant>>& binds)
{
    auto q = m_db.exec(sql, bindValues(binds));
    if (!q)
        return q.error();
    QList<Training> rows;
    QSqlQuery& r = q.value();
    while (r.next()) {
        Training t;
        t.id = r.value(0).toLongLong();
        t.platform = r.value(1).toString();
        t.code = r.value(2).toString();
        t.title = r.value(3).toString();
        t.category = r.value(4).toString();
        t.level = static_cast<TrainingLevel>(r.value(5).toInt());
        t.mode = static_cast<TrainingMode>(r.value(6).toInt());
        t.price = r.value(7).toLongLong();
        t.durationHours = r.value(8).toInt();
        t.status = static_cast<TrainingStatus>(r.value(9).toInt());
        t.held = r.value(10).toLongLong() != 0;
        t.version = r.value(11).toLongLong();
        t.updatedAt = r.value(12).toLongLong();
        t.healthClearance = r.value(13).toLongLong() != 0;
        t.url = r.value(14).toString();
        rows.append(std::move(t));
    }
    return rows;
}

Error TrainingStore::conflictError(qint64 yours, qint64 stored)
{
    return makeError(QStringLiteral("version_conflict"),
                     Error::tr("Pelatihan ini sudah diubah orang lain: Anda menyunting versi %1, yang tersimpan"
                               " versi %2. Tidak ada yang ditimpa.")
                         .arg(yours)
                         .arg(stored));
}

Result<QList<Training>> TrainingStore::search(const TrainingQuery& query)
{
    return run(query, false);
}

Result<QList<Training>> TrainingStore::searchLike(const TrainingQuery& query)
{
    return run(query, true);
}

QString TrainingStore::whereClause(const TrainingQuery& query, bool like, QList<std::pair<int, QVariant>>& binds) const
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
                binds << std::pair{0, QVariant(pattern)} << std::pair{0, QVariant(pattern)};
            }
        } else if (m_db.isPostgres()) {
            // PostgreSQL: the same prefix match of every word through a tsvector (docs/deployment.md,
            // "Dialect"); the words are \w+ only, so the tsquery holds no operators of the user's.
            // Diacritics are folded on both sides, as FTS5's unicode61 does (`kafe` finds `Kafé`),
            // without the unaccent extension: translate() here, NFD in tsQuery().
            sql += QStringLiteral(" AND to_tsvector('simple', translate(lower(t.title || ' ' || COALESCE(t.description,"
                                  " '')), '%1', '%2')) @@ to_tsquery('simple', ?)")
                       .arg(QString::fromUtf8("áàâäãåāéèêëēíìîïīóòôöõōúùûüūçñýÿ"),
                            QStringLiteral("aaaaaaaeeeeeiiiiioooooouuuuucnyy"));
            binds << std::pair{0, QVariant(tsQuery(query.text))};
        } else {
            // The FTS query runs first (its rowids into an ephemeral table), the filters after.
            sql += QStringLiteral(" AND t.id IN (SELECT rowid FROM training_fts WHERE training_fts MATCH ?)");
            binds << std::pair{0, QVariant(fts)};
        }
    }
    if (!query.platform.isEmpty()) {
        sql += QStringLiteral(" AND p.code = ?");
        binds << std::pair{0, QVariant(query.platform)};
    }
    if (!query.category.isEmpty()) {
        sql += QStringLiteral(" AND t.category = ?");
        binds << std::pair{0, QVariant(query.category)};
    }
    if (query.level) {
        sql += QStringLiteral(" AND t.level = ?");
        binds << std::pair{1, QVariant(query.level)};
    }
    if (query.mode) {
        sql += QStringLiteral(" AND t.mode = ?");
        binds << std::pair{1, QVariant(query.mode)};
    }
    if (query.publishedOnly) {
        sql += QStringLiteral(" AND t.status = %1").arg(static_cast<int>(TrainingStatus::Published));
    } else if (query.status) {
        sql += QStringLiteral(" AND t.status = ?");
        binds << std::pair{1, QVariant(query.status)};
    }
    if (query.minPrice > 0) {
        sql += QStringLiteral(" AND t.price >= ?");
        binds << std::pair{1, QVariant(query.minPrice)};
    }
    if (query.maxPrice > 0) {
        sql += QStringLiteral(" AND t.price <= ?");
        binds << std::pair{1, QVariant(query.maxPrice)};
    }
    if (query.onlyIds) {
        // Integers only, written into the statement (a bound list would need one ? each).
        QStringList ids;
        ids.reserve(query.ids.size());
        for (qint64 id : query.ids)
            ids << QString::number(id);
        sql += QStringLiteral(" AND t.id IN (%1)").arg(ids.join(u','));
    }
    return sql;
}

Result<qint64> TrainingStore::countMatches(const TrainingQuery& query)
{
    QList<std::pair<int, QVariant>> binds;
    QString sql = QStringLiteral("SELECT count(*) FROM trainings t");
    // The platform join only when a platform is asked for (the count needs no other column).
    if (!query.platform.isEmpty())
        sql += QStringLiteral(" JOIN platforms p ON p.id = t.platform_id");
    sql += whereClause(query, false, binds);
    if (m_db.isPostgres()) {
        auto q = m_db.exec(sql, bindValues(binds));
        if (!q)
            return q.error();
        return q.value().next() ? q.value().value(0).toLongLong() : 0;
    }
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement st(m_db.native(), utf8.constData());
    if (!st.valid())
        return makeError(QStringLiteral("sql"), st.errorMessage());
    for (int i = 0; i < binds.size(); ++i) {
        if (binds[i].first == 0)
            st.bindText(i + 1, binds[i].second.toString());
        else
            st.bind(i + 1, binds[i].second.toLongLong());
    }
    if (st.step() != SQLITE_ROW)
        return makeError(QStringLiteral("sql"), st.errorMessage());
    return st.columnInt(0);
}

Result<QList<Training>> TrainingStore::run(const TrainingQuery& query, bool like)
{
    QList<std::pair<int, QVariant>> binds; // 0 text, 1 integer
    QString sql = QStringLiteral("SELECT t.id, p.code, t.code, t.title, t.category, t.level, t.mode, t.price,"
                                 " t.duration_hours, t.status, t.held, t.version, t.updated_at, t.health_clearance,"
                                 " t.url FROM trainings t JOIN platforms p ON p.id = t.platform_id")
        + whereClause(query, like, binds);
    sql += QStringLiteral(" ORDER BY %1 %2, t.id %2")
               .arg(QLatin1StringView(sortColumn(query.sort)),
                    query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    if (query.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);
    if (query.limit > 0 && query.offset > 0)
        sql += QStringLiteral(" OFFSET %1").arg(query.offset);
    if (m_db.isPostgres())
        return runPostgres(sql, binds);

    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement st(m_db.native(), utf8.constData());
    if (!st.valid())
        return makeError(QStringLiteral("sql"), st.errorMessage());
    for (int i = 0; i < binds.size(); ++i) {
        if (binds[i].first == 0)
            st.bindText(i + 1, binds[i].second.toString());
        else
            st.bind(i + 1, binds[i].second.toLongLong());
    }
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
        rows.append(std::move(t));
    }
    if (rc != SQLITE_DONE)
        return makeError(QStringLiteral("sql"), st.errorMessage());
    return rows;
}

Result<Training> TrainingStore::get(qint64 id)
{
    auto q = m_db.exec(fullSelect() + QStringLiteral(" WHERE t.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(QStringLiteral("no_training"), Error::tr("Pelatihan %1 tidak ada").arg(id));
    return fromQuery(q.value());
}

Result<QList<Training>> TrainingStore::all()
{
    auto q = m_db.exec(fullSelect() + QStringLiteral(" ORDER BY t.id"));
    if (!q)
        return q.error();
    QList<Training> rows;
    while (q.value().next())
        rows.append(fromQuery(q.value()));
    return rows;
}

Result<QList<Training>> TrainingStore::byPlatform(const QString& platformCode)
{
    auto q = m_db.exec(fullSelect() + QStringLiteral(" WHERE p.code = ? ORDER BY t.id"), {platformCode});
    if (!q)
        return q.error();
    QList<Training> rows;
    while (q.value().next())
        rows.append(fromQuery(q.value()));
    return rows;
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
    if (m_db.isPostgres()) {
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO trainings (platform_id, code, title, category, level, mode, price,"
                           " duration_hours, description, url, health_clearance, status, reject_reason, held, version,"
                           " created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1,"
                           " ?, ?, ?) RETURNING id"),
            {m_platformIds.value(t.platform), text(t.code), text(t.title), text(t.category), static_cast<int>(t.level),
             static_cast<int>(t.mode), t.price, t.durationHours, text(t.description), text(t.url),
             t.healthClearance ? 1 : 0, static_cast<int>(t.status), text(t.rejectReason), t.held ? 1 : 0, at, at,
             text(by)});
        if (!q)
            return q.error();
        return q.value().next() ? q.value().value(0).toLongLong() : 0;
    }
    if (!m_insert) {
        m_insert = std::make_unique<SqliteStatement>(
            m_db.native(),
            "INSERT INTO trainings (platform_id, code, title, category, level, mode, price, duration_hours,"
            " description, url, health_clearance, status, reject_reason, held, version, created_at, updated_at,"
            " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)");
        if (!m_insert->valid()) {
            const QString message = m_insert->errorMessage();
            m_insert.reset();
            return makeError(QStringLiteral("sql"), message);
        }
    }
    SqliteStatement& q = *m_insert;
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
    if (q.step() != SQLITE_DONE) {
        const QString message = q.errorMessage();
        q.reset();
        return makeError(QStringLiteral("sql"), message);
    }
    q.reset();
    return static_cast<qint64>(sqlite3_last_insert_rowid(m_db.native()));
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
    if (m_db.isPostgres()) {
        for (const FieldChange& c : changes) {
            auto q = m_db.exec(QStringLiteral("INSERT INTO training_history (training_id, version, at, operator, field,"
                                              " old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                               {trainingId, version, at, text(by), text(c.field), text(c.from), text(c.to)});
            if (!q)
                return q.error();
        }
        return Status::success();
    }
    if (!m_history) {
        m_history = std::make_unique<SqliteStatement>(
            m_db.native(),
            "INSERT INTO training_history (training_id, version, at, operator, field, old_value,"
            " new_value) VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!m_history->valid()) {
            const QString message = m_history->errorMessage();
            m_history.reset();
            return makeError(QStringLiteral("sql"), message);
        }
    }
    SqliteStatement& q = *m_history;
    for (const FieldChange& c : changes) {
        q.bind(1, trainingId)
            .bind(2, version)
            .bind(3, at)
            .bindText(4, text(by))
            .bindText(5, text(c.field))
            .bindText(6, text(c.from))
            .bindText(7, text(c.to));
        if (q.step() != SQLITE_DONE) {
            const QString message = q.errorMessage();
            q.reset();
            return makeError(QStringLiteral("sql"), message);
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
