// prakerjactl audit verify | list | export
#include "Commands.h"

#include "domain/Language.h"
#include "domain/Timestamp.h"
#include "services/AuditService.h"
#include "services/LookupService.h"

#include <QFile>

namespace prakerja::ctl {

namespace {

// --operator, --action, --from, --to; false (after printing usage) on a malformed date.
bool readFilter(CtlContext& ctx, AuditFilter& filter, int& status)
{
    filter.operatorName = ctx.option(QStringLiteral("operator")).value_or(QString());
    filter.action = ctx.option(QStringLiteral("action")).value_or(QString());
    for (const bool end : {false, true}) {
        if (const auto text = ctx.option(end ? QStringLiteral("to") : QStringLiteral("from"))) {
            const auto bound = AuditFilter::parseBound(*text, end);
            if (!bound) {
                status = ctx.usage(QStringLiteral("--%1 takes YYYY-MM-DD (WIB) or an ISO 8601 time with offset")
                                       .arg(end ? QStringLiteral("to") : QStringLiteral("from")));
                return false;
            }
            (end ? filter.toMs : filter.fromMs) = *bound;
        }
    }
    return true;
}

int verify(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: audit verify") : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    AuditService audit(ctx.workspace().value()->db(), session.value());
    const auto result = audit.verify();
    if (!result)
        return ctx.fail(result.error());
    ctx.out() << result->describe() << '\n';
    if (!result->intact)
        ctx.out() << "first_broken_id " << result->firstBrokenId << " problem " << result->problem << '\n';
    return result->intact ? kOk : kFailed;
}

int list(CtlContext& ctx)
{
    AuditFilter filter;
    int status = kOk;
    if (!readFilter(ctx, filter, status))
        return status;
    const auto limitText = ctx.option(QStringLiteral("limit"));
    const auto subject = ctx.option(QStringLiteral("subject"));
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(
            ctx.argumentError().isEmpty() ? QStringLiteral(
                "usage: audit list [--operator NAME] [--action A] [--from T] [--to T] [--limit N] [--subject NIK]")
                                          : ctx.argumentError());
    bool ok = true;
    const qint64 limit = limitText ? limitText->toLongLong(&ok) : 0;
    if (!ok || limit < 0)
        return ctx.usage(QStringLiteral("--limit takes a positive number"));
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    if (subject) {
        // "Who looked at this person": the rows whose target is the applicant with this NIK.
        const auto id = LookupService(ctx.workspace().value()->db(), session.value()).applicantIdOfNik(*subject);
        if (!id)
            return ctx.fail(id.error());
        if (id.value() == 0) {
            ctx.err() << CtlContext::tr("tidak ada pendaftar dengan NIK ini") << '\n';
            return kFailed;
        }
        filter.target = QStringLiteral("applicant:%1").arg(id.value());
    }
    AuditService audit(ctx.workspace().value()->db(), session.value());
    // Page through by id so that memory stays flat however long the log is.
    filter.limit = 1000;
    qint64 printed = 0;
    for (;;) {
        const auto page = audit.list(filter);
        if (!page)
            return ctx.fail(page.error());
        for (const AuditEntry& e : page.value()) {
            ctx.out() << e.id << '\t' << Timestamp::toIsoWib(e.at) << '\t' << e.operatorName << '\t' << e.action << '\t'
                      << e.target << '\t' << e.details << '\n';
            if (limit > 0 && ++printed >= limit)
                return kOk;
        }
        if (page->size() < filter.limit)
            break;
        filter.afterId = page->last().id;
    }
    return kOk;
}

int exportCsv(CtlContext& ctx)
{
    AuditFilter filter;
    int status = kOk;
    if (!readFilter(ctx, filter, status))
        return status;
    if (!ctx.finishArguments() || ctx.positional().size() != 3)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral(
                             "usage: audit export FILE [--operator NAME] [--action A] [--from T] [--to T]")
                                                       : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    AuditService audit(ctx.workspace().value()->db(), session.value());
    QFile file(ctx.positional().at(2));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return ctx.fail(
            makeError(QStringLiteral("output"), Error::tr("Berkas tidak dapat ditulis: %1").arg(file.fileName())));
    const auto count = audit.exportCsv(filter, file);
    if (!count) {
        file.remove();
        return ctx.fail(count.error());
    }
    ctx.out() << CtlContext::tr("%1 baris ditulis ke %2").arg(CtlContext::number(count.value()), file.fileName())
              << '\n';
    return kOk;
}

} // namespace

QList<Command> auditCommands()
{
    return {
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         verify,
         "audit verify                    check the audit chain; names the first broken row"},
        {{QStringLiteral("audit"), QStringLiteral("list")},
         list,
         "audit list [--operator N] [--action A] [--from T] [--to T] [--limit N] [--subject NIK]"},
        {{QStringLiteral("audit"), QStringLiteral("export")},
         exportCsv,
         "audit export FILE [filters]     the audit log as CSV"},
    };
}

} // namespace prakerja::ctl
