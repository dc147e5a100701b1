#pragma once
// The dashboard's charts and tables as plain data, computed from a FunnelSnapshot: stage rows
// with shares and drop-offs, the per-minute series with its peak and cumulative line, and the
// breakdowns. The page renders these, `prakerjactl funnel` prints them, CSV exports write
// them: one code path, testable without pixels.

#include "domain/FunnelSnapshot.h"

#include <QList>
#include <QPointF>
#include <QStringList>

namespace prakerja {

class FunnelReport
{
public:
    // A grid of cells with a header: what a CSV export and the CLI's --by output hold.
    struct Table
    {
        QStringList header;
        QList<QStringList> rows;
    };

    struct StageRow
    {
        EventType stage;
        qint64 count = 0;
        double shareOfRegistered = 0; // in [0,1]
        double shareOfPrevious = 0; // 1 for the first stage
        qint64 dropFromPrevious = 0; // applicants lost since the previous stage
        qint64 lastMinute = 0; // reached in the last complete feed minute
    };
    static QList<StageRow> stageRows(const FunnelSnapshot& s);
    // The last complete minute before the newest event's minute (UTC minute index).
    static qint64 lastCompleteMinute(const FunnelSnapshot& s);

    enum class Range { LastHour, Last24Hours, WholeWave, Custom };
    // [from, to) in UTC ms for a range; relative to the newest event time (feed time), not the
    // wall clock, since a replayed or simulated feed runs on its own clock. WholeWave spans all
    // data until waves carry their own dates.
    static std::pair<qint64, qint64> rangeBounds(const FunnelSnapshot& s, Range range);
    // The same relative to one stage's own first and newest minute once that stage has been
    // quiet for more than an hour before the newest event (the registrations chart: a feed past
    // selection runs for months after the last registration, and "the last hour" of registrations
    // should not be an empty hour of incentive payments). Otherwise, or without events of
    // `stage`, as above.
    static std::pair<qint64, qint64> rangeBounds(const FunnelSnapshot& s, Range range, EventType stage);

    struct MinuteSeries
    {
        qint64 fromMs = 0, toMs = 0;
        int bucketMinutes = 1; // > 1 when the range holds more minutes than maxPoints
        QList<QPointF> perBucket; // x = bucket start (UTC ms), y = count in the bucket
        QList<QPointF> cumulative; // x = bucket end, y = running total since the first event
        qint64 peakMinuteMs = 0; // start of the busiest single minute in the range
        qint64 peakValue = 0;
        qint64 totalInRange = 0;
    };
    static MinuteSeries minuteSeries(const FunnelSnapshot& s, EventType stage, qint64 fromMs, qint64 toMs,
                                     int maxPoints = 2000);

    struct BreakdownRow
    {
        QString key; // machine key (province code, wave number, segment name, reason)
        QString label; // for people
        qint64 count = 0;
        double share = 0; // of the breakdown's total
    };
    // Registrations by province, the `top` largest plus "others" (key "others").
    static QList<BreakdownRow> provinces(const FunnelSnapshot& s, int top = 10,
                                         EventType stage = EventType::Registered);
    static QList<BreakdownRow> waves(const FunnelSnapshot& s);
    static QList<BreakdownRow> segments(const FunnelSnapshot& s, EventType stage = EventType::Registered);
    static QList<BreakdownRow> nikReasons(const FunnelSnapshot& s);

    // Tables for CSV exports and the CLI. Numbers are plain (no thousands separators) so that
    // the files read back as numbers; percentages as decimals with a dot.
    static Table stageTable(const FunnelSnapshot& s);
    static Table minuteTable(const FunnelSnapshot& s, qint64 fromMs, qint64 toMs); // every stage, every minute
    static Table seriesTable(const MinuteSeries& series);
    static Table breakdownTable(const QList<BreakdownRow>& rows, const QString& keyName);
    // Per wave, the stages from joining on (joined, selected, bought, completed, incentive months,
    // surveys) with the share of and drop from the stage before: `funnel --by wave-stage`.
    static Table waveStageTable(const FunnelSnapshot& s);
    // The same per province (from the NIK), provinces by their code: `funnel --by province-stage`
    // and the dashboard's province chart past selection. The first stage is the province's
    // applicants who joined a wave (the first join of each).
    static Table provinceStageTable(const FunnelSnapshot& s);
    // One province's count of `stage` against the stage before it in the funnel (joined a wave
    // before "selected"), for the bar labels: {count, share of previous, drop from previous}.
    struct ProvinceStage
    {
        qint64 count = 0;
        double shareOfPrevious = 0;
        qint64 dropFromPrevious = 0;
    };
    static ProvinceStage provinceStage(const FunnelSnapshot& s, int province, EventType stage);
    // Stage totals of the events whose feed time is in [fromMs, toMs).
    static StageCounts countsInRange(const FunnelSnapshot& s, qint64 fromMs, qint64 toMs);

    static QString segmentLabel(int segment);
    static QString reasonLabel(const QString& reason);
};

} // namespace prakerja
