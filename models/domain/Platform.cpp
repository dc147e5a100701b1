#include "Platform.h"

#include "CivilDate.h"

#include <QRegularExpression>

namespace prakerja::PlatformRules {

namespace {
FieldProblem problem(const QString& field, const char* code, const QString& id, const QString& en)
{
    return {field,
            makeError(QString::fromLatin1(code), QStringLiteral("%1: %2").arg(field, id),
                      QStringLiteral("%1: %2").arg(field, en))};
}
} // namespace

QString statusName(PlatformStatus status)
{
    return status == PlatformStatus::Suspended ? QStringLiteral("suspended") : QStringLiteral("active");
}

QString statusLabel(PlatformStatus status)
{
    if (Error::english())
        return status == PlatformStatus::Suspended ? QStringLiteral("Suspended") : QStringLiteral("Active");
    return status == PlatformStatus::Suspended ? QStringLiteral("Ditangguhkan") : QStringLiteral("Aktif");
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
        problems << problem(QStringLiteral("code"), "bad_code",
                            QStringLiteral("2–32 huruf besar, angka atau garis bawah"),
                            QStringLiteral("2–32 capital letters, digits or underscores"));
    if (p.name.trimmed().isEmpty())
        problems << problem(QStringLiteral("name"), "missing_name", QStringLiteral("nama wajib diisi"),
                            QStringLiteral("the name is required"));
    if (!p.website.isEmpty() && !p.website.startsWith(QStringLiteral("https://"))
        && !p.website.startsWith(QStringLiteral("http://")))
        problems << problem(QStringLiteral("website"), "bad_url", QStringLiteral("alamat http:// atau https://"),
                            QStringLiteral("an http:// or https:// address"));
    if (!p.contactEmail.isEmpty() && !emailPattern.match(p.contactEmail).hasMatch())
        problems << problem(QStringLiteral("contact_email"), "bad_email", QStringLiteral("bukan alamat email"),
                            QStringLiteral("not an email address"));
    const auto start = p.agreementStart.isEmpty() ? std::optional<CivilDate>() : CivilDate::parseIso(p.agreementStart);
    const auto end = p.agreementEnd.isEmpty() ? std::optional<CivilDate>() : CivilDate::parseIso(p.agreementEnd);
    if (!p.agreementStart.isEmpty() && !start)
        problems << problem(QStringLiteral("agreement_start"), "bad_date", QStringLiteral("tanggal TTTT-BB-HH"),
                            QStringLiteral("a date YYYY-MM-DD"));
    if (!p.agreementEnd.isEmpty() && !end)
        problems << problem(QStringLiteral("agreement_end"), "bad_date", QStringLiteral("tanggal TTTT-BB-HH"),
                            QStringLiteral("a date YYYY-MM-DD"));
    if (start && end && *end < *start)
        problems << problem(QStringLiteral("agreement_end"), "end_before_start",
                            QStringLiteral("berakhir sebelum mulai"), QStringLiteral("ends before it starts"));
    if (p.commissionBasisPoints < 0 || p.commissionBasisPoints > 10000)
        problems << problem(QStringLiteral("commission"), "bad_commission", QStringLiteral("persentase 0 sampai 100"),
                            QStringLiteral("a percentage from 0 to 100"));
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
