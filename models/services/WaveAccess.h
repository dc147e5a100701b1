#pragma once
// The checks the wave services share: the operator's permission with the wave, a wave in the
// state a step needs, and progress mapped into a part of a longer step.

#include "domain/Error.h"
#include "domain/Permission.h"
#include "domain/Session.h"
#include "domain/Wave.h"

#include <functional>

namespace prakerja {

class WaveRepository;

namespace WaveAccess {

using Progress = std::function<bool(int percent)>; // false cancels

// "Wave N is <status>; <wanted>" with the code wave_state.
Error stateError(const Wave& wave, const QString& wanted);
// The permission check and the wave, for the calls that act on one wave.
Result<Wave> permitted(const Session& session, Permission permission, WaveRepository& repo, int number);
// A wave that `session` may view and that has been drawn; `wanted` says what for.
Result<Wave> drawn(const Session& session, WaveRepository& repo, int number, const QString& wanted);
// Maps a sub-step's 0–100 into [from, to] of the caller's progress.
Progress scaled(const Progress& progress, int from, int to);

} // namespace WaveAccess

} // namespace prakerja
