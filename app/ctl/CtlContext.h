#pragma once
// What every prakerjactl command shares: its arguments, the workspace, the signed-in
// operator, and how results and errors reach the terminal and the exit status.

#include "domain/Error.h"
#include "domain/Session.h"
#include "services/Workspace.h"

#include <QStringList>
#include <QTextStream>
#include <optional>

namespace prakerja::ctl {

enum ExitCode { kOk = 0, kFailed = 1, kUsage = 2, kAuthFailed = 3, kDenied = 4, kReportFailed = 5 };

class CtlContext
{
    Q_DECLARE_TR_FUNCTIONS(CtlContext) // what the commands print, in the one catalogue (domain/Language.h)

public:
    explicit CtlContext(const QStringList& arguments);

    // The words before the first option: the command's name (e.g. "import reference").
    QStringList leadingWords() const;
    // Operands left after finishArguments(), the command's words included.
    const QStringList& positional() const { return m_positional; }
    // Removes and returns `--name VALUE` (or `--name=VALUE`); nullopt if absent.
    std::optional<QString> option(const QString& name);
    bool flag(const QString& name);
    // Usage error if anything was not consumed; call after reading all options.
    bool finishArguments();
    const QString& argumentError() const { return m_argumentError; }
    // `COMMAND --help`: finishArguments() then fails, and usage() prints the command's own
    // usage line (with its options) to stdout as the answer, exit 0.
    void requestHelp(const QString& synopsis);
    // The command being run ("wave draw"), for the audit row of a refusal.
    void setCommand(const QString& command) { m_command = command; }

    WorkspacePaths paths() const { return WorkspacePaths::resolve(m_dbArg, m_keyArg); }
    Result<Workspace*> workspace();
    // Signs in as --user / PRAKERJA_USER with the first line of --password-file /
    // PRAKERJA_PASSWORD_FILE, PRAKERJA_PASSWORD, or a prompt; without a terminal and without
    // either, fails with no_password (a usage error) instead of trying an empty password.
    Result<Session> signIn();
    QString passwordFromEnvironmentOrPrompt(const QString& prompt, bool confirm = false,
                                            const char* environmentVariable = "PRAKERJA_PASSWORD");

    // A count in the words' language: 1.432.133 (id, domain/IndonesianFormat) or 1,432,133 (en),
    // as OutcomeExplainer::number writes it. Identifiers (ids, wave numbers, lines) stay ungrouped.
    static QString number(qint64 value);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    // Prints an error and returns the exit status that fits it. A refusal for lack of
    // permission also leaves an audit row (who tried what).
    int fail(const Error& error);
    int usage(const QString& message);

private:
    Result<QString> signInPassword(const QString& user);

    QStringList m_options; // words not yet taken by option()/flag()
    QStringList m_positional;
    QString m_argumentError;
    bool m_help = false;
    QString m_command;
    std::optional<Session> m_session; // once signed in: a refusal is audited as this operator's
    QString m_synopsis;
    QString m_dbArg, m_keyArg, m_userArg, m_passwordFileArg;
    std::unique_ptr<Workspace> m_workspace;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace prakerja::ctl
