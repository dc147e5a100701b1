// prakerjactl platform report: where the training money went, per platform and per training.
#include "Commands.h"

#include "domain/IndonesianFormat.h"
#include "io/CsvWriter.h"
#include "services/SpendingService.h"

#include <QFile>

namespace prakerja::ctl {

namespace {

int platformReport(CtlContext& ctx)
{
    const auto waveText = ctx.option(QStringLiteral("wave"));
    const bool json = ctx.flag(QStringLiteral("json"));
    const bool csv = ctx.flag(QStringLiteral("csv"));
    int wave = 0;
    bool ok = true;
    if (waveText)
        wave = waveText->toInt(&ok);
    if (!ctx.finishArguments() || ctx.positional().size() != 2 || !ok || wave < 0 || (waveText && wave == 0)
        || (json && csv))
        return ctx.usage(ctx.argumentError().isEmpty()
                             ? QStringLiteral("usage: platform report [--wave N] [--json|--csv]")
                             : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto report = SpendingService(ctx.workspace().value()->db()).report(session.value(), wave);
    if (!report)
        return ctx.fail(report.error());
    if (json) {
        ctx.out() << QString::fromUtf8(SpendingService::json(report.value()));
        return kOk;
    }
    if (csv) {
        ctx.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return kFailed;
        CsvWriter writer(out);
        for (const QStringList& row : SpendingService::table(report.value()))
            writer.writeRow(row);
        out.flush();
        return kOk;
    }
    const auto number = [](qint64 value) { return CtlContext::number(value); };
    using IndonesianFormat::percent;
    using IndonesianFormat::rupiah;
    const auto days
        = [](double d) { return d < 0 ? QStringLiteral("—") : QString::number(d, 'f', 1).replace(u'.', u','); };
    const auto print = [&](const QString& title, const QList<SpendingRow>& rows, qsizetype limit) {
        ctx.out() << '\n' << title << '\n';
        qsizetype n = 0;
        for (const SpendingRow& r : rows) {
            if (n++ == limit)
                break;
            ctx.out() << "  " << qSetFieldWidth(40) << Qt::left
                      << (r.key.isEmpty() ? r.label : QString(r.key + u' ' + r.label)).left(39) << qSetFieldWidth(12)
                      << Qt::right << number(r.purchases) << qSetFieldWidth(20) << rupiah(r.rupiah)
                      << qSetFieldWidth(10) << percent(r.completionRate(), 1) << qSetFieldWidth(8) << days(r.medianDays)
                      << qSetFieldWidth(0) << Qt::left << '\n';
        }
    };
    const SpendingReport& r = report.value();
    ctx.out() << CtlContext::tr("%1: pembelian %2, belanja %3, tingkat selesai %4, median hari dari seleksi sampai"
                                " pembelian %5")
                     .arg(wave > 0 ? CtlContext::tr("gelombang %1").arg(wave) : CtlContext::tr("semua gelombang"),
                          number(r.total.purchases), rupiah(r.total.rupiah), percent(r.total.completionRate(), 1),
                          days(r.total.medianDays))
              << '\n';
    ctx.out() << CtlContext::tr("kolom: pembelian, rupiah, tingkat selesai, median hari dari seleksi sampai pembelian")
              << '\n';
    print(CtlContext::tr("per platform:"), r.platforms, -1);
    print(CtlContext::tr("pelatihan teratas menurut pembelian:"), r.trainings, 20);
    print(CtlContext::tr("kategori menurut belanja:"), r.categories, -1);
    return kOk;
}

} // namespace

QList<Command> spendingCommands()
{
    return {{{QStringLiteral("platform"), QStringLiteral("report")},
             platformReport,
             "platform report [--wave N] [--json|--csv]  purchases, rupiah, completion, days to purchase per"
             " platform and training"}};
}

} // namespace prakerja::ctl
