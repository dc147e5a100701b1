#pragma once
// One validated line of the registration feed, with its personal data already encrypted and
// blind-indexed, ready for the writer. Produced by FeedParser on a worker thread.

#include "domain/Nik.h"
#include "domain/Stage.h"

#include <QByteArray>
#include <QString>

namespace prakerja {

struct FeedRecord
{
    qint64 line = 0;
    EventType type = EventType::Registered;
    qint64 at = 0; // UTC epoch ms
    QByteArray nikBi;

    // registered
    QByteArray nikCt, kkBi, kkCt, emailBi, emailCt, phoneBi, phoneCt;
    QString name;
    QByteArray nameCt; // name encrypted like the NIK (bound to the row's NIK blind index)
    Sex sex = Sex::Male;
    int birthYmd = 0;
    int district = 0;
    Segment segment = Segment::Unknown;
    int keyId = 0;

    // other events
    int wave = 0; // joined_batch
    int score = -1; // test_completed
    QString reason; // nik_rejected
};

} // namespace prakerja
