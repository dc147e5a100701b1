// prakerjactl funnel: the dashboard's numbers on the command line, computed by the same code
// (FunnelTracker + FunnelReport) as the page.
#include "Commands.h"

#include "domain/Timestamp.h"
#include "engine/FunnelReport.h"
#include "engine/FunnelTracker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prakerja::ctl {

namespace {

const char kUsage[]
    = "usage: funnel [--json] [--by minute|province|province-stage|wave|wave-stage|segment|reason] [--from T --to T]\n"
      "  T is ISO 8601 (2020-04-11T19:00:00+07:00); without an offset it is read as WIB";

// ISO 8601 with an offset, or a WIB wall time without one ("2020-04-11T19:00", "2020-04-11 19:00:30").
std::optional<qint64> parseTime(QString text)
{
    text.replace(u' ', u'T');
    if (auto t = Timestamp::parseIso8601(text))
        return t;
    if (text.size() == 10)
        text += QStringLiteral("T00:00");
    if (text.size() == 16)
        text += QStringLiteral(":00");
    const QString withOffset = text + QStringLiteral("+07:00");
    return Timestamp::parseIso8601(withOffset);
}

// JSON number cells stay numbers; the rest are strings.
QJsonValue cell(const QString& header, const QString& value)
{
    bool isNumber = false;
    const qint64 n = value.toLongLong(&isNumber);
    if (isNumber && header != u"province" && header != u"wave" && header != u"segment" && header != u"reason")
        return n;
    if (header.startsWith(u"share")) // e.g. 0.7423
        return value.toDouble();
    return value;
}

void printTable(CtlContext& ctx, const FunnelReport::Table& table, bool json)
{
    if (json) {
        QJsonArray rows;
        for (const QStringList& row : table.rows) {
            QJsonObject o;
            for (qsizetype i = 0; i < table.header.size(); ++i)
                o.insert(table.header[i], cell(table.header[i], row.value(i)));
            rows.append(o);
        }
        ctx.out() << QJsonDocument(rows).toJson(QJsonDocument::Compact) << '\n';
        return;
    }
    QList<qsizetype> widths;
    for (const QString& h : table.header)
        widths << h.size();
    for (const QStringList& row : table.rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    const auto line = [&](const QStringList& cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i)
            padded << cells[i].leftJustified(widths.value(i));
        ctx.out() << padded.join(QStringLiteral("  ")).trimmed() << '\n';
    };
    line(table.header);
    for (const QStringList& row : table.rows)
        line(row);
}

int funnel(CtlContext& ctx)
{
    const bool json = ctx.flag(QStringLiteral("json"));
    const std::optional<QString> by = ctx.option(QStringLiteral("by"));
    const std::optional<QString> fromText = ctx.option(QStringLiteral("from"));
    const std::optional<QString> toText = ctx.option(QStringLiteral("to"));
    if (!ctx.finishArguments() || ctx.positional().size() != 1)
        return ctx.usage(ctx.argumentError().isEmpty() ? QString::fromLatin1(kUsage) : ctx.argumentError());
    static const QStringList kBy
        = {QStringLiteral("minute"), QStringLiteral("province"),   QStringLiteral("province-stage"),
           QStringLiteral("wave"),   QStringLiteral("wave-stage"), QStringLiteral("segment"),
           QStringLiteral("reason")};
    if (by && !kBy.contains(*by))
        return ctx.usage(QStringLiteral("--by must be one of %1\n%2").arg(kBy.join(u'|'), QString::fromLatin1(kUsage)));
    std::optional<qint64> from, to;
    if (fromText && !(from = parseTime(*fromText)))
        return ctx.usage(QStringLiteral("--from: not a time: %1").arg(*fromText));
    if (toText && !(to = parseTime(*toText)))
        return ctx.usage(QStringLiteral("--to: not a time: %1").arg(*toText));
    const bool ranged = from || to;
    if (ranged && by && *by != u"minute")
        return ctx.usage(QStringLiteral("--from/--to apply to the stage totals and --by minute only: the province,"
                                        " wave, segment and reason breakdowns are kept for the whole log"));
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    if (const Status s = session->require(Permission::ViewDashboard); !s)
        return ctx.fail(s.error());

    Database& db = ctx.workspace().value()->db();
    const Result<FunnelSnapshot> current = FunnelTracker::current(db);
    if (!current)
        return ctx.fail(current.error());
    const FunnelSnapshot& s = current.value();
    const qint64 lo = from.value_or(std::numeric_limits<qint64>::min() / 2);
    const qint64 hi = to.value_or(std::numeric_limits<qint64>::max() / 2);

    if (!by) {
        const StageCounts counts = ranged ? FunnelReport::countsInRange(s, lo, hi) : s.totals;
        const QList<EventType> stages = s.stages();
        if (json) {
            // Written by hand to keep the stages in funnel order.
            QStringList members;
            for (EventType stage : stages)
                members << QStringLiteral("\"%1\":%2").arg(eventName(stage)).arg(counts[static_cast<size_t>(stage)]);
            ctx.out() << u'{' << members.join(u',') << "}\n";
            return kOk;
        }
        if (!ranged) {
            printTable(ctx, FunnelReport::stageTable(s), false);
            return kOk;
        }
        for (EventType stage : stages)
            ctx.out() << qSetFieldWidth(24) << Qt::left << eventName(stage) << qSetFieldWidth(0)
                      << counts[static_cast<size_t>(stage)] << '\n';
        return kOk;
    }
    if (*by == u"minute")
        printTable(ctx, FunnelReport::minuteTable(s, lo, hi), json);
    else if (*by == u"province")
        printTable(ctx, FunnelReport::breakdownTable(FunnelReport::provinces(s, 1000), QStringLiteral("province")),
                   json);
    else if (*by == u"province-stage")
        printTable(ctx, FunnelReport::provinceStageTable(s), json);
    else if (*by == u"wave")
        printTable(ctx, FunnelReport::breakdownTable(FunnelReport::waves(s), QStringLiteral("wave")), json);
    else if (*by == u"wave-stage")
        printTable(ctx, FunnelReport::waveStageTable(s), json);
    else if (*by == u"segment")
        printTable(ctx, FunnelReport::breakdownTable(FunnelReport::segments(s), QStringLiteral("segment")), json);
    else
        printTable(ctx, FunnelReport::breakdownTable(FunnelReport::nikReasons(s), QStringLiteral("reason")), json);
    return kOk;
}

} // namespace

QList<Command> funnelCommands()
{
    return {{{QStringLiteral("funnel")},
             funnel,
             "funnel [--json] [--by minute|province|province-stage|wave|wave-stage|segment|reason] [--from T --to T]"
             "  the registration funnel (the dashboard's numbers)"}};
}

} // namespace prakerja::ctl
