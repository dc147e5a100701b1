#include "NameIndex.h"

#include "Database.h"
#include "NativeStatement.h"
#include "domain/Timestamp.h"
#include "security/Crypto.h"
#include "security/NameTokenizer.h"
#include "security/PiiCipher.h"

#include <sqlite3.h>

#include <algorithm>

namespace prakerja {

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

namespace {
constexpr int kRowsPerInsert = 256;

// One INSERT of `rows` (token, applicant) pairs: on PostgreSQL one round trip per statement
// matters more than on SQLite, so both insert a few hundred rows a statement.
QByteArray insertTokensSql(int rows)
{
    QByteArray sql = "INSERT OR IGNORE INTO name_tokens (token, applicant_id) VALUES ";
    for (int i = 0; i < rows; ++i)
        sql += (i ? ", (?" : "(?") + QByteArray::number(2 * i + 1) + ", ?" + QByteArray::number(2 * i + 2) + ')';
    return sql;
}
} // namespace

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
    PiiCipher cipher(keys);
    NativeStatement read(m_db, "SELECT id, nik_bi, name_ct FROM applicants WHERE id > ?1 ORDER BY id LIMIT ?2");
    NativeStatement insertMany(m_db, insertTokensSql(kRowsPerInsert).constData());
    NativeStatement insertOne(m_db, insertTokensSql(1).constData());
    NativeStatement save(m_db, "UPDATE name_index_state SET cursor = ?1, updated_at = ?2 WHERE id = 1");
    const auto failed = [this](NativeStatement& statement) {
        const Error e = statement.error();
        statement.reset();
        m_db.rollback();
        return e;
    };
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
        if (rc != SQLITE_DONE)
            return failed(read);
        read.reset();
        // In token order: each batch touches the B-tree's pages once, left to right.
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
        size_t at = 0;
        for (; at + kRowsPerInsert <= pairs.size(); at += kRowsPerInsert) {
            for (int i = 0; i < kRowsPerInsert; ++i)
                insertMany.bind(2 * i + 1, pairs[at + i].first).bind(2 * i + 2, pairs[at + i].second);
            if (insertMany.step() != SQLITE_DONE)
                return failed(insertMany);
        }
        for (; at < pairs.size(); ++at) {
            insertOne.bind(1, pairs[at].first).bind(2, pairs[at].second);
            if (insertOne.step() != SQLITE_DONE)
                return failed(insertOne);
        }
        save.bind(1, cursor).bind(2, Timestamp::nowMs());
        if (save.step() != SQLITE_DONE)
            return failed(save);
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
    NativeStatement q(m_db, sql.constData());
    q.bind(1, order.first()).bind(2, afterId).bind(3, limit);
    for (qsizetype i = 1; i < order.size(); ++i)
        q.bind(static_cast<int>(i + 3), order[i]);
    QList<qint64> ids;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        ids << q.columnInt(0);
    if (rc != SQLITE_DONE)
        return q.error();
    return ids;
}

} // namespace prakerja
