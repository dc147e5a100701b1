#include "FeedParser.h"

#include "FlatJsonObject.h"
#include "domain/CivilDate.h"
#include "domain/FeedReject.h"
#include "domain/Nik.h"
#include "domain/Stage.h"
#include "domain/Timestamp.h"
#include "security/PiiCipher.h"

#include <QChar>
#include <QHash>
#include <QPair>
#include <QString>
#include <QStringView>
#include <optional>

namespace prakerja {

namespace {

bool isDigits(QStringView s, int length)
{
    if (s.size() != length)
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

bool plausibleEmail(QStringView e)
{
    const qsizetype at = e.indexOf(u'@');
    if (at <= 0 || at != e.lastIndexOf(u'@') || e.size() > 254 || at == e.size() - 1)
        return false;
    const QStringView domain = e.mid(at + 1);
    if (!domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.'))
        return false;
    for (QChar c : e)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    return true;
}

} // namespace

QString FeedParser::echo(QStringView text, qsizetype cap)
{
    QString out;
    qsizetype shown = 0;
    for (const QChar c : text) {
        if (shown == cap) {
            out += u'…';
            break;
        }
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029
            || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F;
        if (!control)
            out += c;
        else if (u < 0x100)
            out += QStringLiteral("\\x%1").arg(static_cast<uint>(u), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(static_cast<uint>(u), 4, 16, QLatin1Char('0'));
        ++shown;
    }
    return out;
}

Result<FeedRecord> FeedParser::parse(QByteArrayView line, qint64 lineNumber)
{
    if (line.size() > kMaxLineBytes)
        return feedReject(QStringLiteral("line_too_long"), QStringLiteral("more than %1 bytes").arg(kMaxLineBytes));
    // A byte-order mark may open a feed (some exporters write one).
    if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
        line = line.sliced(3);
    QString jsonError;
    const std::optional<FlatJsonObject> object = FlatJsonObject::parse(line, &jsonError);
    if (!object)
        return feedReject(QStringLiteral("malformed_json"), jsonError);

    auto string = [&](const char* key, bool required, QString& out) -> std::optional<Error> {
        const FlatJsonObject::Member* m = object->find(key);
        if (!m || m->kind == FlatJsonObject::Kind::Null) {
            if (required)
                return feedReject(QStringLiteral("missing_field"), QString::fromLatin1(key));
            return std::nullopt;
        }
        if (m->kind != FlatJsonObject::Kind::String)
            return feedReject(QStringLiteral("invalid_field"),
                              QStringLiteral("%1 must be a string").arg(QLatin1StringView(key)));
        out = m->text;
        return std::nullopt;
    };
    auto integer = [&](const char* key, int low, int high, int& out) -> std::optional<Error> {
        const FlatJsonObject::Member* m = object->find(key);
        if (!m || m->kind == FlatJsonObject::Kind::Null)
            return feedReject(QStringLiteral("missing_field"), QString::fromLatin1(key));
        bool ok = false;
        const int v = m->kind == FlatJsonObject::Kind::Number ? m->text.toInt(&ok) : 0;
        if (!ok || v < low || v > high)
            return feedReject(QStringLiteral("invalid_field"),
                              QStringLiteral("%1 must be a whole number from %2 to %3")
                                  .arg(QLatin1StringView(key))
                                  .arg(low)
                                  .arg(high));
        out = v;
        return std::nullopt;
    };

    auto present = [&](const char* key) {
        const FlatJsonObject::Member* m = object->find(key);
        return m && m->kind != FlatJsonObject::Kind::Null;
    };
    // A catalogue code: 1 to 64 characters, no spaces or control characters.
    auto code = [&](const char* key, QString& out) -> std::optional<Error> {
        if (auto e = string(key, true, out))
            return e;
        out = out.trimmed();
        bool ok = !out.isEmpty() && out.size() <= 64;
        for (QChar c : std::as_const(out))
            ok = ok && !c.isSpace() && c.category() != QChar::Other_Control;
        if (!ok)
            return feedReject(QStringLiteral("invalid_field"),
                              QStringLiteral("%1 must be a code of 1 to 64 characters").arg(QLatin1StringView(key)));
        return std::nullopt;
    };
    // Whole rupiah: a JSON number without a fraction, 0 to 10^12.
    auto money = [&](const char* key, qint64& out) -> std::optional<Error> {
        const FlatJsonObject::Member* m = object->find(key);
        if (!m || m->kind == FlatJsonObject::Kind::Null)
            return feedReject(QStringLiteral("missing_field"), QString::fromLatin1(key));
        bool ok = false;
        const qint64 v = m->kind == FlatJsonObject::Kind::Number ? m->text.toLongLong(&ok) : 0;
        if (!ok || v < 0 || v > 1'000'000'000'000)
            return feedReject(QStringLiteral("invalid_field"),
                              QStringLiteral("%1 must be whole rupiah").arg(QLatin1StringView(key)));
        out = v;
        return std::nullopt;
    };

    FeedRecord r;
    r.line = lineNumber;
    QString eventText, atText, nikText;
    if (auto e = string("event", true, eventText))
        return *e;
    const std::optional<EventType> type = eventFromName(eventText);
    if (!type || *type == EventType::Selected || *type == EventType::NotSelected || *type == EventType::IncentiveMonth2
        || *type == EventType::IncentiveMonth3 || *type == EventType::IncentiveComplete)
        return feedReject(QStringLiteral("unknown_event"), echo(eventText));
    r.type = *type;
    if (auto e = string("nik", true, nikText))
        return *e;
    if (auto e = string("at", true, atText))
        return *e;
    const std::optional<qint64> at = Timestamp::parseIso8601(atText);
    if (!at)
        return feedReject(QStringLiteral("invalid_field"),
                          QStringLiteral("at must be ISO 8601 with an offset, e.g. 2020-04-11T19:00:03+07:00"));
    r.at = *at;

    if (r.type != EventType::Registered) {
        if (!isDigits(nikText, 16))
            return Nik::errorFor(nikText.size() != 16 ? Nik::Failure::Length : Nik::Failure::Digits);
        r.nikBi = m_cipher.blindIndex(PiiField::Nik, PiiCipher::normaliseDigits(nikText));
        switch (r.type) {
        case EventType::NikRejected:
            if (auto e = string("reason", true, r.reason))
                return *e;
            r.reason = r.reason.trimmed().left(200);
            if (r.reason.isEmpty())
                return feedReject(QStringLiteral("missing_field"), QStringLiteral("reason"));
            break;
        case EventType::TestCompleted:
            if (auto e = integer("score", 0, 100, r.score))
                return *e;
            break;
        case EventType::JoinedBatch:
            if (auto e = integer("wave", 1, 1'000'000, r.wave))
                return *e;
            break;
        case EventType::TrainingBought:
            // An old feed's purchase names no training: accepted as before ("training unknown").
            if (!present("platform") && !present("training") && !present("price")) {
                r.bare = true;
                break;
            }
            if (auto e = code("platform", r.platform))
                return *e;
            if (auto e = code("training", r.training))
                return *e;
            if (auto e = money("price", r.price))
                return *e;
            break;
        case EventType::TrainingCompleted:
            if (auto e = code("platform", r.platform))
                return *e;
            if (auto e = code("training", r.training))
                return *e;
            if (auto e = string("certificate", false, r.certificate))
                return *e;
            r.certificate = r.certificate.trimmed();
            if (r.certificate.size() > 64)
                return feedReject(QStringLiteral("invalid_field"),
                                  QStringLiteral("certificate must have at most 64 characters"));
            break;
        case EventType::IncentivePaid:
            if (auto e = integer("month", 1, 4, r.month))
                return *e;
            if (auto e = money("amount", r.amount))
                return *e;
            if (r.amount == 0)
                return feedReject(QStringLiteral("invalid_field"), QStringLiteral("amount must be above zero"));
            if (auto e = string("channel", true, r.channel))
                return *e;
            r.channel = r.channel.simplified();
            if (r.channel.isEmpty() || r.channel.size() > 32)
                return feedReject(QStringLiteral("invalid_field"),
                                  QStringLiteral("channel must have 1 to 32 characters"));
            break;
        case EventType::SurveyCompleted:
            if (auto e = integer("number", 1, 3, r.number))
                return *e;
            break;
        default:
            break;
        }
        return r;
    }

    // registered
    const Result<Nik> nik = Nik::parse(nikText, Timestamp::dateWib(r.at));
    if (!nik)
        return nik.error();
    QString email, birthText, kk, phone, segmentText;
    if (auto e = string("name", true, r.name))
        return *e;
    if (auto e = string("email", true, email))
        return *e;
    if (auto e = string("birth_date", true, birthText))
        return *e;
    if (auto e = string("kk", false, kk))
        return *e;
    if (auto e = string("phone", false, phone))
        return *e;
    if (auto e = string("segment", false, segmentText))
        return *e;
    r.name = r.name.simplified();
    if (r.name.isEmpty() || r.name.size() > 200)
        return feedReject(QStringLiteral("invalid_field"), QStringLiteral("name must have 1 to 200 characters"));
    if (!plausibleEmail(email.trimmed()))
        return feedReject(QStringLiteral("invalid_field"), QStringLiteral("email is not an email address"));
    const std::optional<CivilDate> birth = CivilDate::parseIso(birthText);
    if (!birth)
        return feedReject(QStringLiteral("invalid_field"), QStringLiteral("birth_date must be YYYY-MM-DD"));
    if (*birth != nik->birthDate())
        return feedReject(QStringLiteral("birth_date_mismatch"),
                          QStringLiteral("%1 vs %2").arg(birth->toIso(), nik->birthDate().toIso()));
    if (!segmentText.isEmpty()) {
        const std::optional<Segment> segment = segmentFromName(segmentText);
        if (!segment)
            return feedReject(QStringLiteral("invalid_field"),
                              QStringLiteral("unknown segment %1").arg(echo(segmentText)));
        r.segment = *segment;
    }
    const QByteArray nikBytes = PiiCipher::normaliseDigits(nikText);
    r.nikBi = m_cipher.blindIndex(PiiField::Nik, nikBytes);
    r.nikCt = m_cipher.encrypt(PiiField::Nik, nikBytes, r.nikBi);
    const QByteArray emailBytes = PiiCipher::normaliseEmail(email);
    r.emailBi = m_cipher.blindIndex(PiiField::Email, emailBytes);
    r.emailCt = m_cipher.encrypt(PiiField::Email, email.trimmed().toUtf8(), r.nikBi);
    r.nameCt = m_cipher.encrypt(PiiField::Name, r.name.toUtf8(), r.nikBi);
    if (!kk.isEmpty()) {
        if (!isDigits(kk, 16) || kk.startsWith(QStringLiteral("00")))
            return feedReject(QStringLiteral("invalid_field"), QStringLiteral("kk must have 16 digits"));
        const QByteArray kkBytes = PiiCipher::normaliseDigits(kk);
        r.kkBi = m_cipher.blindIndex(PiiField::Kk, kkBytes);
        r.kkCt = m_cipher.encrypt(PiiField::Kk, kkBytes, r.nikBi);
    }
    if (!phone.isEmpty()) {
        const QByteArray phoneBytes = PiiCipher::normalisePhone(phone);
        if (phoneBytes.isEmpty())
            return feedReject(QStringLiteral("invalid_field"),
                              QStringLiteral("phone must be an Indonesian mobile number (08…/+628…)"));
        r.phoneBi = m_cipher.blindIndex(PiiField::Phone, phoneBytes);
        r.phoneCt = m_cipher.encrypt(PiiField::Phone, phoneBytes, r.nikBi);
    }
    r.sex = nik->sex();
    r.birthYmd = nik->birthDate().toYmd();
    r.district = nik->districtCode();
    r.keyId = m_cipher.activeKeyId();
    return r;
}

} // namespace prakerja
