#include "FunnelReport.h"

#include <QSet>
#include <algorithm>

#include "FunnelTracker.h"
#include "domain/Error.h"
#include "domain/Language.h"
#include "domain/RegionTable.h"
#include "domain/Timestamp.h"

#include <algorithm>

namespace prakerja {

namespace {

size_t idx(EventType t)
{
    return static_cast<size_t>(t);
}

double ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

QString decimal(double v)
{
    return QString::number(v, 'f', 4);
}

QList<FunnelReport::BreakdownRow> withShares(QList<FunnelReport::BreakdownRow> rows)
{
    qint64 total = 0;
    for (const auto& r : rows)
        total += r.count;
    for (auto& r : rows)
        r.share = ratio(r.count, total);
    return rows;
}

// One group's rows of a stage table: `joined` at the wave join, then each later stage with its
// share of the stage before and the drop from it; `key` leads every row.
void appendStageRows(FunnelReport::Table& t, const QStringList& key, qint64 joined, const StageCounts& counts)
{
    qint64 previous = joined;
    t.rows << (key
               + QStringList{eventName(EventType::JoinedBatch), stageLabel(EventType::JoinedBatch),
                             QString::number(joined), decimal(1.0), QString::number(0)});
    for (EventType stage : kLaterStages) {
        const qint64 count = counts[idx(stage)];
        t.rows << (key
                   + QStringList{eventName(stage), stageLabel(stage), QString::number(count),
                                 decimal(ratio(count, previous)), QString::number(previous - count)});
        previous = count;
    }
}

} // namespace

qint64 FunnelReport::lastCompleteMinute(const FunnelSnapshot& s)
{
    return FunnelTracker::minuteOf(s.newestAt) - 1;
}

QList<FunnelReport::StageRow> FunnelReport::stageRows(const FunnelSnapshot& s)
{
    QList<StageRow> rows;
    const qint64 registered = s.total(EventType::Registered);
    const StageCounts last = s.perMinute.value(lastCompleteMinute(s));
    qint64 previous = -1;
    for (EventType stage : s.stages()) {
        StageRow row;
        row.stage = stage;
        row.count = s.total(stage);
        row.shareOfRegistered = ratio(row.count, registered);
        row.shareOfPrevious = previous < 0 ? 1.0 : ratio(row.count, previous);
        row.dropFromPrevious = previous < 0 ? 0 : previous - row.count;
        row.lastMinute = s.newestAt > 0 ? last[idx(stage)] : 0;
        previous = row.count;
        rows << row;
    }
    return rows;
}

std::pair<qint64, qint64> FunnelReport::rangeBounds(const FunnelSnapshot& s, Range range)
{
    const qint64 end = (FunnelTracker::minuteOf(s.newestAt) + 1) * Timestamp::kMinute;
    switch (range) {
    case Range::LastHour:
        return {end - Timestamp::kHour, end};
    case Range::Last24Hours:
        return {end - Timestamp::kDay, end};
    case Range::WholeWave:
    case Range::Custom:
        break;
    }
    return {FunnelTracker::minuteOf(s.oldestAt) * Timestamp::kMinute, end};
}

std::pair<qint64, qint64> FunnelReport::rangeBounds(const FunnelSnapshot& s, Range range, EventType stage)
{
    const size_t i = idx(stage);
    auto last = s.perMinute.constEnd();
    while (last != s.perMinute.constBegin()) {
        --last;
        if (last.value()[i] > 0)
            break;
    }
    if (last == s.perMinute.constEnd() || last.value()[i] == 0)
        return rangeBounds(s, range);
    // While the stage is live (its newest minute within the hour before the newest event) the
    // ranges end at the newest event as the other charts' do: a quiet last minute shows as one.
    const qint64 newestEnd = (FunnelTracker::minuteOf(s.newestAt) + 1) * Timestamp::kMinute;
    const qint64 stageEnd = (last.key() + 1) * Timestamp::kMinute;
    if (newestEnd - stageEnd <= Timestamp::kHour)
        return rangeBounds(s, range);
    const qint64 end = stageEnd;
    switch (range) {
    case Range::LastHour:
        return {end - Timestamp::kHour, end};
    case Range::Last24Hours:
        return {end - Timestamp::kDay, end};
    case Range::WholeWave:
    case Range::Custom:
        break;
    }
    auto first = s.perMinute.constBegin();
    while (first != last && first.value()[i] == 0)
        ++first;
    return {first.key() * Timestamp::kMinute, end};
}

FunnelReport::MinuteSeries FunnelReport::minuteSeries(const FunnelSnapshot& s, EventType stage, qint64 fromMs,
                                                      qint64 toMs, int maxPoints)
{
    MinuteSeries out;
    const qint64 firstMinute = FunnelTracker::minuteOf(fromMs);
    const qint64 lastMinute = FunnelTracker::minuteOf(std::max(fromMs, toMs - 1));
    out.fromMs = firstMinute * Timestamp::kMinute;
    out.toMs = (lastMinute + 1) * Timestamp::kMinute;
    const qint64 minutes = lastMinute - firstMinute + 1;
    out.bucketMinutes = static_cast<int>(std::max<qint64>(1, (minutes + maxPoints - 1) / std::max(1, maxPoints)));
    const qint64 buckets = (minutes + out.bucketMinutes - 1) / out.bucketMinutes;
    std::vector<qint64> counts(static_cast<size_t>(buckets), 0);

    qint64 before = 0;
    const auto start = s.perMinute.lowerBound(firstMinute);
    for (auto it = s.perMinute.cbegin(); it != start; ++it)
        before += it.value()[idx(stage)];
    for (auto it = start; it != s.perMinute.cend() && it.key() <= lastMinute; ++it) {
        const qint64 v = it.value()[idx(stage)];
        counts[static_cast<size_t>((it.key() - firstMinute) / out.bucketMinutes)] += v;
        out.totalInRange += v;
        if (v > out.peakValue) {
            out.peakValue = v;
            out.peakMinuteMs = it.key() * Timestamp::kMinute;
        }
    }
    out.perBucket.reserve(static_cast<qsizetype>(buckets));
    out.cumulative.reserve(static_cast<qsizetype>(buckets));
    qint64 running = before;
    const qint64 bucketMs = out.bucketMinutes * Timestamp::kMinute;
    for (qint64 b = 0; b < buckets; ++b) {
        const qint64 x = out.fromMs + b * bucketMs;
        running += counts[static_cast<size_t>(b)];
        out.perBucket << QPointF(static_cast<double>(x), static_cast<double>(counts[static_cast<size_t>(b)]));
        out.cumulative << QPointF(static_cast<double>(std::min(x + bucketMs, out.toMs)), static_cast<double>(running));
    }
    return out;
}

StageCounts FunnelReport::countsInRange(const FunnelSnapshot& s, qint64 fromMs, qint64 toMs)
{
    StageCounts sum{};
    const qint64 lastMinute = FunnelTracker::minuteOf(toMs - 1);
    for (auto it = s.perMinute.lowerBound(FunnelTracker::minuteOf(fromMs));
         it != s.perMinute.cend() && it.key() <= lastMinute; ++it)
        for (size_t i = 0; i < sum.size(); ++i)
            sum[i] += it.value()[i];
    return sum;
}

QList<FunnelReport::BreakdownRow> FunnelReport::provinces(const FunnelSnapshot& s, int top, EventType stage)
{
    QList<BreakdownRow> all;
    for (auto it = s.perProvince.cbegin(); it != s.perProvince.cend(); ++it)
        if (const qint64 c = it.value()[idx(stage)]; c > 0) {
            const QString name = RegionTable::instance().provinceName(it.key());
            all << BreakdownRow{QString::number(it.key()), name.isEmpty() ? QString::number(it.key()) : name, c, 0};
        }
    std::stable_sort(all.begin(), all.end(), [](const BreakdownRow& a, const BreakdownRow& b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    if (all.size() > top) {
        qint64 rest = 0;
        for (qsizetype i = top; i < all.size(); ++i)
            rest += all[i].count;
        all.resize(top);
        all << BreakdownRow{QStringLiteral("others"), Text::tr("Lainnya"), rest, 0};
    }
    return withShares(all);
}

QList<FunnelReport::BreakdownRow> FunnelReport::waves(const FunnelSnapshot& s)
{
    QList<BreakdownRow> rows;
    for (auto it = s.perWave.cbegin(); it != s.perWave.cend(); ++it)
        rows << BreakdownRow{QString::number(it.key()), Text::tr("Gelombang %1").arg(it.key()), it.value(), 0};
    return withShares(rows);
}

QString FunnelReport::segmentLabel(int segment)
{
    switch (static_cast<Segment>(segment)) {
    case Segment::LaidOff:
        return Text::tr("Terkena PHK");
    case Segment::Furloughed:
        return Text::tr("Dirumahkan");
    case Segment::MicroBusiness:
        return Text::tr("Usaha mikro");
    case Segment::JobSeeker:
        return Text::tr("Pencari kerja");
    case Segment::Worker:
        return Text::tr("Pekerja");
    case Segment::Unknown:
        break;
    }
    return Text::tr("Tidak diisi");
}

QList<FunnelReport::BreakdownRow> FunnelReport::segments(const FunnelSnapshot& s, EventType stage)
{
    QList<BreakdownRow> rows;
    for (auto it = s.perSegment.cbegin(); it != s.perSegment.cend(); ++it)
        if (const qint64 c = it.value()[idx(stage)]; c > 0)
            rows << BreakdownRow{segmentName(static_cast<Segment>(it.key())), segmentLabel(it.key()), c, 0};
    return withShares(rows);
}

QString FunnelReport::reasonLabel(const QString& reason)
{
    if (reason == u"not_found")
        return Text::tr("Tidak ditemukan di Dukcapil");
    if (reason == u"mismatch")
        return Text::tr("Data tidak cocok");
    if (reason == u"deceased")
        return Text::tr("Meninggal dunia");
    if (reason == u"unknown")
        return Text::tr("Tanpa alasan");
    return reason;
}

QList<FunnelReport::BreakdownRow> FunnelReport::nikReasons(const FunnelSnapshot& s)
{
    QList<BreakdownRow> rows;
    for (auto it = s.nikRejections.cbegin(); it != s.nikRejections.cend(); ++it)
        rows << BreakdownRow{it.key(), reasonLabel(it.key()), it.value(), 0};
    std::stable_sort(rows.begin(), rows.end(),
                     [](const BreakdownRow& a, const BreakdownRow& b) { return a.count > b.count; });
    return withShares(rows);
}

FunnelReport::Table FunnelReport::stageTable(const FunnelSnapshot& s)
{
    Table t;
    t.header = {QStringLiteral("stage"),
                QStringLiteral("label"),
                QStringLiteral("count"),
                QStringLiteral("share_of_registered"),
                QStringLiteral("share_of_previous"),
                QStringLiteral("drop_from_previous"),
                QStringLiteral("last_minute")};
    for (const StageRow& r : stageRows(s))
        t.rows << QStringList{eventName(r.stage),           stageLabel(r.stage),
                              QString::number(r.count),     decimal(r.shareOfRegistered),
                              decimal(r.shareOfPrevious),   QString::number(r.dropFromPrevious),
                              QString::number(r.lastMinute)};
    return t;
}

FunnelReport::Table FunnelReport::waveStageTable(const FunnelSnapshot& s)
{
    Table t;
    t.header = {QStringLiteral("wave"),
                QStringLiteral("stage"),
                QStringLiteral("label"),
                QStringLiteral("count"),
                QStringLiteral("share_of_previous"),
                QStringLiteral("drop_from_previous")};
    QSet<int> waves;
    for (auto it = s.perWave.keyBegin(); it != s.perWave.keyEnd(); ++it)
        waves.insert(*it);
    for (auto it = s.perWaveStages.keyBegin(); it != s.perWaveStages.keyEnd(); ++it)
        waves.insert(*it);
    QList<int> ordered(waves.begin(), waves.end());
    std::sort(ordered.begin(), ordered.end());
    for (int wave : std::as_const(ordered)) {
        appendStageRows(t, {QString::number(wave)}, s.perWave.value(wave), s.perWaveStages.value(wave));
    }
    return t;
}

FunnelReport::Table FunnelReport::provinceStageTable(const FunnelSnapshot& s)
{
    Table t;
    t.header = {QStringLiteral("province"),
                QStringLiteral("province_name"),
                QStringLiteral("stage"),
                QStringLiteral("label"),
                QStringLiteral("count"),
                QStringLiteral("share_of_previous"),
                QStringLiteral("drop_from_previous")};
    for (auto it = s.perProvince.cbegin(); it != s.perProvince.cend(); ++it) {
        const StageCounts& counts = it.value();
        const qint64 previous = counts[idx(EventType::JoinedBatch)];
        bool later = false;
        for (EventType stage : kLaterStages)
            later = later || counts[idx(stage)] > 0;
        if (previous == 0 && !later)
            continue;
        const QString code = QString::number(it.key());
        const QString name = RegionTable::instance().provinceName(it.key());
        appendStageRows(t, {code, name.isEmpty() ? code : name}, previous, counts);
    }
    return t;
}

FunnelReport::ProvinceStage FunnelReport::provinceStage(const FunnelSnapshot& s, int province, EventType stage)
{
    const StageCounts counts = s.perProvince.value(province);
    const QList<EventType> stages = s.stages();
    const qsizetype at = stages.indexOf(stage);
    ProvinceStage r;
    r.count = counts[idx(stage)];
    if (at <= 0) {
        r.shareOfPrevious = 1.0;
        return r;
    }
    const qint64 previous = counts[idx(stages[at - 1])];
    r.shareOfPrevious = ratio(r.count, previous);
    r.dropFromPrevious = previous - r.count;
    return r;
}

FunnelReport::Table FunnelReport::minuteTable(const FunnelSnapshot& s, qint64 fromMs, qint64 toMs)
{
    Table t;
    QList<EventType> stages = s.stages();
    stages << EventType::NikRejected;
    t.header << QStringLiteral("minute_wib");
    for (EventType stage : stages)
        t.header << eventName(stage);
    const qint64 lastMinute = FunnelTracker::minuteOf(toMs - 1);
    for (auto it = s.perMinute.lowerBound(FunnelTracker::minuteOf(fromMs));
         it != s.perMinute.cend() && it.key() <= lastMinute; ++it) {
        QStringList row{Timestamp::toIsoWib(it.key() * Timestamp::kMinute)};
        for (EventType stage : stages)
            row << QString::number(it.value()[idx(stage)]);
        t.rows << row;
    }
    return t;
}

FunnelReport::Table FunnelReport::seriesTable(const MinuteSeries& series)
{
    Table t;
    t.header = {QStringLiteral("start_wib"), QStringLiteral("minutes"), QStringLiteral("count"),
                QStringLiteral("cumulative")};
    for (qsizetype i = 0; i < series.perBucket.size(); ++i)
        t.rows << QStringList{Timestamp::toIsoWib(static_cast<qint64>(series.perBucket[i].x())),
                              QString::number(series.bucketMinutes),
                              QString::number(static_cast<qint64>(series.perBucket[i].y())),
                              QString::number(static_cast<qint64>(series.cumulative[i].y()))};
    return t;
}

FunnelReport::Table FunnelReport::breakdownTable(const QList<BreakdownRow>& rows, const QString& keyName)
{
    Table t;
    t.header = {keyName, QStringLiteral("label"), QStringLiteral("count"), QStringLiteral("share")};
    for (const BreakdownRow& r : rows)
        t.rows << QStringList{r.key, r.label, QString::number(r.count), decimal(r.share)};
    return t;
}

} // namespace prakerja
