#pragma once
// What the applicant card shows, computed by LookupService: masked personal data, the stage
// and timeline, each wave's stored outcome explained in Indonesian and English, eligibility
// for the next open wave rule by rule, and the training purchase deadline.

#include "domain/Error.h"
#include "domain/Language.h"

#include <QList>
#include <QString>
#include <optional>

namespace prakerja {

// A sentence an agent can read out, in both languages: the card's JSON carries both. Made from
// one catalogue entry, `Bilingual::of(QT_TRANSLATE_NOOP("Text", "…"))`, whose English comes
// from resources/translations; arg() fills both, a Bilingual argument in its own language.
struct Bilingual
{
    QString id;
    QString en;
    QString text() const { return Language::english() ? en : id; }
    QString text(bool english) const { return english ? en : id; }

    static Bilingual of(const char* source) { return {QString::fromUtf8(source), Language::toEnglish("Text", source)}; }
    template <typename... Args> Bilingual arg(const Args&... args) const
    {
        return {id.arg(in(args, false)...), en.arg(in(args, true)...)};
    }

private:
    static const QString& in(const Bilingual& b, bool english) { return english ? b.en : b.id; }
    template <typename T> static const T& in(const T& value, bool) { return value; }
};

struct CardEvent
{
    qint64 at = 0; // UTC epoch ms (shown in WIB)
    Bilingual what;
};

struct CardWave
{
    int wave = 0;
    QString name;
    qint64 joinedAt = 0; // 0: in the pool by roll-over, not by joining
    QString outcome; // "selected", "not_selected", "ineligible", "withdrawn", "pending"
    Bilingual explanation;
};

struct CardRule
{
    Bilingual rule;
    bool passed = false;
    Bilingual reason;
};

struct ApplicantCard
{
    qint64 id = 0;
    QString name;
    QString nikMasked, kkMasked, emailMasked, phoneMasked;
    bool hasKk = false, hasPhone = false;
    QString region; // regency, province
    Bilingual stage;
    qint64 registeredAt = 0;
    QList<CardEvent> timeline; // oldest first
    std::optional<Bilingual> nikRejection;
    QList<CardWave> waves;
    int nextWave = 0; // 0: no open or planned wave
    QString nextWaveName;
    QList<CardRule> eligibilityNow;
    Bilingual purchase; // empty unless a participant
    std::optional<qint64> purchaseDeadline;
    QList<Bilingual> referenceLists;
    QList<Bilingual> requests; // raised by agents, with their state (RequestService)
};

} // namespace prakerja
