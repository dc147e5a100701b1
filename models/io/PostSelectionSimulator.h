#pragma once
// Continues the launch day past selection with the shape of 2020 (docs/feed.md): about 93 % of
// the participants buy a training within 30 days of their announcement (a few more buy a
// second one while credit remains, a few buy too late), 94 % of the buyers finish it, those
// receive the incentive monthly for four months and fill in the three surveys. Prices and
// trainings are drawn from the published catalogue. The same seed gives the same lines, sorted
// by time; they go through the real ingest path (FeedIngestor).

#include "io/FeedIngestor.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <vector>

namespace prakerja {

struct SimulatedParticipant
{
    QString nik;
    qint64 announcedAt = 0; // UTC ms
};

struct SimulatedTraining
{
    QString platform, code;
    qint64 price = 0;
};

struct PostSelectionOptions
{
    quint64 seed = 1;
    qint64 trainingCredit = 1'000'000;
    qint64 monthlyIncentive = 600'000;
    double buyShare = 0.93; // first purchase within 30 days
    double lateShare = 0.01; // first purchase after the 30 days (their cards are revoked)
    double secondShare = 0.10; // of buyers: a second training while credit remains
    double completeShare = 0.94; // of buyers
    double surveyShare = 0.9; // of those paid: each survey
    qint64 endMs = 0; // events after this feed time are not produced (0 = all)
    // Simulated seconds per real second from the first line on (the console's demo: the money
    // flowing at a pace one can watch); 0 = as fast as possible.
    double speed = 0.0;
};

class PostSelectionSimulator
{
public:
    PostSelectionSimulator(const std::vector<SimulatedParticipant>& participants,
                           const std::vector<SimulatedTraining>& catalogue, const PostSelectionOptions& options);

    FeedIngestor::Next next(QByteArray& line);
    qint64 lineCount() const { return static_cast<qint64>(m_lines.size()); }

private:
    struct Line
    {
        qint64 at;
        QByteArray text;
    };
    bool pace(qint64 at);

    std::vector<Line> m_lines;
    size_t m_next = 0;
    double m_speed = 0.0;
    qint64 m_origin = 0; // feed time of the first line: the pace's zero
    QElapsedTimer m_wall;
    bool m_flushed = false;
};

} // namespace prakerja
