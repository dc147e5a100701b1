// prakerjactl bench lookup --applicants N: the call centre's lookups on a scratch database of N
// applicants written straight into the tables (real ciphertexts and blind indexes, not through
// the feed), a drawn wave so that cards carry an outcome, and the name index caught up. Prints
// p50 and p99 over at least 1,000 lookups per kind through LookupService (audit rows
// included), beside a scan baseline measured in the same run.
#include "BenchCommands.h"

#include "BenchDatabase.h"

#include "domain/IndonesianFormat.h"
#include "domain/Nik.h"
#include "domain/Timestamp.h"
#include "security/Crypto.h"
#include "security/NameTokenizer.h"
#include "security/PiiCipher.h"
#include "services/DrawService.h"
#include "services/LookupService.h"
#include "services/WaveService.h"
#include "store/ApplicantDirectory.h"
#include "store/AuditLog.h"
#include "store/BulkApplicantWriter.h"
#include "store/Database.h"
#include "store/NameIndex.h"

#include <QElapsedTimer>
#include <QRandomGenerator64>
#include <QTemporaryDir>

#include <algorithm>

namespace prakerja::ctl {

namespace {

const char16_t* const kFirst[]
    = {u"Muhammad", u"Muhammad", u"Siti",    u"Nur",   u"Dewi",    u"Agus",  u"Budi",   u"Rizki", u"Putri", u"Ahmad",
       u"Sri",      u"Andi",     u"Fajar",   u"Indah", u"Yusuf",   u"Ratna", u"Hendra", u"Wahyu", u"Eka",   u"Dian",
       u"Rina",     u"Bayu",     u"Lestari", u"Joko",  u"Kartika", u"Teguh", u"Ayu",    u"Gilang"};
const char16_t* const kLast[]
    = {u"Pratama",   u"Saputra", u"Hidayat",  u"Wijaya",     u"Setiawan", u"Nugroho",     u"Kurniawan", u"Lestari",
       u"Rahmawati", u"Santoso", u"Siregar",  u"Nasution",   u"Harahap",  u"Simanjuntak", u"Putra",     u"Wulandari",
       u"Susanti",   u"Permana", u"Ramadhan", u"Firmansyah", u"Gunawan",  u"Sitompul",    u"Lubis",     u"Hakim"};
constexpr int kFirstCount = static_cast<int>(std::size(kFirst));
constexpr int kLastCount = static_cast<int>(std::size(kLast));

struct Person
{
    QString nik, email, phone, name;
};

// Applicant `id`'s data, the same every time (NIKs distinct by birth day and serial).
Person personOf(qint64 id)
{
    const qint64 day = id % 14'600, serial = id / 14'600 + 1;
    const CivilDate birth = CivilDate::fromDays(CivilDate{1965, 1, 1}.toDays() + day);
    const quint64 h = static_cast<quint64>(id) * 0x9E3779B97F4A7C15ULL;
    Person p;
    p.nik = Nik::compose(327301, birth, (h >> 7) % 2 ? Sex::Female : Sex::Male, static_cast<int>(serial));
    p.email = QStringLiteral("pendaftar%1@contoh.id").arg(id);
    p.phone = QStringLiteral("0812%1").arg(id, 8, 10, QChar(u'0'));
    p.name = QString::fromUtf16(kFirst[(h >> 11) % kFirstCount]) + u' '
        + QString::fromUtf16(kFirst[(h >> 23) % kFirstCount]) + u' '
        + QString::fromUtf16(kLast[(h >> 37) % kLastCount]);
    return p;
}

bool build(Database& db, qint64 n, QTextStream& out)
{
    PiiCipher cipher(db.keys());
    BulkApplicantWriter writer(db);
    const qint64 at = 1586606400000; // 2020-04-11
    QElapsedTimer timer;
    timer.start();
    if (!db.beginImmediate())
        return false;
    for (qint64 id = 1; id <= n; ++id) {
        const Person p = personOf(id);
        const QByteArray nik = p.nik.toLatin1(), email = PiiCipher::normaliseEmail(p.email),
                         phone = PiiCipher::normalisePhone(p.phone);
        const QByteArray nikBi = cipher.blindIndex(PiiField::Nik, nik);
        const QByteArray nikCt = cipher.encrypt(PiiField::Nik, nik, nikBi),
                         emailBi = cipher.blindIndex(PiiField::Email, email),
                         emailCt = cipher.encrypt(PiiField::Email, email, nikBi),
                         phoneBi = cipher.blindIndex(PiiField::Phone, phone),
                         phoneCt = cipher.encrypt(PiiField::Phone, phone, nikBi),
                         nameCt = cipher.encrypt(PiiField::Name, p.name.toUtf8(), nikBi);
        const Nik parsed = Nik::parse(p.nik, CivilDate{2020, 4, 11}).value();
        BulkApplicant a;
        a.id = id;
        a.nikBi = nikBi;
        a.nikCt = nikCt;
        a.emailBi = emailBi;
        a.emailCt = emailCt;
        a.phoneBi = phoneBi;
        a.phoneCt = phoneCt;
        a.nameCt = nameCt;
        a.sex = static_cast<int>(parsed.sex());
        a.birthDate = parsed.birthDate().toYmd();
        a.province = 32;
        a.regency = 3273;
        a.district = 327301;
        a.registeredAt = a.emailVerifiedAt.emplace(at);
        if (id % 10 < 9)
            a.nikVerifiedAt = at + Timestamp::kHour;
        if (id % 10 < 8)
            a.phoneVerifiedAt = at + 2 * Timestamp::kHour;
        a.keyId = cipher.activeKeyId();
        if (!writer.applicant(a) || !writer.waveMember(1, id, at + 3 * Timestamp::kHour)) {
            out << "insert: " << writer.errorMessage() << '\n';
            return false;
        }
        if (id % 1'000'000 == 0) {
            if (!db.commit() || !db.beginImmediate())
                return false;
            out << "  " << id << " applicants written (" << timer.elapsed() / 1000 << " s)\n";
            out.flush();
        }
    }
    if (!db.commit() || !writer.rebuildDrawRows()) {
        out << "build: " << writer.errorMessage() << '\n';
        return false;
    }
    return true;
}

struct Figures
{
    double p50 = 0, p99 = 0;
};

Figures percentiles(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.empty())
        return {};
    auto at = [&](double q) {
        return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))];
    };
    return {at(0.50), at(0.99)};
}

QString row(const QString& label, const Figures& f)
{
    return QStringLiteral("%1 p50 %2 ms   p99 %3 ms")
        .arg(label.leftJustified(34))
        .arg(f.p50, 7, 'f', 3)
        .arg(f.p99, 7, 'f', 3);
}

int benchLookup(CtlContext& ctx)
{
    const auto sizeText = ctx.option(QStringLiteral("applicants"));
    const auto samplesText = ctx.option(QStringLiteral("lookups"));
    const auto keep = ctx.option(QStringLiteral("keep"));
    bool ok = true, ok2 = true;
    const qint64 n = sizeText ? sizeText->toLongLong(&ok) : 0;
    const int samples = samplesText ? samplesText->toInt(&ok2) : 1000;
    if (!ctx.finishArguments() || !ok || !ok2 || n < 1000 || samples < 1)
        return ctx.usage(QStringLiteral("usage: bench lookup --applicants N (>= 1000) [--lookups K] [--keep DIR]"
                                        " (with --db postgresql://…: on a scratch database made on that server)"));
    QTemporaryDir scratch;
    const QString dir = keep ? *keep : scratch.path();
    QFile::remove(dir + QStringLiteral("/lookup.key"));
    // With --db postgresql://…: a scratch database on that server, the same figures.
    BenchDatabase where(ctx.paths().database, dir + QStringLiteral("/lookup.db"));
    if (const Status s = where.create(); !s)
        return ctx.fail(s.error());
    auto keys = KeyFile::create(dir + QStringLiteral("/lookup.key"));
    if (!keys)
        return ctx.fail(keys.error());
    auto opened = Database::open(where.location(), keys.value(), Database::OpenMode::CreateIfMissing);
    if (!opened)
        return ctx.fail(opened.error());
    Database& db = *opened.value();
    QTextStream& out = ctx.out();
    out << "database  : " << where.describe() << '\n';
    QElapsedTimer timer;
    out << "building " << n << " applicants (real ciphertexts and blind indexes, not timed) …\n";
    out.flush();
    timer.start();
    if (!build(db, n, out))
        return kFailed;
    out << "  built in " << timer.elapsed() / 1000 << " s\n";

    // A drawn wave, so that every card explains a stored outcome.
    WaveService waves(db);
    DrawService draws(db);
    WaveDraft draft;
    draft.number = 1;
    draft.name = QStringLiteral("Gelombang 1");
    draft.opensAt = 1586826000000;
    draft.closesAt = 1587027600000;
    draft.announceAt = draft.closesAt + Timestamp::kDay;
    draft.trainingStartsAt = draft.announceAt + Timestamp::kDay;
    draft.quota = std::max<qint64>(1, n / 10);
    const Session system = Session::system();
    timer.restart();
    if (auto w = waves.create(system, draft); !w)
        return ctx.fail(w.error());
    for (const Status& s : {waves.open(system, 1), waves.close(system, 1)})
        if (!s)
            return ctx.fail(s.error());
    if (auto d = draws.draw(system, 1); !d)
        return ctx.fail(d.error());
    out << "  wave 1 drawn (quota " << draft.quota << ") in " << timer.elapsed() / 1000 << " s\n";

    // The name index, caught up from nothing: what it costs off the ingest path.
    timer.restart();
    const auto indexed = NameIndex(db).catchUp(keys.value());
    if (!indexed)
        return ctx.fail(indexed.error());
    const double indexSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const qint64 tokens = db.scalar(QStringLiteral("SELECT COUNT(*) FROM name_tokens")).toLongLong();
    out << "name index: " << indexed.value() << " applicants in " << QString::number(indexSeconds, 'f', 1)
        << " s = " << qRound64(static_cast<double>(indexed.value()) / std::max(0.001, indexSeconds)) << " /s; "
        << tokens << " tokens (" << QString::number(static_cast<double>(tokens) / static_cast<double>(n), 'f', 1)
        << " per applicant)\n";
    out.flush();

    const Session agent(1, QStringLiteral("bench-agent"), Role::CallCentreAgent);
    LookupService lookup(db, agent);
    QRandomGenerator64 rng(20200411);
    std::vector<qint64> ids(static_cast<size_t>(samples));
    for (qint64& id : ids)
        id = static_cast<qint64>(rng.bounded(static_cast<quint64>(n))) + 1;
    auto measure = [&](const std::function<bool(qint64)>& one) {
        std::vector<double> ms;
        ms.reserve(ids.size());
        for (qint64 id : ids) {
            QElapsedTimer t;
            t.start();
            if (!one(id))
                return std::optional<Figures>();
            ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
        return std::optional<Figures>(percentiles(ms));
    };
    auto exact = [&](LookupKind kind) {
        return measure([&, kind](qint64 id) {
            const Person p = personOf(id);
            const QString text = kind == LookupKind::Nik ? p.nik : kind == LookupKind::Phone ? p.phone : p.email;
            const auto page = lookup.search(LookupQuery::as(kind, text));
            return page.ok() && page->hits.size() == 1 && page->hits.first().id == id;
        });
    };
    qint64 nameHits = 0;
    const auto nik = exact(LookupKind::Nik), phone = exact(LookupKind::Phone), email = exact(LookupKind::Email);
    // Two words, each a prefix (4 and 3 letters): the first page (an agent's 50).
    const auto name = measure([&](qint64 id) {
        const QStringList words = personOf(id).name.split(u' ');
        const QString text = words[0].left(4) + u' ' + words[2].left(3);
        const auto page = lookup.search(LookupQuery::recognise(text));
        nameHits += page.ok() ? page->hits.size() : 0;
        return page.ok() && !page->hits.isEmpty();
    });
    const auto card = measure([&](qint64 id) {
        const auto c = lookup.card(id);
        return c.ok() && c->waves.size() == 1;
    });
    // Where an exact lookup's time goes, same run: the index read with the result rows alone,
    // and the audit row alone (every search commits one, a write behind the others).
    PiiCipher cipher(db.keys());
    ApplicantDirectory directory(db);
    const auto phoneRead = measure([&](qint64 id) {
        const QByteArray bi = cipher.blindIndex(PiiField::Phone, PiiCipher::normalisePhone(personOf(id).phone));
        const auto found = directory.find(ApplicantDirectory::Key::Phone, bi, LookupService::kAgentLimit + 1);
        return found.ok() && found->size() == 1 && directory.summaries(found.value()).ok();
    });
    const auto auditRow = measure([&](qint64 id) {
        return AuditLog(db)
            .append(agent, QStringLiteral("applicant.search"), QStringLiteral("bench"), QStringLiteral("id %1").arg(id))
            .ok();
    });
    if (!nik || !phone || !email || !name || !card || !phoneRead || !auditRow)
        return ctx.fail(makeError(QStringLiteral("bench_failed"), Error::tr("Pencarian tidak menemukan pendaftar")));

    // Baselines: the same questions answered by scanning (no blind index; no token index).
    const int scans = 5;
    std::vector<double> scanNik, scanName;
    for (int k = 0; k < scans; ++k) {
        const Person p = personOf(ids[static_cast<size_t>(k)]);
        const QByteArray bi = cipher.blindIndex(PiiField::Nik, p.nik.toLatin1());
        QElapsedTimer t;
        t.start();
        // The index is not used: SQLite's unary +, PostgreSQL's concatenation with nothing.
        const QVariant found
            = db.scalar(db.isPostgres() ? QStringLiteral("SELECT id FROM applicants WHERE nik_bi || ''::bytea = ?")
                                        : QStringLiteral("SELECT id FROM applicants WHERE +nik_bi = ?"),
                        {bi});
        scanNik.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!found.isValid())
            return kFailed;
    }
    for (int k = 0; k < 2; ++k) {
        const QStringList words = NameTokenizer::normalisedWords(personOf(ids[static_cast<size_t>(k)]).name);
        const QStringList query = {words[0].left(4), words[2].left(3)};
        QElapsedTimer t;
        t.start();
        int found = 0;
        auto rows = db.exec(QStringLiteral("SELECT nik_bi, name_ct FROM applicants ORDER BY id"));
        while (rows && rows.value().next() && found < LookupService::kAgentLimit) {
            const auto plain = cipher.decrypt(PiiField::Name, rows.value().value(1).toByteArray(),
                                              rows.value().value(0).toByteArray());
            if (plain
                && NameTokenizer::matches(NameTokenizer::normalisedWords(QString::fromUtf8(plain.value())), query))
                ++found;
        }
        scanName.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    out << "\n" << samples << " lookups each among " << n << " applicants (LookupService, agent, audited):\n";
    out << row(QStringLiteral("NIK (blind index)"), *nik) << '\n';
    out << row(QStringLiteral("phone (blind index)"), *phone) << '\n';
    out << row(QStringLiteral("email (blind index)"), *email) << '\n';
    out << row(QStringLiteral("name, two word prefixes, 1st page"), *name) << "   ("
        << QString::number(static_cast<double>(nameHits) / samples, 'f', 1) << " results on average)\n";
    out << row(QStringLiteral("card (timeline + stored outcome)"), *card) << '\n';
    out << "an exact lookup's parts (same run):\n";
    out << row(QStringLiteral("phone: index read + result rows only"), *phoneRead) << '\n';
    out << row(QStringLiteral("the search's audit row alone (commit)"), *auditRow) << '\n';
    out << "baseline (same run):\n";
    out << row(QStringLiteral("NIK by full scan (no index)"), percentiles(scanNik)) << "   (" << scans << " scans)\n";
    out << row(QStringLiteral("name by decrypting every name"), percentiles(scanName)) << "   (2 scans, stop at 50)\n";
    return kOk;
}

} // namespace

QList<Command> lookupBenchCommands()
{
    return {{{QStringLiteral("bench"), QStringLiteral("lookup")},
             benchLookup,
             "bench lookup --applicants N [--lookups K]   call-centre lookups: p50/p99 per kind vs scans"},
            {{QStringLiteral("bench"), QStringLiteral("seats")},
             benchSeats,
             "bench seats --seats S --applicants N [--feed M]   S agents looking people up while a feed is"
             " ingested: each agent's p50/p99 and the ingest rate"}};
}

} // namespace prakerja::ctl
