#include "PlatformService.h"

#include "domain/Timestamp.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/PlatformStore.h"
#include "store/TrainingStore.h"

namespace prakerja {

namespace {
QString changesText(const QList<FieldChange>& changes)
{
    QStringList parts;
    for (const FieldChange& c : changes)
        parts << QStringLiteral("%1: %2 → %3").arg(c.field, c.from, c.to);
    return parts.join(QStringLiteral("; "));
}
} // namespace

qint64 PlatformSummary::total() const
{
    qint64 sum = 0;
    for (qint64 n : trainingsByStatus)
        sum += n;
    return sum;
}

Result<QList<PlatformSummary>> PlatformService::list(const Session& session)
{
    // Every role may see the partner platforms (agents answer questions about them), an agent
    // only their published trainings.
    const bool publishedOnly = session.role() == Role::CallCentreAgent;
    auto platforms = PlatformStore(m_db).list();
    if (!platforms)
        return platforms.error();
    auto counts = TrainingStore(m_db).countsByPlatform();
    if (!counts)
        return counts.error();
    QList<PlatformSummary> out;
    for (const Platform& p : platforms.value()) {
        PlatformSummary s{p, counts->value(p.code), 0, publishedOnly};
        if (s.trainingsByStatus.isEmpty())
            s.trainingsByStatus.resize(kTrainingStatusCount + 1);
        if (publishedOnly) {
            for (int st = 1; st <= kTrainingStatusCount; ++st)
                if (st != static_cast<int>(TrainingStatus::Published))
                    s.trainingsByStatus[st] = 0;
        } else if (p.status == PlatformStatus::Suspended) {
            if (auto trainings = TrainingStore(m_db).byPlatform(p.code))
                for (const Training& t : trainings.value())
                    s.held += t.held ? 1 : 0;
        }
        out << s;
    }
    return out;
}

Result<Platform> PlatformService::add(const Session& session, const Platform& platform)
{
    if (const Status s = session.require(Permission::ManagePlatforms); !s)
        return s.error();
    Platform p = platform;
    p.status = PlatformStatus::Active;
    p.suspendReason.clear();
    if (const auto problems = PlatformRules::validate(p); !problems.isEmpty())
        return problems.first().error;
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    PlatformStore store(m_db);
    if (store.byCode(p.code)) {
        m_db.rollback();
        return makeError(QStringLiteral("duplicate_code"), Error::tr("code: %1 sudah ada").arg(p.code));
    }
    auto id = store.insert(p, Timestamp::nowMs());
    Status s = id ? Status::success() : Status(id.error());
    if (s)
        s = AuditLog(m_db).append(session, QStringLiteral("platform.add"), QStringLiteral("platform:%1").arg(p.code),
                                  p.name);
    if (s)
        s = m_db.commit();
    if (!s) {
        m_db.rollback();
        return s.error();
    }
    return store.byCode(p.code);
}

Result<Platform> PlatformService::edit(const Session& session, const Platform& edited)
{
    if (const Status s = session.require(Permission::ManagePlatforms); !s)
        return s.error();
    if (const auto problems = PlatformRules::validate(edited); !problems.isEmpty())
        return problems.first().error;
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    PlatformStore store(m_db);
    auto current = store.byCode(edited.code);
    if (!current) {
        m_db.rollback();
        return current.error();
    }
    Platform next = edited;
    next.id = current->id;
    next.status = current->status;
    next.suspendReason = current->suspendReason;
    const QList<FieldChange> changes = PlatformRules::diff(current.value(), next);
    if (changes.isEmpty()) {
        m_db.rollback();
        return current;
    }
    Status s = store.update(next, Timestamp::nowMs());
    if (s)
        s = AuditLog(m_db).append(session, QStringLiteral("platform.edit"),
                                  QStringLiteral("platform:%1").arg(next.code), changesText(changes));
    if (s)
        s = m_db.commit();
    if (!s) {
        m_db.rollback();
        return s.error();
    }
    return store.byCode(next.code);
}

Result<int> PlatformService::suspend(const Session& session, const QString& code, const QString& reason)
{
    if (const Status s = session.require(Permission::ManagePlatforms); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return makeError(QStringLiteral("reason_required"), Error::tr("Penangguhan memerlukan alasan"));
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    PlatformStore platforms(m_db);
    TrainingStore trainings(m_db);
    auto p = platforms.byCode(code);
    if (!p) {
        m_db.rollback();
        return p.error();
    }
    if (p->status == PlatformStatus::Suspended) {
        m_db.rollback();
        return makeError(QStringLiteral("already_suspended"), Error::tr("Platform %1 sudah ditangguhkan").arg(code));
    }
    const qint64 now = Timestamp::nowMs();
    Platform next = p.value();
    next.status = PlatformStatus::Suspended;
    next.suspendReason = reason.trimmed();
    Status s = platforms.update(next, now);
    int held = 0;
    auto rows = trainings.byPlatform(code);
    if (s && !rows)
        s = rows.error();
    if (s)
        for (const Training& t : rows.value()) {
            if (t.status != TrainingStatus::Published)
                continue;
            Training h = t;
            h.status = TrainingStatus::Approved;
            h.held = true;
            s = trainings.update(h, session.operatorName(), now);
            if (s)
                s = trainings.appendHistory(t.id, t.version + 1, session.operatorName(), now,
                                            {{QStringLiteral("status"), TrainingRules::statusName(t.status),
                                              TrainingRules::statusName(h.status)},
                                             {QStringLiteral("held"), QStringLiteral("false"),
                                              QStringLiteral("true (%1)").arg(reason.trimmed())}});
            if (!s)
                break;
            ++held;
        }
    if (s)
        s = AuditLog(m_db).append(session, QStringLiteral("platform.suspend"), QStringLiteral("platform:%1").arg(code),
                                  QStringLiteral("%1; %2 trainings unpublished").arg(reason.trimmed()).arg(held));
    if (s)
        s = m_db.commit();
    if (!s) {
        m_db.rollback();
        return s.error();
    }
    return held;
}

Result<int> PlatformService::reinstate(const Session& session, const QString& code)
{
    if (const Status s = session.require(Permission::ManagePlatforms); !s)
        return s.error();
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    PlatformStore platforms(m_db);
    TrainingStore trainings(m_db);
    auto p = platforms.byCode(code);
    if (!p) {
        m_db.rollback();
        return p.error();
    }
    if (p->status != PlatformStatus::Suspended) {
        m_db.rollback();
        return makeError(QStringLiteral("not_suspended"), Error::tr("Platform %1 tidak ditangguhkan").arg(code));
    }
    const qint64 now = Timestamp::nowMs();
    Platform next = p.value();
    next.status = PlatformStatus::Active;
    next.suspendReason.clear();
    Status s = platforms.update(next, now);
    int restored = 0;
    auto rows = trainings.byPlatform(code);
    if (s && !rows)
        s = rows.error();
    if (s)
        for (const Training& t : rows.value()) {
            if (!t.held)
                continue;
            Training r = t;
            r.held = false;
            // Held while approved; a curator may have retired or rejected it meanwhile.
            if (t.status == TrainingStatus::Approved)
                r.status = TrainingStatus::Published;
            s = trainings.update(r, session.operatorName(), now);
            if (s)
                s = trainings.appendHistory(
                    t.id, t.version + 1, session.operatorName(), now,
                    {{QStringLiteral("status"), TrainingRules::statusName(t.status),
                      TrainingRules::statusName(r.status)},
                     {QStringLiteral("held"), QStringLiteral("true"), QStringLiteral("false")}});
            if (!s)
                break;
            restored += r.status == TrainingStatus::Published ? 1 : 0;
        }
    if (s)
        s = AuditLog(m_db).append(session, QStringLiteral("platform.reinstate"),
                                  QStringLiteral("platform:%1").arg(code),
                                  QStringLiteral("%1 trainings published again").arg(restored));
    if (s)
        s = m_db.commit();
    if (!s) {
        m_db.rollback();
        return s.error();
    }
    return restored;
}

} // namespace prakerja
