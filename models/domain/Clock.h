#pragma once
// The clock every "now" in the code reads (Timestamp::nowMs()): the wall clock, unless a test
// puts its own in place for a scope. Tests move a ManualClock forward instead of sleeping or
// editing stored times (a lockout running out, a deadline passing).

#include <QtGlobal>
#include <atomic>

namespace prakerja {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0; // UTC epoch milliseconds
};

// A clock that stands still until told: set() or advance(). Safe to read from any thread.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs) : m_now(startMs) { }
    qint64 nowMs() const override { return m_now.load(); }
    void set(qint64 ms) { m_now.store(ms); }
    void advance(qint64 ms) { m_now.fetch_add(ms); }

private:
    std::atomic<qint64> m_now;
};

// Puts `clock` in place of the wall clock for this object's lifetime (for the whole process:
// workers included), then restores the previous one.
class ScopedClock
{
    Q_DISABLE_COPY(ScopedClock)
public:
    explicit ScopedClock(const Clock& clock);
    ~ScopedClock();

private:
    const Clock* m_previous;
};

namespace detail {
// The clock in place, or null for the wall clock.
const Clock* currentClock();
} // namespace detail

} // namespace prakerja
