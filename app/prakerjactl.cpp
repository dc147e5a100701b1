// prakerjactl: the console's command-line interface for batch work, scripts and checks.
#include "BuildInfo.h"
#include "bench/BenchCommands.h"
#include "ctl/BashCompletion.h"
#include "ctl/Commands.h"
#include "domain/Error.h"
#include "domain/Language.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cstdio>

using namespace prakerja;
using namespace prakerja::ctl;

namespace {

QList<Command> allCommands();

// `completion bash`: the script the package installs, from this very table.
int completion(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: completion bash")
                                                       : ctx.argumentError());
    ctx.out() << bashCompletion(allCommands());
    return kOk;
}

QList<Command> allCommands()
{
    return feedCommands() + funnelCommands() + benchCommands() + userCommands() + auditCommands() + keyCommands()
        + settingsCommands() + waveCommands() + lookupCommands() + lookupBenchCommands() + catalogCommands()
        + platformCommands() + catalogBenchCommands() + spendingCommands()
        + QList<Command>{
            {{QStringLiteral("completion"), QStringLiteral("bash")},
             completion,
             "completion bash                             the bash completion script (the package installs it)"}};
}

void printHelp(QTextStream& out)
{
    out << "Usage: prakerjactl [--db PATH] [--key-file PATH] [--user NAME] [--lang id|en] COMMAND ...\n\n"
           "Global options (or environment):\n"
           "  --db PATH|URI    database file, or a PostgreSQL server: postgresql://user@host/db or\n"
           "                   'host=... dbname=...' (PRAKERJA_DB; default: a file in the user's data\n"
           "                   folder; the server's password from ~/.pgpass or PGPASSWORD only)\n"
           "  --key-file PATH  key file (PRAKERJA_KEY_FILE; default in the user's config folder)\n"
           "  --user NAME      operator (PRAKERJA_USER); password from PRAKERJA_PASSWORD or a prompt\n"
           "  --lang id|en     language of messages (PRAKERJA_LANG; Indonesian by default)\n\n"
           "Commands:\n";
    // Synopses are "usage   description"; align the descriptions in one column.
    static const QRegularExpression gap(QStringLiteral("\\s{2,}"));
    for (const Command& c : allCommands()) {
        const QString synopsis = QString::fromUtf8(c.synopsis);
        const QRegularExpressionMatch m = gap.match(synopsis);
        if (synopsis.contains(u'\n') || !m.hasMatch()) {
            out << "  " << synopsis << '\n';
            continue;
        }
        const QString usage = synopsis.left(m.capturedStart());
        const QString description = synopsis.mid(m.capturedEnd());
        const QString indent(46, u' ');
        out << "  " << usage.leftJustified(44);
        if (usage.size() >= 44)
            out << '\n' << indent;
        out << description << '\n';
    }
    out << "\nExit status: 0 success, 1 rejects or errors, 2 usage, 3 sign-in failed, 4 permission denied.\n"
           "See docs/cli.md for details.\n";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("prakerja"));
    QCoreApplication::setOrganizationName(QStringLiteral("prakerja"));
    QCoreApplication::setApplicationVersion(BuildInfo::version());
    QStringList arguments = QCoreApplication::arguments().mid(1);
    CtlContext ctx(arguments);
    Database::setMigrationNotice([](int version, const QString& description) {
        const QString line = CtlContext::tr("prakerjactl: memperbarui basis data ke skema %1 (%2); dengan jutaan"
                                            " pendaftar ini dapat memakan waktu beberapa menit")
                                 .arg(version)
                                 .arg(description)
            + u'\n';
        std::fputs(line.toLocal8Bit().constData(), stderr);
    });
    if (arguments.contains(QStringLiteral("--version"))) {
        ctx.out() << "prakerjactl " << BuildInfo::version() << '\n';
        return kOk;
    }
    const bool help = arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
    QStringList words = ctx.leadingWords();
    words.removeAll(QStringLiteral("-h"));
    const Command* best = nullptr;
    QList<Command> commands = allCommands();
    for (const Command& c : commands)
        if (words.mid(0, c.words.size()) == c.words && (!best || c.words.size() > best->words.size()))
            best = &c;
    if (help && best && best->help) {
        // A command's own help text: its synopsis and options.
        ctx.out() << "Usage: prakerjactl " << QString::fromUtf8(best->synopsis).section(QStringLiteral("  "), 0, 0)
                  << "\n\n"
                  << QString::fromUtf8(best->help);
        return kOk;
    }
    if (arguments.isEmpty() || (help && !best)) {
        printHelp(ctx.out());
        return arguments.isEmpty() ? kUsage : kOk;
    }
    if (!best)
        return ctx.usage(QStringLiteral("unknown command '%1'").arg(words.join(u' ')));
    ctx.setCommand(best->words.join(u' '));
    if (help) // the command's own usage, with its options, not the global help
        ctx.requestHelp(QString::fromUtf8(best->synopsis));
    return best->run(ctx);
}
