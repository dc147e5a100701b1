#include "JobRunner.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace prakerja::detail {

void yieldToInterface()
{
    // Linux keeps a nice value per thread: PRIO_PROCESS with a thread id sets that thread's.
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    // Off for a side-by-side measurement (`prakerja-console --bench-latency`, docs/benchmarks.md).
    if (qEnvironmentVariableIsSet("PRAKERJA_JOBS_SAME_PRIORITY"))
        return;
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (current < 10)
        (void)::setpriority(PRIO_PROCESS, tid, 10);
}

} // namespace prakerja::detail
