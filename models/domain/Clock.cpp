#include "Clock.h"

namespace prakerja {

namespace {
std::atomic<const Clock*> g_clock{nullptr};
}

ScopedClock::ScopedClock(const Clock& clock) : m_previous(g_clock.exchange(&clock)) { }

ScopedClock::~ScopedClock()
{
    g_clock.store(m_previous);
}

const Clock* detail::currentClock()
{
    return g_clock.load(std::memory_order_relaxed);
}

} // namespace prakerja
