#include "Wave.h"

#include "EnumTable.h"
#include "Error.h"

namespace prakerja {

namespace {
constexpr EnumEntry<WaveStatus> kStatuses[] = {
    {WaveStatus::Planned, u"planned", u"Direncanakan", u"Planned"},
    {WaveStatus::Open, u"open", u"Dibuka", u"Open"},
    {WaveStatus::Closed, u"closed", u"Ditutup", u"Closed"},
    {WaveStatus::Drawn, u"drawn", u"Sudah diundi", u"Drawn"},
    {WaveStatus::Announced, u"announced", u"Diumumkan", u"Announced"},
    {WaveStatus::Cancelled, u"cancelled", u"Dibatalkan", u"Cancelled"},
};
} // namespace

QString waveStatusName(WaveStatus status)
{
    return enumName(kStatuses, status);
}

QString waveStatusLabel(WaveStatus status)
{
    return enumLabel(kStatuses, status);
}

std::optional<WaveStatus> waveStatusFromName(QStringView name)
{
    return enumFromName(kStatuses, name);
}

bool waveTransitionAllowed(WaveStatus from, WaveStatus to)
{
    switch (to) {
    case WaveStatus::Open:
        return from == WaveStatus::Planned;
    case WaveStatus::Closed:
        return from == WaveStatus::Open;
    case WaveStatus::Drawn:
        return from == WaveStatus::Closed;
    case WaveStatus::Announced:
        return from == WaveStatus::Drawn;
    // A drawn wave may still be cancelled (nothing is public yet); an announced one may not.
    case WaveStatus::Cancelled:
        return from != WaveStatus::Announced && from != WaveStatus::Cancelled;
    case WaveStatus::Planned:
        return false;
    }
    return false;
}

QString rollOverName(RollOver policy)
{
    return policy == RollOver::Automatic ? QStringLiteral("automatic") : QStringLiteral("rejoin");
}

std::optional<RollOver> rollOverFromName(QStringView name)
{
    if (name == u"automatic")
        return RollOver::Automatic;
    if (name == u"rejoin")
        return RollOver::RejoinRequired;
    return std::nullopt;
}

} // namespace prakerja
