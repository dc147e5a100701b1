#include "Platform.h"

#include "CivilDate.h"
#include "domain/Language.h"

#include <QRegularExpression>

namespace prakerja::PlatformRules {

namespace {
FieldProblem problem(const QString& field, const char* code, const QString& text)
{
    return {field, makeError(QString::fromLatin1(code), QStringLiteral("%1: %2").arg(field, text))};
}
} // namespace

QString statusName(PlatformStatus status)
{
    return status == PlatformStatus::Suspended ? QStringLiteral("suspended") : QStringLiteral("active");
}

QString statusLabel(PlatformStatus status)
{
    return status == PlatformStatus::Suspended ? Text::tr("Ditangguhkan") : Text::tr("Aktif");
}

std::optional<int> parseCommission(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3})(?:[.,](\\d{1,2}))?\\s*%?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int whole = m.captured(1).toInt();
    const QString fraction = m.captured(2);
    const int hundredths = fraction.isEmpty() ? 0 : (fraction.size() == 1 ? fraction.toInt() * 10 : fraction.toInt());
    const int bp = whole * 100 + hundredths;
    if (bp > 10000)
        return std::nullopt;
    return bp;
}

QString commissionText(int basisPoints)
{
    QString text = QString::number(basisPoints / 100);
    if (const int rest = basisPoints % 100; rest != 0)
        text += u',' + QString::number(rest).rightJustified(2, u'0').remove(QRegularExpression(QStringLiteral("0$")));
    return text + QStringLiteral(" %");
}

QList<FieldProblem> validate(const Platform& p)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9_]{2,32}$"));
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    QList<FieldProblem> problems;
    if (!codePattern.match(p.code).hasMatch())
        problems << problem(QStringLiteral("code"), "bad_code", Error::tr("2–32 huruf besar, angka atau garis bawah"));
    if (p.name.trimmed().isEmpty())
        problems << problem(QStringLiteral("name"), "missing_name", Error::tr("nama wajib diisi"));
    if (!p.website.isEmpty() && !p.website.startsWith(QStringLiteral("https://"))
        && !p.website.startsWith(QStringLiteral("http://")))
        problems << problem(QStringLiteral("website"), "bad_url", Error::tr("alamat http:// atau https://"));
    if (!p.contactEmail.isEmpty() && !emailPattern.match(p.contactEmail).hasMatch())
        problems << problem(QStringLiteral("contact_email"), "bad_email", Error::tr("bukan alamat email"));
    const auto start = p.agreementStart.isEmpty() ? std::optional<CivilDate>() : CivilDate::parseIso(p.agreementStart);
    const auto end = p.agreementEnd.isEmpty() ? std::optional<CivilDate>() : CivilDate::parseIso(p.agreementEnd);
    if (!p.agreementStart.isEmpty() && !start)
        problems << problem(QStringLiteral("agreement_start"), "bad_date", Error::tr("tanggal TTTT-BB-HH"));
    if (!p.agreementEnd.isEmpty() && !end)
        problems << problem(QStringLiteral("agreement_end"), "bad_date", Error::tr("tanggal TTTT-BB-HH"));
    if (start && end && *end < *start)
        problems << problem(QStringLiteral("agreement_end"), "end_before_start", Error::tr("berakhir sebelum mulai"));
    if (p.commissionBasisPoints < 0 || p.commissionBasisPoints > 10000)
        problems << problem(QStringLiteral("commission"), "bad_commission", Error::tr("persentase 0 sampai 100"));
    return problems;
}

QList<FieldChange> diff(const Platform& a, const Platform& b)
{
    QList<FieldChange> changes;
    auto add = [&](const char* field, const QString& from, const QString& to) {
        if (from != to)
            changes.append({QString::fromLatin1(field), from, to});
    };
    add("name", a.name, b.name);
    add("website", a.website, b.website);
    add("contact_name", a.contactName, b.contactName);
    add("contact_email", a.contactEmail, b.contactEmail);
    add("agreement_start", a.agreementStart, b.agreementStart);
    add("agreement_end", a.agreementEnd, b.agreementEnd);
    add("commission", commissionText(a.commissionBasisPoints), commissionText(b.commissionBasisPoints));
    add("notes", a.notes, b.notes);
    add("status", statusName(a.status), statusName(b.status));
    return changes;
}

} // namespace prakerja::PlatformRules
