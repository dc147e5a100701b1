#include "CatalogService.h"

#include "ProgrammeSettings.h"

#include "Settings.h"
#include "domain/Timestamp.h"
#include "engine/CurationChecks.h"
#include "engine/DemoCatalogue.h"
#include "store/AuditLog.h"
#include "store/CatalogueReferenceStore.h"
#include "store/Database.h"
#include "store/PlatformStore.h"
#include "store/UniqueViolation.h"

#include <QSet>

namespace prakerja {

namespace {

Error notVisible(qint64 id)
{
    return makeError(QStringLiteral("no_training"), Error::tr("Pelatihan %1 tidak ada").arg(id));
}

QString changesText(const QList<FieldChange>& changes)
{
    QStringList parts;
    for (const FieldChange& c : changes)
        parts << QStringLiteral("%1: %2 → %3").arg(c.field, c.from.left(60), c.to.left(60));
    return parts.join(QStringLiteral("; "));
}

QString target(const Training& t)
{
    return QStringLiteral("training:%1 %2/%3").arg(t.id).arg(t.platform, t.code);
}

} // namespace

CatalogPolicy CatalogPolicy::from(const ProgrammeSettings& programme)
{
    CatalogPolicy policy;
    policy.trainingCredit = programme.value(Settings::Key::BudgetTrainingCredit).toLongLong();
    return policy;
}

Result<QList<Training>> CatalogService::search(const Session& session, TrainingQuery query)
{
    if (session.role() == Role::CallCentreAgent)
        query.publishedOnly = true;
    return TrainingStore(m_db).search(query);
}

Result<TrainingPage> CatalogService::searchPage(const Session& session, TrainingQuery query)
{
    if (session.role() == Role::CallCentreAgent)
        query.publishedOnly = true;
    TrainingStore store(m_db);
    TrainingPage page;
    page.offset = query.offset;
    auto rows = store.search(query, &page.next);
    if (!rows)
        return rows.error();
    page.rows = std::move(rows.value());
    if (query.offset == 0 && !query.after.isValid()) {
        if (query.limit <= 0 || page.rows.size() < query.limit) {
            page.total = page.rows.size(); // the whole answer is here: no count needed
        } else {
            auto total = store.countMatches(query);
            if (!total)
                return total.error();
            page.total = total.value();
        }
    }
    return page;
}

Result<Training> CatalogService::get(const Session& session, qint64 id)
{
    auto t = TrainingStore(m_db).get(id);
    if (t && session.role() == Role::CallCentreAgent && t->status != TrainingStatus::Published)
        return notVisible(id);
    return t;
}

Result<QList<TrainingHistoryEntry>> CatalogService::history(const Session& session, qint64 id)
{
    if (session.role() == Role::CallCentreAgent)
        if (const Status s = session.require(Permission::ManageCatalogue); !s)
            return s.error();
    return TrainingStore(m_db).history(id);
}

Result<QList<TrainingCategory>> CatalogService::categories()
{
    return CatalogueReferenceStore(m_db).categories();
}

Result<QList<Platform>> CatalogService::platforms()
{
    return PlatformStore(m_db).list();
}

QList<FieldProblem> CatalogService::validate(const Training& training)
{
    QList<FieldProblem> problems = TrainingRules::validate(training, m_policy.trainingCredit);
    if (!training.platform.isEmpty() && !PlatformStore(m_db).byCode(training.platform))
        problems.prepend({QStringLiteral("platform"),
                          makeError(QStringLiteral("unknown_platform"),
                                    Error::tr("platform: tidak dikenal: %1").arg(training.platform))});
    if (!training.category.isEmpty()) {
        bool known = false;
        if (const auto cats = categories())
            for (const TrainingCategory& c : cats.value())
                known = known || c.code == training.category;
        if (!known)
            problems << FieldProblem{QStringLiteral("category"),
                                     makeError(QStringLiteral("unknown_category"),
                                               Error::tr("category: tidak dikenal: %1").arg(training.category))};
    }
    return problems;
}

Result<Training> CatalogService::create(const Session& session, Training training)
{
    if (const Status s = session.require(Permission::ManageCatalogue); !s)
        return s.error();
    training.status = TrainingStatus::Draft;
    if (const QList<FieldProblem> problems = validate(training); !problems.isEmpty())
        return problems.first().error;
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    TrainingStore store(m_db);
    const qint64 now = Timestamp::nowMs();
    auto id = store.insert(training, session.operatorName(), now);
    Status s = id ? Status::success() : Status(id.error());
    if (s) {
        training.id = id.value();
        s = store.appendHistory(training.id, 1, session.operatorName(), now,
                                {{QStringLiteral("status"), QString(), TrainingRules::statusName(training.status)}});
    }
    if (s)
        s = AuditLog(m_db).append(session, QStringLiteral("catalog.create"), target(training), training.title);
    if (s)
        s = m_db.commit();
    if (!s) {
        m_db.rollback();
        if (isUniqueViolation(s.error()))
            return makeError(QStringLiteral("duplicate_code"),
                             Error::tr("code: %1 sudah ada di %2").arg(training.code, training.platform));
        return s.error();
    }
    return store.get(training.id);
}

Result<Training> CatalogService::save(const Session& session, const Training& edited)
{
    if (const Status s = session.require(Permission::ManageCatalogue); !s)
        return s.error();
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    TrainingStore store(m_db);
    auto current = store.get(edited.id);
    if (!current) {
        m_db.rollback();
        return current.error();
    }
    if (current->version != edited.version) {
        m_db.rollback();
        return TrainingStore::conflictError(edited.version, current->version);
    }
    Training next = current.value();
    next.title = edited.title.trimmed();
    next.category = edited.category;
    next.level = edited.level;
    next.mode = edited.mode;
    next.price = edited.price;
    next.durationHours = edited.durationHours;
    next.description = edited.description.trimmed();
    next.url = edited.url.trimmed();
    next.healthClearance = edited.healthClearance;
    if (const QList<FieldProblem> problems = validate(next); !problems.isEmpty()) {
        m_db.rollback();
        return problems.first().error;
    }
    const QList<FieldChange> changes = TrainingRules::diff(current.value(), next);
    if (changes.isEmpty()) {
        m_db.rollback();
        return current;
    }
    const qint64 now = Timestamp::nowMs();
    Status s = store.update(next, session.operatorName(), now);
    if (s)
        s = store.appendHistory(next.id, next.version + 1, session.operatorName(), now, changes);
    if (s)
        s = AuditLog(m_db).append(session, QStringLiteral("catalog.edit"), target(next), changesText(changes));
    if (s)
        s = m_db.commit();
    if (!s) {
        m_db.rollback();
        return s.error();
    }
    return store.get(next.id);
}

Status CatalogService::actLocked(const Session& session, Training& t, TrainingAction action, const QString& reason)
{
    const auto to = TrainingRules::transition(t.status, action);
    if (!to)
        return makeError(
            QStringLiteral("bad_transition"),
            Error::tr("%1/%2: tidak dapat '%3' dari status %4")
                .arg(t.platform, t.code, TrainingRules::actionName(action), TrainingRules::statusLabel(t.status)));
    if (action == TrainingAction::Reject && reason.trimmed().isEmpty())
        return makeError(QStringLiteral("reason_required"), Error::tr("Penolakan memerlukan alasan"));
    if (action == TrainingAction::Publish) {
        auto platform = PlatformStore(m_db).byCode(t.platform);
        if (platform && platform->status == PlatformStatus::Suspended)
            return makeError(QStringLiteral("platform_suspended"),
                             Error::tr("%1/%2: platform %1 ditangguhkan").arg(t.platform, t.code));
        if (const QList<FieldProblem> problems = validate(t); !problems.isEmpty())
            return makeError(problems.first().error.code,
                             QStringLiteral("%1/%2: %3").arg(t.platform, t.code, problems.first().error.message()));
    }
    Training next = t;
    next.status = *to;
    next.rejectReason = action == TrainingAction::Reject ? reason.trimmed() : QString();
    next.held = false;
    QList<FieldChange> changes = TrainingRules::diff(t, next);
    if (action == TrainingAction::Reject)
        changes << FieldChange{QStringLiteral("reject_reason"), t.rejectReason, next.rejectReason};
    const qint64 now = Timestamp::nowMs();
    TrainingStore store(m_db);
    Status s = store.update(next, session.operatorName(), now);
    if (s)
        s = store.appendHistory(t.id, t.version + 1, session.operatorName(), now, changes);
    if (s)
        s = AuditLog(m_db).append(session, QStringLiteral("catalog.") + TrainingRules::actionName(action), target(t),
                                  action == TrainingAction::Reject ? reason.trimmed() : changesText(changes));
    if (s) {
        next.version = t.version + 1;
        t = next;
    }
    return s;
}

Result<Training> CatalogService::act(const Session& session, qint64 id, TrainingAction action, const QString& reason,
                                     qint64 expectedVersion)
{
    if (const Status s = session.require(Permission::ManageCatalogue); !s)
        return s.error();
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    auto t = TrainingStore(m_db).get(id);
    if (!t) {
        m_db.rollback();
        return t.error();
    }
    if (expectedVersion && t->version != expectedVersion) {
        m_db.rollback();
        return TrainingStore::conflictError(expectedVersion, t->version);
    }
    Training training = t.value();
    Status s = actLocked(session, training, action, reason);
    if (s)
        s = m_db.commit();
    if (!s) {
        m_db.rollback();
        return s.error();
    }
    return training;
}

Result<BulkOutcome> CatalogService::bulk(const Session& session, const QList<qint64>& ids, TrainingAction action,
                                         const QString& reason)
{
    if (const Status s = session.require(Permission::ManageCatalogue); !s)
        return s.error();
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    BulkOutcome outcome;
    TrainingStore store(m_db);
    for (qint64 id : ids) {
        auto t = store.get(id);
        if (!t) {
            outcome.refused.append({id, t.error()});
            continue;
        }
        Training training = t.value();
        const Status s = actLocked(session, training, action, reason);
        if (s)
            outcome.changed << id;
        else if (s.error().code == u"sql") {
            m_db.rollback();
            return s.error();
        } else
            outcome.refused.append({id, s.error()});
    }
    if (const Status s = m_db.commit(); !s) {
        m_db.rollback();
        return s.error();
    }
    return outcome;
}

Result<QList<CurationFlag>> CatalogService::checks(const Session& session, bool includeDismissed)
{
    if (session.role() == Role::CallCentreAgent)
        if (const Status s = session.require(Permission::ManageCatalogue); !s)
            return s.error();
    auto all = TrainingStore(m_db).all();
    if (!all)
        return all.error();
    auto dismissed = CatalogueReferenceStore(m_db).dismissals();
    if (!dismissed)
        return dismissed.error();
    QList<CurationFlag> flags;
    for (CurationFlag& f : CurationChecks::run(all.value())) {
        const auto it = dismissed->constFind(CatalogueReferenceStore::dismissalKey(f.trainingId, f.check));
        if (it != dismissed->constEnd()) {
            f.dismissed = true;
            f.dismissReason = it->reason;
        }
        if (!f.dismissed || includeDismissed)
            flags << f;
    }
    return flags;
}

Status CatalogService::dismiss(const Session& session, qint64 trainingId, CurationCheck check, const QString& reason)
{
    if (const Status s = session.require(Permission::ManageCatalogue); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return makeError(QStringLiteral("reason_required"), Error::tr("Pengabaian tanda memerlukan alasan"));
    if (const Status s = m_db.beginImmediate(); !s)
        return s;
    auto t = TrainingStore(m_db).get(trainingId);
    Status s = t ? Status::success() : Status(t.error());
    if (s)
        s = CatalogueReferenceStore(m_db).dismiss(trainingId, check,
                                                  {reason.trimmed(), session.operatorName(), Timestamp::nowMs()});
    if (s)
        s = AuditLog(m_db).append(session, QStringLiteral("catalog.dismiss_flag"), target(t.value()),
                                  QStringLiteral("%1: %2").arg(curationCheckName(check), reason.trimmed()));
    if (s)
        s = m_db.commit();
    if (!s)
        m_db.rollback();
    return s;
}

Result<int> CatalogService::seedDemo(const Session& session)
{
    if (const Status s = session.require(Permission::ManageCatalogue); !s)
        return s.error();
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    TrainingStore store(m_db);
    if (store.count() > 0) {
        m_db.rollback();
        return 0;
    }
    const qint64 now = Timestamp::nowMs();
    const QList<Training> demo = DemoCatalogue::generate(m_policy.trainingCredit);
    Status s;
    for (const Training& t : demo) {
        auto id = store.insert(t, session.operatorName(), now);
        if (!id) {
            s = id.error();
            break;
        }
        s = store.appendHistory(id.value(), 1, session.operatorName(), now,
                                {{QStringLiteral("status"), QString(), TrainingRules::statusName(t.status)}});
        if (!s)
            break;
    }
    if (s)
        s = AuditLog(m_db).append(session, QStringLiteral("catalog.demo"), QStringLiteral("catalog"),
                                  QStringLiteral("%1 trainings").arg(demo.size()));
    if (s)
        s = m_db.commit();
    if (!s) {
        m_db.rollback();
        return s.error();
    }
    return static_cast<int>(demo.size());
}

} // namespace prakerja
