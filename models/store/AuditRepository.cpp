#include "AuditRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "domain/CivilDate.h"
#include "domain/Language.h"
#include "domain/Timestamp.h"
#include "security/Crypto.h"

#include <QHash>
#include <QSqlQuery>

namespace prakerja {

namespace {

struct Where
{
    QString sql;
    QVariantList values;
};

Where whereOf(const AuditFilter& f)
{
    QStringList parts;
    Where w;
    if (!f.operatorName.isEmpty()) {
        parts << QStringLiteral("operator_name = ? COLLATE NOCASE");
        w.values << f.operatorName;
    }
    if (!f.action.isEmpty()) {
        parts << QStringLiteral("(action = ? OR substr(action, 1, ?) = ?)");
        w.values << f.action << f.action.size() + 1 << QString(f.action + u'.');
    }
    if (!f.target.isEmpty()) {
        parts << QStringLiteral("target = ?");
        w.values << f.target;
    }
    if (f.fromMs > 0) {
        parts << QStringLiteral("at >= ?");
        w.values << f.fromMs;
    }
    if (f.toMs > 0) {
        parts << QStringLiteral("at < ?");
        w.values << f.toMs;
    }
    if (f.afterId > 0) {
        parts << QStringLiteral("id > ?");
        w.values << f.afterId;
    }
    if (f.beforeId > 0) {
        parts << QStringLiteral("id < ?");
        w.values << f.beforeId;
    }
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

AuditEntry entryOf(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.operatorId = q.value(2).toLongLong();
    e.operatorName = q.value(3).toString();
    e.action = q.value(4).toString();
    e.target = q.value(5).toString();
    e.details = q.value(6).toString();
    return e;
}

const QString kColumns
    = QStringLiteral("SELECT id, at, operator_id, operator_name, action, target, details FROM audit_log");

} // namespace

std::optional<qint64> AuditFilter::parseBound(QStringView text, bool end)
{
    if (const auto day = CivilDate::parseIso(text))
        return (day->toDays() + (end ? 1 : 0)) * Timestamp::kDay - Timestamp::kWibOffset;
    return Timestamp::parseIso8601(text);
}

QString AuditVerification::describe() const
{
    if (cancelled)
        return Text::tr("Verifikasi dibatalkan setelah %1 baris").arg(rowsChecked);
    if (intact)
        return Text::tr("Rantai audit utuh: %1 baris, id terakhir %2").arg(rowsChecked).arg(lastId);
    QString what;
    if (problem == u"mac_mismatch")
        what = Text::tr("baris %1 tidak cocok dengan rantai (diubah, disisipkan atau ditukar)");
    else if (problem == u"missing_row")
        what = Text::tr("baris %1 hilang (dihapus)");
    else if (problem == u"deleted_tail")
        what = Text::tr("baris mulai %1 dihapus dari akhir log");
    else if (problem == u"unanchored_rows")
        what = Text::tr("baris %1 dan seterusnya ditambahkan di luar konsol");
    else if (problem == u"recorded_break")
        what = Text::tr("baris %1 mencatat bahwa baris sebelumnya telah dihapus");
    else if (problem == u"anchor_missing" || problem == u"anchor_invalid")
        what = Text::tr("jangkar rantai hilang atau dipalsukan (mulai baris %1)");
    else
        what = Text::tr("baris %1 dibuat dengan kunci yang tidak ada di berkas kunci");
    return Text::tr("Rantai audit RUSAK: %1").arg(what.arg(firstBrokenId));
}

Result<QList<AuditEntry>> AuditRepository::list(const AuditFilter& filter)
{
    const Where w = whereOf(filter);
    QString sql = kColumns + w.sql
        + (filter.newestFirst ? QStringLiteral(" ORDER BY id DESC") : QStringLiteral(" ORDER BY id"));
    QVariantList values = w.values;
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << filter.limit;
    }
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    QList<AuditEntry> rows;
    while (q.value().next())
        rows << entryOf(q.value());
    return rows;
}

Result<qint64> AuditRepository::forEach(const AuditFilter& filter, const std::function<void(const AuditEntry&)>& visit)
{
    const Where w = whereOf(filter);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(kColumns + w.sql + QStringLiteral(" ORDER BY id"));
    for (const QVariant& v : w.values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    qint64 count = 0;
    while (q.next()) {
        visit(entryOf(q));
        ++count;
    }
    return count;
}

Result<AuditVerification> AuditRepository::verifyChain(const Progress& progress, const std::atomic<bool>* cancel)
{
    AuditVerification v;
    const qint64 total = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")).toLongLong();
    QHash<int, QByteArray> keys;
    auto keyFor = [&](int keyId) -> const QByteArray* {
        if (!m_db.keys().has(keyId))
            return nullptr;
        auto it = keys.find(keyId);
        if (it == keys.end())
            it = keys.insert(keyId, m_db.keys().subKey(keyId, "audit"));
        return &*it;
    };
    auto fail = [&v](qint64 id, const char* problem) {
        v.intact = false;
        v.firstBrokenId = id;
        v.problem = QString::fromLatin1(problem);
    };
    {
        // One read transaction: a consistent snapshot even while others append.
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, at, operator_id, operator_name, action, target, details, key_id, mac"
                                   " FROM audit_log ORDER BY id")))
            return sqlError(q);
        QByteArray previous;
        qint64 expected = 1;
        while (q.next()) {
            const AuditEntry e = entryOf(q);
            const int keyId = q.value(7).toInt();
            const QByteArray stored = q.value(8).toByteArray();
            if (e.id != expected) {
                fail(expected, "missing_row");
                break;
            }
            const QByteArray* key = keyFor(keyId);
            if (!key) {
                fail(e.id, "unknown_key");
                break;
            }
            const QByteArray mac = AuditLog::rowMac(*key, previous, e.id, e.at, e.operatorId, e.operatorName, e.action,
                                                    e.target, e.details);
            if (!Crypto::constantTimeEqual(mac, stored)) {
                fail(e.id, "mac_mismatch");
                break;
            }
            if (e.action == QLatin1StringView(AuditLog::kChainBreakAction)) {
                // A break the console noticed when it appended (a deleted tail, a removed anchor).
                fail(e.id, "recorded_break");
                break;
            }
            previous = stored;
            v.lastId = e.id;
            ++v.rowsChecked;
            ++expected;
            if ((v.rowsChecked & 1023) == 0) {
                if (progress)
                    progress(v.rowsChecked, total);
                if (cancel && cancel->load()) {
                    v.cancelled = true;
                    break;
                }
            }
        }
        q.finish();
        if (v.intact && !v.cancelled) {
            // The anchor pins the last row, so a deleted tail or rows appended without the key show.
            const QByteArray anchor = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                                                  {QString::fromLatin1(AuditLog::kAnchorKey)})
                                          .toByteArray();
            const QList<QByteArray> parts = anchor.split(':');
            if (anchor.isEmpty()) {
                if (v.lastId > 0)
                    fail(1, "anchor_missing");
            } else if (parts.size() != 3 || !keyFor(parts[0].toInt())) {
                fail(v.lastId + 1, "anchor_invalid");
            } else {
                const qint64 anchoredId = parts[1].toLongLong();
                if (anchoredId > v.lastId) {
                    fail(v.lastId + 1, "deleted_tail");
                } else {
                    const QByteArray rowMac = anchoredId > 0
                        ? m_db.scalar(QStringLiteral("SELECT mac FROM audit_log WHERE id = ?"), {anchoredId})
                              .toByteArray()
                        : QByteArray();
                    const QByteArray expectedAnchor
                        = AuditLog::anchorMac(*keyFor(parts[0].toInt()), anchoredId, rowMac);
                    if (!Crypto::constantTimeEqual(expectedAnchor, QByteArray::fromHex(parts[2])))
                        fail(anchoredId, "anchor_invalid");
                    else if (anchoredId < v.lastId)
                        fail(anchoredId + 1, "unanchored_rows");
                }
            }
        }
    }
    for (QByteArray& k : keys)
        Crypto::wipe(k);
    if (progress && !v.cancelled)
        progress(v.rowsChecked, total);
    return v;
}

} // namespace prakerja
