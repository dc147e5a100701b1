#pragma once
// A selection wave ("gelombang"): its dates, quota, roll-over policy, rules, seed commitment
// and status. Status moves planned -> open -> closed -> drawn -> announced, or to cancelled.

#include "domain/RuleSet.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace prakerja {

enum class WaveStatus : quint8 { Planned = 1, Open = 2, Closed = 3, Drawn = 4, Announced = 5, Cancelled = 6 };
QString waveStatusName(WaveStatus status); // "planned"
QString waveStatusLabel(WaveStatus status); // for people
std::optional<WaveStatus> waveStatusFromName(QStringView name);
// Whether `from` may move to `to` (the CLI and the GUI offer only these).
bool waveTransitionAllowed(WaveStatus from, WaveStatus to);

// Unselected applicants of earlier waves: in this wave's pool automatically, or only if they join again.
enum class RollOver : quint8 { Automatic = 1, RejoinRequired = 2 };
QString rollOverName(RollOver policy);
std::optional<RollOver> rollOverFromName(QStringView name);

struct Wave
{
    static constexpr qint64 kDefaultQuota = 164'000;
    int number = 0;
    QString name;
    qint64 opensAt = 0, closesAt = 0, announceAt = 0, trainingStartsAt = 0; // UTC epoch ms
    qint64 quota = kDefaultQuota;
    RollOver rollOver = RollOver::Automatic;
    WaveStatus status = WaveStatus::Planned;
    RuleSet rules;
    QByteArray seedCommitment; // SHA-256 of the seed, public from creation
    QByteArray seed; // empty until the draw reveals it
    qint64 createdAt = 0;
    std::optional<qint64> drawnAt, announcedAt;
    qint64 poolSize = -1; // known after the draw (or a dry run)
    qint64 liveMembers = -1; // open or closed, not drawn: members so far (WaveService::list)
    qint64 selectedCount = 0;
};

} // namespace prakerja
