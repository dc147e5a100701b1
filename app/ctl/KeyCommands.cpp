// prakerjactl key rotate | status
#include "Commands.h"

#include "domain/IndonesianFormat.h"
#include "services/KeyRotationService.h"

#include <csignal>

namespace prakerja::ctl {

namespace {

std::atomic<bool> g_cancel{false};

void onInterrupt(int)
{
    g_cancel.store(true);
}

int rotate(CtlContext& ctx)
{
    KeyRotationService::Options options;
    bool ok = true;
    if (const auto v = ctx.option(QStringLiteral("batch")))
        options.batchSize = v->toInt(&ok);
    if (const auto v = ctx.option(QStringLiteral("max-batches")); v && ok)
        options.maxBatches = v->toLongLong(&ok);
    if (!ok || options.batchSize <= 0 || options.maxBatches < 0 || !ctx.finishArguments()
        || ctx.positional().size() != 2)
        return ctx.usage(ctx.argumentError().isEmpty()
                             ? QStringLiteral("usage: key rotate [--batch N] [--max-batches N]")
                             : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    if (const Status s = session->require(Permission::RotateKeys); !s)
        return ctx.fail(s.error());
    std::signal(SIGINT, onInterrupt);
    options.cancel = &g_cancel;
    options.progress = [&ctx](qint64 done, qint64 total) {
        ctx.err() << '\r' << CtlContext::number(done) << " / " << CtlContext::number(total) << Qt::flush;
    };
    KeyRotationService rotation(ctx.workspace().value()->db(), session.value());
    const auto result = rotation.rotate(ctx.workspace().value()->paths().keyFile, options);
    ctx.err() << '\n' << Qt::flush;
    if (!result)
        return ctx.fail(result.error());
    ctx.out() << CtlContext::tr("generasi %1: pendaftar %2, baris referensi %3, baris audit %4")
                     .arg(QString::number(result->toKeyId), CtlContext::number(result->applicants),
                          CtlContext::number(result->references), CtlContext::number(result->auditRows))
              << '\n';
    if (!result->completed) {
        ctx.out() << CtlContext::tr("rotasi terputus; jalankan 'prakerjactl key rotate' lagi untuk melanjutkan")
                  << '\n';
        return kFailed;
    }
    ctx.out() << CtlContext::tr("rotasi selesai; generasi lama tidak dipakai lagi. Cadangkan berkas kunci sekarang.")
              << '\n';
    return kOk;
}

int status(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: key status") : ctx.argumentError());
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    QStringList ids;
    for (int id : ws.value()->keys().ids())
        ids << QString::number(id);
    ctx.out()
        << CtlContext::tr("berkas kunci %1").arg(ws.value()->paths().keyFile) << '\n'
        << CtlContext::tr("generasi %1, aktif %2").arg(ids.join(u','), QString::number(ws.value()->keys().activeId()))
        << '\n';
    const int target = KeyRotationService::targetInProgress(ws.value()->db());
    if (target)
        ctx.out() << CtlContext::tr("rotasi ke generasi %1 sedang berjalan").arg(target) << '\n';
    return kOk;
}

} // namespace

QList<Command> keyCommands()
{
    return {
        {{QStringLiteral("key"), QStringLiteral("rotate")},
         rotate,
         "key rotate [--batch N]          re-encrypt all PII under a new key (resumable)"},
        {{QStringLiteral("key"), QStringLiteral("status")},
         status,
         "key status                      key generations and rotation state"},
    };
}

} // namespace prakerja::ctl
