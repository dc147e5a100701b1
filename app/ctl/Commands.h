#pragma once
// The prakerjactl command table. Each command group lives in its own file in app/ctl.

#include "CtlContext.h"

namespace prakerja::ctl {

struct Command
{
    QStringList words; // e.g. {"import", "reference"}
    int (*run)(CtlContext&);
    const char* synopsis;
    const char* help = nullptr; // shown by `prakerjactl WORDS --help`, after the synopsis
};

// Registered command groups; prakerjactl.cpp concatenates them.
QList<Command> feedCommands(); // init, ingest, import reference, simulate
QList<Command> funnelCommands(); // funnel
QList<Command> waveCommands(); // wave …, participant revoke-expired (with the two below)
QList<Command> drawCommands(); // wave draw|export|verify
QList<Command> announcementCommands(); // wave announce|budget, participant revoke-expired
QList<Command> userCommands(); // user add|list|passwd|disable|enable|unlock
QList<Command> auditCommands(); // audit verify|list|export
QList<Command> keyCommands(); // key rotate|status
QList<Command> settingsCommands(); // settings list|set
QList<Command> lookupCommands(); // lookup, applicant card|reveal, index names
QList<Command> catalogCommands(); // catalog …
QList<Command> platformCommands(); // platform list|add|edit|suspend|reinstate
QList<Command> spendingCommands(); // platform report

} // namespace prakerja::ctl
