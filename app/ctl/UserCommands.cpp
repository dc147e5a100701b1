// prakerjactl user add | list | passwd | disable | enable | unlock | role
#include "Commands.h"

#include "domain/Timestamp.h"
#include "services/OperatorService.h"

namespace prakerja::ctl {

namespace {

// The operator named on the command line (the word after the sub-command).
std::optional<QString> targetName(CtlContext& ctx, const QString& synopsis, int& status)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 3) {
        status = ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: %1").arg(synopsis)
                                                         : ctx.argumentError());
        return std::nullopt;
    }
    return ctx.positional().at(2);
}

// The new password: PRAKERJA_NEW_PASSWORD, or asked twice on a terminal.
QString newPassword(CtlContext& ctx, const QString& name)
{
    return ctx.passwordFromEnvironmentOrPrompt(QStringLiteral("Kata sandi baru / new password for %1: ").arg(name),
                                               true, "PRAKERJA_NEW_PASSWORD");
}

Error noNewPassword()
{
    return makeError(QStringLiteral("no_password"),
                     Error::tr("Kata sandi baru dari PRAKERJA_NEW_PASSWORD atau terminal (dua kali sama)"));
}

int add(CtlContext& ctx)
{
    const QString roleText = ctx.option(QStringLiteral("role")).value_or(QString());
    int status = kOk;
    const auto name
        = targetName(ctx, QStringLiteral("user add NAME --role administrator|analyst|curator|agent"), status);
    if (!name)
        return status;
    const std::optional<Role> role = roleFromName(roleText);
    if (!role)
        return ctx.usage(QStringLiteral("--role must be administrator, analyst, curator or agent"));
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    OperatorService operators(ctx.workspace().value()->db(),
                              OperatorService::Policy::from(ctx.workspace().value()->programme()));
    // Refuse before asking for a password the role could not use anyway.
    if (const Status s = session->require(Permission::ManageOperators); !s)
        return ctx.fail(s.error());
    const QString password = newPassword(ctx, *name);
    if (password.isEmpty())
        return ctx.fail(noNewPassword());
    const Result<qint64> id = operators.addOperator(session.value(), *name, *role, password);
    if (!id)
        return ctx.fail(id.error());
    ctx.out() << CtlContext::tr("operator %1 (%2) ditambahkan, id %3")
                     .arg(*name, roleName(*role), QString::number(id.value()))
              << '\n';
    return kOk;
}

int list(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: user list") : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    OperatorService operators(ctx.workspace().value()->db());
    const auto rows = operators.list(session.value());
    if (!rows)
        return ctx.fail(rows.error());
    const qint64 now = Timestamp::nowMs();
    ctx.out() << qSetFieldWidth(24) << Qt::left << CtlContext::tr("nama") << qSetFieldWidth(15)
              << CtlContext::tr("peran") << qSetFieldWidth(10) << CtlContext::tr("keadaan") << qSetFieldWidth(0)
              << CtlContext::tr("masuk terakhir (WIB)") << '\n';
    for (const OperatorInfo& o : rows.value()) {
        const QString state = o.disabled ? CtlContext::tr("nonaktif")
            : o.lockedUntil > now        ? CtlContext::tr("terkunci")
                                         : CtlContext::tr("aktif");
        ctx.out() << qSetFieldWidth(24) << Qt::left << o.name << qSetFieldWidth(15) << roleName(o.role)
                  << qSetFieldWidth(10) << state << qSetFieldWidth(0)
                  << (o.lastLoginAt ? Timestamp::toDisplayWib(o.lastLoginAt, false) : QStringLiteral("-")) << '\n';
    }
    return kOk;
}

int passwd(CtlContext& ctx)
{
    int status = kOk;
    const auto name = targetName(ctx, QStringLiteral("user passwd NAME"), status);
    if (!name)
        return status;
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    const bool own = name->compare(session->operatorName(), Qt::CaseInsensitive) == 0;
    if (!own) {
        if (const Status s = session->require(Permission::ManageOperators); !s)
            return ctx.fail(s.error());
    }
    const QString password = newPassword(ctx, *name);
    if (password.isEmpty())
        return ctx.fail(noNewPassword());
    OperatorService operators(ctx.workspace().value()->db(),
                              OperatorService::Policy::from(ctx.workspace().value()->programme()));
    if (const Status s = operators.changePassword(session.value(), *name, password); !s)
        return ctx.fail(s.error());
    ctx.out() << CtlContext::tr("kata sandi %1 diubah").arg(*name) << '\n';
    return kOk;
}

// disable, enable, unlock: sign in, one OperatorService call on the named operator, one line out.
// `done`: the line printed, with %1 for the operator's name.
template <typename Change>
int changeOperator(CtlContext& ctx, const QString& synopsis, const QString& done, Change change)
{
    int status = kOk;
    const auto name = targetName(ctx, synopsis, status);
    if (!name)
        return status;
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    OperatorService operators(ctx.workspace().value()->db());
    if (const Status s = change(operators, session.value(), *name); !s)
        return ctx.fail(s.error());
    ctx.out() << done.arg(*name) << '\n';
    return kOk;
}

template <bool Disable> int setDisabled(CtlContext& ctx)
{
    return changeOperator(ctx, Disable ? QStringLiteral("user disable NAME") : QStringLiteral("user enable NAME"),
                          Disable ? CtlContext::tr("operator %1 dinonaktifkan")
                                  : CtlContext::tr("operator %1 diaktifkan"),
                          [](OperatorService& ops, const Session& session, const QString& name) {
                              return ops.setDisabled(session, name, Disable);
                          });
}

int unlock(CtlContext& ctx)
{
    return changeOperator(
        ctx, QStringLiteral("user unlock NAME"), CtlContext::tr("operator %1 dibuka kuncinya"),
        [](OperatorService& ops, const Session& session, const QString& name) { return ops.unlock(session, name); });
}

int role(CtlContext& ctx)
{
    const QString roleText = ctx.option(QStringLiteral("role")).value_or(QString());
    int status = kOk;
    const auto name
        = targetName(ctx, QStringLiteral("user role NAME --role administrator|analyst|curator|agent"), status);
    if (!name)
        return status;
    const std::optional<Role> newRole = roleFromName(roleText);
    if (!newRole)
        return ctx.usage(QStringLiteral("--role must be administrator, analyst, curator or agent"));
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    OperatorService operators(ctx.workspace().value()->db());
    if (const Status s = operators.setRole(session.value(), *name, *newRole); !s)
        return ctx.fail(s.error());
    ctx.out() << CtlContext::tr("operator %1 kini %2 (berlaku saat masuk berikutnya)").arg(*name, roleName(*newRole))
              << '\n';
    return kOk;
}

} // namespace

QList<Command> userCommands()
{
    return {
        {{QStringLiteral("user"), QStringLiteral("add")},
         add,
         "user add NAME --role ROLE       add an operator (password: PRAKERJA_NEW_PASSWORD or prompt)"},
        {{QStringLiteral("user"), QStringLiteral("list")},
         list,
         "user list                       operators, roles and state"},
        {{QStringLiteral("user"), QStringLiteral("passwd")},
         passwd,
         "user passwd NAME                set a password (own, or any as administrator)"},
        {{QStringLiteral("user"), QStringLiteral("disable")},
         setDisabled<true>,
         "user disable NAME               disable an operator's account"},
        {{QStringLiteral("user"), QStringLiteral("enable")},
         setDisabled<false>,
         "user enable NAME                enable a disabled account again"},
        {{QStringLiteral("user"), QStringLiteral("unlock")},
         unlock,
         "user unlock NAME                lift a lockout after failed sign-ins"},
        {{QStringLiteral("user"), QStringLiteral("role")},
         role,
         "user role NAME --role ROLE      change an operator's role (not one's own)",
         "  --role ROLE   administrator, analyst, curator or agent\n"
         "The change is audited; a session already open keeps its role until the operator signs in again.\n"
         "The last active administrator stays an administrator."},
    };
}

} // namespace prakerja::ctl
