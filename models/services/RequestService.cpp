#include "RequestService.h"

#include "OutcomeExplainer.h"
#include "domain/Timestamp.h"
#include "security/Crypto.h"
#include "security/PiiCipher.h"
#include "store/ApplicantDirectory.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/RequestOutbox.h"

namespace prakerja {

namespace {
Status transaction(Database& db, const std::function<Status()>& work)
{
    if (const Status s = db.beginImmediate(); !s)
        return s;
    const Status s = work();
    if (!s) {
        db.rollback();
        return s;
    }
    return db.commit();
}
} // namespace

Result<qint64> RequestService::raise(qint64 applicantId, RequestKind kind, const QString& note, const QString& newName)
{
    if (const Status s = m_session.require(Permission::AddApplicantNote); !s)
        return s.error();
    if (requestKindName(kind).isEmpty())
        return makeError(QStringLiteral("request_kind"), Error::tr("Jenis permintaan tidak dikenal"));
    const QString body = note.simplified();
    if (body.size() > kMaxNote)
        return makeError(QStringLiteral("request_note"),
                         Error::tr("Keterangan permintaan paling panjang %1 karakter").arg(kMaxNote));
    const QString name = newName.simplified();
    if (kind == RequestKind::CorrectName && (name.isEmpty() || name.size() > kMaxName))
        return makeError(QStringLiteral("request_name"),
                         Error::tr("Tulis ejaan nama yang benar (1 sampai %1 karakter)").arg(kMaxName));
    if (kind != RequestKind::CorrectName && !name.isEmpty())
        return makeError(QStringLiteral("request_name"),
                         Error::tr("Nama baru hanya untuk permintaan perbaikan ejaan nama"));
    auto rec = ApplicantDirectory(m_db).record(applicantId);
    if (!rec)
        return rec.error();
    if (!rec->has_value())
        return makeError(QStringLiteral("applicant_not_found"),
                         Error::tr("Pendaftar %1 tidak ditemukan").arg(applicantId));
    QByteArray detail;
    if (kind == RequestKind::CorrectName) {
        PiiCipher cipher(m_db.keys());
        detail = cipher.encrypt(PiiField::Name, name.toUtf8(), RequestOutbox::detailBinding(applicantId));
    }
    qint64 id = 0;
    const Status s = transaction(m_db, [&]() -> Status {
        auto added = RequestOutbox(m_db).add(applicantId, kind, detail, body, m_session.operatorId(),
                                             m_session.operatorName(), Timestamp::nowMs());
        if (!added)
            return added.error();
        id = added.value();
        // The new name is personal data: the audit row says that one was given, not what.
        return AuditLog(m_db).append(m_session, QStringLiteral("request.raise"),
                                     QStringLiteral("applicant:%1").arg(applicantId),
                                     QStringLiteral("request=%1 kind=%2").arg(id).arg(requestKindName(kind)));
    });
    if (!s)
        return s.error();
    return id;
}

Result<QList<OutboxExport>> RequestService::exportSince(qint64 sinceId)
{
    if (const Status s = m_session.require(Permission::ExportData); !s)
        return s.error();
    if (sinceId < 0)
        return makeError(QStringLiteral("outbox_since"), Error::tr("--since harus 0 atau lebih"));
    QList<OutboxExport> out;
    const Status s = transaction(m_db, [&]() -> Status {
        RequestOutbox outbox(m_db);
        auto rows = outbox.since(sinceId, kExportLimit);
        if (!rows)
            return rows.error();
        PiiCipher cipher(m_db.keys());
        for (const OutboxRow& r : rows.value()) {
            OutboxExport e;
            e.id = r.id;
            e.applicantId = r.applicantId;
            e.kind = requestKindName(r.kind);
            e.note = r.note;
            e.operatorName = r.operatorName;
            e.createdAt = r.createdAt;
            Result<QByteArray> nik = cipher.decrypt(PiiField::Nik, r.nikCt, r.nikBi);
            if (!nik)
                return nik.error();
            e.nik = QString::fromLatin1(nik.value());
            Crypto::wipe(nik.value());
            if (!r.detailCt.isEmpty()) {
                Result<QByteArray> name
                    = cipher.decrypt(PiiField::Name, r.detailCt, RequestOutbox::detailBinding(r.applicantId));
                if (!name)
                    return name.error();
                e.newName = QString::fromUtf8(name.value());
                Crypto::wipe(name.value());
            }
            out << e;
        }
        const qint64 last = out.isEmpty() ? sinceId : out.last().id;
        if (!out.isEmpty())
            if (const Status m = outbox.markExported(sinceId, last, Timestamp::nowMs()); !m)
                return m;
        return AuditLog(m_db).append(
            m_session, QStringLiteral("outbox.export"), QStringLiteral("outbox"),
            QStringLiteral("since=%1 count=%2 last=%3").arg(sinceId).arg(out.size()).arg(last));
    });
    if (!s)
        return s.error();
    return out;
}

Result<QList<RequestState>> RequestService::forApplicant(qint64 applicantId)
{
    if (const Status s = m_session.require(Permission::SearchApplicants); !s)
        return s.error();
    auto rows = RequestOutbox(m_db).forApplicant(applicantId);
    if (!rows)
        return rows.error();
    QList<RequestState> out;
    for (const OutboxRow& q : rows.value()) {
        RequestState r;
        r.id = q.id;
        r.kind = q.kind;
        r.operatorName = q.operatorName;
        r.createdAt = q.createdAt;
        r.collectedAt = q.exportedAt;
        const Bilingual raised = OutcomeExplainer::date(q.createdAt);
        const Bilingual state = q.exportedAt
            ? Bilingual::of(QT_TRANSLATE_NOOP("Text", "sudah diambil sistem pendaftaran pada %1"))
                  .arg(OutcomeExplainer::date(*q.exportedAt))
            : Bilingual::of(QT_TRANSLATE_NOOP("Text", "menunggu diambil sistem pendaftaran"));
        const Bilingual kind{requestKindLabel(q.kind, false), requestKindLabel(q.kind, true)};
        const QString format = QStringLiteral("#%1 %2 (%3, %4) — %5"); // no words of its own
        r.text = Bilingual{format, format}.arg(q.id).arg(kind, raised, q.operatorName, state);
        out << r;
    }
    return out;
}

} // namespace prakerja
