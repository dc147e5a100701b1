#include "AuditLog.h"

#include "domain/Session.h"
#include "domain/Timestamp.h"
#include "security/Crypto.h"
#include "store/Database.h"
#include "store/MetaStore.h"

#include <QDataStream>
#include <QIODevice>
#include <QSqlQuery>

namespace prakerja {

QByteArray AuditLog::rowMac(const QByteArray& key, const QByteArray& previousMac, qint64 id, qint64 at,
                            qint64 operatorId, const QString& operatorName, const QString& action,
                            const QString& target, const QString& details)
{
    // Length-prefixed fields (big-endian), so no two rows serialise alike. Lengths are written
    // by hand: QDataStream tells a null QByteArray from an empty one, and a NULL-free column
    // read back from SQLite must give the MAC that append() computed.
    QByteArray message;
    QDataStream stream(&message, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_0);
    auto field = [&stream](const QByteArray& bytes) {
        stream << static_cast<quint32>(bytes.size());
        stream.writeRawData(bytes.constData(), static_cast<int>(bytes.size()));
    };
    field(previousMac);
    stream << id << at << operatorId;
    field(operatorName.toUtf8());
    field(action.toUtf8());
    field(target.toUtf8());
    field(details.toUtf8());
    return Crypto::hmacSha256(key, message);
}

QByteArray AuditLog::anchorMac(const QByteArray& key, qint64 id, const QByteArray& rowMac)
{
    QByteArray message;
    QDataStream stream(&message, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_0);
    stream << QByteArray("audit-anchor") << id << rowMac;
    return Crypto::hmacSha256(key, message);
}

QByteArray AuditLog::anchorValue(int keyId, qint64 id, const QByteArray& anchor)
{
    return QByteArray::number(keyId) + ':' + QByteArray::number(id) + ':' + anchor.toHex();
}

QString AuditLog::anchorProblem(qint64 lastId, const QByteArray& lastMac) const
{
    const QByteArray anchor
        = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {QString::fromLatin1(kAnchorKey)})
              .toByteArray();
    if (anchor.isEmpty())
        return lastId == 0 ? QString() : QStringLiteral("anchor missing; last row is %1").arg(lastId);
    const QList<QByteArray> parts = anchor.split(':');
    if (parts.size() != 3 || !m_db.keys().has(parts[0].toInt()))
        return QStringLiteral("anchor unreadable; last row is %1").arg(lastId);
    const qint64 anchoredId = parts[1].toLongLong();
    if (anchoredId != lastId)
        return QStringLiteral("anchor names row %1; last row is %2").arg(anchoredId).arg(lastId);
    QByteArray key = m_db.keys().subKey(parts[0].toInt(), "audit");
    const bool valid = Crypto::constantTimeEqual(anchorMac(key, lastId, lastMac), QByteArray::fromHex(parts[2]));
    Crypto::wipe(key);
    return valid ? QString() : QStringLiteral("anchor does not match row %1").arg(lastId);
}

Status AuditLog::append(const Session& session, const QString& action, const QString& target, const QString& details)
{
    const int keyId = m_db.keys().activeId();
    // The previous row and this row's id are read and written under the caller's write lock
    // (or an implicit transaction), so two writers cannot fork the chain.
    const bool ownTransaction = !m_db.inTransaction();
    if (ownTransaction && m_db.isPostgres()) {
        // PostgreSQL: an audit row alone (an agent's search, a sign-in) needs only the audit's
        // own lock below, not the writer lock a feed batch holds for seconds during a bulk load
        // (docs/deployment.md, "How many seats"; `bench seats`).
        QSqlQuery begin(m_db.sql());
        if (!begin.exec(QStringLiteral("BEGIN")))
            return sqlError(begin);
    } else if (ownTransaction) {
        if (const Status s = m_db.beginImmediate(); !s)
            return s;
    }
    auto fail = [&](const Error& e) -> Status {
        if (ownTransaction)
            m_db.rollback();
        return e;
    };
    // PostgreSQL: appends from every seat queue on one transaction-level advisory lock, held
    // until this transaction ends, so the previous row read here is still the last at commit
    // (docs/security.md). SQLite: the write lock above already does that.
    if (const Status s = m_db.advisoryLock(Database::kAuditLock); !s)
        return fail(s.error());
    auto last = m_db.exec(QStringLiteral("SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return fail(last.error());
    qint64 id = 1;
    QByteArray previous;
    if (last.value().next()) {
        id = last.value().value(0).toLongLong() + 1;
        previous = last.value().value(1).toByteArray();
    }
    last.value().finish();

    QByteArray key = m_db.keys().subKey(keyId, "audit");
    auto insert = [&](const Session& who, const QString& a, const QString& t, const QString& d) -> Status {
        const qint64 at = Timestamp::nowMs();
        const QByteArray mac = rowMac(key, previous, id, at, who.operatorId(), who.operatorName(), a, t, d);
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO audit_log (id, at, operator_id, operator_name, action, target,"
                           " details, key_id, mac) VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?)"),
            {id, at, who.operatorId(), who.operatorName(), a, t, d, keyId, mac});
        if (!q)
            return q.error();
        previous = mac;
        ++id;
        return Status::success();
    };
    // Rows deleted from the end (or an anchor removed) would otherwise be papered over by this
    // append re-anchoring the chain: record the break first, in a chained row that cannot be
    // removed without truncating the log again (which the next append records in turn).
    Status s = Status::success();
    if (const QString problem = anchorProblem(id - 1, previous); !problem.isEmpty())
        s = insert(session, QString::fromLatin1(kChainBreakAction), QStringLiteral("audit_log"), problem);
    if (s)
        s = insert(session, action, target, details);
    const QByteArray anchor = anchorValue(keyId, id - 1, anchorMac(key, id - 1, previous));
    Crypto::wipe(key);
    if (!s)
        return fail(s.error());
    auto pin = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
                         {QString::fromLatin1(kAnchorKey), anchor});
    if (!pin)
        return fail(pin.error());
    if (ownTransaction)
        return m_db.commit();
    return Status::success();
}

Result<qint64> AuditLog::rechain(const QByteArray& key, int keyId)
{
    QSqlQuery read(m_db.sql());
    // QPSQL reads a forward-only query row by row and drops its rest when another statement runs on
    // the connection (the UPDATE below): on PostgreSQL the rows come whole.
    read.setForwardOnly(!m_db.isPostgres());
    QSqlQuery update(m_db.sql());
    update.prepare(QStringLiteral("UPDATE audit_log SET mac = ?, key_id = ? WHERE id = ?"));
    if (!read.exec(QStringLiteral("SELECT id, at, operator_id, operator_name, action, target, details FROM audit_log"
                                  " ORDER BY id")))
        return sqlError(read);
    QByteArray previous;
    qint64 lastId = 0;
    qint64 rows = 0;
    while (read.next()) {
        lastId = read.value(0).toLongLong();
        previous = rowMac(key, previous, lastId, read.value(1).toLongLong(), read.value(2).toLongLong(),
                          read.value(3).toString(), read.value(4).toString(), read.value(5).toString(),
                          read.value(6).toString());
        update.addBindValue(previous);
        update.addBindValue(keyId);
        update.addBindValue(lastId);
        if (!update.exec())
            return sqlError(update);
        ++rows;
    }
    read.finish();
    if (lastId > 0)
        if (const Status s = MetaStore(m_db).set(QString::fromLatin1(kAnchorKey),
                                                 anchorValue(keyId, lastId, anchorMac(key, lastId, previous)));
            !s)
            return s.error();
    return rows;
}

} // namespace prakerja
