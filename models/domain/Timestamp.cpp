#include "Timestamp.h"

#include "Clock.h"

#include <QDateTime>

namespace prakerja::Timestamp {

namespace {
int digits(QStringView t, qsizetype from, qsizetype len)
{
    if (from + len > t.size())
        return -1;
    int v = 0;
    for (qsizetype i = from; i < from + len; ++i) {
        const char16_t c = t[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}
} // namespace

std::optional<qint64> parseIso8601(QStringView t)
{
    if (t.size() < 20 || t[4] != u'-' || t[7] != u'-' || (t[10] != u'T' && t[10] != u' ') || t[13] != u':'
        || t[16] != u':')
        return std::nullopt;
    const int y = digits(t, 0, 4), mo = digits(t, 5, 2), d = digits(t, 8, 2);
    const int h = digits(t, 11, 2), mi = digits(t, 14, 2), s = digits(t, 17, 2);
    if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0 || !CivilDate::isValid(y, mo, d) || h > 23 || mi > 59
        || s > 59)
        return std::nullopt;
    qsizetype i = 19;
    int ms = 0;
    if (i < t.size() && t[i] == u'.') {
        ++i;
        int scale = 100;
        const qsizetype start = i;
        while (i < t.size() && t[i] >= u'0' && t[i] <= u'9') {
            ms += scale * (t[i].unicode() - u'0');
            scale /= 10;
            ++i;
        }
        if (i == start)
            return std::nullopt;
    }
    if (i >= t.size())
        return std::nullopt; // no offset: refused, local time is ambiguous
    qint64 offsetMs = 0;
    if (t[i] == u'Z' && i + 1 == t.size()) {
        offsetMs = 0;
    } else if ((t[i] == u'+' || t[i] == u'-') && i + 6 == t.size() && t[i + 3] == u':') {
        const int oh = digits(t, i + 1, 2), om = digits(t, i + 4, 2);
        if (oh < 0 || om < 0 || oh > 14 || om > 59)
            return std::nullopt;
        offsetMs = (oh * 60 + om) * kMinute * (t[i] == u'-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const qint64 days = CivilDate{y, mo, d}.toDays();
    return days * kDay + h * kHour + mi * kMinute + s * 1000 + ms - offsetMs;
}

static QString format(qint64 epochMs, const char* pattern, bool withSeconds)
{
    const qint64 local = epochMs + kWibOffset;
    qint64 days = local / kDay;
    qint64 rem = local % kDay;
    if (rem < 0) {
        rem += kDay;
        --days;
    }
    const CivilDate date = CivilDate::fromDays(days);
    const int h = static_cast<int>(rem / kHour), mi = static_cast<int>(rem / kMinute % 60),
              s = static_cast<int>(rem / 1000 % 60);
    if (pattern[0] == 'i')
        return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d+07:00", date.year, date.month, date.day, h, mi, s);
    if (withSeconds)
        return QString::asprintf("%02d/%02d/%04d %02d.%02d.%02d WIB", date.day, date.month, date.year, h, mi, s);
    return QString::asprintf("%02d/%02d/%04d %02d.%02d WIB", date.day, date.month, date.year, h, mi);
}

QString toIsoWib(qint64 epochMs)
{
    return format(epochMs, "iso", true);
}

QString toDisplayWib(qint64 epochMs, bool withSeconds)
{
    return format(epochMs, "display", withSeconds);
}

CivilDate dateWib(qint64 epochMs)
{
    const qint64 local = epochMs + kWibOffset;
    qint64 days = local / kDay;
    if (local % kDay < 0)
        --days;
    return CivilDate::fromDays(days);
}

qint64 nowMs()
{
    if (const Clock* clock = detail::currentClock())
        return clock->nowMs();
    // PRAKERJA_CLOCK_START (ISO 8601 with an offset): the clock starts there when the program starts
    // and runs on from it, so that screenshots (scripts/screenshots.sh) show the same times every run.
    static const qint64 shift = [] {
        const auto start = parseIso8601(qEnvironmentVariable("PRAKERJA_CLOCK_START"));
        return start ? *start - QDateTime::currentMSecsSinceEpoch() : 0;
    }();
    return QDateTime::currentMSecsSinceEpoch() + shift;
}

CivilDate todayWib()
{
    return dateWib(nowMs());
}

} // namespace prakerja::Timestamp
