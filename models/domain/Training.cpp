#include "Training.h"

#include "EnumTable.h"
#include "IndonesianFormat.h"
#include "domain/Language.h"

#include <QRegularExpression>
#include <algorithm>

namespace prakerja {

namespace {

FieldProblem problem(const QString& field, const char* code, const QString& text)
{
    return {field, makeError(QString::fromLatin1(code), QStringLiteral("%1: %2").arg(field, text))};
}

constexpr EnumEntry<TrainingStatus> kStatuses[] = {
    {TrainingStatus::Draft, u"draft", QT_TRANSLATE_NOOP("Text", "Draf")},
    {TrainingStatus::Submitted, u"submitted", QT_TRANSLATE_NOOP("Text", "Diajukan")},
    {TrainingStatus::Approved, u"approved", QT_TRANSLATE_NOOP("Text", "Disetujui")},
    {TrainingStatus::Rejected, u"rejected", QT_TRANSLATE_NOOP("Text", "Ditolak")},
    {TrainingStatus::Published, u"published", QT_TRANSLATE_NOOP("Text", "Terbit")},
    {TrainingStatus::Retired, u"retired", QT_TRANSLATE_NOOP("Text", "Dihentikan")},
};

} // namespace

namespace TrainingRules {

const QStringList& fieldNames()
{
    static const QStringList names = {QStringLiteral("platform"),        QStringLiteral("code"),
                                      QStringLiteral("title"),           QStringLiteral("category"),
                                      QStringLiteral("level"),           QStringLiteral("mode"),
                                      QStringLiteral("price"),           QStringLiteral("duration_hours"),
                                      QStringLiteral("description"),     QStringLiteral("url"),
                                      QStringLiteral("health_clearance")};
    return names;
}

QString fieldValue(const Training& t, const QString& field)
{
    if (field == u"platform")
        return t.platform;
    if (field == u"code")
        return t.code;
    if (field == u"title")
        return t.title;
    if (field == u"category")
        return t.category;
    if (field == u"level")
        return levelName(t.level);
    if (field == u"mode")
        return modeName(t.mode);
    if (field == u"price")
        return QString::number(t.price);
    if (field == u"duration_hours")
        return QString::number(t.durationHours);
    if (field == u"description")
        return t.description;
    if (field == u"url")
        return t.url;
    if (field == u"health_clearance")
        return t.healthClearance ? QStringLiteral("true") : QStringLiteral("false");
    if (field == u"status")
        return statusName(t.status);
    return {};
}

QList<FieldChange> diff(const Training& before, const Training& after)
{
    QList<FieldChange> changes;
    QStringList fields = fieldNames();
    fields << QStringLiteral("status");
    for (const QString& f : std::as_const(fields)) {
        const QString from = fieldValue(before, f);
        const QString to = fieldValue(after, f);
        if (from != to)
            changes.append({f, from, to});
    }
    return changes;
}

QString levelName(TrainingLevel level)
{
    switch (level) {
    case TrainingLevel::Beginner:
        return QStringLiteral("Pemula");
    case TrainingLevel::Intermediate:
        return QStringLiteral("Menengah");
    case TrainingLevel::Advanced:
        return QStringLiteral("Mahir");
    }
    return {};
}

QString levelLabel(TrainingLevel level)
{
    switch (level) {
    case TrainingLevel::Beginner:
        return Text::tr("Pemula");
    case TrainingLevel::Intermediate:
        return Text::tr("Menengah");
    case TrainingLevel::Advanced:
        return Text::tr("Mahir");
    }
    return {};
}

std::optional<TrainingLevel> levelFromText(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"pemula" || t == u"beginner")
        return TrainingLevel::Beginner;
    if (t == u"menengah" || t == u"intermediate")
        return TrainingLevel::Intermediate;
    if (t == u"mahir" || t == u"advanced")
        return TrainingLevel::Advanced;
    return std::nullopt;
}

QString modeName(TrainingMode mode)
{
    return mode == TrainingMode::Offline ? QStringLiteral("offline") : QStringLiteral("online");
}

QString modeLabel(TrainingMode mode)
{
    return mode == TrainingMode::Offline ? Text::tr("Luring") : Text::tr("Daring");
}

std::optional<TrainingMode> modeFromText(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"online" || t == u"daring")
        return TrainingMode::Online;
    if (t == u"offline" || t == u"luring")
        return TrainingMode::Offline;
    return std::nullopt;
}

QString statusName(TrainingStatus status)
{
    return enumName(kStatuses, status);
}

QString statusLabel(TrainingStatus status)
{
    return enumLabel(kStatuses, status);
}

std::optional<TrainingStatus> statusFromName(QStringView name)
{
    for (const auto& s : kStatuses)
        if (name.compare(QStringView(s.name), Qt::CaseInsensitive) == 0)
            return s.value;
    return std::nullopt;
}

QString actionName(TrainingAction action)
{
    switch (action) {
    case TrainingAction::Submit:
        return QStringLiteral("submit");
    case TrainingAction::Approve:
        return QStringLiteral("approve");
    case TrainingAction::Reject:
        return QStringLiteral("reject");
    case TrainingAction::Publish:
        return QStringLiteral("publish");
    case TrainingAction::Retire:
        return QStringLiteral("retire");
    }
    return {};
}

std::optional<TrainingAction> actionFromName(QStringView name)
{
    for (TrainingAction a : {TrainingAction::Submit, TrainingAction::Approve, TrainingAction::Reject,
                             TrainingAction::Publish, TrainingAction::Retire})
        if (name == actionName(a))
            return a;
    return std::nullopt;
}

std::optional<TrainingStatus> transition(TrainingStatus from, TrainingAction action)
{
    using S = TrainingStatus;
    switch (action) {
    case TrainingAction::Submit:
        return from == S::Draft || from == S::Rejected ? std::optional(S::Submitted) : std::nullopt;
    case TrainingAction::Approve:
        return from == S::Submitted ? std::optional(S::Approved) : std::nullopt;
    case TrainingAction::Reject:
        return from == S::Submitted || from == S::Approved ? std::optional(S::Rejected) : std::nullopt;
    case TrainingAction::Publish:
        return from == S::Approved ? std::optional(S::Published) : std::nullopt;
    case TrainingAction::Retire:
        return from != S::Retired ? std::optional(S::Retired) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<qint64> parsePrice(QStringView text)
{
    // Plain digits, the common case, without the pattern (an import checks every row's price).
    const QStringView plain = text.trimmed();
    if (!plain.isEmpty() && plain.size() <= 15
        && std::all_of(plain.begin(), plain.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return plain.toLongLong();
    static const QRegularExpression pattern(QStringLiteral("^(?:Rp\\.?\\s*)?(\\d+|\\d{1,3}(?:\\.\\d{3})+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString digits = m.captured(1);
    digits.remove(u'.');
    if (digits.size() > 15)
        return std::nullopt;
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<bool> parseFlag(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t.isEmpty() || t == u"false" || t == u"0" || t == u"tidak" || t == u"no")
        return false;
    if (t == u"true" || t == u"1" || t == u"ya" || t == u"yes")
        return true;
    return std::nullopt;
}

QList<FieldProblem> validate(const Training& t, qint64 credit)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    QList<FieldProblem> problems;
    if (t.platform.trimmed().isEmpty())
        problems << problem(QStringLiteral("platform"), "missing_platform", Error::tr("platform wajib diisi"));
    if (t.code.trimmed().isEmpty())
        problems << problem(QStringLiteral("code"), "missing_code", Error::tr("kode wajib diisi"));
    else if (!codePattern.match(t.code).hasMatch())
        problems << problem(QStringLiteral("code"), "bad_code",
                            Error::tr("huruf, angka, titik, garis bawah atau tanda hubung, paling banyak 64"));
    if (t.title.trimmed().isEmpty())
        problems << problem(QStringLiteral("title"), "missing_title", Error::tr("judul wajib diisi"));
    else if (t.title.size() > kMaxTitle)
        problems << problem(QStringLiteral("title"), "title_too_long",
                            Error::tr("paling banyak %1 karakter").arg(kMaxTitle));
    if (t.category.trimmed().isEmpty())
        problems << problem(QStringLiteral("category"), "missing_category", Error::tr("kategori wajib diisi"));
    if (t.price <= 0)
        problems << problem(QStringLiteral("price"), "price_not_positive", Error::tr("harga harus lebih dari 0"));
    else if (t.price > credit)
        problems << problem(QStringLiteral("price"), "price_above_credit",
                            Error::tr("%1 melebihi kredit pelatihan %2")
                                .arg(IndonesianFormat::rupiah(t.price), IndonesianFormat::rupiah(credit)));
    if (t.durationHours <= 0 || t.durationHours > kMaxDuration)
        problems << problem(QStringLiteral("duration_hours"), "bad_duration",
                            Error::tr("jam pelatihan dari 1 sampai %1").arg(kMaxDuration));
    if (t.description.size() > kMaxDescription)
        problems << problem(QStringLiteral("description"), "description_too_long",
                            Error::tr("paling banyak %1 karakter").arg(kMaxDescription));
    if (t.url.size() > 500)
        problems << problem(QStringLiteral("url"), "url_too_long", Error::tr("paling banyak 500 karakter"));
    if (t.mode == TrainingMode::Offline && !t.healthClearance)
        problems << problem(QStringLiteral("mode"), "offline_without_clearance",
                            Error::tr("pelatihan luring hanya dengan izin kesehatan (health_clearance)"));
    return problems;
}

} // namespace TrainingRules

} // namespace prakerja
