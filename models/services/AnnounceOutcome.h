#pragma once
// What an announcement and a revocation of expired participants did.

#include "domain/SelectionPool.h"

#include <QList>
#include <QPair>

namespace prakerja {

struct AnnounceOutcome
{
    qint64 selected = 0, withdrawn = 0, replacements = 0;
    QList<QPair<quint32, Eligibility>> withdrawals; // selected applicants withdrawn, with the reason
};

struct RevokeOutcome
{
    qint64 revoked = 0;
    qint64 returned = 0; // rupiah
};

} // namespace prakerja
