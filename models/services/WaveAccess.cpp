#include "WaveAccess.h"

#include "store/WaveRepository.h"

namespace prakerja::WaveAccess {

Error stateError(const Wave& wave, const QString& wanted)
{
    return makeError(
        QStringLiteral("wave_state"),
        Error::tr("Gelombang %1 berstatus %2; %3").arg(wave.number).arg(waveStatusName(wave.status), wanted));
}

Result<Wave> permitted(const Session& session, Permission permission, WaveRepository& repo, int number)
{
    if (const Status s = session.require(permission); !s)
        return s.error();
    return repo.get(number);
}

Result<Wave> drawn(const Session& session, WaveRepository& repo, int number, const QString& wanted)
{
    auto wave = permitted(session, Permission::ViewWaves, repo, number);
    if (wave && wave->status != WaveStatus::Drawn && wave->status != WaveStatus::Announced)
        return stateError(wave.value(), wanted);
    return wave;
}

Progress scaled(const Progress& progress, int from, int to)
{
    if (!progress)
        return {};
    return [progress, from, to](int p) { return progress(from + (to - from) * p / 100); };
}

} // namespace prakerja::WaveAccess
