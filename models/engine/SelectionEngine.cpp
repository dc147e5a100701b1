#include "SelectionEngine.h"

#include "domain/Stage.h"

#include <QElapsedTimer>
// SHA256_Init/Update/Final are deprecated in OpenSSL 3.0 in favour of EVP, but the one-shot
// SHA256() and EVP fetch the implementation on every call under a lock: measured 4x slower on
// ten million 48-byte inputs. The low-level calls run the same (SHA-NI) code without the fetch.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <thread>
#include <unordered_map>

namespace prakerja {

namespace {

__extension__ typedef unsigned __int128 Wide;

// Eligible at the draw: eligible, withdrawn later (keeps its rank), or stopped by the cap during
// the walk (re-decided by the walk); not a card already full with earlier waves' participants.
bool rankable(const SelectionPool& pool, size_t i, int cap)
{
    const auto r = static_cast<Eligibility>(pool.reason[i]);
    if (pool.status[i] == static_cast<quint8>(OutcomeStatus::Withdrawn) || r == Eligibility::Eligible)
        return true;
    return r == Eligibility::FamilyCardCap && !(cap > 0 && pool.kk[i] != 0 && pool.kkPrior[i] >= cap);
}

// Stable LSD radix sort of 64-bit keys on bits [fromBit, 64), 11 bits per pass; passes whose
// digit is the same for every key are skipped. Keys equal on those bits keep their order.
void radixSort(std::vector<quint64>& keys, int fromBit)
{
    const size_t n = keys.size();
    std::vector<quint64> tmp(n);
    constexpr int kBits = 11;
    constexpr size_t kBuckets = size_t(1) << kBits;
    for (int shift = fromBit; shift < 64; shift += kBits) {
        std::vector<size_t> count(kBuckets + 1, 0);
        for (size_t i = 0; i < n; ++i)
            ++count[((keys[i] >> shift) & (kBuckets - 1)) + 1];
        if (std::any_of(count.begin() + 1, count.end(), [n](size_t c) { return c == n; }))
            continue;
        for (size_t b = 0; b < kBuckets; ++b)
            count[b + 1] += count[b];
        for (size_t i = 0; i < n; ++i)
            tmp[count[(keys[i] >> shift) & (kBuckets - 1)]++] = keys[i];
        keys.swap(tmp);
    }
}

// SHA-256(seed || blind id) for many blind ids: the input fits one 64-byte block, so the
// padded block is built once and each key is one compression of it (the same digest as
// SHA256_Init/Update/Final, without their buffering).
class LotteryHasher
{
public:
    explicit LotteryHasher(const QByteArray& seed) : m_seedSize(std::min<size_t>(static_cast<size_t>(seed.size()), 32))
    {
        std::memcpy(m_block, seed.constData(), m_seedSize);
        const size_t length = m_seedSize + sizeof(BlindId);
        m_block[length] = 0x80;
        const quint64 bits = static_cast<quint64>(length) * 8;
        for (int b = 0; b < 8; ++b)
            m_block[63 - b] = static_cast<unsigned char>(bits >> (8 * b));
        SHA256_Init(&m_initial);
    }
    quint64 key(const BlindId& blindId)
    {
        std::memcpy(m_block + m_seedSize, blindId.data(), blindId.size());
        SHA256_CTX context = m_initial;
        SHA256_Transform(&context, m_block);
        return static_cast<quint64>(context.h[0]) << 32 | context.h[1];
    }

private:
    size_t m_seedSize;
    unsigned char m_block[64] = {};
    SHA256_CTX m_initial;
};

} // namespace

quint64 SelectionEngine::lotteryKey(const QByteArray& seed, const BlindId& blindId)
{
    return LotteryHasher(seed).key(blindId);
}

QMap<int, qint64> SelectionEngine::largestRemainder(qint64 quota, const QMap<int, qint64>& weights)
{
    QMap<int, qint64> seats;
    Wide total = 0;
    for (qint64 w : weights)
        total += static_cast<Wide>(std::max<qint64>(0, w));
    if (total == 0 || quota <= 0)
        return seats;
    struct Remainder
    {
        Wide remainder;
        int province;
    };
    std::vector<Remainder> remainders;
    qint64 given = 0;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        const Wide share = static_cast<Wide>(quota) * static_cast<Wide>(std::max<qint64>(0, it.value()));
        const qint64 whole = static_cast<qint64>(share / total);
        seats.insert(it.key(), whole);
        given += whole;
        remainders.push_back({share % total, it.key()});
    }
    std::sort(remainders.begin(), remainders.end(), [](const Remainder& a, const Remainder& b) {
        return a.remainder != b.remainder ? a.remainder > b.remainder : a.province < b.province;
    });
    for (size_t k = 0; given < quota && k < remainders.size(); ++k, ++given)
        ++seats[remainders[k].province];
    return seats;
}

Eligibility SelectionEngine::eligibilityOf(const SelectionPool& pool, qint64 i, const RuleSet& rules, int cutoffYmd)
{
    const auto idx = static_cast<size_t>(i);
    const quint8 f = pool.flags[idx];
    const quint8 refs = pool.refs[idx];
    if (pool.birthYmd[idx] > cutoffYmd)
        return Eligibility::UnderAge;
    if (rules.requireEmailVerified && !(f & SelectionPool::EmailVerified))
        return Eligibility::EmailNotVerified;
    if (rules.requireNikVerified && !(f & SelectionPool::NikVerified))
        return Eligibility::NikNotVerified;
    if (rules.requirePhoneVerified && !(f & SelectionPool::PhoneVerified))
        return Eligibility::PhoneNotVerified;
    if (rules.excludeStudents && (refs & SelectionPool::OnDapodik))
        return Eligibility::Student;
    if (rules.excludeExclusionList && (refs & SelectionPool::OnExclusion))
        return Eligibility::Excluded;
    if (f & SelectionPool::RevokedParticipant)
        return Eligibility::Revoked;
    if (f & SelectionPool::Participant)
        return Eligibility::AlreadyParticipant;
    if (rules.familyCardCap > 0 && pool.kk[idx] != 0 && pool.kkPrior[idx] >= rules.familyCardCap)
        return Eligibility::FamilyCardCap;
    return Eligibility::Eligible;
}

quint8 SelectionEngine::tierOf(const SelectionPool& pool, qint64 i, const RuleSet& rules)
{
    const auto idx = static_cast<size_t>(i);
    int tier = rules.tierCount() - 1;
    for (int t = 0; t < rules.tierCount(); ++t) {
        bool match = false;
        switch (rules.tiers[static_cast<size_t>(t)]) {
        case TierCriterion::KemnakerList:
            match = pool.refs[idx] & SelectionPool::OnKemnaker;
            break;
        case TierCriterion::PrioritySegment: {
            const auto s = static_cast<Segment>(pool.segment[idx]);
            match = s == Segment::LaidOff || s == Segment::Furloughed || s == Segment::MicroBusiness;
            break;
        }
        case TierCriterion::NotOnDtks:
            match = !(pool.refs[idx] & SelectionPool::OnDtks);
            break;
        case TierCriterion::Everyone:
            match = true;
            break;
        }
        if (match) {
            tier = t;
            break;
        }
    }
    if (rules.repeatApplicantBonus && (pool.flags[idx] & SelectionPool::RepeatApplicant) && tier > 0)
        --tier;
    return static_cast<quint8>(tier);
}

void SelectionEngine::evaluate(SelectionPool& pool, const RuleSet& rules, const CivilDate& closingDate)
{
    // Aged minimumAge or over on the closing date <=> born on or before that date minimumAge years earlier.
    const int cutoff = (closingDate.year - rules.minimumAge) * 10000 + closingDate.month * 100 + closingDate.day;
    const qint64 n = pool.size();
    pool.reason.resize(static_cast<size_t>(n));
    pool.tier.resize(static_cast<size_t>(n));
    pool.status.assign(static_cast<size_t>(n), static_cast<quint8>(OutcomeStatus::Ineligible));
    pool.rank.assign(static_cast<size_t>(n), 0);
    for (qint64 i = 0; i < n; ++i) {
        pool.reason[static_cast<size_t>(i)] = static_cast<quint8>(eligibilityOf(pool, i, rules, cutoff));
        pool.tier[static_cast<size_t>(i)] = tierOf(pool, i, rules);
    }
}

SelectionEngine::DrawResult SelectionEngine::draw(SelectionPool& pool, const QByteArray& seed, qint64 quota,
                                                  const RuleSet& rules, const Progress& progress)
{
    DrawResult result;
    // PRAKERJA_DRAW_TRACE=1 prints the phases' times (for the bench's breakdown).
    static const bool trace = qEnvironmentVariableIsSet("PRAKERJA_DRAW_TRACE");
    QElapsedTimer clock;
    clock.start();
    auto report = [&](int percent) {
        if (trace)
            qInfo("draw: %3d %% after %lld ms", percent, static_cast<long long>(clock.elapsed()));
        if (progress && !progress(percent))
            result.cancelled = true;
        return !result.cancelled;
    };
    const size_t n = pool.id.size();
    pool.status.resize(n, static_cast<quint8>(OutcomeStatus::Ineligible));
    pool.rank.assign(n, 0);

    // 1. The ranked members, sorted on one 64-bit word each: the tier (3 bits), the lottery
    //    key's top bits, and the member's index in the low bits (ids ascend with the index). The
    //    index makes the word unique and ties on the truncated lottery key rare (about a hundred
    //    at ten million); those are settled below on the full key, then the id.
    const int indexBits = std::max(1, static_cast<int>(std::bit_width(n)));
    const int lotteryBits = 61 - indexBits;
    const quint64 indexMask = (quint64(1) << indexBits) - 1;
    // Each half of the pool on its own thread (SHA-256 of ten million inputs takes over a second
    // on one core); the halves' words are in index order, and so is their concatenation.
    const auto rankHalf = [&](size_t from, size_t to, std::vector<quint64>& words) {
        LotteryHasher hasher(seed);
        words.reserve(to - from);
        for (size_t i = from; i < to; ++i) {
            if (rankable(pool, i, rules.familyCardCap))
                words.push_back((static_cast<quint64>(pool.tier[i]) << 61)
                                | (hasher.key(pool.nikBi[i]) >> (64 - lotteryBits) << indexBits) | i);
            else
                pool.status[i] = static_cast<quint8>(OutcomeStatus::Ineligible);
        }
    };
    if (!report(5))
        return result;
    std::vector<quint64> keys, upperKeys;
    keys.reserve(n); // room for the upper half's words too
    {
        std::thread helper(rankHalf, n / 2, n, std::ref(upperKeys));
        rankHalf(0, n / 2, keys);
        helper.join();
    }
    keys.insert(keys.end(), upperKeys.begin(), upperKeys.end());
    std::vector<quint64>().swap(upperKeys);
    const size_t m = keys.size();
    result.ranked = static_cast<qint64>(m);
    if (!report(35))
        return result;
    // The words arrive in index order, so sorting the bits above the index suffices.
    radixSort(keys, indexBits);
    for (size_t a = 0; a < m;) {
        size_t b = a + 1;
        while (b < m && keys[b] >> indexBits == keys[a] >> indexBits)
            ++b;
        if (b - a > 1)
            std::sort(keys.begin() + static_cast<std::ptrdiff_t>(a), keys.begin() + static_cast<std::ptrdiff_t>(b),
                      [&](quint64 x, quint64 y) {
                          const size_t ix = x & indexMask, iy = y & indexMask;
                          const quint64 kx = lotteryKey(seed, pool.nikBi[ix]), ky = lotteryKey(seed, pool.nikBi[iy]);
                          return kx != ky ? kx < ky : pool.id[ix] < pool.id[iy];
                      });
        a = b;
    }
    std::vector<quint32> order(m);
    for (size_t k = 0; k < m; ++k)
        order[k] = static_cast<quint32>(keys[k] & indexMask);
    std::vector<quint64>().swap(keys);
    {
        const auto placeRanks = [&](size_t from, size_t to) {
            for (size_t r = from; r < to; ++r)
                pool.rank[order[r]] = static_cast<quint32>(r + 1);
        };
        std::thread helper(placeRanks, m / 2, m);
        placeRanks(0, m / 2);
        helper.join();
    }
    if (!report(70))
        return result;

    // 2. Quotas: one global, or per province by largest remainder.
    const bool perProvince = rules.provinceQuotas != ProvinceQuotaMode::Off;
    std::array<qint64, 256> room{};
    if (perProvince) {
        QMap<int, qint64> weights;
        if (rules.provinceQuotas == ProvinceQuotaMode::WeightTable) {
            weights = rules.provinceWeights;
        } else {
            for (quint32 i : order)
                ++weights[pool.province[i]];
        }
        result.provinceQuotas = largestRemainder(quota, weights);
        for (auto it = result.provinceQuotas.cbegin(); it != result.provinceQuotas.cend(); ++it)
            if (it.key() >= 0 && it.key() < 256)
                room[static_cast<size_t>(it.key())] = it.value();
    }
    qint64 globalRoom = quota;

    // 3. Walk the ranking while there is room: the family-card cap counts earlier waves'
    //    participants (kkPrior) plus those selected so far in this walk. Once no room is left
    //    anywhere, everyone further down is not selected; they are marked in one pass in index
    //    order rather than by walking the rest of the ranking.
    std::unordered_map<quint64, int> family;
    family.reserve(static_cast<size_t>(std::min<qint64>(quota, static_cast<qint64>(m))) + 1);
    const int cap = rules.familyCardCap;
    qint64 roomLeft = 0;
    if (perProvince)
        for (qint64 seats : room)
            roomLeft += seats;
    else
        roomLeft = globalRoom;
    size_t r = 0;
    for (; r < m && roomLeft > 0; ++r) {
        const quint32 i = order[r];
        if (pool.status[i] == static_cast<quint8>(OutcomeStatus::Withdrawn))
            continue;
        pool.reason[i] = static_cast<quint8>(Eligibility::Eligible);
        const bool hasRoom = perProvince ? room[pool.province[i]] > 0 : globalRoom > 0;
        if (!hasRoom) {
            pool.status[i] = static_cast<quint8>(OutcomeStatus::NotSelected);
            continue;
        }
        if (cap > 0 && pool.kk[i] != 0) {
            int& count = family[pool.kk[i]];
            if (pool.kkPrior[i] + count >= cap) {
                pool.reason[i] = static_cast<quint8>(Eligibility::FamilyCardCap);
                pool.status[i] = static_cast<quint8>(OutcomeStatus::Ineligible);
                continue;
            }
            ++count;
        }
        pool.status[i] = static_cast<quint8>(OutcomeStatus::Selected);
        ++result.selected;
        --roomLeft;
        if (perProvince)
            --room[pool.province[i]];
        else
            --globalRoom;
    }
    const quint32 walked = static_cast<quint32>(r);
    for (size_t i = 0; i < n; ++i) {
        if (pool.rank[i] > walked && pool.status[i] != static_cast<quint8>(OutcomeStatus::Withdrawn)) {
            pool.reason[i] = static_cast<quint8>(Eligibility::Eligible);
            pool.status[i] = static_cast<quint8>(OutcomeStatus::NotSelected);
        }
    }
    report(100);
    return result;
}

} // namespace prakerja
