#include "CurationChecks.h"
#include "domain/Language.h"

#include "domain/IndonesianFormat.h"

#include <QHash>
#include <QUrl>
#include <algorithm>

namespace prakerja {

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2;
}

CurationFlag flag(qint64 id, CurationCheck check, const QString& reason)
{
    CurationFlag f;
    f.trainingId = id;
    f.check = check;
    f.reasonText = reason;
    return f;
}

QString rp(double value)
{
    return IndonesianFormat::rupiah(static_cast<qint64>(value + 0.5));
}

} // namespace

QString CurationChecks::normalise(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            space = false;
            out += c.toLower();
        } else {
            space = true;
        }
    }
    return out;
}

bool CurationChecks::isLiveUrl(const QString& url)
{
    const QString u = url.trimmed();
    if (u.isEmpty() || u.contains(u' '))
        return false;
    const QUrl parsed(u, QUrl::StrictMode);
    return parsed.isValid() && (parsed.scheme() == u"http" || parsed.scheme() == u"https") && !parsed.host().isEmpty();
}

QList<CurationFlag> CurationChecks::run(const QList<Training>& all, const CurationThresholds& th)
{
    QList<const Training*> trainings;
    for (const Training& t : all)
        if (t.status != TrainingStatus::Retired)
            trainings << &t;

    QList<CurationFlag> flags;
    // Category medians of price and price per hour.
    QHash<QString, std::vector<double>> prices, perHour;
    for (const Training* t : std::as_const(trainings)) {
        prices[t->category].push_back(static_cast<double>(t->price));
        if (t->durationHours > 0)
            perHour[t->category].push_back(static_cast<double>(t->price) / t->durationHours);
    }
    QHash<QString, double> priceMedian, perHourMedian;
    for (auto it = prices.cbegin(); it != prices.cend(); ++it)
        priceMedian.insert(it.key(), median(it.value()));
    for (auto it = perHour.cbegin(); it != perHour.cend(); ++it)
        perHourMedian.insert(it.key(), median(it.value()));

    // The same training: normalised title and duration.
    QHash<QString, QList<const Training*>> same;
    QHash<QString, QList<const Training*>> byDescription;
    for (const Training* t : std::as_const(trainings)) {
        same[normalise(t->title) + u'|' + QString::number(t->durationHours)] << t;
        const QString d = normalise(t->description);
        if (d.size() >= th.copiedMinLength)
            byDescription[d] << t;
    }

    for (const Training* t : std::as_const(trainings)) {
        const QString key = normalise(t->title) + u'|' + QString::number(t->durationHours);
        const QList<const Training*>& group = same.value(key);
        const Training* low = nullptr;
        const Training* high = nullptr;
        for (const Training* o : group) {
            if (o->platform == t->platform)
                continue;
            if (!low || o->price < low->price)
                low = o;
            if (!high || o->price > high->price)
                high = o;
        }
        if (low) {
            const Training* lo = low->price < t->price ? low : t;
            const Training* hi = high->price > t->price ? high : t;
            const double spread = lo->price > 0 ? double(hi->price - lo->price) / double(lo->price) : 0;
            if (spread > th.priceSpread)
                flags << flag(t->id, CurationCheck::PriceSpread,
                              Text::tr("Pelatihan yang sama: %1 di %2, %3 di %4 (selisih %5)")
                                  .arg(IndonesianFormat::rupiah(lo->price), lo->platform,
                                       IndonesianFormat::rupiah(hi->price), hi->platform,
                                       IndonesianFormat::percent(spread, 0)));
        }
        const double med = priceMedian.value(t->category);
        if (prices.value(t->category).size() >= 3 && t->price > th.categoryMedianFactor * med)
            flags << flag(t->id, CurationCheck::CategoryMedian,
                          Text::tr("%1, lebih dari %2× median kategori %3 (%4)")
                              .arg(IndonesianFormat::rupiah(t->price))
                              .arg(th.categoryMedianFactor)
                              .arg(t->category, rp(med)));
        const double hourMed = perHourMedian.value(t->category);
        if (t->durationHours > 0 && perHour.value(t->category).size() >= 3) {
            const double rate = double(t->price) / t->durationHours;
            if (rate > th.pricePerHourFactor * hourMed)
                flags << flag(t->id, CurationCheck::PricePerHour,
                              Text::tr("%1 per jam, lebih dari %2× median kategori (%3 per jam)")
                                  .arg(rp(rate))
                                  .arg(th.pricePerHourFactor)
                                  .arg(rp(hourMed)));
        }
        if (t->description.trimmed().size() < th.minDescription)
            flags << flag(t->id, CurationCheck::ShortDescription,
                          Text::tr("Deskripsi %1 karakter, kurang dari %2")
                              .arg(t->description.trimmed().size())
                              .arg(th.minDescription));
        const QString d = normalise(t->description);
        if (d.size() >= th.copiedMinLength) {
            const QString title = normalise(t->title);
            for (const Training* o : byDescription.value(d)) {
                if (o != t && normalise(o->title) != title) {
                    flags << flag(t->id, CurationCheck::CopiedDescription,
                                  Text::tr("Deskripsi sama dengan %1/%2 \"%3\"").arg(o->platform, o->code, o->title));
                    break;
                }
            }
        }
        if (t->mode == TrainingMode::Offline && !t->healthClearance)
            flags << flag(t->id, CurationCheck::OfflineWithoutClearance,
                          Text::tr("Pelatihan luring tanpa izin kesehatan"));
        if (!isLiveUrl(t->url))
            flags << flag(t->id, CurationCheck::DeadUrl,
                          t->url.trimmed().isEmpty() ? Text::tr("URL kosong")
                                                     : Text::tr("URL bukan http/https: %1").arg(t->url));
    }
    return flags;
}

} // namespace prakerja
