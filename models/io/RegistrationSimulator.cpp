#include "RegistrationSimulator.h"

#include "domain/Nik.h"
#include "domain/RegionTable.h"
#include "domain/Stage.h"
#include "domain/Timestamp.h"

#include <QThread>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace prakerja {

namespace {

quint64 splitmix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// Small deterministic generator per person or per minute.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) { }
    quint64 next() { return m_state = splitmix(m_state); }
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    quint32 below(quint32 n) { return static_cast<quint32>(next() % n); }
    bool chance(double p) { return uniform() < p; }

private:
    quint64 m_state;
};

const char* const kFirstNames[] = {
    "Siti",  "Budi", "Dewi",  "Agus",    "Sri",   "Ahmad", "Rina",  "Joko",   "Putri",   "Andi",
    "Nur",   "Eko",  "Wahyu", "Ayu",     "Dian",  "Rizky", "Fitri", "Hendra", "Lestari", "Yusuf",
    "Indah", "Bayu", "Ratna", "Fajar",   "Maya",  "Arif",  "Nurul", "Teguh",  "Wulan",   "Irfan",
    "Sari",  "Made", "Kadek", "Yohanes", "Maria", "Ketut", "Asep",  "Ujang",  "Cucu",    "Tri",
};
const char* const kLastNames[] = {
    "Santoso",   "Wijaya",    "Saputra",  "Lestari",   "Hidayat",  "Siregar", "Nasution", "Simanjuntak", "Pratama",
    "Kusuma",    "Rahayu",    "Setiawan", "Gunawan",   "Harahap",  "Purba",   "Sinaga",   "Wibowo",      "Nugroho",
    "Susanto",   "Halim",     "Tanjung",  "Lubis",     "Putra",    "Utami",   "Maharani", "Ramadhan",    "Firmansyah",
    "Syahputra", "Kurniawan", "Permata",  "Sembiring", "Manurung", "Pohan",   "Daulay",   "Situmorang",  "Tambunan",
};
const char* const kDomains[] = {"gmail.com", "yahoo.co.id", "yahoo.com", "outlook.com", "ymail.com", "mail.id"};
const char* const kSegments[] = {"laid_off", "furloughed", "micro_business", "job_seeker", "worker"};
const double kSegmentWeights[] = {0.25, 0.20, 0.20, 0.25, 0.10};
const char* const kRejectReasons[] = {"not_found", "mismatch", "deceased"};

// Launch-day conversions within the 21-hour window (DESIGN.md): shares of registrations.
constexpr double kEmailShare = 0.74;
constexpr double kNikShare = 0.44; // of registrations; the rest of the email-verified may be rejected
constexpr double kNikRejectShare = 0.08;
constexpr double kPhoneShare = 0.36;
constexpr double kTestShare = 0.15;
constexpr double kBatchShare = 0.054;

constexpr quint8 kUnderAge = 1, kInvalidRegion = 2, kDuplicateNik = 3;

} // namespace

struct RegistrationSimulator::Person
{
    int district = 0;
    CivilDate birth;
    Sex sex = Sex::Male;
    int serial = 1;
    quint8 bad = 0;
    quint64 bits = 0;
};

RegistrationSimulator::RegistrationSimulator(const SimulatorOptions& options) : m_options(options)
{
    m_endMs = m_options.startMs + static_cast<qint64>(m_options.hours * Timestamp::kHour);
    planMinutes();
    m_wall.start();
}

void RegistrationSimulator::planMinutes()
{
    const int minutes = std::max(1, static_cast<int>(std::lround(m_options.hours * 60)));
    const qint64 n = m_options.registrations;
    m_peak = std::max<qint64>(1,
                              std::llround(static_cast<double>(kLaunchPeakPerMinute) * static_cast<double>(n)
                                           / static_cast<double>(kLaunchRegistrations)));
    // Background: a ramp over the first hour, then an evening-high diurnal curve.
    std::vector<double> background(static_cast<size_t>(minutes));
    const int peakMinute = std::min(minutes - 1, 60);
    for (int m = 0; m < minutes; ++m) {
        const double ramp = std::min(1.0, (m + 1) / 60.0);
        const double hourOfDay = std::fmod(12.0 + m / 60.0, 24.0); // the day starts at noon WIB
        const double diurnal = 1.0 + 0.6 * std::cos((hourOfDay - 20.0) / 24.0 * 2 * M_PI);
        background[static_cast<size_t>(m)] = ramp * diurnal;
    }
    double backgroundSum = 0;
    for (double b : background)
        backgroundSum += b;
    // A sharp spike (time constant 2 minutes) on top, sized so that the peak minute hits m_peak.
    constexpr double tau = 2.0;
    double spikeSum = 0;
    for (int m = 0; m < minutes; ++m)
        spikeSum += std::exp(-std::abs(m - peakMinute) / tau);
    const double bPeak = background[static_cast<size_t>(peakMinute)] / backgroundSum;
    double amplitude = (static_cast<double>(m_peak) - static_cast<double>(n) * bPeak) / (1.0 - spikeSum * bPeak);
    amplitude = std::clamp(amplitude, 0.0, static_cast<double>(n) / spikeSum);
    const double backgroundTotal = static_cast<double>(n) - amplitude * spikeSum;
    std::vector<double> exact(static_cast<size_t>(minutes));
    for (int m = 0; m < minutes; ++m)
        exact[static_cast<size_t>(m)] = backgroundTotal * background[static_cast<size_t>(m)] / backgroundSum
            + amplitude * std::exp(-std::abs(m - peakMinute) / tau);
    // Largest remainder, so that the minutes add up to exactly n.
    m_plan.assign(static_cast<size_t>(minutes), 0);
    qint64 assigned = 0;
    std::vector<std::pair<double, int>> remainders;
    for (int m = 0; m < minutes; ++m) {
        const double e = exact[static_cast<size_t>(m)];
        m_plan[static_cast<size_t>(m)] = static_cast<qint64>(std::floor(e));
        assigned += m_plan[static_cast<size_t>(m)];
        remainders.emplace_back(e - std::floor(e), m);
    }
    std::sort(remainders.begin(), remainders.end(), std::greater<>());
    for (qint64 i = 0; i < n - assigned; ++i)
        ++m_plan[static_cast<size_t>(remainders[static_cast<size_t>(i % minutes)].second)];
}

RegistrationSimulator::Person RegistrationSimulator::person(quint32 index) const
{
    Rng rng(m_options.seed * 0x100000001B3ull ^ (static_cast<quint64>(index) << 1 | 1));
    Person p;
    p.bits = rng.next();
    // Each run of `count` consecutive applicants covers every district once, in an order shuffled
    // per run, and the serial numbers the run. So (district, serial) never repeats below
    // count × 9,999 applicants (about 70 million): only the records made bad on purpose share a
    // NIK. Drawing both at random made 46 NIKs twice in ten million.
    const auto& districts = RegionTable::instance().districtCodes();
    const quint64 count = districts.size();
    const quint64 run = index / count;
    Rng shuffle(m_options.seed * 0x9E3779B97F4A7C15ull ^ (run << 1 | 1));
    quint64 step = 1 + shuffle.next() % (count - 1);
    while (std::gcd(step, count) != 1)
        step = step % (count - 1) + 1;
    p.district = districts[(step * (index % count) + shuffle.next() % count) % count];
    p.serial = 1 + static_cast<int>(run % 9999);
    p.sex = rng.chance(0.5) ? Sex::Male : Sex::Female;
    const CivilDate launch = Timestamp::dateWib(m_options.startMs);
    // Ages 18–64, weighted towards the young (the programme's applicants were mostly 18–35).
    const double u = rng.uniform();
    int age = 18 + static_cast<int>(u * u * 47);
    if (rng.chance(m_options.badShare)) {
        p.bad = static_cast<quint8>(1 + rng.below(3));
        if (p.bad == kUnderAge)
            age = 15 + static_cast<int>(rng.below(3));
    }
    const int year = launch.year - age - 1;
    const int month = 1 + static_cast<int>(rng.below(12));
    const int day = 1 + static_cast<int>(rng.below(static_cast<quint32>(CivilDate::daysInMonth(year, month))));
    p.birth = CivilDate{year, month, day};
    return p;
}

void RegistrationSimulator::startMinute()
{
    ++m_minute;
    m_minuteTimes.clear();
    m_minuteNext = 0;
    if (m_minute >= static_cast<int>(m_plan.size()))
        return;
    const qint64 count = m_plan[static_cast<size_t>(m_minute)];
    Rng rng(m_options.seed ^ (0xA5A5A5A5ull * static_cast<quint64>(m_minute + 1)));
    const qint64 minuteStart = m_options.startMs + m_minute * Timestamp::kMinute;
    m_minuteTimes.reserve(static_cast<size_t>(count));
    for (qint64 i = 0; i < count; ++i)
        m_minuteTimes.push_back(minuteStart + rng.below(60'000));
    std::sort(m_minuteTimes.begin(), m_minuteTimes.end());
}

void RegistrationSimulator::scheduleFollowUps(quint32 index, qint64 at)
{
    const Person p = person(index);
    if (p.bad == kInvalidRegion || p.bad == kDuplicateNik || m_options.registrationsOnly)
        return; // rejected at ingest (or not asked for): nothing follows
    Rng rng(p.bits);
    const qint64 left = m_endMs - at;
    // Exponential delays, kept inside the simulated window.
    auto after = [&](qint64 from, double meanMinutes) {
        const auto delay = static_cast<qint64>(-std::log(1.0 - rng.uniform()) * meanMinutes * Timestamp::kMinute);
        const qint64 room = m_endMs - from;
        return delay < room ? from + delay : from + static_cast<qint64>(rng.uniform() * static_cast<double>(room));
    };
    if (left <= 0 || !rng.chance(kEmailShare))
        return;
    const qint64 email = after(at, 20);
    m_pending.push({email, index, static_cast<quint8>(EventType::EmailVerified)});
    // NIK checks follow email verification; some are rejected by the registry.
    const double r = rng.uniform() * kEmailShare;
    if (r < kNikShare) {
        const qint64 nik = after(email, 60);
        m_pending.push({nik, index, static_cast<quint8>(EventType::NikVerified)});
        if (!rng.chance(kPhoneShare / kNikShare))
            return;
        const qint64 phone = after(nik, 30);
        m_pending.push({phone, index, static_cast<quint8>(EventType::PhoneVerified)});
        if (!rng.chance(kTestShare / kPhoneShare))
            return;
        const qint64 test = after(phone, 30);
        m_pending.push({test, index, static_cast<quint8>(EventType::TestCompleted)});
        if (rng.chance(kBatchShare / kTestShare))
            m_pending.push({after(test, 20), index, static_cast<quint8>(EventType::JoinedBatch)});
    } else if (r < kNikShare + kNikRejectShare) {
        m_pending.push({after(email, 60), index, static_cast<quint8>(EventType::NikRejected)});
    }
}

void RegistrationSimulator::writeRegistered(quint32 index, qint64 at, QByteArray& line) const
{
    Person p = person(index);
    Rng rng(p.bits ^ 0x5DEECE66Dull);
    QString nik;
    if (p.bad == kInvalidRegion)
        nik = Nik::compose(990101, p.birth, p.sex, p.serial); // province 99 does not exist
    else if (p.bad == kDuplicateNik && index > 0) {
        // Someone registers again with an earlier applicant's NIK (and birth date).
        const Person earlier = person(index - 1 - (index - 1) % 7);
        nik = Nik::compose(earlier.district, earlier.birth, earlier.sex, earlier.serial);
        p.birth = earlier.birth;
    } else
        nik = Nik::compose(p.district, p.birth, p.sex, p.serial);
    const char* first = kFirstNames[rng.below(std::size(kFirstNames))];
    const char* last = kLastNames[rng.below(std::size(kLastNames))];
    const QByteArray handle
        = QByteArray(first).toLower() + '.' + QByteArray(last).toLower() + '.' + QByteArray::number(index, 36);
    // Family cards: about a third of applicants share a card with the previous applicant.
    const quint32 family = (index > 0 && rng.chance(0.3)) ? index - 1 : index;
    const Person head = person(family);
    const QByteArray kk
        = QString::asprintf("%06d%02d%02d%02d%04d", head.district, 1 + static_cast<int>(head.bits % 28),
                            1 + static_cast<int>(head.bits / 28 % 12), 10 + static_cast<int>(head.bits / 336 % 10),
                            1 + static_cast<int>(family % 9999))
              .toLatin1();
    const QByteArray phone = QByteArray("08") + QByteArray::number(11 + rng.below(9))
        + QByteArray::number(10'000'000 + (static_cast<quint64>(index) * 7919 + m_options.seed) % 90'000'000);
    double s = rng.uniform();
    int segment = 0;
    while (segment < 4 && s >= kSegmentWeights[segment]) {
        s -= kSegmentWeights[segment];
        ++segment;
    }
    line.clear();
    line += "{\"event\":\"registered\",\"at\":\"";
    line += Timestamp::toIsoWib(at).toLatin1();
    line += "\",\"nik\":\"" + nik.toLatin1() + "\",\"kk\":\"" + kk + "\",\"name\":\"" + first + ' ' + last;
    line += "\",\"email\":\"" + handle + '@' + kDomains[rng.below(std::size(kDomains))];
    line += "\",\"phone\":\"" + phone + "\",\"birth_date\":\"" + p.birth.toIso().toLatin1() + '"';
    if (rng.chance(0.9))
        line += QByteArray(",\"segment\":\"") + kSegments[segment] + '"';
    line += '}';
}

void RegistrationSimulator::writeStage(quint32 index, quint8 type, qint64 at, QByteArray& line) const
{
    const Person p = person(index);
    const EventType event = static_cast<EventType>(type);
    line.clear();
    line += "{\"event\":\"" + eventName(event).toLatin1() + "\",\"at\":\"" + Timestamp::toIsoWib(at).toLatin1();
    line += "\",\"nik\":\"" + Nik::compose(p.district, p.birth, p.sex, p.serial).toLatin1() + '"';
    if (event == EventType::NikRejected)
        line += QByteArray(",\"reason\":\"") + kRejectReasons[p.bits % std::size(kRejectReasons)] + '"';
    else if (event == EventType::TestCompleted)
        line += ",\"score\":" + QByteArray::number(40 + p.bits % 61);
    else if (event == EventType::JoinedBatch)
        line += ",\"wave\":" + QByteArray::number(m_options.waveToJoin);
    line += '}';
}

bool RegistrationSimulator::pace(qint64 at)
{
    if (m_options.speed <= 0)
        return true;
    const qint64 due = static_cast<qint64>(static_cast<double>(at - m_options.startMs) / m_options.speed);
    const qint64 wait = due - m_wall.elapsed();
    if (wait <= 0)
        return true;
    if (!m_flushed) {
        m_flushed = true;
        return false; // let the ingestor commit what it has before we sleep
    }
    QThread::msleep(static_cast<unsigned long>(std::min<qint64>(wait, 200)));
    return m_wall.elapsed() >= due;
}

FeedIngestor::Next RegistrationSimulator::next(QByteArray& line)
{
    for (;;) {
        // Load the next minute's registrations once everything due before it has been sent.
        while (m_minuteNext >= m_minuteTimes.size() && m_minute + 1 < static_cast<int>(m_plan.size())) {
            const qint64 nextMinuteStart = m_options.startMs + (m_minute + 1) * Timestamp::kMinute;
            if (!m_pending.empty() && m_pending.top().at < nextMinuteStart)
                break;
            startMinute();
        }
        const bool haveRegistration = m_minuteNext < m_minuteTimes.size();
        const bool havePending = !m_pending.empty();
        if (!haveRegistration && !havePending)
            return FeedIngestor::Next::End;
        const bool takeRegistration
            = haveRegistration && (!havePending || m_minuteTimes[m_minuteNext] <= m_pending.top().at);
        const qint64 at = takeRegistration ? m_minuteTimes[m_minuteNext] : m_pending.top().at;
        if (!pace(at))
            return FeedIngestor::Next::Flush;
        m_flushed = false;
        m_lastAt = at;
        if (takeRegistration) {
            ++m_minuteNext;
            const quint32 index = m_nextPerson++;
            writeRegistered(index, at, line);
            scheduleFollowUps(index, at);
        } else {
            const Pending p = m_pending.top();
            m_pending.pop();
            writeStage(p.person, p.type, p.at, line);
        }
        return FeedIngestor::Next::Line;
    }
}

} // namespace prakerja
