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

    // training_bought, training_completed: the catalogue's codes; empty in an old feed's bare
    // training_bought (bare = true)
    QString platform, training;
    qint64 price = -1; // training_bought, whole rupiah
    QString certificate; // training_completed, optional
    int month = 0; // incentive_paid, 1-4
    qint64 amount = -1; // incentive_paid, whole rupiah
    QString channel; // incentive_paid: bank or e-wallet
    int number = 0; // survey_completed, 1-3
    bool bare = false;
};

} // namespace prakerja
