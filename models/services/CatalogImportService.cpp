#include "CatalogImportService.h"

#include "domain/Timestamp.h"
#include "store/AuditLog.h"
#include "store/CatalogueReferenceStore.h"
#include "store/Database.h"
#include "store/PlatformStore.h"

#include <QHash>
#include <QSet>

namespace prakerja {

namespace {

FieldProblem problem(const QString& field, const char* code, const QString& text)
{
    return {field, makeError(QString::fromLatin1(code), QStringLiteral("%1: %2").arg(field, text))};
}

QString key(const QString& platform, const QString& code)
{
    return platform + u'/' + code;
}

} // namespace

Result<ImportPlan> CatalogImportService::plan(const Session& session, const TrainingImportFile& file)
{
    if (const Status s = session.require(Permission::ManageCatalogue); !s)
        return s.error();
    if (file.error)
        return *file.error;
    auto platforms = PlatformStore(m_db).list();
    if (!platforms)
        return platforms.error();
    auto categories = CatalogueReferenceStore(m_db).categories();
    if (!categories)
        return categories.error();
    auto existing = TrainingStore(m_db).all();
    if (!existing)
        return existing.error();
    QSet<QString> platformCodes, categoryCodes;
    for (const Platform& p : platforms.value())
        platformCodes.insert(p.code);
    for (const TrainingCategory& c : categories.value())
        categoryCodes.insert(c.code);
    QHash<QString, const Training*> stored;
    for (const Training& t : existing.value())
        stored.insert(key(t.platform, t.code), &t);

    ImportPlan plan;
    plan.unknownColumns = file.unknownColumns;
    QHash<QString, qint64> seen; // key → first line
    for (const TrainingImportRow& row : file.rows) {
        ImportPlanRow out;
        out.line = row.line;
        out.training = row.training;
        out.problems = row.problems;
        const Training& t = row.training;
        QSet<QString> reported;
        for (const FieldProblem& p : std::as_const(out.problems))
            reported.insert(p.field);
        if (!t.platform.isEmpty() && !platformCodes.contains(t.platform)) {
            out.problems << problem(QStringLiteral("platform"), "unknown_platform",
                                    Error::tr("tidak dikenal: %1").arg(t.platform));
            reported.insert(QStringLiteral("platform"));
        }
        if (!t.category.isEmpty() && !categoryCodes.contains(t.category)) {
            out.problems << problem(QStringLiteral("category"), "unknown_category",
                                    Error::tr("tidak dikenal: %1").arg(t.category));
            reported.insert(QStringLiteral("category"));
        }
        for (const FieldProblem& p : TrainingRules::validate(t, m_policy.trainingCredit))
            if (!reported.contains(p.field))
                out.problems << p;
        if (!t.platform.isEmpty() && !t.code.isEmpty()) {
            const QString k = key(t.platform, t.code);
            if (const auto first = seen.constFind(k); first != seen.constEnd())
                out.problems << problem(QStringLiteral("code"), "duplicate_code",
                                        Error::tr("%1 sudah ada di baris %2").arg(k).arg(first.value()));
            else
                seen.insert(k, row.line);
        }
        if (!out.problems.isEmpty()) {
            out.verdict = ImportVerdict::Rejected;
            ++plan.rejected;
        } else if (const Training* before = stored.value(key(t.platform, t.code))) {
            Training next = *before;
            next.title = t.title;
            next.category = t.category;
            next.level = t.level;
            next.mode = t.mode;
            next.price = t.price;
            next.durationHours = t.durationHours;
            next.description = t.description;
            next.url = t.url;
            next.healthClearance = t.healthClearance;
            out.changes = TrainingRules::diff(*before, next);
            if (out.changes.isEmpty()) {
                out.verdict = ImportVerdict::Unchanged;
                ++plan.unchanged;
            } else {
                // A partner's change goes back to review.
                next.status = TrainingStatus::Submitted;
                next.rejectReason.clear();
                next.held = false;
                out.changes = TrainingRules::diff(*before, next);
                out.verdict = ImportVerdict::Update;
                ++plan.updates;
            }
            out.training = next;
        } else {
            out.training.status = TrainingStatus::Submitted;
            out.verdict = ImportVerdict::Insert;
            ++plan.inserts;
        }
        plan.rows << out;
    }
    return plan;
}

Result<ImportOutcome> CatalogImportService::import(const Session& session, const TrainingImportFile& file,
                                                   const ImportOptions& options)
{
    auto planned = plan(session, file);
    if (!planned)
        return planned.error();
    ImportOutcome outcome;
    outcome.plan = std::move(planned).value();
    const ImportPlan& p = outcome.plan;
    if (options.dryRun || (options.allOrNothing && p.rejected > 0))
        return outcome;
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    TrainingStore store(m_db);
    const qint64 now = Timestamp::nowMs();
    const QString by = session.operatorName();
    const bool afterBatch = options.fullText == ImportOptions::FullText::AfterBatch
        || (options.fullText == ImportOptions::FullText::Auto && p.inserts >= ImportOptions::kBulkInserts);
    Status s = afterBatch ? store.beginBulkInsert() : Status::success();
    for (const ImportPlanRow& row : p.rows) {
        if (!s)
            break;
        if (row.verdict == ImportVerdict::Insert) {
            auto id = store.insert(row.training, by, now);
            s = id ? store.appendHistory(
                    id.value(), 1, by, now,
                    {{QStringLiteral("status"), QString(), TrainingRules::statusName(row.training.status)}})
                   : Status(id.error());
        } else if (row.verdict == ImportVerdict::Update) {
            s = store.update(row.training, by, now);
            if (s)
                s = store.appendHistory(row.training.id, row.training.version + 1, by, now, row.changes);
        }
    }
    if (s && afterBatch)
        s = store.endBulkInsert();
    if (s)
        s = AuditLog(m_db).append(session, QStringLiteral("catalog.import"), QStringLiteral("catalog"),
                                  QStringLiteral("%1 new, %2 updated, %3 unchanged, %4 rejected")
                                      .arg(p.inserts)
                                      .arg(p.updates)
                                      .arg(p.unchanged)
                                      .arg(p.rejected));
    if (s)
        s = m_db.commit();
    if (!s) {
        m_db.rollback();
        return s.error();
    }
    outcome.written = true;
    return outcome;
}

Result<qint64> CatalogImportService::exportTo(const Session& session, QIODevice& device, TrainingExport::Format format,
                                              const TrainingQuery& query)
{
    if (!session.can(Permission::ManageCatalogue))
        if (const Status s = session.require(Permission::ExportData); !s)
            return s.error();
    auto found = TrainingStore(m_db).search(query);
    if (!found)
        return found.error();
    // search() leaves descriptions out; read every training in full, in the query's order.
    auto all = TrainingStore(m_db).all();
    if (!all)
        return all.error();
    QHash<qint64, const Training*> byId;
    for (const Training& t : all.value())
        byId.insert(t.id, &t);
    QList<Training> rows;
    rows.reserve(found->size());
    for (const Training& t : found.value())
        if (const Training* full = byId.value(t.id))
            rows << *full;
    TrainingExport::write(device, rows, format);
    if (const Status s = AuditLog(m_db).append(session, QStringLiteral("catalog.export"), QStringLiteral("catalog"),
                                               QStringLiteral("%1 trainings").arg(rows.size()));
        !s)
        return s.error();
    return static_cast<qint64>(rows.size());
}

} // namespace prakerja
