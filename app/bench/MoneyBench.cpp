// bench ingest --post-selection L: the simulator's post-selection mix (purchases, completions,
// incentives, surveys) against registrations only, through the same ingest path, on the same
// database, side by side in one run (docs/benchmarks.md; issue 15: within 10 %).
#include "BenchCommands.h"

#include "domain/Timestamp.h"
#include "io/FeedIngestor.h"
#include "io/PostSelectionSimulator.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace prakerja::ctl {

namespace {

double seconds(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

} // namespace

int benchPostSelectionMix(CtlContext& ctx, Database& db, const QString& feedPath, qint64 firstFreshLine, qint64 lines)
{
    // Participants: the first applicants of the database (applicant k is feed line k), announced
    // at the start of the feed's day, wave 1; a published catalogue of 200 trainings.
    const qint64 participants = std::max<qint64>(1, lines / 8);
    QFile feed(feedPath);
    if (!feed.open(QIODevice::ReadOnly))
        return ctx.fail(makeError(QStringLiteral("input"), feed.errorString()));
    std::vector<SimulatedParticipant> people;
    qint64 announcedAt = 0;
    while (static_cast<qint64>(people.size()) < participants && !feed.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(feed.readLine()).object();
        const qint64 at = Timestamp::parseIso8601(o.value(QStringLiteral("at")).toString()).value_or(0);
        announcedAt = std::max(announcedAt, at + Timestamp::kDay);
        people.push_back({o.value(QStringLiteral("nik")).toString(), 0});
    }
    for (SimulatedParticipant& p : people)
        p.announcedAt = announcedAt;
    QSqlQuery q(db.sql());
    db.beginImmediate();
    bool ok = q.exec(QStringLiteral(
        "INSERT INTO waves (number, name, opens_at, closes_at, announce_at, training_starts_at, quota, roll_over,"
        " status, rules, seed_commitment, seed_sealed, seed_key_id, created_at, training_credit, monthly_incentive,"
        " survey_incentive) VALUES (1, 'bench', 0, 1, 2, 3, 1000000, 1, 5, '{}', x'00', x'00', 1, 0, 1000000, 600000,"
        " 50000)"));
    ok = ok
        && q.prepare(QStringLiteral("INSERT INTO participants (applicant_id, wave, kk, announced_at, status)"
                                    " SELECT id, 1, 0, ?, 1 FROM applicants WHERE id <= ?"));
    q.addBindValue(announcedAt);
    q.addBindValue(participants);
    ok = ok && q.exec();
    std::vector<SimulatedTraining> catalogue;
    ok = ok
        && q.prepare(QStringLiteral("INSERT INTO trainings (platform_id, code, title, category, level, mode, price,"
                                    " duration_hours, status, created_at, updated_at)"
                                    " VALUES (?, ?, ?, 'digital', 1, 1, ?, 10, 5, 0, 0)"));
    const QStringList platforms
        = {QStringLiteral("TOKOPEDIA"),  QStringLiteral("SKILLACADEMY"), QStringLiteral("MAUBELAJARAPA"),
           QStringLiteral("BUKALAPAK"),  QStringLiteral("PINTARIA"),     QStringLiteral("SEKOLAHMU"),
           QStringLiteral("PIJARMAHIR"), QStringLiteral("SISNAKER")};
    for (int k = 0; ok && k < 200; ++k) {
        const qint64 price = 100'000 + (k * 37 % 15) * 50'000;
        const QString code = QStringLiteral("BENCH-%1").arg(k);
        q.addBindValue(k % 8 + 1);
        q.addBindValue(code);
        q.addBindValue(QStringLiteral("Pelatihan bench %1").arg(k));
        q.addBindValue(price);
        ok = q.exec();
        catalogue.push_back({platforms[k % 8], code, price});
    }
    if (!ok) {
        const QString message = q.lastError().text();
        db.rollback();
        return ctx.fail(makeError(QStringLiteral("sql"), message));
    }
    db.commit();
    PostSelectionOptions options;
    options.seed = 15;
    PostSelectionSimulator mix(people, catalogue, options);
    ctx.out() << "post-selection mix: " << participants << " participants, " << mix.lineCount()
              << " lines (not timed to generate)\n";

    // Alternate halves of each kind, so that neither always runs on the larger database.
    feed.seek(0);
    const FeedIngestor::LineSource registrations = FeedIngestor::linesOf(feed);
    for (qint64 skipped = 0; skipped < firstFreshLine; ++skipped)
        feed.readLine();
    double regSeconds = 0, mixSeconds = 0;
    qint64 regLines = 0, mixLines = 0, mixAccepted = 0, mixRejected = 0;
    const qint64 half = std::max<qint64>(1, mix.lineCount() / 2);
    for (int round = 0; round < 2; ++round) {
        {
            qint64 taken = 0;
            FeedIngestor ingestor(db);
            QElapsedTimer t;
            t.start();
            auto r = ingestor.ingest(
                [&](QByteArray& line) { return taken++ < half ? registrations(line) : FeedIngestor::Next::End; });
            regSeconds += seconds(t);
            if (!r)
                return ctx.fail(r.error());
            regLines += r->lines;
        }
        {
            qint64 taken = 0;
            FeedIngestor ingestor(db);
            QElapsedTimer t;
            t.start();
            auto r = ingestor.ingest([&](QByteArray& line) {
                return round == 1 || taken++ < half ? mix.next(line) : FeedIngestor::Next::End;
            });
            mixSeconds += seconds(t);
            if (!r)
                return ctx.fail(r.error());
            mixLines += r->lines;
            mixAccepted += r->accepted;
            mixRejected += r->rejected;
        }
    }
    const double regRate = static_cast<double>(regLines) / regSeconds;
    const double mixRate = static_cast<double>(mixLines) / mixSeconds;
    ctx.out() << QStringLiteral("registrations only : %1 lines in %2 s = %3 lines/s\n")
                     .arg(regLines)
                     .arg(regSeconds, 0, 'f', 2)
                     .arg(regRate, 0, 'f', 0);
    ctx.out() << QStringLiteral("post-selection mix : %1 lines in %2 s = %3 lines/s (accepted %4, rejected %5)\n")
                     .arg(mixLines)
                     .arg(mixSeconds, 0, 'f', 2)
                     .arg(mixRate, 0, 'f', 0)
                     .arg(mixAccepted)
                     .arg(mixRejected);
    ctx.out() << QStringLiteral("mix / registrations: %1 % (the target: at least 90 %)\n")
                     .arg(100.0 * mixRate / regRate, 0, 'f', 1);
    return kOk;
}

} // namespace prakerja::ctl
