#include "CtlContext.h"

#include "domain/Language.h"
#include "security/Crypto.h"
#include "services/AuditService.h"
#include "services/OperatorService.h"
#include "services/OutcomeExplainer.h"

#include <QFile>
#include <cstdio>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace prakerja::ctl {

CtlContext::CtlContext(const QStringList& arguments) : m_options(arguments), m_out(stdout), m_err(stderr)
{
    // Global options may stand anywhere; the command's own are taken by the command.
    m_dbArg = option(QStringLiteral("db")).value_or(QString());
    m_keyArg = option(QStringLiteral("key-file")).value_or(QString());
    m_userArg = option(QStringLiteral("user")).value_or(QString());
    m_passwordFileArg
        = option(QStringLiteral("password-file")).value_or(qEnvironmentVariable("PRAKERJA_PASSWORD_FILE"));
    const QString lang = option(QStringLiteral("lang")).value_or(qEnvironmentVariable("PRAKERJA_LANG"));
    Language::install(lang);
}

QStringList CtlContext::leadingWords() const
{
    QStringList words;
    for (const QString& a : m_options) {
        if (a.startsWith(QStringLiteral("--")))
            break;
        words << a;
    }
    return words;
}

std::optional<QString> CtlContext::option(const QString& name)
{
    const QString dashed = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < m_options.size(); ++i) {
        if (m_options[i] == dashed) {
            if (i + 1 >= m_options.size() || m_options[i + 1].startsWith(QStringLiteral("--"))) {
                m_argumentError = QStringLiteral("%1 needs a value").arg(dashed);
                m_options.removeAt(i);
                return std::nullopt;
            }
            const QString value = m_options[i + 1];
            m_options.remove(i, 2);
            return value;
        }
        if (m_options[i].startsWith(dashed + u'=')) {
            const QString value = m_options[i].mid(dashed.size() + 1);
            m_options.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

bool CtlContext::flag(const QString& name)
{
    return m_options.removeAll(QStringLiteral("--") + name) > 0;
}

void CtlContext::requestHelp(const QString& synopsis)
{
    m_help = true;
    m_synopsis = synopsis;
    m_options.removeAll(QStringLiteral("--help"));
    m_options.removeAll(QStringLiteral("-h"));
}

bool CtlContext::finishArguments()
{
    if (m_help) {
        m_options.clear();
        return false;
    }
    // Called once a command took its options: the words left are operands, and any --word is unknown.
    m_positional.clear();
    for (const QString& a : std::as_const(m_options)) {
        if (a.startsWith(QStringLiteral("--")) && a != u"--") {
            if (m_argumentError.isEmpty())
                m_argumentError = QStringLiteral("unknown option %1").arg(a);
        } else {
            m_positional << a;
        }
    }
    m_options.clear();
    return m_argumentError.isEmpty();
}

QString CtlContext::number(qint64 value)
{
    return OutcomeExplainer::number(value).text();
}

Result<Workspace*> CtlContext::workspace()
{
    if (!m_workspace) {
        auto ws = Workspace::open(paths());
        if (!ws)
            return ws.error();
        m_workspace = std::move(ws).value();
    }
    return m_workspace.get();
}

QString CtlContext::passwordFromEnvironmentOrPrompt(const QString& prompt, bool confirm,
                                                    const char* environmentVariable)
{
    if (qEnvironmentVariableIsSet(environmentVariable))
        return qEnvironmentVariable(environmentVariable);
    if (!isatty(STDIN_FILENO))
        return {};
    auto read = [](const QString& text) {
        std::cerr << text.toStdString() << std::flush;
        termios old{};
        tcgetattr(STDIN_FILENO, &old);
        termios silent = old;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        std::string line;
        std::getline(std::cin, line);
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::cerr << '\n';
        return QString::fromStdString(line);
    };
    const QString first = read(prompt);
    if (confirm && read(QStringLiteral("Ulangi / repeat: ")) != first)
        return {};
    return first;
}

Result<Session> CtlContext::signIn()
{
    auto ws = workspace();
    if (!ws)
        return ws.error();
    QString user = m_userArg.isEmpty() ? qEnvironmentVariable("PRAKERJA_USER") : m_userArg;
    if (user.isEmpty())
        return makeError(QStringLiteral("no_user"),
                         Error::tr("Sebutkan operator dengan --user NAMA atau PRAKERJA_USER"));
    // Never an empty attempt for want of a terminal: five cron runs would lock the account.
    const Result<QString> password = signInPassword(user);
    if (!password)
        return password.error();
    OperatorService operators(ws.value()->db(), OperatorService::Policy::from(ws.value()->programme()));
    auto session = operators.authenticate(user, password.value());
    if (session)
        m_session = session.value();
    return session;
}

Result<QString> CtlContext::signInPassword(const QString& user)
{
    if (!m_passwordFileArg.isEmpty()) {
        QFile file(m_passwordFileArg);
        if (!file.exists() || !file.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("password_file"),
                             Error::tr("Berkas kata sandi tidak dapat dibaca: %1").arg(m_passwordFileArg));
        if (file.permissions() & (QFile::ReadOther | QFile::WriteOther))
            return makeError(QStringLiteral("password_file_permissions"),
                             Error::tr("Berkas kata sandi %1 dapat dibaca pengguna lain; jalankan chmod 600")
                                 .arg(m_passwordFileArg));
        QByteArray line = file.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        const QString password = QString::fromUtf8(line);
        Crypto::wipe(line);
        if (password.isEmpty())
            return makeError(QStringLiteral("no_password"),
                             Error::tr("Berkas kata sandi %1 kosong").arg(m_passwordFileArg));
        return password;
    }
    if (qEnvironmentVariableIsSet("PRAKERJA_PASSWORD"))
        return qEnvironmentVariable("PRAKERJA_PASSWORD");
    if (!isatty(STDIN_FILENO))
        return makeError(QStringLiteral("no_password"),
                         Error::tr("Tanpa terminal, beri kata sandi dengan --password-file FILE"
                                   " (atau PRAKERJA_PASSWORD)"));
    return passwordFromEnvironmentOrPrompt(QStringLiteral("Kata sandi / password for %1: ").arg(user));
}

int CtlContext::fail(const Error& error)
{
    m_err << "prakerjactl: " << error.message() << " [" << error.code << "]\n";
    m_err.flush();
    if (error.code == QLatin1StringView(Session::kDeniedCode)) {
        if (m_session && m_workspace) {
            // The command with its operands ("wave draw 3"), as typed.
            const QString command = m_positional.isEmpty() ? m_command : m_positional.join(u' ');
            if (const Status s = AuditService(m_workspace->db(), *m_session).recordRefusal(command, error); !s)
                m_err << "prakerjactl: " << s.error().message() << '\n';
        }
        return kDenied;
    }
    if (error.code == u"no_password")
        return kUsage;
    if (error.code == u"bad_credentials" || error.code == u"account_locked" || error.code == u"account_disabled"
        || error.code == u"no_user")
        return kAuthFailed;
    return kFailed;
}

int CtlContext::usage(const QString& message)
{
    if (m_help) {
        QString line = message;
        if (line.startsWith(QStringLiteral("usage: ")))
            line = line.mid(7);
        m_out << "Usage: prakerjactl [global options] " << line << "\n\n"
              << m_synopsis << "\n\n"
              << "Global options: --db PATH, --key-file PATH, --user NAME, --lang id|en (prakerjactl --help).\n";
        m_out.flush();
        return kOk;
    }
    m_err << "prakerjactl: " << message << "\n"
          << "Try 'prakerjactl --help'.\n";
    m_err.flush();
    return kUsage;
}

} // namespace prakerja::ctl
