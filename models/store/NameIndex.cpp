#include "NameIndex.h"

#include "Database.h"
#include "SqliteStatement.h"
#include "domain/Timestamp.h"
#include "security/Crypto.h"
#include "security/NameTokenizer.h"
#include "security/PiiCipher.h"

#include <QSqlQuery>
#include <sqlite3.h>

#include <algorithm>

namespace prakerja {

namespace {
Error storeError(sqlite3* h)
{
    const QString detail = QString::fromUtf8(sqlite3_errmsg(h));
    return makeError(QStringLiteral("sql"), Error::tr("Kesalahan basis data: %1").arg(detail));
}
} // namespace

Result<NameIndexState> NameIndex::state()
{
    NameIndexState s;
    auto q = m_db.exec(QStringLiteral("SELECT cursor, key_id FROM name_index_state WHERE id = 1"));
    if (!q)
        return q.error();
    if (q.value().next()) {
        s.cursor = q.value().value(0).toLongLong();
        s.keyId = q.value().value(1).toInt();
    }
    q.value().finish();
    s.newestApplicant = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM applicants")).toLongLong();
    return s;
}

Status NameIndex::reset(int keyId)
{
    const bool own = !m_db.inTransaction();
    if (own)
        if (const Status s = m_db.beginImmediate(); !s)
            return s;
    auto del = m_db.exec(QStringLiteral("DELETE FROM name_tokens"));
    auto set = del ? m_db.exec(QStringLiteral("INSERT OR REPLACE INTO name_index_state (id, cursor, key_id, updated_at)"
                                              " VALUES (1, 0, ?, ?)"),
                               {keyId, Timestamp::nowMs()})
                   : del;
    if (!set) {
        if (own)
            m_db.rollback();
        return set.error();
    }
    return own ? m_db.commit() : Status::success();
}

Result<qint64> NameIndex::catchUp(const KeyFile& keys, int batch, const std::function<bool(qint64, qint64)>& progress)
{
    auto st = state();
    if (!st)
        return st.error();
    NameTokenizer tokenizer(keys);
    if (st->keyId != tokenizer.keyId()) {
        if (const Status s = reset(tokenizer.keyId()); !s)
            return s.error();
        st = state();
        if (!st)
            return st.error();
    }
    if (m_db.isPostgres())
        return catchUpPostgres(keys, st->cursor, st->behind(), batch, progress);
    PiiCipher cipher(keys);
    sqlite3* h = m_db.native();
    SqliteStatement read(h, "SELECT id, nik_bi, name_ct FROM applicants WHERE id > ?1 ORDER BY id LIMIT ?2");
    SqliteStatement insert(h, "INSERT OR IGNORE INTO name_tokens (token, applicant_id) VALUES (?1, ?2)");
    SqliteStatement save(h, "UPDATE name_index_state SET cursor = ?1, updated_at = ?2 WHERE id = 1");
    qint64 cursor = st->cursor;
    const qint64 total = st->behind();
    qint64 done = 0;
    std::vector<std::pair<qint64, qint64>> pairs;
    for (;;) {
        if (const Status s = m_db.beginImmediate(); !s)
            return s.error();
        pairs.clear();
        read.bind(1, cursor).bind(2, batch);
        qint64 count = 0;
        int rc;
        while ((rc = read.step()) == SQLITE_ROW) {
            const qint64 id = read.columnInt(0);
            cursor = id;
            ++count;
            if (read.columnIsNull(2))
                continue;
            Result<QByteArray> name = cipher.decrypt(PiiField::Name, read.columnBlob(2), read.columnBlob(1));
            if (!name)
                continue; // unreadable names stay unfound; the card still opens by NIK, phone or email
            for (const qint64 t : tokenizer.indexTokens(QString::fromUtf8(name.value())))
                pairs.emplace_back(t, id);
            Crypto::wipe(name.value());
        }
        read.reset();
        if (rc != SQLITE_DONE) {
            m_db.rollback();
            return storeError(h);
        }
        // In token order: each batch touches the B-tree's pages once, left to right.
        std::sort(pairs.begin(), pairs.end());
        for (const auto& [token, id] : pairs) {
            insert.bind(1, token).bind(2, id);
            if (insert.step() != SQLITE_DONE) {
                insert.reset();
                m_db.rollback();
                return storeError(h);
            }
        }
        save.bind(1, cursor).bind(2, Timestamp::nowMs());
        if (save.step() != SQLITE_DONE) {
            save.reset();
            m_db.rollback();
            return storeError(h);
        }
        if (const Status s = m_db.commit(); !s)
            return s.error();
        done += count;
        if (count < batch)
            break;
        if (progress && !progress(done, total))
            break;
    }
    return done;
}

Result<qint64> NameIndex::catchUpPostgres(const KeyFile& keys, qint64 cursor, qint64 total, int batch,
                                          const std::function<bool(qint64, qint64)>& progress)
{
    // The same walk as on SQLite through Qt SQL; the tokens go in as multi-row INSERTs.
    NameTokenizer tokenizer(keys);
    PiiCipher cipher(keys);
    constexpr int kRowsPerInsert = 1000;
    qint64 done = 0;
    std::vector<std::pair<qint64, qint64>> pairs;
    for (;;) {
        if (const Status s = m_db.beginImmediate(); !s)
            return s.error();
        pairs.clear();
        auto read
            = m_db.exec(QStringLiteral("SELECT id, nik_bi, name_ct FROM applicants WHERE id > ? ORDER BY id LIMIT ?"),
                        {cursor, batch});
        if (!read) {
            m_db.rollback();
            return read.error();
        }
        qint64 count = 0;
        QSqlQuery& r = read.value();
        while (r.next()) {
            const qint64 id = r.value(0).toLongLong();
            cursor = id;
            ++count;
            if (r.value(2).isNull())
                continue;
            Result<QByteArray> name
                = cipher.decrypt(PiiField::Name, r.value(2).toByteArray(), r.value(1).toByteArray());
            if (!name)
                continue;
            for (const qint64 t : tokenizer.indexTokens(QString::fromUtf8(name.value())))
                pairs.emplace_back(t, id);
            Crypto::wipe(name.value());
        }
        r.finish();
        std::sort(pairs.begin(), pairs.end());
        for (size_t from = 0; from < pairs.size(); from += kRowsPerInsert) {
            const size_t to = std::min(pairs.size(), from + kRowsPerInsert);
            QString sql = QStringLiteral("INSERT INTO name_tokens (token, applicant_id) VALUES ");
            for (size_t i = from; i < to; ++i)
                sql += QStringLiteral("%1(%2, %3)")
                           .arg(i == from ? QString() : QStringLiteral(","), QString::number(pairs[i].first),
                                QString::number(pairs[i].second));
            sql += QStringLiteral(" ON CONFLICT DO NOTHING");
            QSqlQuery insert(m_db.sql());
            if (!insert.exec(sql)) {
                const Error e = sqlError(insert);
                m_db.rollback();
                return e;
            }
        }
        auto save = m_db.exec(QStringLiteral("UPDATE name_index_state SET cursor = ?, updated_at = ? WHERE id = 1"),
                              {cursor, Timestamp::nowMs()});
        if (!save) {
            m_db.rollback();
            return save.error();
        }
        if (const Status s = m_db.commit(); !s)
            return s.error();
        done += count;
        if (count < batch)
            break;
        if (progress && !progress(done, total))
            break;
    }
    return done;
}

qint64 NameIndex::postings(qint64 token, qint64 bound)
{
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM name_tokens WHERE token = ? LIMIT ?) p"),
                {token, bound})
        .toLongLong();
}

Result<QList<qint64>> NameIndex::candidates(const QList<qint64>& tokens, qint64 afterId, int limit)
{
    if (tokens.isEmpty())
        return QList<qint64>();
    QList<qint64> order = tokens.mid(0, kMaxWords);
    std::sort(order.begin(), order.end());
    order.erase(std::unique(order.begin(), order.end()), order.end());
    if (order.size() > 1) {
        QList<std::pair<qint64, qint64>> sized;
        for (const qint64 t : order)
            sized << std::make_pair(postings(t, 20'000), t);
        std::sort(sized.begin(), sized.end());
        order.clear();
        for (const auto& p : sized)
            order << p.second;
    }
    // The rarest token drives the walk in applicant order; the others are probed per row.
    QByteArray sql = "SELECT t0.applicant_id FROM name_tokens t0 WHERE t0.token = ?1 AND t0.applicant_id > ?2";
    for (qsizetype i = 1; i < order.size(); ++i)
        sql += " AND EXISTS (SELECT 1 FROM name_tokens t WHERE t.token = ?" + QByteArray::number(i + 3)
            + " AND t.applicant_id = t0.applicant_id)";
    sql += " ORDER BY t0.applicant_id LIMIT ?3";
    if (m_db.isPostgres()) {
        // Qt SQL binds in order of appearance: token, afterId, then the probes, then the limit.
        QByteArray pgSql = "SELECT t0.applicant_id FROM name_tokens t0 WHERE t0.token = ? AND t0.applicant_id > ?";
        QVariantList values{order.first(), afterId};
        for (qsizetype i = 1; i < order.size(); ++i) {
            pgSql += " AND EXISTS (SELECT 1 FROM name_tokens t WHERE t.token = ? AND t.applicant_id = t0.applicant_id)";
            values << order[i];
        }
        pgSql += " ORDER BY t0.applicant_id LIMIT ?";
        values << limit;
        auto q = m_db.exec(QString::fromLatin1(pgSql), values);
        if (!q)
            return q.error();
        QList<qint64> ids;
        while (q.value().next())
            ids << q.value().value(0).toLongLong();
        return ids;
    }
    SqliteStatement q(m_db.native(), sql.constData());
    if (!q.valid())
        return storeError(m_db.native());
    q.bind(1, order.first()).bind(2, afterId).bind(3, limit);
    for (qsizetype i = 1; i < order.size(); ++i)
        q.bind(static_cast<int>(i + 3), order[i]);
    QList<qint64> ids;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        ids << q.columnInt(0);
    if (rc != SQLITE_DONE)
        return storeError(m_db.native());
    return ids;
}

} // namespace prakerja
