#include "LookupQuery.h"

#include "security/NameTokenizer.h"
#include "security/PiiCipher.h"

namespace prakerja {

namespace {
LookupQuery invalid(const QString& code, const QString& problem)
{
    LookupQuery q;
    q.problem = makeError(code, problem);
    return q;
}

bool isPhoneSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')';
}

LookupQuery email(const QString& text)
{
    const qsizetype at = text.indexOf(u'@');
    const QString local = text.left(at), domain = text.mid(at + 1);
    if (local.isEmpty())
        return invalid(QStringLiteral("email_no_local_part"),
                       Error::tr("Email tidak lengkap: tidak ada nama sebelum '@'"));
    if (domain.isEmpty())
        return invalid(QStringLiteral("email_no_domain"),
                       Error::tr("Email tidak lengkap: tidak ada domain setelah '@' (contoh: nama@contoh.id)"));
    if (!domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.') || domain.contains(u'@')
        || text.contains(u' '))
        return invalid(QStringLiteral("email_bad_domain"),
                       Error::tr("Domain email '%1' tidak lengkap (contoh: contoh.id)").arg(domain));
    LookupQuery q;
    q.kind = LookupKind::Email;
    q.normalised = PiiCipher::normaliseEmail(text);
    return q;
}
} // namespace

QString lookupKindName(LookupKind kind)
{
    switch (kind) {
    case LookupKind::Nik:
        return QStringLiteral("nik");
    case LookupKind::Phone:
        return QStringLiteral("phone");
    case LookupKind::Email:
        return QStringLiteral("email");
    case LookupKind::Name:
        return QStringLiteral("name");
    case LookupKind::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

LookupQuery LookupQuery::recognise(QStringView input)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty())
        return invalid(QStringLiteral("empty_query"), Error::tr("Ketik NIK, nomor telepon, email, atau nama"));
    if (text.contains(u'@'))
        return email(text);

    // Digits with phone punctuation only: a NIK or a phone number.
    QString digits;
    bool punctuation = false, plus = false, other = false;
    int letters = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit())
            digits += c;
        else if (isPhoneSeparator(c))
            punctuation = true;
        else if (c == u'+' && i == 0)
            plus = true;
        else {
            other = true;
            if (c.isLetter())
                ++letters;
        }
    }
    if (!other) {
        const QByteArray phone = PiiCipher::normalisePhone(text);
        if (!phone.isEmpty() && digits.size() != 16) {
            LookupQuery q;
            q.kind = LookupKind::Phone;
            q.normalised = phone;
            return q;
        }
        if (!plus && digits.size() == 16) {
            LookupQuery q;
            q.kind = LookupKind::Nik;
            q.normalised = digits.toLatin1();
            return q;
        }
        const bool phoneLike = plus || digits.startsWith(u"08") || digits.startsWith(u"62") || digits.startsWith(u'8');
        if (!punctuation && !plus && (digits.size() == 15 || digits.size() == 17))
            return invalid(QStringLiteral("nik_length"),
                           Error::tr("NIK harus 16 digit; yang diketik %1 digit. Periksa kembali angka di KTP.")
                               .arg(digits.size()));
        if (phoneLike)
            return invalid(QStringLiteral("phone_invalid"),
                           Error::tr("Nomor telepon tidak valid: %1 digit. Nomor seluler Indonesia berawalan"
                                     " 08 (atau +628) dengan 10 sampai 13 digit.")
                               .arg(digits.size()));
        return invalid(QStringLiteral("digits_unrecognised"),
                       Error::tr("%1 digit bukan NIK (16 digit) dan bukan nomor telepon (08…)").arg(digits.size()));
    }
    // Mostly digits with a few letters, one token: a mistyped NIK (O for 0, l for 1).
    if (!text.contains(u' ') && digits.size() >= 12 && letters > 0 && digits.size() + letters == text.size()
        && text.size() >= 15 && text.size() <= 17) {
        QStringList bad;
        for (qsizetype i = 0; i < text.size(); ++i)
            if (!text[i].isDigit())
                bad << QStringLiteral("'%1' (%2)").arg(text[i]).arg(i + 1);
        return invalid(QStringLiteral("nik_letters"),
                       Error::tr("NIK hanya berisi angka; ada huruf di posisi: %1").arg(bad.join(u", ")));
    }
    LookupQuery q;
    q.words = NameTokenizer::normalisedWords(text);
    bool longEnough = false;
    for (const QString& w : q.words)
        longEnough = longEnough || w.size() >= NameTokenizer::kMinPrefix;
    if (!longEnough)
        return invalid(QStringLiteral("name_too_short"),
                       Error::tr("Ketik paling sedikit 3 huruf dari salah satu kata nama"));
    q.kind = LookupKind::Name;
    return q;
}

LookupQuery LookupQuery::as(LookupKind kind, QStringView text)
{
    if (kind == LookupKind::Name) {
        LookupQuery q;
        q.words = NameTokenizer::normalisedWords(text);
        for (const QString& w : q.words)
            if (w.size() >= NameTokenizer::kMinPrefix)
                q.kind = LookupKind::Name;
        if (!q.valid())
            return invalid(QStringLiteral("name_too_short"),
                           Error::tr("Ketik paling sedikit 3 huruf dari salah satu kata nama"));
        return q;
    }
    const LookupQuery q = recognise(text);
    if (!q.valid() || q.kind == kind)
        return q;
    const QString wanted = lookupKindName(kind);
    return invalid(QStringLiteral("%1_invalid").arg(wanted),
                   Error::tr("'%1' bukan %2 yang valid").arg(text.toString(), wanted.toUpper()));
}

} // namespace prakerja
