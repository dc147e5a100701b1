#include "Wave.h"

#include "EnumTable.h"
#include "Error.h"

namespace prakerja {

namespace {
constexpr EnumEntry<WaveStatus> kStatuses[] = {
    {WaveStatus::Planned, u"planned", QT_TRANSLATE_NOOP("Text", "Direncanakan")},
    {WaveStatus::Open, u"open", QT_TRANSLATE_NOOP("Text", "Dibuka")},
    {WaveStatus::Closed, u"closed", QT_TRANSLATE_NOOP("Text", "Ditutup")},
    {WaveStatus::Drawn, u"drawn", QT_TRANSLATE_NOOP("Text", "Sudah diundi")},
    {WaveStatus::Announced, u"announced", QT_TRANSLATE_NOOP("Text", "Diumumkan")},
    {WaveStatus::Cancelled, u"cancelled", QT_TRANSLATE_NOOP("Text", "Dibatalkan")},
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
