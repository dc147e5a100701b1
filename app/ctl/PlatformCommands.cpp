// prakerjactl platform list|add|edit|suspend|reinstate
#include "Commands.h"

#include "services/PlatformService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prakerja::ctl {

namespace {

// Options shared by add and edit; false with `error` when one is wrong.
bool readFields(CtlContext& ctx, Platform& p, QString& error)
{
    auto take = [&ctx](const char* name, QString& target) {
        if (const auto v = ctx.option(QString::fromLatin1(name)))
            target = v->trimmed();
    };
    take("name", p.name);
    take("website", p.website);
    take("contact-name", p.contactName);
    take("contact-email", p.contactEmail);
    take("agreement-start", p.agreementStart);
    take("agreement-end", p.agreementEnd);
    take("notes", p.notes);
    if (const auto v = ctx.option(QStringLiteral("commission"))) {
        const auto bp = PlatformRules::parseCommission(*v);
        if (!bp)
            error = QStringLiteral("--commission: a percentage from 0 to 100 (12,5)");
        else
            p.commissionBasisPoints = *bp;
    }
    return error.isEmpty();
}

int list(CtlContext& ctx)
{
    const bool json = ctx.flag(QStringLiteral("json"));
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: platform list [--json]")
                                                       : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto rows = PlatformService(ctx.workspace().value()->db()).list(session.value());
    if (!rows)
        return ctx.fail(rows.error());
    if (json) {
        QJsonArray array;
        for (const PlatformSummary& s : rows.value()) {
            const Platform& p = s.platform;
            QJsonObject counts;
            for (int st = 1; st <= kTrainingStatusCount; ++st)
                if (!s.publishedOnly || st == static_cast<int>(TrainingStatus::Published))
                    counts.insert(TrainingRules::statusName(static_cast<TrainingStatus>(st)),
                                  s.trainingsByStatus.value(st));
            array.append(
                QJsonObject{{QStringLiteral("code"), p.code},
                            {QStringLiteral("name"), p.name},
                            {QStringLiteral("status"), PlatformRules::statusName(p.status)},
                            {QStringLiteral("website"), p.website},
                            {QStringLiteral("contact_name"), p.contactName},
                            {QStringLiteral("contact_email"), p.contactEmail},
                            {QStringLiteral("agreement_start"), p.agreementStart},
                            {QStringLiteral("agreement_end"), p.agreementEnd},
                            {QStringLiteral("commission"), PlatformRules::commissionText(p.commissionBasisPoints)},
                            {QStringLiteral("notes"), p.notes},
                            {QStringLiteral("suspend_reason"), p.suspendReason},
                            {QStringLiteral("trainings"), counts},
                            {QStringLiteral("held"), s.held}});
        }
        ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return kOk;
    }
    for (const PlatformSummary& s : rows.value()) {
        const Platform& p = s.platform;
        ctx.out() << p.code << '\t' << p.name << '\t' << PlatformRules::statusName(p.status) << '\t'
                  << CtlContext::tr("%1 pelatihan").arg(CtlContext::number(s.total())) << " (";
        QStringList parts;
        for (int st = 1; st <= kTrainingStatusCount; ++st)
            if (const qint64 n = s.trainingsByStatus.value(st))
                parts << QStringLiteral("%1 %2").arg(TrainingRules::statusName(static_cast<TrainingStatus>(st)),
                                                     CtlContext::number(n));
        ctx.out() << parts.join(QStringLiteral(", ")) << ')';
        if (p.status == PlatformStatus::Suspended)
            ctx.out() << '\t' << CtlContext::tr("ditangguhkan: %1").arg(p.suspendReason);
        ctx.out() << '\n';
    }
    return kOk;
}

int add(CtlContext& ctx)
{
    Platform p;
    QString error;
    if (!readFields(ctx, p, error) || !ctx.finishArguments() || ctx.positional().size() != 3)
        return ctx.usage(!error.isEmpty() ? error
                             : ctx.argumentError().isEmpty()
                             ? QStringLiteral("usage: platform add CODE --name NAME [fields]")
                             : ctx.argumentError());
    p.code = ctx.positional().at(2).toUpper();
    if (const auto problems = PlatformRules::validate(p); !problems.isEmpty())
        return ctx.usage(problems.first().error.message());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto added = PlatformService(ctx.workspace().value()->db()).add(session.value(), p);
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << CtlContext::tr("platform %1 ditambahkan").arg(added->code) << '\n';
    return kOk;
}

int edit(CtlContext& ctx)
{
    const QStringList words = ctx.leadingWords();
    if (words.size() != 3)
        return ctx.usage(QStringLiteral("usage: platform edit CODE [fields]"));
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    PlatformService service(ctx.workspace().value()->db());
    auto rows = service.list(session.value());
    if (!rows)
        return ctx.fail(rows.error());
    std::optional<Platform> current;
    for (const PlatformSummary& s : rows.value())
        if (s.platform.code == words.at(2).toUpper())
            current = s.platform;
    if (!current)
        return ctx.fail(
            makeError(QStringLiteral("unknown_platform"), Error::tr("Platform tidak dikenal: %1").arg(words.at(2))));
    Platform p = *current;
    QString error;
    if (!readFields(ctx, p, error) || !ctx.finishArguments() || ctx.positional().size() != 3)
        return ctx.usage(!error.isEmpty() ? error : ctx.argumentError());
    auto saved = service.edit(session.value(), p);
    if (!saved)
        return ctx.fail(saved.error());
    ctx.out() << CtlContext::tr("platform %1 disimpan (versi %2)").arg(saved->code, QString::number(saved->version))
              << '\n';
    return kOk;
}

int suspend(CtlContext& ctx)
{
    const std::optional<QString> reason = ctx.option(QStringLiteral("reason"));
    if (!ctx.finishArguments() || ctx.positional().size() != 3 || !reason || reason->trimmed().isEmpty())
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: platform suspend CODE --reason TEXT")
                                                       : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto n = PlatformService(ctx.workspace().value()->db())
                 .suspend(session.value(), ctx.positional().at(2).toUpper(), *reason);
    if (!n)
        return ctx.fail(n.error());
    ctx.out() << CtlContext::tr("platform %1 ditangguhkan; %2 pelatihan dikeluarkan dari katalog")
                     .arg(ctx.positional().at(2).toUpper(), CtlContext::number(n.value()))
              << '\n';
    return kOk;
}

int reinstate(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 3)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: platform reinstate CODE")
                                                       : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto n
        = PlatformService(ctx.workspace().value()->db()).reinstate(session.value(), ctx.positional().at(2).toUpper());
    if (!n)
        return ctx.fail(n.error());
    ctx.out() << CtlContext::tr("platform %1 dipulihkan; %2 pelatihan diterbitkan kembali")
                     .arg(ctx.positional().at(2).toUpper(), CtlContext::number(n.value()))
              << '\n';
    return kOk;
}

#define PLATFORM_FIELDS                                                                                                \
    "  --name TEXT             --website URL (http/https)\n"                                                           \
    "  --contact-name TEXT     --contact-email ADDRESS\n"                                                              \
    "  --agreement-start DATE  --agreement-end DATE (YYYY-MM-DD)\n"                                                    \
    "  --commission PERCENT    e.g. 12,5\n"                                                                            \
    "  --notes TEXT\n"

} // namespace

QList<Command> platformCommands()
{
    return {
        {{QStringLiteral("platform"), QStringLiteral("list")},
         list,
         "platform list [--json]          partner platforms with their trainings by status",
         "Lists the partner platforms, each with its trainings counted by status.\n  --json   as a JSON array\n"},
        {{QStringLiteral("platform"), QStringLiteral("add")},
         add,
         "platform add CODE --name NAME [fields]  a new partner platform",
         "Adds a partner platform (CODE: capital letters, digits, underscore). Needs manage_platforms; "
         "audited.\n" PLATFORM_FIELDS},
        {{QStringLiteral("platform"), QStringLiteral("edit")},
         edit,
         "platform edit CODE [fields]     change a platform's details",
         "Changes the given fields of a platform; the others stay. Needs manage_platforms; audited.\n" PLATFORM_FIELDS},
        {{QStringLiteral("platform"), QStringLiteral("suspend")},
         suspend,
         "platform suspend CODE --reason TEXT  take its trainings out of the catalogue",
         "Suspends a platform: its published trainings leave the catalogue (held) until it is reinstated.\n"
         "  --reason TEXT  required. Needs manage_platforms; audited.\n"},
        {{QStringLiteral("platform"), QStringLiteral("reinstate")},
         reinstate,
         "platform reinstate CODE         publish its held trainings again",
         "Reinstates a suspended platform; the trainings its suspension held are published again.\n"},
    };
}

} // namespace prakerja::ctl
