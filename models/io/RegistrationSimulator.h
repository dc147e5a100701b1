#pragma once
// Replays a launch day as a feed (JSON Lines, docs/feed.md): a ramp to the peak minute
// (80,000 registrations at the default size, scaled otherwise), a diurnal background, the
// day's conversions (email 74 %, NIK 44 %, batch 5.4 %), and a share of bad records. The same
// seed gives the same lines. Its output goes through the real ingest path (FeedIngestor).

#include "io/FeedIngestor.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <memory>
#include <queue>
#include <vector>

namespace prakerja {

struct SimulatorOptions
{
    qint64 registrations = 1'432'133;
    double hours = 21.0;
    double speed = 0.0; // simulated seconds per real second; 0 = as fast as possible
    quint64 seed = 1;
    double badShare = 0.01; // duplicate NIK, under-age, invalid region
    qint64 startMs = 1586581200000; // 2020-04-11T12:00:00+07:00
    int waveToJoin = 1;
    bool registrationsOnly = false; // no follow-up events (the ingest benchmark)
};

class RegistrationSimulator
{
public:
    explicit RegistrationSimulator(const SimulatorOptions& options);

    // Next line of the feed in time order; Flush before pausing to keep pace, End at the end.
    FeedIngestor::Next next(QByteArray& line);
    // Registrations planned per simulated minute (the day's shape).
    const std::vector<qint64>& minutePlan() const { return m_plan; }
    qint64 peakMinuteTarget() const { return m_peak; }
    // Simulated time of the last line produced.
    qint64 clockMs() const { return m_lastAt; }

    static constexpr qint64 kLaunchRegistrations = 1'432'133;
    static constexpr qint64 kLaunchPeakPerMinute = 80'000;

private:
    struct Pending
    {
        qint64 at;
        quint32 person;
        quint8 type; // EventType
        bool operator>(const Pending& o) const { return at > o.at || (at == o.at && person > o.person); }
    };
    struct Person;

    Person person(quint32 index) const;
    void planMinutes();
    void startMinute();
    void scheduleFollowUps(quint32 index, qint64 registeredAt);
    void writeRegistered(quint32 index, qint64 at, QByteArray& line) const;
    void writeStage(quint32 index, quint8 type, qint64 at, QByteArray& line) const;
    bool pace(qint64 at);

    SimulatorOptions m_options;
    std::vector<qint64> m_plan;
    qint64 m_peak = 0;
    qint64 m_endMs = 0;
    int m_minute = -1;
    std::vector<qint64> m_minuteTimes; // registration times of the current minute, sorted
    size_t m_minuteNext = 0;
    quint32 m_nextPerson = 0;
    std::priority_queue<Pending, std::vector<Pending>, std::greater<>> m_pending;
    QElapsedTimer m_wall;
    qint64 m_lastAt = 0;
    bool m_flushed = false;
};

} // namespace prakerja
