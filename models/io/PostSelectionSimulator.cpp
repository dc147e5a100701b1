#include "PostSelectionSimulator.h"

#include "domain/Timestamp.h"

#include <QThread>
#include <algorithm>

namespace prakerja {

namespace {

quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) { }
    double uniform() { return static_cast<double>((m_state = mix(m_state)) >> 11) * (1.0 / 9007199254740992.0); }
    qint64 below(qint64 n) { return n <= 0 ? 0 : static_cast<qint64>(uniform() * static_cast<double>(n)); }
    bool chance(double p) { return uniform() < p; }

private:
    quint64 m_state;
};

const char* const kChannels[] = {"BNI", "BRI", "Mandiri", "OVO", "GoPay", "LinkAja"};

QByteArray iso(qint64 ms)
{
    return Timestamp::toIsoWib(ms).toUtf8();
}

} // namespace

PostSelectionSimulator::PostSelectionSimulator(const std::vector<SimulatedParticipant>& participants,
                                               const std::vector<SimulatedTraining>& catalogue,
                                               const PostSelectionOptions& o)
    : m_speed(o.speed)
{
    if (catalogue.empty())
        return;
    const qint64 day = Timestamp::kDay;
    for (size_t i = 0; i < participants.size(); ++i) {
        const SimulatedParticipant& p = participants[i];
        Rng rng(mix(o.seed * 0x100000001B3ull + i + 1));
        const QByteArray nik = p.nik.toUtf8();
        const auto add = [&](qint64 at, const QByteArray& body) {
            if (o.endMs > 0 && at > o.endMs)
                return;
            m_lines.push_back({at, "{\"event\":" + body + ",\"at\":\"" + iso(at) + "\",\"nik\":\"" + nik + "\"}"});
        };
        const double roll = rng.uniform();
        qint64 boughtAt;
        if (roll < o.buyShare) // most buy in the first week, the rest within the 30 days
            boughtAt = p.announcedAt + (rng.chance(0.7) ? rng.below(7 * day) : rng.below(29 * day)) + 60'000;
        else if (roll < o.buyShare + o.lateShare)
            boughtAt = p.announcedAt + 31 * day + rng.below(10 * day);
        else
            continue;
        // Affordable trainings: a few draws, then the cheapest seen.
        qint64 credit = o.trainingCredit;
        std::vector<size_t> bought;
        const auto pick = [&]() -> qint64 {
            for (int attempt = 0; attempt < 8; ++attempt) {
                const auto k = static_cast<size_t>(rng.below(static_cast<qint64>(catalogue.size())));
                if (catalogue[k].price <= credit && std::find(bought.begin(), bought.end(), k) == bought.end())
                    return static_cast<qint64>(k);
            }
            return -1;
        };
        const auto buy = [&](qint64 at) -> bool {
            const qint64 k = pick();
            if (k < 0)
                return false;
            const SimulatedTraining& t = catalogue[static_cast<size_t>(k)];
            add(at,
                "\"training_bought\",\"platform\":\"" + t.platform.toUtf8() + "\",\"training\":\"" + t.code.toUtf8()
                    + "\",\"price\":" + QByteArray::number(t.price));
            credit -= t.price;
            bought.push_back(static_cast<size_t>(k));
            return true;
        };
        if (!buy(boughtAt))
            continue;
        if (rng.chance(o.secondShare))
            buy(boughtAt + day + rng.below(14 * day));
        if (!rng.chance(o.completeShare))
            continue;
        const SimulatedTraining& first = catalogue[bought.front()];
        const qint64 completedAt = boughtAt + 2 * day + rng.below(19 * day);
        add(completedAt,
            "\"training_completed\",\"platform\":\"" + first.platform.toUtf8() + "\",\"training\":\""
                + first.code.toUtf8() + "\",\"certificate\":\"SRT-" + QByteArray::number(o.seed) + "-"
                + QByteArray::number(static_cast<qint64>(i) + 1) + "\"");
        const QByteArray channel = kChannels[rng.below(6)];
        for (int month = 1; month <= 4; ++month) {
            const qint64 paidAt = completedAt + (month - 1) * 30 * day + day + rng.below(5 * day);
            add(paidAt,
                "\"incentive_paid\",\"month\":" + QByteArray::number(month)
                    + ",\"amount\":" + QByteArray::number(o.monthlyIncentive) + ",\"channel\":\"" + channel + "\"");
            // Survey 1 after the first payment, 2 after the second, 3 after the last.
            const int survey = month == 1 ? 1 : month == 2 ? 2 : month == 4 ? 3 : 0;
            if (survey > 0 && rng.chance(o.surveyShare))
                add(paidAt + day + rng.below(3 * day), "\"survey_completed\",\"number\":" + QByteArray::number(survey));
        }
    }
    std::stable_sort(m_lines.begin(), m_lines.end(), [](const Line& a, const Line& b) { return a.at < b.at; });
}

// As the registration simulator: commit what was read before waiting, then wait in short steps
// (the ingestor checks for a cancel between them).
bool PostSelectionSimulator::pace(qint64 at)
{
    if (m_speed <= 0)
        return true;
    if (!m_wall.isValid()) {
        m_wall.start();
        m_origin = at;
    }
    const auto due = static_cast<qint64>(static_cast<double>(at - m_origin) / m_speed);
    const qint64 wait = due - m_wall.elapsed();
    if (wait <= 0)
        return true;
    if (!m_flushed) {
        m_flushed = true;
        return false;
    }
    QThread::msleep(static_cast<unsigned long>(std::min<qint64>(wait, 200)));
    return m_wall.elapsed() >= due;
}

FeedIngestor::Next PostSelectionSimulator::next(QByteArray& line)
{
    if (m_next >= m_lines.size())
        return FeedIngestor::Next::End;
    if (!pace(m_lines[m_next].at))
        return FeedIngestor::Next::Flush;
    m_flushed = false;
    line = std::move(m_lines[m_next++].text);
    return FeedIngestor::Next::Line;
}

} // namespace prakerja
