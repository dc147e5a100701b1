// prakerja-console: the desktop console for ministry staff and call-centre agents.
#include "BuildInfo.h"
#include "ConsoleStartup.h"
#include "LatencyProbe.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "StallBench.h"
#include "Theme.h"
#include "Translations.h"

#include "services/Settings.h"

#include <QApplication>
#include <QIcon>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

const char kHelp[] = "Usage: prakerja-console [--db PATH] [--key-file PATH] [--lang id|en] [--user NAME]\n"
                     "                        [--debug-latency] [--bench-latency SECONDS] [--screenshots DIR]\n\n"
                     "Opens the Prakerja Operator Console.\n"
                     "  --db PATH|URI    database file (PRAKERJA_DB; created with a demo feed on first start)\n"
                     "                   or a PostgreSQL server, postgresql://user@host/db (docs/deployment.md)\n"
                     "  --key-file PATH  key file (PRAKERJA_KEY_FILE)\n"
                     "  --lang id|en     user-interface language (Indonesian by default)\n"
                     "  --user NAME      sign in without the dialog (PRAKERJA_USER, with PRAKERJA_PASSWORD)\n"
                     "  --debug-latency  print the worst GUI event-loop stall per minute to stderr\n"
                     "  --bench-latency SECONDS  GUI stalls while the simulator feeds at full speed: before and\n"
                     "                   after the fix, quiet and with one core busy, SECONDS each; then quit\n"
                     "                   (use a copy of a demo database: it ingests into it)\n"
                     "  --screenshots DIR  save each page as DIR/<operator>-<page>.png, then quit\n"
                     "  --help, --version\n";

// Reads "--name VALUE" or "--name=VALUE" from argv without needing a display.
QString argument(int argc, char** argv, const char* name)
{
    const size_t len = std::strlen(name);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], name, len) == 0 && argv[i][len] == '=')
            return QString::fromLocal8Bit(argv[i] + len + 1);
    }
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::fputs(kHelp, stdout);
            return 0;
        }
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("prakerja-console %s\n", prakerja::BuildInfo::version().toUtf8().constData());
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("prakerja"));
    QApplication::setOrganizationName(QStringLiteral("prakerja"));
    QApplication::setApplicationVersion(prakerja::BuildInfo::version());
    // The desktop file and the icon the package installs (the theme's), or the compiled-in one.
    QGuiApplication::setDesktopFileName(QStringLiteral("prakerja-console"));
    QIcon icon = QIcon::fromTheme(QStringLiteral("prakerja-console"));
    if (icon.isNull()) {
        icon.addFile(QStringLiteral(":/icons/prakerja-console-64.png"));
        icon.addFile(QStringLiteral(":/icons/prakerja-console-256.png"));
    }
    QApplication::setWindowIcon(icon);
    prakerja::Theme::install(app);
    QString lang = argument(argc, argv, "--lang");
    if (lang.isEmpty())
        lang = prakerja::Settings::instance().value(prakerja::Settings::Key::Language).toString();
    prakerja::Translations::install(lang);
    if (const QString user = argument(argc, argv, "--user"); !user.isEmpty())
        qputenv("PRAKERJA_USER", user.toLocal8Bit());
    // Neither --db nor PRAKERJA_DB: the database chosen in the connection dialog, if any.
    QString database = argument(argc, argv, "--db");
    if (database.isEmpty() && qEnvironmentVariableIsEmpty("PRAKERJA_DB"))
        database = prakerja::Settings::instance().value(prakerja::Settings::Key::DatabaseTarget).toString();
    prakerja::ConsoleStartup startup(prakerja::WorkspacePaths::resolve(database, argument(argc, argv, "--key-file")));
    prakerja::MainWindow* window = startup.run();
    if (!window)
        return 1;
    window->show();
    // The probe measures the running console, not the sign-in before it.
    std::unique_ptr<prakerja::LatencyProbe> probe;
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--debug-latency") == 0)
            probe = std::make_unique<prakerja::LatencyProbe>();
    std::unique_ptr<prakerja::StallBench> bench;
    if (const QString seconds = argument(argc, argv, "--bench-latency"); !seconds.isEmpty()) {
        bench = std::make_unique<prakerja::StallBench>(window, seconds.toInt());
        bench->start();
    }
    std::unique_ptr<prakerja::ScreenshotTour> tour;
    if (const QString dir = argument(argc, argv, "--screenshots"); !dir.isEmpty()) {
        tour = std::make_unique<prakerja::ScreenshotTour>(window, dir, qEnvironmentVariable("PRAKERJA_USER"));
        tour->start();
    }
    return QApplication::exec();
}
