// Property tests of the selection engine over random pools: quota, eligibility, tier priority
// (per province with province quotas), the family-card cap, determinism, and largest remainder.
#include "domain/Stage.h"
#include "engine/SelectionEngine.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace prakerja;

namespace {

const CivilDate kClosing{2020, 4, 16};

SelectionPool randomPool(quint32 seed, int n, int families)
{
    QRandomGenerator rng(seed);
    SelectionPool p;
    p.resize(static_cast<size_t>(n));
    static const int provinces[] = {11, 31, 32, 35, 94};
    quint32 id = 0;
    for (size_t i = 0; i < static_cast<size_t>(n); ++i) {
        id += 1 + rng.bounded(3);
        p.id[i] = id;
        for (auto& b : p.nikBi[i])
            b = static_cast<quint8>(rng.bounded(256));
        p.kk[i] = rng.bounded(10) == 0 ? 0 : 1 + rng.bounded(families);
        // Mostly adults; some turn 18 right around the closing date.
        const int year = rng.bounded(10) == 0 ? 2002 : 1960 + static_cast<int>(rng.bounded(42));
        p.birthYmd[i]
            = year * 10000 + (1 + static_cast<int>(rng.bounded(12))) * 100 + 1 + static_cast<int>(rng.bounded(28));
        p.province[i] = static_cast<quint8>(provinces[rng.bounded(5)]);
        p.sex[i] = static_cast<quint8>(1 + rng.bounded(2));
        p.segment[i] = static_cast<quint8>(rng.bounded(6));
        quint8 f = SelectionPool::OwnMember;
        if (rng.bounded(100) < 92)
            f |= SelectionPool::EmailVerified;
        if (rng.bounded(100) < 88)
            f |= SelectionPool::NikVerified;
        if (rng.bounded(100) < 85)
            f |= SelectionPool::PhoneVerified;
        if (rng.bounded(100) < 3)
            f |= SelectionPool::Participant;
        if (rng.bounded(100) < 1)
            f |= SelectionPool::RevokedParticipant;
        if (rng.bounded(100) < 20)
            f |= SelectionPool::RepeatApplicant;
        p.flags[i] = f;
        quint8 r = 0;
        if (rng.bounded(100) < 10)
            r |= SelectionPool::OnKemnaker;
        if (rng.bounded(100) < 25)
            r |= SelectionPool::OnDtks;
        if (rng.bounded(100) < 3)
            r |= SelectionPool::OnDapodik;
        if (rng.bounded(100) < 2)
            r |= SelectionPool::OnExclusion;
        p.refs[i] = r;
        // Earlier waves' participants are a property of the card: the same for all its members.
        p.kkPrior[i] = p.kk[i] == 0 ? 0 : p.kk[i] % 23 == 0 ? 2 : p.kk[i] % 11 == 0 ? 1 : 0;
    }
    return p;
}

QByteArray seedOf(int k)
{
    QByteArray s(32, '\0');
    for (int b = 0; b < 32; ++b)
        s[b] = static_cast<char>(k * 31 + b * 7);
    return s;
}

} // namespace

class TestSelectionEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void properties_data();
    void properties();
    void deterministicPerSeed();
    void withdrawnKeepRankAndNextTakesPlace();
    void largestRemainder();
    void lotteryKeyKnownAnswer();
    void rulesJsonRoundTrip();
};

void TestSelectionEngine::properties_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("families");
    QTest::addColumn<qint64>("quota");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("provinceMode");
    QTest::addColumn<bool>("repeatBonus");
    QTest::addColumn<bool>("phoneRequired");
    for (int round = 0; round < 6; ++round) {
        const int size = 500 + round * 700;
        QTest::addRow("global quota %d", round) << size << size / 3 << qint64(size / 5) << 2 << 0 << false << true;
        QTest::addRow("tight families %d", round)
            << size << size / 20 << qint64(size / 4) << 2 << 0 << (round % 2 == 0) << true;
        QTest::addRow("quota above pool %d", round) << size << size / 3 << qint64(size * 2) << 1 << 0 << false << false;
        QTest::addRow("province quotas by pool %d", round)
            << size << size / 10 << qint64(size / 6) << 2 << 1 << false << true;
        QTest::addRow("province quotas by weight %d", round)
            << size << size / 10 << qint64(size / 6) << 2 << 2 << true << false;
        QTest::addRow("no cap %d", round) << size << size / 50 << qint64(size / 3) << 0 << 0 << false << true;
    }
}

void TestSelectionEngine::properties()
{
    QFETCH(int, size);
    QFETCH(int, families);
    QFETCH(qint64, quota);
    QFETCH(int, cap);
    QFETCH(int, provinceMode);
    QFETCH(bool, repeatBonus);
    QFETCH(bool, phoneRequired);
    RuleSet rules;
    rules.familyCardCap = cap;
    rules.repeatApplicantBonus = repeatBonus;
    rules.requirePhoneVerified = phoneRequired;
    rules.provinceQuotas = static_cast<ProvinceQuotaMode>(provinceMode);
    rules.provinceWeights = {{11, 5}, {31, 3}, {32, 1}, {35, 1}}; // 94 gets no seats
    for (quint32 seed = 1; seed <= 4; ++seed) {
        SelectionPool pool = randomPool(seed * 7919 + static_cast<quint32>(size), size, std::max(1, families));
        SelectionEngine::evaluate(pool, rules, kClosing);
        const auto result = SelectionEngine::draw(pool, seedOf(static_cast<int>(seed)), quota, rules);
        const int cutoff = (kClosing.year - 18) * 10000 + kClosing.month * 100 + kClosing.day;

        // The quota is never exceeded, globally and per province.
        qint64 selected = 0;
        QMap<int, qint64> perProvince;
        QHash<quint64, int> perCard;
        for (size_t i = 0; i < pool.id.size(); ++i) {
            if (pool.status[i] != static_cast<quint8>(OutcomeStatus::Selected))
                continue;
            ++selected;
            ++perProvince[pool.province[i]];
            if (pool.kk[i] != 0)
                ++perCard[pool.kk[i]];
            // Nobody ineligible is selected (re-derived from the inputs, not from the engine's reason).
            QCOMPARE(SelectionEngine::eligibilityOf(pool, static_cast<qint64>(i), rules, cutoff),
                     Eligibility::Eligible);
        }
        QCOMPARE(selected, result.selected);
        QVERIFY(selected <= quota);
        if (provinceMode != 0) {
            qint64 seats = 0;
            for (auto it = perProvince.cbegin(); it != perProvince.cend(); ++it)
                QVERIFY2(it.value() <= result.provinceQuotas.value(it.key()), "province quota exceeded");
            for (qint64 s : result.provinceQuotas)
                seats += s;
            QCOMPARE(seats, quota);
            if (provinceMode == 2)
                QVERIFY(!perProvince.contains(94));
        }
        // The family-card cap holds, earlier waves' participants included.
        if (cap > 0) {
            for (size_t i = 0; i < pool.id.size(); ++i)
                if (pool.kk[i] != 0 && perCard.contains(pool.kk[i]))
                    QVERIFY2(pool.kkPrior[i] + perCard.value(pool.kk[i]) <= cap, "family-card cap exceeded");
        }
        // No lower tier selected while an eligible higher-tier applicant is left out (per province).
        QMap<int, int> worstSelectedTier, bestLeftOutTier;
        for (size_t i = 0; i < pool.id.size(); ++i) {
            const int group = provinceMode != 0 ? pool.province[i] : 0;
            if (pool.status[i] == static_cast<quint8>(OutcomeStatus::Selected))
                worstSelectedTier[group] = std::max(worstSelectedTier.value(group, -1), int(pool.tier[i]));
            else if (pool.status[i] == static_cast<quint8>(OutcomeStatus::NotSelected))
                bestLeftOutTier[group] = std::min(bestLeftOutTier.value(group, 99), int(pool.tier[i]));
        }
        for (auto it = worstSelectedTier.cbegin(); it != worstSelectedTier.cend(); ++it)
            QVERIFY2(it.value() <= bestLeftOutTier.value(it.key(), 99), "a lower tier was preferred");
        // Every eligible member is ranked; ranks are 1..m in (tier, lottery key, id) order.
        std::vector<size_t> ranked;
        for (size_t i = 0; i < pool.id.size(); ++i)
            if (pool.rank[i] > 0)
                ranked.push_back(i);
        QCOMPARE(static_cast<qint64>(ranked.size()), result.ranked);
        std::sort(ranked.begin(), ranked.end(), [&](size_t a, size_t b) { return pool.rank[a] < pool.rank[b]; });
        for (size_t r = 0; r < ranked.size(); ++r) {
            QCOMPARE(pool.rank[ranked[r]], quint32(r + 1));
            if (r > 0) {
                const size_t a = ranked[r - 1], b = ranked[r];
                const auto ka = std::make_tuple(
                    pool.tier[a], SelectionEngine::lotteryKey(seedOf(int(seed)), pool.nikBi[a]), pool.id[a]);
                const auto kb = std::make_tuple(
                    pool.tier[b], SelectionEngine::lotteryKey(seedOf(int(seed)), pool.nikBi[b]), pool.id[b]);
                QVERIFY(ka < kb);
            }
        }
        // The outcome equals a plain walk down the whole ranking (the engine stops walking once
        // no room is left anywhere and marks the rest in one pass).
        QMap<int, qint64> room = result.provinceQuotas;
        qint64 globalRoom = quota;
        QHash<quint64, int> family;
        for (size_t i : ranked) {
            auto status = OutcomeStatus::Selected;
            auto reason = Eligibility::Eligible;
            if (provinceMode != 0 ? room.value(pool.province[i]) <= 0 : globalRoom <= 0) {
                status = OutcomeStatus::NotSelected;
            } else if (cap > 0 && pool.kk[i] != 0 && pool.kkPrior[i] + family.value(pool.kk[i]) >= cap) {
                status = OutcomeStatus::Ineligible;
                reason = Eligibility::FamilyCardCap;
            } else {
                if (cap > 0 && pool.kk[i] != 0)
                    ++family[pool.kk[i]];
                if (provinceMode != 0)
                    --room[pool.province[i]];
                else
                    --globalRoom;
            }
            QCOMPARE(pool.status[i], quint8(status));
            QCOMPARE(pool.reason[i], quint8(reason));
        }
        // With room left and no province limits, every eligible member not stopped by the cap is selected.
        if (quota >= size && provinceMode == 0)
            for (size_t i = 0; i < pool.id.size(); ++i)
                QVERIFY(pool.status[i] != static_cast<quint8>(OutcomeStatus::NotSelected));
    }
}

void TestSelectionEngine::deterministicPerSeed()
{
    RuleSet rules;
    SelectionPool a = randomPool(42, 3000, 900);
    SelectionEngine::evaluate(a, rules, kClosing);
    SelectionPool b = a;
    SelectionPool c = a;
    SelectionEngine::draw(a, seedOf(1), 400, rules);
    SelectionEngine::draw(b, seedOf(1), 400, rules);
    SelectionEngine::draw(c, seedOf(2), 400, rules);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.rank, b.rank);
    QCOMPARE(a.reason, b.reason);
    QVERIFY(a.status != c.status);
    // Drawing again on an already drawn pool (as verify does from the stored outcome) changes nothing.
    SelectionPool again = a;
    SelectionEngine::draw(again, seedOf(1), 400, rules);
    QCOMPARE(again.status, a.status);
    QCOMPARE(again.rank, a.rank);
    QCOMPARE(again.reason, a.reason);
}

void TestSelectionEngine::withdrawnKeepRankAndNextTakesPlace()
{
    RuleSet rules;
    rules.familyCardCap = 0;
    SelectionPool pool = randomPool(7, 2000, 600);
    SelectionEngine::evaluate(pool, rules, kClosing);
    SelectionEngine::draw(pool, seedOf(3), 200, rules);
    const SelectionPool before = pool;
    // Withdraw the three best-ranked selected members.
    std::vector<size_t> byRank;
    for (size_t i = 0; i < pool.id.size(); ++i)
        if (pool.rank[i] > 0)
            byRank.push_back(i);
    std::sort(byRank.begin(), byRank.end(), [&](size_t a, size_t b) { return pool.rank[a] < pool.rank[b]; });
    for (int k = 0; k < 3; ++k) {
        pool.status[byRank[static_cast<size_t>(k)]] = static_cast<quint8>(OutcomeStatus::Withdrawn);
        pool.reason[byRank[static_cast<size_t>(k)]] = static_cast<quint8>(Eligibility::Excluded);
    }
    SelectionEngine::draw(pool, seedOf(3), 200, rules);
    // Ranks are unchanged; the selected are the old ones minus the withdrawn plus ranks 201-203.
    QCOMPARE(pool.rank, before.rank);
    for (size_t r = 0; r < byRank.size(); ++r) {
        const size_t i = byRank[r];
        if (r < 3)
            QCOMPARE(pool.status[i], quint8(OutcomeStatus::Withdrawn));
        else if (r < 203)
            QCOMPARE(pool.status[i], quint8(OutcomeStatus::Selected));
        else
            QCOMPARE(pool.status[i], quint8(OutcomeStatus::NotSelected));
    }
}

void TestSelectionEngine::largestRemainder()
{
    // 10 seats over 5:3:2 weights of 60/30/10-ish: exact shares 4.76, 2.86, 2.38 (weights 50, 30, 25).
    const auto seats = SelectionEngine::largestRemainder(10, {{11, 50}, {31, 30}, {32, 25}});
    QCOMPARE(seats.value(11), 5);
    QCOMPARE(seats.value(31), 3);
    QCOMPARE(seats.value(32), 2);
    // Equal remainders go to the lower province code.
    const auto tie = SelectionEngine::largestRemainder(1, {{35, 1}, {12, 1}});
    QCOMPARE(tie.value(12), 1);
    QCOMPARE(tie.value(35), 0);
    QVERIFY(SelectionEngine::largestRemainder(5, {}).isEmpty());
}

void TestSelectionEngine::lotteryKeyKnownAnswer()
{
    // SHA-256 of 32 zero bytes followed by 16 zero bytes, first 8 bytes big-endian
    // (computed independently with: head -c 48 /dev/zero | sha256sum).
    const QByteArray seed(32, '\0');
    const BlindId zero{};
    QCOMPARE(SelectionEngine::lotteryKey(seed, zero), Q_UINT64_C(0x17b0761f87b081d5));
}

void TestSelectionEngine::rulesJsonRoundTrip()
{
    RuleSet r;
    r.requirePhoneVerified = false;
    r.familyCardCap = 3;
    r.tiers = {TierCriterion::PrioritySegment, TierCriterion::KemnakerList, TierCriterion::Everyone};
    r.repeatApplicantBonus = true;
    r.provinceQuotas = ProvinceQuotaMode::WeightTable;
    r.provinceWeights = {{11, 4}, {31, 6}};
    auto back = RuleSet::fromJson(r.toJson());
    QVERIFY(back.ok());
    QVERIFY(back.value() == r);
    QVERIFY(!RuleSet::fromJson(R"({"tiers":["everyone","kemnaker_list"]})").ok());
    QVERIFY(!RuleSet::fromJson(R"({"tiers":["bogus","everyone"]})").ok());
    auto weights = RuleSet::parseWeightCsv("province,weight\n11,4\n31,6\n");
    QVERIFY(weights.ok());
    QCOMPARE(weights->value(31), 6);
    QVERIFY(!RuleSet::parseWeightCsv("province,weight\n11;4\n").ok());
}

QTEST_GUILESS_MAIN(TestSelectionEngine)
#include "tst_selectionengine.moc"
