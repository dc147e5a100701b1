#include "AuditLog.h"

#include "Crypto.h"
#include "domain/Timestamp.h"
#include "services/Session.h"
#include "store/Database.h"

#include <QDataStream>
#include <QIODevice>

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

Status AuditLog::append(const Session& session, const QString& action, const QString& target, const QString& details)
{
    const int keyId = m_db.keys().activeId();
    QByteArray key = m_db.keys().subKey(keyId, "audit");
    // The previous row and this row's id are read and written under the caller's write lock
    // (or an implicit transaction), so two writers cannot fork the chain.
    const bool ownTransaction = !m_db.inTransaction();
    if (ownTransaction) {
        if (const Status s = m_db.beginImmediate(); !s)
            return s;
    }
    auto last = m_db.exec(QStringLiteral("SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last) {
        if (ownTransaction)
            m_db.rollback();
        return last.error();
    }
    qint64 id = 1;
    QByteArray previous;
    if (last.value().next()) {
        id = last.value().value(0).toLongLong() + 1;
        previous = last.value().value(1).toByteArray();
    }
    last.value().finish();
    const qint64 at = Timestamp::nowMs();
    const QByteArray mac
        = rowMac(key, previous, id, at, session.operatorId(), session.operatorName(), action, target, details);
    const QByteArray anchor = anchorValue(keyId, id, anchorMac(key, id, mac));
    Crypto::wipe(key);
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO audit_log (id, at, operator_id, operator_name, action, target,"
                       " details, key_id, mac) VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?)"),
        {id, at, session.operatorId(), session.operatorName(), action, target, details, keyId, mac});
    if (!insert) {
        if (ownTransaction)
            m_db.rollback();
        return insert.error();
    }
    auto pin = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
                         {QString::fromLatin1(kAnchorKey), anchor});
    if (!pin) {
        if (ownTransaction)
            m_db.rollback();
        return pin.error();
    }
    if (ownTransaction)
        return m_db.commit();
    return Status::success();
}

} // namespace prakerja
