#include "LookupService.h"

#include "OutcomeExplainer.h"
#include "ReferenceService.h"
#include "RequestService.h"
#include "domain/PiiMask.h"
#include "domain/RegionTable.h"
#include "domain/SelectionPool.h"
#include "domain/Stage.h"
#include "domain/Timestamp.h"
#include "security/Crypto.h"
#include "security/NameTokenizer.h"
#include "security/PiiCipher.h"
#include "store/ApplicantDirectory.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DrawInputs.h"
#include "store/NameIndex.h"
#include "store/OutcomeStore.h"
#include "store/ReferenceSources.h"
#include "store/WaveRepository.h"

#include <QMutex>

namespace prakerja {

namespace {
Error notFound(qint64 id)
{
    return makeError(QStringLiteral("applicant_not_found"), Error::tr("Pendaftar %1 tidak ditemukan").arg(id));
}

QString plain(const Result<QByteArray>& r)
{
    return r ? QString::fromUtf8(r.value()) : QString();
}

QString regionOf(int regency, int province)
{
    const RegionTable& t = RegionTable::instance();
    const QString r = t.regencyName(regency), p = t.provinceName(province);
    if (r.isEmpty())
        return p;
    return p.isEmpty() ? r : r + QStringLiteral(", ") + p;
}

// Ranks of the last selected member per (database, wave, province, draw): a scan of the
// wave's selections, done once per process.
QMutex g_rankMutex;
QHash<QString, quint32> g_rankCache;
} // namespace

QString revealFieldName(RevealField field)
{
    switch (field) {
    case RevealField::Nik:
        return QStringLiteral("nik");
    case RevealField::Kk:
        return QStringLiteral("kk");
    case RevealField::Email:
        return QStringLiteral("email");
    case RevealField::Phone:
        return QStringLiteral("phone");
    }
    return {};
}

std::optional<RevealField> revealFieldFromName(QStringView name)
{
    for (RevealField f : {RevealField::Nik, RevealField::Kk, RevealField::Email, RevealField::Phone})
        if (name == revealFieldName(f))
            return f;
    return std::nullopt;
}

LookupService::LookupService(Database& db, const Session& session)
    : m_db(db), m_session(session), m_cipher(std::make_unique<PiiCipher>(db.keys()))
{ }

LookupService::~LookupService() = default;

Status LookupService::audit(const QString& action, const QString& target, const QString& details)
{
    return AuditLog(m_db).append(m_session, action, target, details);
}

Bilingual LookupService::stageOf(const ApplicantRecord& r)
{
    if (r.participantWave > 0 && r.participantStatus != 1)
        return Bilingual::of(QT_TRANSLATE_NOOP("Text", "Kepesertaan dicabut (gelombang %1)")).arg(r.participantWave);
    if (r.participantWave > 0)
        return Bilingual::of(QT_TRANSLATE_NOOP("Text", "Peserta gelombang %1")).arg(r.participantWave);
    if (r.joinedBatchAt)
        return Bilingual::of(QT_TRANSLATE_NOOP("Text", "Sudah bergabung dengan gelombang"));
    if (r.testCompletedAt)
        return Bilingual::of(QT_TRANSLATE_NOOP("Text", "Tes selesai"));
    if (r.phoneVerifiedAt)
        return Bilingual::of(QT_TRANSLATE_NOOP("Text", "Telepon terverifikasi"));
    if (r.nikVerifiedAt)
        return Bilingual::of(QT_TRANSLATE_NOOP("Text", "NIK terverifikasi"));
    if (r.nikRejectedAt)
        return Bilingual::of(QT_TRANSLATE_NOOP("Text", "NIK ditolak"));
    if (r.emailVerifiedAt)
        return Bilingual::of(QT_TRANSLATE_NOOP("Text", "Email terverifikasi"));
    return Bilingual::of(QT_TRANSLATE_NOOP("Text", "Terdaftar"));
}

Result<SearchPage> LookupService::search(const LookupQuery& query, qint64 afterId, int limit)
{
    if (const Status s = m_session.require(Permission::SearchApplicants); !s)
        return s.error();
    if (!query.valid())
        return query.problem;
    const bool agent = m_session.role() == Role::CallCentreAgent;
    if (agent && afterId > 0)
        return makeError(QStringLiteral("agent_result_limit"),
                         Error::tr("Agen hanya melihat %1 hasil pertama; persempit pencarian").arg(kAgentLimit));
    limit = std::clamp(limit, 1, agent ? kAgentLimit : 100'000);
    Result<SearchPage> page = query.kind == LookupKind::Name ? searchName(query, afterId, limit) : searchExact(query);
    if (!page)
        return page;
    if (agent && page->more) {
        page.value().more = false;
        page.value().capped = true;
    }
    // The text typed is not recorded: the kind, the count, and whom it found when it found one.
    const QString target = page->hits.size() == 1 ? QStringLiteral("applicant:%1").arg(page->hits.first().id)
                                                  : QStringLiteral("search:%1").arg(lookupKindName(query.kind));
    QString details = QStringLiteral("kind=%1 results=%2").arg(lookupKindName(query.kind)).arg(page->hits.size());
    if (afterId > 0)
        details += QStringLiteral(" after=%1").arg(afterId);
    if (page->more)
        details += QStringLiteral(" more");
    if (!page->listedOn.isEmpty())
        details += QStringLiteral(" listed_not_registered");
    if (const Status s = audit(QStringLiteral("applicant.search"), target, details); !s)
        return s.error();
    return page;
}

Result<SearchPage> LookupService::searchExact(const LookupQuery& query)
{
    SearchPage page;
    page.kind = query.kind;
    ApplicantDirectory dir(m_db);
    const PiiField field = query.kind == LookupKind::Nik ? PiiField::Nik
        : query.kind == LookupKind::Email                ? PiiField::Email
                                                         : PiiField::Phone;
    const auto key = query.kind == LookupKind::Nik ? ApplicantDirectory::Key::Nik
        : query.kind == LookupKind::Email          ? ApplicantDirectory::Key::Email
                                                   : ApplicantDirectory::Key::Phone;
    const QByteArray bi = m_cipher->blindIndex(field, query.normalised);
    auto ids = dir.find(key, bi, kAgentLimit + 1);
    if (!ids)
        return ids.error();
    if (ids->size() > kAgentLimit) {
        page.more = true;
        ids.value().removeLast();
    }
    auto hits = hitsFor(ids.value(), {});
    if (!hits)
        return hits.error();
    page.hits = hits.value();
    if (!page.hits.isEmpty())
        page.nextAfter = page.hits.last().id;
    if (page.hits.isEmpty() && query.kind == LookupKind::Nik) {
        // Which lists and who collected them; nothing else about the person.
        auto lists = ReferenceSources(m_db).ofNik(bi);
        if (!lists)
            return lists.error();
        for (auto it = lists->cbegin(); it != lists->cend(); ++it) {
            const auto list = static_cast<ReferenceList>(it.key());
            Bilingual b{ReferenceService::listLabel(list, false), ReferenceService::listLabel(list, true)};
            if (!it.value().isEmpty()) {
                b.id += QStringLiteral(", sumber: %1").arg(it.value());
                b.en += QStringLiteral(", source: %1").arg(it.value());
                page.listedSources << it.value();
            }
            page.listedOn << b;
        }
    }
    return page;
}

Result<SearchPage> LookupService::searchName(const LookupQuery& query, qint64 afterId, int limit)
{
    SearchPage page;
    page.kind = LookupKind::Name;
    NameIndex index(m_db);
    auto st = index.state();
    if (!st)
        return st.error();
    page.indexBehind = st->behind();
    NameTokenizer tokenizer(m_db.keys());
    if (st->keyId != tokenizer.keyId())
        page.indexBehind = st->newestApplicant; // tokens of another generation: being rebuilt
    QList<qint64> tokens;
    for (const QString& w : query.words)
        if (w.size() >= NameTokenizer::kMinPrefix)
            tokens << tokenizer.queryToken(w);
    qint64 cursor = afterId;
    const int want = limit + 1; // one more tells whether there is a next page
    const int step = std::max(64, want * 2);
    for (;;) {
        auto candidates = index.candidates(tokens, cursor, step);
        if (!candidates)
            return candidates.error();
        if (candidates->isEmpty())
            break;
        cursor = candidates->last();
        auto hits = hitsFor(candidates.value(), query.words);
        if (!hits)
            return hits.error();
        for (const ApplicantHit& h : hits.value()) {
            if (page.hits.size() == limit) {
                page.more = true;
                break;
            }
            page.hits << h;
        }
        if (page.more || candidates->size() < step)
            break;
    }
    page.nextAfter = page.hits.isEmpty() ? afterId : page.hits.last().id;
    return page;
}

Result<QList<ApplicantHit>> LookupService::hitsFor(const QList<qint64>& ids, const QStringList& mustMatch)
{
    auto rows = ApplicantDirectory(m_db).summaries(ids);
    if (!rows)
        return rows.error();
    QList<ApplicantHit> out;
    for (const ApplicantRecord& r : rows.value()) {
        Result<QByteArray> name = m_cipher->decrypt(PiiField::Name, r.nameCt, r.nikBi);
        ApplicantHit h;
        h.id = r.id;
        h.name = plain(name);
        if (name)
            Crypto::wipe(name.value());
        if (!mustMatch.isEmpty() && !NameTokenizer::matches(NameTokenizer::normalisedWords(h.name), mustMatch))
            continue;
        Result<QByteArray> nik = m_cipher->decrypt(PiiField::Nik, r.nikCt, r.nikBi);
        h.nikMasked = PiiMask::nik(plain(nik));
        h.region = regionOf(r.regency, r.province);
        h.stage = stageOf(r);
        out << h;
    }
    return out;
}

bool LookupService::mayReveal(RevealField field) const
{
    if (!m_session.can(Permission::RevealApplicantPii))
        return false;
    // The family card identifies the whole household: administrators only (docs/security.md).
    return field != RevealField::Kk || m_session.role() == Role::Administrator;
}

Result<QString> LookupService::reveal(qint64 applicantId, RevealField field, const QString& reason)
{
    if (const Status s = m_session.require(Permission::RevealApplicantPii); !s)
        return s.error();
    if (!mayReveal(field))
        return makeError(QString::fromLatin1(Session::kDeniedCode),
                         Error::tr("Hanya administrator yang boleh membuka nomor KK"));
    const QString why = reason.simplified();
    if (why.size() < kMinReasonLength)
        return makeError(QStringLiteral("reason_required"),
                         Error::tr("Tulis alasan membuka data ini (paling sedikit %1 karakter)").arg(kMinReasonLength));
    auto rec = ApplicantDirectory(m_db).record(applicantId);
    if (!rec)
        return rec.error();
    if (!rec->has_value())
        return notFound(applicantId);
    const ApplicantRecord& r = **rec;
    QByteArray ct;
    PiiField pf = PiiField::Nik;
    switch (field) {
    case RevealField::Nik:
        ct = r.nikCt;
        break;
    case RevealField::Kk:
        ct = r.kkCt;
        pf = PiiField::Kk;
        break;
    case RevealField::Email:
        ct = r.emailCt;
        pf = PiiField::Email;
        break;
    case RevealField::Phone:
        ct = r.phoneCt;
        pf = PiiField::Phone;
        break;
    }
    if (ct.isEmpty())
        return makeError(QStringLiteral("field_empty"), Error::tr("Data ini tidak diisi oleh pendaftar"));
    Result<QByteArray> value = m_cipher->decrypt(pf, ct, r.nikBi);
    if (!value)
        return value.error();
    if (const Status s = audit(QStringLiteral("applicant.reveal"), QStringLiteral("applicant:%1").arg(applicantId),
                               QStringLiteral("field=%1 reason=%2").arg(revealFieldName(field), why));
        !s)
        return s.error();
    QString out = QString::fromUtf8(value.value());
    Crypto::wipe(value.value());
    return field == RevealField::Phone ? PiiMask::phoneDisplay(out) : out;
}

Result<quint32> LookupService::lastSelectedRank(int wave, int province, qint64 drawnAt)
{
    const QString key = QStringLiteral("%1|%2|%3|%4").arg(m_db.path()).arg(wave).arg(province).arg(drawnAt);
    {
        QMutexLocker lock(&g_rankMutex);
        if (const auto it = g_rankCache.constFind(key); it != g_rankCache.cend())
            return it.value();
    }
    auto rank = OutcomeStore(m_db).lastSelectedRank(wave, province);
    if (!rank)
        return rank;
    QMutexLocker lock(&g_rankMutex);
    g_rankCache.insert(key, rank.value());
    return rank;
}

Result<ApplicantCard> LookupService::card(qint64 applicantId)
{
    if (const Status s = m_session.require(Permission::SearchApplicants); !s)
        return s.error();
    ApplicantDirectory dir(m_db);
    auto rec = dir.record(applicantId);
    if (!rec)
        return rec.error();
    if (!rec->has_value())
        return notFound(applicantId);
    const ApplicantRecord& r = **rec;
    ApplicantCard c;
    c.id = r.id;
    c.name = plain(m_cipher->decrypt(PiiField::Name, r.nameCt, r.nikBi));
    c.nikMasked = PiiMask::nik(plain(m_cipher->decrypt(PiiField::Nik, r.nikCt, r.nikBi)));
    c.hasKk = !r.kkCt.isEmpty();
    if (c.hasKk)
        c.kkMasked = PiiMask::nik(plain(m_cipher->decrypt(PiiField::Kk, r.kkCt, r.nikBi)));
    c.emailMasked = PiiMask::email(plain(m_cipher->decrypt(PiiField::Email, r.emailCt, r.nikBi)));
    c.hasPhone = !r.phoneCt.isEmpty();
    if (c.hasPhone)
        c.phoneMasked = PiiMask::phone(plain(m_cipher->decrypt(PiiField::Phone, r.phoneCt, r.nikBi)));
    c.region = regionOf(r.regency, r.province);
    c.stage = stageOf(r);
    c.registeredAt = r.registeredAt;

    // Timeline from the stored stage times (each stage's first event; the latest NIK rejection).
    c.timeline << CardEvent{r.registeredAt, Bilingual::of(QT_TRANSLATE_NOOP("Text", "Mendaftar"))};
    if (r.emailVerifiedAt)
        c.timeline << CardEvent{*r.emailVerifiedAt, Bilingual::of(QT_TRANSLATE_NOOP("Text", "Email terverifikasi"))};
    if (r.nikRejectedAt) {
        const QString code = r.nikRejectReason;
        Bilingual why;
        if (code == u"not_found")
            why = Bilingual::of(
                QT_TRANSLATE_NOOP("Text",
                                  "NIK tidak ditemukan di data kependudukan (Dukcapil). Pastikan NIK sesuai KTP-el"
                                  " dan sudah terdaftar di Disdukcapil setempat."));
        else if (code == u"mismatch")
            why = Bilingual::of(
                QT_TRANSLATE_NOOP("Text",
                                  "Data tidak cocok dengan Dukcapil: nama, tanggal lahir atau nomor KK berbeda dari"
                                  " yang tercatat."));
        else if (code == u"deceased")
            why = Bilingual::of(
                QT_TRANSLATE_NOOP("Text", "NIK tercatat atas nama penduduk yang telah meninggal dunia di Dukcapil."));
        else
            why = Bilingual::of(QT_TRANSLATE_NOOP("Text", "Ditolak oleh Dukcapil dengan alasan \"%1\".")).arg(code);
        c.nikRejection = why;
        c.timeline << CardEvent{*r.nikRejectedAt, Bilingual::of(QT_TRANSLATE_NOOP("Text", "NIK ditolak: %1")).arg(why)};
    }
    if (r.nikVerifiedAt)
        c.timeline << CardEvent{*r.nikVerifiedAt,
                                Bilingual::of(QT_TRANSLATE_NOOP("Text", "NIK terverifikasi (Dukcapil)"))};
    if (r.phoneVerifiedAt)
        c.timeline << CardEvent{*r.phoneVerifiedAt,
                                Bilingual::of(QT_TRANSLATE_NOOP("Text", "Telepon terverifikasi (OTP)"))};
    if (r.testCompletedAt)
        c.timeline << CardEvent{*r.testCompletedAt,
                                Bilingual::of(QT_TRANSLATE_NOOP("Text", "Tes selesai, nilai %1")).arg(r.testScore)};
    auto joins = dir.joins(applicantId);
    if (!joins)
        return joins.error();
    QHash<int, qint64> joinedAt;
    for (const WaveJoin& j : joins.value()) {
        joinedAt.insert(j.wave, j.at);
        c.timeline << CardEvent{j.at,
                                Bilingual::of(QT_TRANSLATE_NOOP("Text", "Bergabung dengan gelombang %1")).arg(j.wave)};
    }
    if (r.participantWave > 0)
        c.timeline << CardEvent{
            r.announcedAt,
            Bilingual::of(QT_TRANSLATE_NOOP("Text", "Diumumkan sebagai peserta gelombang %1")).arg(r.participantWave)};
    if (r.trainingBoughtAt)
        c.timeline << CardEvent{*r.trainingBoughtAt,
                                Bilingual::of(QT_TRANSLATE_NOOP("Text", "Membeli pelatihan pertama"))};
    if (r.revokedAt)
        c.timeline << CardEvent{*r.revokedAt, Bilingual::of(QT_TRANSLATE_NOOP("Text", "Kartu Prakerja dicabut"))};
    std::stable_sort(c.timeline.begin(), c.timeline.end(),
                     [](const CardEvent& a, const CardEvent& b) { return a.at < b.at; });

    // Waves: the stored outcome of every drawn wave whose pool held the applicant.
    WaveRepository waves(m_db);
    auto list = waves.list();
    if (!list)
        return list.error();
    OutcomeStore outcomes(m_db);
    const Wave* next = nullptr;
    for (const Wave& w : list.value()) {
        if (w.status == WaveStatus::Open && (!next || next->status != WaveStatus::Open))
            next = &w;
        else if (w.status == WaveStatus::Planned && !next)
            next = &w;
        const bool drawn = w.status == WaveStatus::Drawn || w.status == WaveStatus::Announced;
        CardWave cw;
        cw.wave = w.number;
        cw.name = w.name;
        cw.joinedAt = joinedAt.value(w.number);
        if (drawn) {
            auto m = outcomes.member(w.number, static_cast<quint32>(applicantId));
            if (!m)
                return m.error();
            if (!m->has_value())
                continue;
            const OutcomeStore::Member& mm = **m;
            OutcomeFacts f;
            f.status = mm.status;
            f.reason = mm.reason;
            f.tier = mm.tier;
            f.rank = mm.rank;
            f.province = mm.province;
            f.kkPrior = mm.kkPrior;
            f.provinceGroup = w.rules.provinceQuotas != ProvinceQuotaMode::Off;
            f.groupQuota = f.provinceGroup ? waves.provinceQuotas(w.number).value(mm.province) : w.quota;
            if (mm.status == static_cast<int>(OutcomeStatus::NotSelected)) {
                auto last = lastSelectedRank(w.number, f.provinceGroup ? mm.province : -1, w.drawnAt.value_or(0));
                if (!last)
                    return last.error();
                f.lastSelectedRank = last.value();
            }
            cw.outcome = outcomeStatusName(static_cast<OutcomeStatus>(mm.status));
            cw.explanation = OutcomeExplainer::explain(w, f);
        } else if (joinedAt.contains(w.number) && w.status != WaveStatus::Cancelled) {
            const Bilingual on = OutcomeExplainer::date(w.announceAt);
            cw.outcome = QStringLiteral("pending");
            cw.explanation = Bilingual::of(QT_TRANSLATE_NOOP("Text", "Gelombang %1: menunggu undian; pengumuman %2."))
                                 .arg(w.number)
                                 .arg(on);
        } else {
            continue;
        }
        c.waves << cw;
    }

    // Eligibility now, rule by rule, against the next open (or planned) wave.
    if (next) {
        c.nextWave = next->number;
        c.nextWaveName = next->name;
        const RuleSet& rules = next->rules;
        const CivilDate closing = Timestamp::dateWib(next->closesAt);
        const int cutoff = (closing.year - rules.minimumAge) * 10000 + closing.month * 100 + closing.day;
        const quint8 refs = DrawInputs::lists(r.drawInputs);
        const Bilingual on = OutcomeExplainer::date(next->closesAt);
        auto rule = [&](const Bilingual& what, bool passed, const Bilingual& failed) {
            c.eligibilityNow << CardRule{what, passed,
                                         passed ? Bilingual::of(QT_TRANSLATE_NOOP("Text", "terpenuhi")) : failed};
        };
        auto why = [&](Eligibility e) {
            return OutcomeExplainer::ineligibility(static_cast<int>(e), rules, next->closesAt, 0);
        };
        rule(Bilingual::of(QT_TRANSLATE_NOOP("Text", "Berusia %1 tahun pada %2")).arg(rules.minimumAge).arg(on),
             r.birthYmd <= cutoff, why(Eligibility::UnderAge));
        if (rules.requireEmailVerified)
            rule(Bilingual::of(QT_TRANSLATE_NOOP("Text", "Email terverifikasi")), r.emailVerifiedAt.has_value(),
                 Bilingual::of(QT_TRANSLATE_NOOP("Text", "email belum terverifikasi")));
        if (rules.requireNikVerified)
            rule(Bilingual::of(QT_TRANSLATE_NOOP("Text", "NIK terverifikasi")), r.nikVerifiedAt.has_value(),
                 r.nikRejectedAt ? Bilingual::of(QT_TRANSLATE_NOOP("Text", "NIK ditolak Dukcapil"))
                                 : Bilingual::of(QT_TRANSLATE_NOOP("Text", "NIK belum terverifikasi")));
        if (rules.requirePhoneVerified)
            rule(Bilingual::of(QT_TRANSLATE_NOOP("Text", "Telepon terverifikasi")), r.phoneVerifiedAt.has_value(),
                 Bilingual::of(QT_TRANSLATE_NOOP("Text", "telepon belum terverifikasi")));
        if (rules.excludeStudents)
            rule(Bilingual::of(QT_TRANSLATE_NOOP("Text", "Bukan pelajar (Dapodik)")),
                 !(refs & SelectionPool::OnDapodik), why(Eligibility::Student));
        if (rules.excludeExclusionList)
            rule(Bilingual::of(QT_TRANSLATE_NOOP("Text", "Tidak termasuk daftar pengecualian")),
                 !(refs & SelectionPool::OnExclusion), why(Eligibility::Excluded));
        rule(Bilingual::of(QT_TRANSLATE_NOOP("Text", "Belum pernah menjadi peserta")), r.participantWave == 0,
             r.participantStatus == 1 ? why(Eligibility::AlreadyParticipant) : why(Eligibility::Revoked));
    }

    // Training purchase: 30 days from the announcement, or the card is revoked.
    if (r.participantWave > 0) {
        const qint64 deadline = r.announcedAt + 30 * Timestamp::kDay;
        c.purchaseDeadline = deadline;
        const Bilingual d = OutcomeExplainer::date(deadline);
        if (r.trainingBoughtAt)
            c.purchase = {QStringLiteral("Pelatihan pertama sudah dibeli pada %1.")
                              .arg(OutcomeExplainer::date(*r.trainingBoughtAt).id),
                          QStringLiteral("A first training was bought on %1.")
                              .arg(OutcomeExplainer::date(*r.trainingBoughtAt).en)};
        else if (r.revokedAt)
            c.purchase
                = Bilingual::of(QT_TRANSLATE_NOOP("Text", "Kartu dicabut karena tidak membeli pelatihan sebelum %1."))
                      .arg(d);
        else
            c.purchase = Bilingual::of(
                             QT_TRANSLATE_NOOP("Text",
                                               "Harus membeli pelatihan pertama paling lambat %1 (%2 WIB), atau kartu"
                                               " dicabut."))
                             .arg(d, Timestamp::toDisplayWib(deadline, false));
    }
    auto lists = dir.referenceLists(r.nikBi);
    if (!lists)
        return lists.error();
    for (int l : lists.value())
        c.referenceLists << Bilingual{referenceListName(static_cast<ReferenceList>(l)),
                                      referenceListName(static_cast<ReferenceList>(l))};
    auto requests = RequestService(m_db, m_session).forApplicant(applicantId);
    if (!requests)
        return requests.error();
    for (const RequestState& q : requests.value())
        c.requests << q.text;
    if (const Status s = audit(QStringLiteral("applicant.view"), QStringLiteral("applicant:%1").arg(applicantId), {});
        !s)
        return s.error();
    return c;
}

Result<qint64> LookupService::applicantIdOfNik(const QString& nik)
{
    if (!m_session.can(Permission::ViewAudit))
        if (const Status s = m_session.require(Permission::SearchApplicants); !s)
            return s.error();
    const LookupQuery q = LookupQuery::as(LookupKind::Nik, nik);
    if (!q.valid())
        return q.problem;
    auto ids = ApplicantDirectory(m_db).find(ApplicantDirectory::Key::Nik,
                                             m_cipher->blindIndex(PiiField::Nik, q.normalised), 1);
    if (!ids)
        return ids.error();
    return ids->isEmpty() ? qint64(0) : ids->first();
}

Result<qint64> LookupService::catchUpNameIndex(const std::function<bool(qint64, qint64)>& progress)
{
    if (const Status s = m_session.require(Permission::SearchApplicants); !s)
        return s.error();
    return NameIndex(m_db).catchUp(m_db.keys(), NameIndex::kDefaultBatch, progress);
}

} // namespace prakerja
