#include "PiiMask.h"

namespace prakerja::PiiMask {

namespace {
QString bullets(qsizetype n)
{
    return QString(std::max<qsizetype>(0, n), kBullet);
}
} // namespace

QString nik(QStringView digits)
{
    if (digits.size() < 8)
        return bullets(digits.size());
    return digits.left(4).toString() + bullets(digits.size() - 8) + digits.right(4);
}

QString email(QStringView email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0)
        return bullets(3);
    return email.left(1).toString() + bullets(3) + email.mid(at);
}

QString phoneDisplay(QStringView phone)
{
    QString digits;
    for (QChar c : phone)
        if (c.isDigit())
            digits += c;
    if (digits.startsWith(u"62"))
        return u'0' + digits.mid(2);
    if (digits.startsWith(u'8'))
        return u'0' + digits;
    return digits;
}

QString phone(QStringView phone)
{
    const QString d = phoneDisplay(phone);
    if (d.size() < 8)
        return bullets(d.size());
    return d.left(4) + bullets(d.size() - 7) + d.right(3);
}

} // namespace prakerja::PiiMask
