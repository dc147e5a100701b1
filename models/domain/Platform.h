#pragma once
// A partner platform that sells trainings, and the rules for its fields. A suspended
// platform's trainings are out of the published catalogue until it is reinstated.

#include "Training.h"

#include <QString>

namespace prakerja {

enum class PlatformStatus : quint8 { Active = 1, Suspended = 2 };

struct Platform
{
    qint64 id = 0;
    QString code; // TOKOPEDIA
    QString name;
    QString website;
    QString contactName;
    QString contactEmail;
    PlatformStatus status = PlatformStatus::Active;
    QString agreementStart; // YYYY-MM-DD, may be empty
    QString agreementEnd;
    int commissionBasisPoints = 0; // 1,000 = 10 %
    QString notes;
    QString suspendReason;
    qint64 version = 0;
};

namespace PlatformRules {
QString statusName(PlatformStatus status); // "active", "suspended"
QString statusLabel(PlatformStatus status); // "Aktif", "Ditangguhkan"
// "12,5" or "12.5" (per cent) to basis points; nullopt when not a percentage from 0 to 100.
std::optional<int> parseCommission(QStringView text);
QString commissionText(int basisPoints); // "12,5 %"
QList<FieldProblem> validate(const Platform& platform);
QList<FieldChange> diff(const Platform& before, const Platform& after);
} // namespace PlatformRules

} // namespace prakerja
