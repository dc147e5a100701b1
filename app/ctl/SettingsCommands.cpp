// prakerjactl settings list | set NAME VALUE
#include "Commands.h"

#include "services/SettingsService.h"

namespace prakerja::ctl {

namespace {

int list(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: settings list") : ctx.argumentError());
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    for (Settings::Key key : SettingsService::editableKeys()) {
        const QVariant value = SettingsService::current(key, ws.value()->programme());
        const QVariant fallback = Settings::defaultValue(key);
        ctx.out() << Settings::name(key) << ' ' << SettingsService::shown(value);
        if (SettingsService::shown(value) != SettingsService::shown(fallback))
            ctx.out() << ' ' << CtlContext::tr("(bawaan %1)").arg(SettingsService::shown(fallback));
        ctx.out() << '\n';
    }
    return kOk;
}

int set(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 4)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: settings set NAME VALUE")
                                                       : ctx.argumentError());
    const QString name = ctx.positional().at(2);
    std::optional<Settings::Key> key;
    for (Settings::Key k : SettingsService::editableKeys())
        if (Settings::name(k).compare(name, Qt::CaseInsensitive) == 0)
            key = k;
    if (!key)
        return ctx.usage(QStringLiteral("unknown setting %1 (see 'prakerjactl settings list')").arg(name));
    const QString to = ctx.positional().at(3);
    if (const Result<QVariant> value = SettingsService::normalise(*key, to); !value)
        return ctx.usage(value.error().message()); // before asking for a password
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    Workspace& ws = *ctx.workspace().value();
    const QVariant from = SettingsService::current(*key, ws.programme());
    const auto stored = SettingsService(ws.db()).change(session.value(), Settings::instance(), {{*key, from, to}});
    if (!stored)
        return ctx.fail(stored.error());
    ws.setProgramme(stored.value());
    ctx.out() << Settings::name(*key) << ": " << SettingsService::shown(from) << " → "
              << SettingsService::shown(SettingsService::current(*key, ws.programme())) << '\n';
    return kOk;
}

} // namespace

QList<Command> settingsCommands()
{
    return {
        {{QStringLiteral("settings"), QStringLiteral("list")},
         list,
         "settings list                   the console's settings and their defaults"},
        {{QStringLiteral("settings"), QStringLiteral("set")},
         set,
         "settings set NAME VALUE         change one (audited; manage_settings except Language)"},
    };
}

} // namespace prakerja::ctl
