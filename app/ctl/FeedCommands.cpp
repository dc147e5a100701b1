// prakerjactl init | ingest | import reference | simulate
#include "Commands.h"

#include "domain/Stage.h"
#include "domain/Timestamp.h"
#include "io/FeedParser.h"
#include "services/FeedService.h"
#include "services/OperatorService.h"
#include "services/ReferenceService.h"

#include <QFile>
#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace prakerja::ctl {

namespace {

std::atomic<bool> g_interrupted{false};

void onInterrupt(int)
{
    g_interrupted.store(true);
}

// Reject reports go to --report FILE (or stderr): "baris N: code: message" ("line N: …" in
// English), the message with control characters escaped and echoed input capped
// (FeedParser::echo), so that input cannot forge report lines or reach the terminal as escape
// sequences.
QString rejectLine(qint64 line, const Error& e)
{
    // One arg() call: echoed input that holds "%1" is not filled in again.
    return CtlContext::tr("baris %1: %2: %3")
        .arg(QString::number(line), FeedParser::echo(e.code, 40), FeedParser::echo(e.message(), 400));
}

class RejectReport
{
public:
    explicit RejectReport(CtlContext& ctx, const std::optional<QString>& path) : m_ctx(ctx)
    {
        if (path && *path != u"-") {
            m_file.setFileName(*path);
            if (m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
                m_stream.setDevice(&m_file);
            else
                m_error = m_file.errorString();
        }
    }
    const QString& error() const { return m_error; }
    FeedIngestor::RejectSink sink()
    {
        return [this](qint64 line, const Error& e) {
            QTextStream& s = m_stream.device() ? m_stream : m_ctx.err();
            s << rejectLine(line, e) << '\n';
        };
    }
    // Flushes the report file; false (with the reason in error()) when any of it was not written.
    bool close()
    {
        if (!m_stream.device())
            return true;
        m_stream.flush();
        const bool ok = m_stream.status() == QTextStream::Ok && m_file.error() == QFileDevice::NoError && m_file.flush()
            && (::fsync(m_file.handle()) == 0 || errno == EINVAL); // EINVAL: /dev/null and the like
        if (!ok)
            m_error = m_file.errorString();
        m_file.close();
        return ok;
    }

private:
    CtlContext& m_ctx;
    QFile m_file;
    QTextStream m_stream;
    QString m_error;
};

// What the run committed, kept from the progress reports: printed when a later batch fails (a
// full disk), so that the operator knows what is in the database.
struct Committed
{
    IngestSummary soFar;
    FeedIngestor::ProgressSink sink()
    {
        return [this](const IngestSummary& s) { soFar = s; };
    }
};

// "diterima 56.042, duplikat 0, ditolak 130" (en: "accepted 56,042, duplicates 0, rejected 130").
QString counted(const IngestSummary& s)
{
    return CtlContext::tr("diterima %1, duplikat %2, ditolak %3")
        .arg(CtlContext::number(s.accepted), CtlContext::number(s.duplicates), CtlContext::number(s.rejected));
}

QString interrupted(const IngestSummary& s)
{
    return s.cancelled ? u' ' + CtlContext::tr("(terhenti)") : QString();
}

int printSummary(CtlContext& ctx, const Result<IngestSummary>& result)
{
    if (!result)
        return ctx.fail(result.error());
    const IngestSummary& s = result.value();
    ctx.err().flush();
    ctx.out() << CtlContext::tr("%1, baris tidak diimpor %2").arg(counted(s), CtlContext::number(s.rejectedLines))
              << interrupted(s) << '\n';
    ctx.out().flush();
    return s.rejected == 0 && !s.cancelled ? kOk : kFailed;
}

int reportUnwritable(CtlContext& ctx, const RejectReport& report)
{
    ctx.err() << "prakerjactl: " << CtlContext::tr("laporan penolakan tidak dapat ditulis: %1").arg(report.error())
              << '\n';
    ctx.err().flush();
    return kReportFailed;
}

int finishRun(CtlContext& ctx, RejectReport& report, const Result<IngestSummary>& result, const Committed& committed)
{
    const bool reportWritten = report.close();
    if (!result && (committed.soFar.accepted + committed.soFar.duplicates + committed.soFar.rejected) > 0) {
        const IngestSummary& c = committed.soFar;
        ctx.err() << "prakerjactl: "
                  << CtlContext::tr("sudah tersimpan sebelum gagal: baris 1-%1, %2; jalankan ulang masukan yang sama "
                                    "untuk melanjutkan dari sana")
                         .arg(CtlContext::number(c.lines), counted(c))
                  << '\n';
    }
    int code = printSummary(ctx, result);
    if (!reportWritten) {
        ctx.err() << "prakerjactl: "
                  << CtlContext::tr("laporan penolakan tidak dapat ditulis seluruhnya: %1").arg(report.error()) << '\n';
        ctx.err().flush();
        code = kReportFailed;
    }
    return code;
}

int init(CtlContext& ctx)
{
    const std::optional<QString> admin = ctx.option(QStringLiteral("admin"));
    const bool demo = ctx.flag(QStringLiteral("demo"));
    if (!ctx.finishArguments() || ctx.positional().size() != 1)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: init [--admin NAME] [--demo]")
                                                       : ctx.argumentError());
    auto ws = Workspace::init(ctx.paths());
    if (!ws)
        return ctx.fail(ws.error());
    if (demo) {
        if (const Status s = ws.value()->markDemo(); !s)
            return ctx.fail(s.error());
        ctx.out() << CtlContext::tr("basis data demo: konsol menawarkan simulator hari peluncuran") << '\n';
    }
    ctx.out() << CtlContext::tr("basis data %1 (skema %2)")
                     .arg(ws.value()->paths().database, QString::number(ws.value()->db().schemaVersion()))
              << '\n'
              << CtlContext::tr("berkas kunci %1").arg(ws.value()->paths().keyFile) << '\n';
    if (admin) {
        OperatorService operators(ws.value()->db());
        const QString password = ctx.passwordFromEnvironmentOrPrompt(
            QStringLiteral("Kata sandi administrator / administrator password: "), true);
        if (password.isEmpty())
            return ctx.fail(
                makeError(QStringLiteral("no_password"), Error::tr("Kata sandi dari PRAKERJA_PASSWORD atau terminal")));
        auto session = operators.createFirstAdministrator(*admin, password);
        if (!session)
            return ctx.fail(session.error());
        ctx.out() << CtlContext::tr("administrator %1 dibuat").arg(*admin) << '\n';
    }
    return kOk;
}

int ingest(CtlContext& ctx)
{
    const std::optional<QString> report = ctx.option(QStringLiteral("report"));
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: ingest FILE|- [--report FILE]")
                                                       : ctx.argumentError());
    QFile input;
    const QString path = ctx.positional().at(1);
    const bool opened = path == u"-" ? input.open(stdin, QIODevice::ReadOnly)
                                     : (input.setFileName(path), input.open(QIODevice::ReadOnly));
    if (!opened)
        return ctx.fail(makeError(QStringLiteral("input"), Error::tr("Berkas tidak dapat dibuka: %1").arg(path)));
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    RejectReport rejects(ctx, report);
    if (!rejects.error().isEmpty())
        return reportUnwritable(ctx, rejects);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    FeedService feed(ctx.workspace().value()->db(), session.value());
    Committed committed;
    const Result<IngestSummary> result = feed.ingest(input, {rejects.sink(), committed.sink(), &g_interrupted});
    return finishRun(ctx, rejects, result, committed);
}

int importReference(CtlContext& ctx)
{
    const std::optional<QString> report = ctx.option(QStringLiteral("report"));
    const std::optional<QString> source = ctx.option(QStringLiteral("source"));
    if (!ctx.finishArguments() || ctx.positional().size() != 4)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral(
                             "usage: import reference dapodik|dtks|kemnaker|exclusion FILE [--report FILE]"
                             " [--source TEXT]")
                                                       : ctx.argumentError());
    if (source)
        if (const Status s = ReferenceService::validSource(*source); !s)
            return ctx.fail(s.error());
    const std::optional<ReferenceList> list = referenceListFromName(ctx.positional().at(2));
    if (!list)
        return ctx.usage(
            QStringLiteral("unknown list %1 (dapodik, dtks, kemnaker, exclusion)").arg(ctx.positional().at(2)));
    QFile input(ctx.positional().at(3));
    if (!input.open(QIODevice::ReadOnly))
        return ctx.fail(
            makeError(QStringLiteral("input"), Error::tr("Berkas tidak dapat dibuka: %1").arg(input.fileName())));
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    RejectReport rejects(ctx, report);
    if (!rejects.error().isEmpty())
        return reportUnwritable(ctx, rejects);
    FeedService feed(ctx.workspace().value()->db(), session.value());
    Committed committed;
    const Result<IngestSummary> result = feed.importReference(*list, input, {rejects.sink(), {}, nullptr});
    if (result && result->importId > 0 && source) // who collected the list, kept per entry through its import
        if (const Status s
            = ReferenceService(ctx.workspace().value()->db(), session.value()).recordSource(result->importId, *source);
            !s)
            return ctx.fail(s.error());
    const int exit = finishRun(ctx, rejects, result, committed);
    if (result && result->adopted > 0)
        ctx.out() << CtlContext::tr("mengambil alih %1 NIK dari impor berkas yang sama yang terputus")
                         .arg(CtlContext::number(result->adopted))
                  << '\n';
    if (result && result->importId > 0)
        ctx.out() << CtlContext::tr("impor %1 ('prakerjactl import remove %1' membatalkannya)").arg(result->importId)
                  << '\n';
    return exit;
}

// The imports of NIK lists, newest first: id, time (WIB), list, operator, NIKs added, file, state.
int importList(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(QStringLiteral("usage: import list"));
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto imports = FeedService(ctx.workspace().value()->db(), session.value()).referenceImports();
    if (!imports)
        return ctx.fail(imports.error());
    for (const ReferenceImport& i : imports.value())
        ctx.out() << i.id << '\t' << Timestamp::toIsoWib(i.at) << '\t' << referenceListName(i.list) << '\t'
                  << i.operatorName << '\t' << CtlContext::number(i.added) << '\t' << i.file << '\t'
                  << (i.removedAt        ? CtlContext::tr("dihapus %1").arg(Timestamp::toIsoWib(i.removedAt))
                          : i.mergedInto ? CtlContext::tr("terputus, diambil alih oleh impor %1").arg(i.mergedInto)
                          : i.interrupted
                          ? CtlContext::tr("terputus (masih berjalan, atau dihentikan paksa: impor ulang berkasnya)")
                          : CtlContext::tr("berlaku"))
                  << '\n';
    return kOk;
}

// Takes an import back: the NIKs it added leave the list and the applicants' draw inputs.
int importRemove(CtlContext& ctx)
{
    bool ok = false;
    const qint64 id
        = ctx.finishArguments() && ctx.positional().size() == 3 ? ctx.positional().at(2).toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return ctx.usage(QStringLiteral("usage: import remove ID   (ID from 'import list')"));
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto removed = FeedService(ctx.workspace().value()->db(), session.value()).removeReferenceImport(id);
    if (!removed)
        return ctx.fail(removed.error());
    ctx.out() << CtlContext::tr("impor %1 dihapus: %2 NIK keluar dari daftar")
                     .arg(id)
                     .arg(CtlContext::number(removed->accepted))
              << '\n';
    return kOk;
}

// `simulate --after-selection`: the announced waves' participants go on to buy, finish, get paid.
int simulateAfterSelection(CtlContext& ctx)
{
    PostSelectionOptions options;
    int wave = 0;
    bool ok = true;
    if (const auto v = ctx.option(QStringLiteral("wave")))
        wave = v->toInt(&ok);
    if (const auto v = ctx.option(QStringLiteral("seed")); ok && v)
        options.seed = v->toULongLong(&ok);
    const std::optional<QString> emit = ctx.option(QStringLiteral("emit"));
    const std::optional<QString> report = ctx.option(QStringLiteral("report"));
    if (!ctx.finishArguments() || ctx.positional().size() != 1 || !ok || wave < 0)
        return ctx.usage(ctx.argumentError().isEmpty()
                             ? QStringLiteral("usage: simulate --after-selection [--wave N] [--seed S] [--emit FILE|-]"
                                              " [--report FILE]")
                             : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    FeedService feed(ctx.workspace().value()->db(), session.value());
    if (emit) {
        auto simulator = feed.afterSelectionFeed(wave, options);
        if (!simulator)
            return ctx.fail(simulator.error());
        QFile output;
        const bool opened = *emit == u"-"
            ? output.open(stdout, QIODevice::WriteOnly)
            : (output.setFileName(*emit), output.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (!opened)
            return ctx.fail(
                makeError(QStringLiteral("output"), Error::tr("Berkas tidak dapat ditulis: %1").arg(*emit)));
        QByteArray line;
        while (simulator.value()->next(line) == FeedIngestor::Next::Line) {
            line += '\n';
            output.write(line);
        }
        return kOk;
    }
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    RejectReport rejects(ctx, report);
    if (!rejects.error().isEmpty())
        return reportUnwritable(ctx, rejects);
    const Result<IngestSummary> result
        = feed.simulateAfterSelection(wave, options, {rejects.sink(), {}, &g_interrupted});
    if (!result)
        return ctx.fail(result.error());
    ctx.out() << counted(result.value()) << interrupted(result.value()) << '\n';
    if (!rejects.close())
        return reportUnwritable(ctx, rejects);
    return result->cancelled || result->rejected > 0 ? kFailed : kOk;
}

int simulate(CtlContext& ctx)
{
    if (ctx.flag(QStringLiteral("after-selection")))
        return simulateAfterSelection(ctx);
    SimulatorOptions options;
    bool ok = true;
    auto number = [&](const char* name, auto& target) {
        if (const auto v = ctx.option(QString::fromLatin1(name))) {
            bool parsed = false;
            const double d = v->toDouble(&parsed);
            if (!parsed || d < 0)
                ok = false;
            else
                target = static_cast<std::remove_reference_t<decltype(target)>>(d);
        }
    };
    number("registrations", options.registrations);
    number("hours", options.hours);
    number("seed", options.seed);
    number("bad-share", options.badShare);
    number("wave", options.waveToJoin);
    if (const auto speed = ctx.option(QStringLiteral("speed"))) {
        if (*speed == u"max")
            options.speed = 0;
        else if (const double x = speed->toDouble(&ok); ok && x > 0)
            options.speed = x;
        else
            ok = false;
    }
    if (const auto start = ctx.option(QStringLiteral("start"))) {
        const auto at = *start == u"now" ? std::optional<qint64>(Timestamp::nowMs()) : Timestamp::parseIso8601(*start);
        if (!at)
            ok = false;
        else
            options.startMs = *at;
    }
    const std::optional<QString> emit = ctx.option(QStringLiteral("emit"));
    const std::optional<QString> report = ctx.option(QStringLiteral("report"));
    if (!ctx.finishArguments() || ctx.positional().size() != 1 || !ok || options.registrations < 1
        || options.hours <= 0)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral(
                             "usage: simulate [--registrations N] [--hours H] [--speed X|max] [--seed S]"
                             " [--bad-share F] [--start ISO|now] [--emit FILE|-] [--report FILE]")
                                                       : ctx.argumentError());
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    if (emit) {
        QFile output;
        const bool opened = *emit == u"-"
            ? output.open(stdout, QIODevice::WriteOnly)
            : (output.setFileName(*emit), output.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (!opened)
            return ctx.fail(
                makeError(QStringLiteral("output"), Error::tr("Berkas tidak dapat ditulis: %1").arg(*emit)));
        RegistrationSimulator simulator(options);
        QByteArray line;
        for (FeedIngestor::Next next; (next = simulator.next(line)) != FeedIngestor::Next::End && !g_interrupted;) {
            if (next == FeedIngestor::Next::Line) {
                line += '\n';
                output.write(line);
            } else {
                output.flush();
            }
        }
        return kOk;
    }
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    RejectReport rejects(ctx, report);
    if (!rejects.error().isEmpty())
        return reportUnwritable(ctx, rejects);
    FeedService feed(ctx.workspace().value()->db(), session.value());
    const Result<IngestSummary> result = feed.simulate(options, {rejects.sink(), {}, &g_interrupted});
    if (!result)
        return ctx.fail(result.error());
    // Bad records are part of the simulation: their rejections are expected, not a failure.
    ctx.out() << counted(result.value()) << interrupted(result.value()) << '\n';
    if (!rejects.close())
        return reportUnwritable(ctx, rejects);
    return result->cancelled ? kFailed : kOk;
}

} // namespace

QList<Command> feedCommands()
{
    return {
        {{QStringLiteral("init")}, init, "init [--admin NAME] [--demo]   create or migrate the database and key file"},
        {{QStringLiteral("ingest")}, ingest, "ingest FILE|- [--report FILE]  load a registration feed (JSON Lines)"},
        {{QStringLiteral("import"), QStringLiteral("reference")},
         importReference,
         "import reference LIST FILE [--source T]   a dapodik|dtks|kemnaker|exclusion NIK list (T: who collected it)"},
        {{QStringLiteral("import"), QStringLiteral("list")},
         importList,
         "import list                     NIK-list imports: id, time, list, operator, NIKs added"},
        {{QStringLiteral("import"), QStringLiteral("remove")},
         importRemove,
         "import remove ID                take an import back (the list as it was before it)"},
        {{QStringLiteral("simulate")},
         simulate,
         "simulate [--registrations N] [--hours H] [--speed X|max] [--seed S] [--start T|now] [--emit FILE|-]"
         "  replay a launch day through the ingest path, or write it as a feed;"
         " simulate --after-selection [--wave N]: the participants' purchases, completions, incentives, surveys"},
    };
}

} // namespace prakerja::ctl
