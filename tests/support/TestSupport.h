#pragma once
// Shared test fixtures: a scratch folder with a database and key file, and feed builders.

#include "domain/CivilDate.h"
#include "domain/Nik.h"
#include "domain/Stage.h"
#include "io/FeedIngestor.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace prakerja::test {

// The backend this test run uses: PostgreSQL when ctest runs the test's `postgresql/…` entry
// (PRAKERJA_TEST_DB=postgresql, the throwaway cluster of scripts/pg-cluster.sh named by the
// file PRAKERJA_TEST_PG_INFO), SQLite otherwise. One suite, parameterised by ctest's labels.
bool testingPostgres();

// A fresh database and key file in a temporary folder, removed at destruction. On PostgreSQL
// the database is a new one on the test cluster, dropped at destruction.
class ScratchDatabase
{
public:
    ScratchDatabase();
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;
    // What --db takes: the SQLite file's path, or the PostgreSQL keyword string.
    QString dbPath() const { return m_location; }
    QString keyPath() const { return m_dir.filePath(QStringLiteral("test.key")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    Database& db() { return *m_db; }
    const KeyFile& keys() const { return m_keys; }
    // Closes and reopens the connection (e.g. to simulate a restart).
    void reopen();
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_location;
    QString m_postgresName; // the database made on the test cluster
    KeyFile m_keys;
    std::unique_ptr<Database> m_db;
};

// A structurally valid NIK for a person born on `birth` in Jakarta Selatan (317101).
QString makeNik(const CivilDate& birth, Sex sex = Sex::Male, int serial = 1, int district = 317101);

// One feed line of a registration.
QByteArray registeredLine(const QString& nik, const QString& email, const CivilDate& birth,
                          const QString& at = QStringLiteral("2020-04-11T19:00:03+07:00"), const QString& extra = {});
QByteArray stageLine(const QString& event, const QString& nik,
                     const QString& at = QStringLiteral("2020-04-11T20:00:00+07:00"), const QString& extra = {});

// `n` verified adult applicants (ids 1..n, blind ids from their numbers), all members of wave 1,
// written straight into the tables a draw reads (the feed path has its own tests).
void addWaveOnePool(Database& db, int n);

// The funnel's total for `stage` as every reader sees it (FunnelTracker::current).
qint64 stageTotal(Database& db, EventType stage);

// The money past selection (tst_moneyfeed, tst_spendingpanel): five trainings on Tokopedia
// and Pintaria (AKT-01 Rp 750.000, MC-02 Rp 300.000, KOPI-03 Rp 200.000 published; DRAFT-04
// approved only; LATE-05 published from 20 April 2020).
void addMoneyCatalogue(Database& db);
// `people` applicants (moneyParticipantNik(1..people)) register through the feed, join wave 1
// and are all selected and announced at kMoneyAnnouncedMs; `outsiders` more register only.
void announceWaveThroughFeed(Database& db, int people, int outsiders);
QString moneyParticipantNik(int serial);
constexpr qint64 kMoneyAnnouncedMs = 1587103200000; // 2020-04-17 13:00 WIB

// A feed ingested in batches of `batchSize` (several batches even in small fixtures), with its
// rejects as (line, code); an ingest that fails outright stops the test.
struct IngestRun
{
    IngestSummary summary;
    QList<QPair<qint64, QString>> rejects;
};
IngestRun ingestFeed(Database& db, const QByteArray& feed, int batchSize);

// Output of one prakerjactl run.
struct CtlRun
{
    int code = -1; // -2: the process crashed
    QByteArray out, err;
};
// Runs $PRAKERJACTL (set by ctest) with `args`, without a display, with `environment` added to the
// process environment and `input` on its standard input.
CtlRun runCtl(const QStringList& args, const QList<QPair<QString, QString>>& environment, const QByteArray& input = {});

// What poppler's pdfinfo and pdftotext (scripts/deps.sh) read from a PDF; the test fails with
// the reason when the tool is missing.
QString pdfInfo(const QString& pdf);
QString pdfText(const QString& pdf); // pages end with a form feed

} // namespace prakerja::test
