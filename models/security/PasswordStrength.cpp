#include "PasswordStrength.h"

#include <QFile>
#include <QHash>
#include <QStringList>
#include <QtMath>
#include <algorithm>
#include <vector>

static void initPasswordResources()
{
    Q_INIT_RESOURCE(prakerja_data);
}

namespace prakerja {

namespace {

struct Dictionary
{
    QHash<QString, int> rank; // 1 = most common
};

const Dictionary& dictionary()
{
    static const Dictionary d = [] {
        initPasswordResources();
        Dictionary out;
        QFile file(QStringLiteral(":/prakerja/data/common_passwords.qz"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("common password list missing from resources");
        const QByteArray text = qUncompress(file.readAll());
        if (text.isEmpty())
            qFatal("common password list is corrupt");
        int rank = 0;
        for (const QByteArray& line : text.split('\n')) {
            if (line.isEmpty())
                continue;
            out.rank.insert(QString::fromUtf8(line), ++rank);
        }
        // Local favourites that the English list lacks.
        for (const char* word : {"indonesia", "bismillah", "prakerja", "kartuprakerja", "merdeka", "jakarta", "rahasia",
                                 "sayang", "cinta", "garuda", "pancasila", "katasandi", "admin123"})
            out.rank.insert(QString::fromLatin1(word), 100);
        return out;
    }();
    return d;
}

QChar unleet(QChar c)
{
    switch (c.unicode()) {
    case '0':
        return u'o';
    case '1':
    case '!':
        return u'i';
    case '3':
        return u'e';
    case '4':
    case '@':
        return u'a';
    case '5':
    case '$':
        return u's';
    case '7':
        return u't';
    case '8':
        return u'b';
    default:
        return c;
    }
}

double charBits(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return 3.32;
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
        return 4.7;
    if (c.unicode() < 128)
        return 5.04;
    return 7.0;
}

bool onKeyboardRow(QStringView piece)
{
    static const QString rows[] = {QStringLiteral("`1234567890-="), QStringLiteral("qwertyuiop[]\\"),
                                   QStringLiteral("asdfghjkl;'"), QStringLiteral("zxcvbnm,./")};
    QString reversed(piece.size(), Qt::Uninitialized);
    std::reverse_copy(piece.begin(), piece.end(), reversed.begin());
    for (const QString& row : rows)
        if (row.contains(piece) || row.contains(reversed))
            return true;
    return false;
}

// The cheapest way to guess password[i, j).
double pieceBits(const QString& original, const QString& lower, const QString& plain, qsizetype i, qsizetype j)
{
    const qsizetype length = j - i;
    double best = 0;
    for (qsizetype k = i; k < j; ++k)
        best += charBits(original[k]);
    if (length < 3)
        return best;
    const QStringView piece = QStringView(lower).mid(i, length);
    const Dictionary& d = dictionary();
    bool upper = false;
    for (qsizetype k = i; k < j; ++k)
        upper = upper || original[k].isUpper();
    if (const auto it = d.rank.constFind(piece.toString()); it != d.rank.cend())
        best = std::min(best, std::log2(double(*it)) + 1 + (upper ? 1 : 0));
    const QStringView unleeted = QStringView(plain).mid(i, length);
    if (unleeted != piece)
        if (const auto it = d.rank.constFind(unleeted.toString()); it != d.rank.cend())
            best = std::min(best, std::log2(double(*it)) + 2 + (upper ? 1 : 0));
    // Runs with one step: "aaaa", "abcd", "9753".
    const int step = piece[1].unicode() - piece[0].unicode();
    bool run = std::abs(step) <= 2;
    for (qsizetype k = 2; run && k < length; ++k)
        run = piece[k].unicode() - piece[k - 1].unicode() == step;
    if (run)
        best = std::min(best, std::log2(26.0) + std::log2(double(length)) + (step == 0 ? 0 : 1));
    if (onKeyboardRow(piece))
        best = std::min(best, std::log2(47.0) + std::log2(double(length)) + 1);
    if (QStringView(lower).left(i).contains(piece))
        best = std::min(best, std::log2(double(length)) + 1);
    return best;
}

} // namespace

bool PasswordStrength::isCommon(const QString& password)
{
    const QString lower = password.toLower();
    QString plain = lower;
    for (QChar& c : plain)
        c = unleet(c);
    const Dictionary& d = dictionary();
    return d.rank.contains(lower) || d.rank.contains(plain);
}

double PasswordStrength::estimateBits(const QString& password)
{
    // Beyond 64 characters each one adds its own bits; the pieces are found in the first 64.
    constexpr qsizetype kWindow = 64;
    const QString original = password.left(kWindow);
    const QString lower = original.toLower();
    QString plain = lower;
    for (QChar& c : plain)
        c = unleet(c);
    const qsizetype n = original.size();
    std::vector<double> cheapest(static_cast<size_t>(n) + 1, 1e18);
    cheapest[0] = 0;
    for (qsizetype j = 1; j <= n; ++j)
        for (qsizetype i = 0; i < j; ++i)
            cheapest[static_cast<size_t>(j)]
                = std::min(cheapest[static_cast<size_t>(j)],
                           cheapest[static_cast<size_t>(i)] + pieceBits(original, lower, plain, i, j));
    double bits = cheapest[static_cast<size_t>(n)];
    for (qsizetype k = kWindow; k < password.size(); ++k)
        bits += charBits(password[k]);
    return bits;
}

int PasswordStrength::listSize()
{
    return static_cast<int>(dictionary().rank.size());
}

} // namespace prakerja
