#include "DatabaseTarget.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace prakerja {

namespace {
Error passwordError()
{
    return makeError(QStringLiteral("db_password_in_target"),
                     Error::tr("Kata sandi basis data tidak boleh ada di --db atau PRAKERJA_DB; gunakan ~/.pgpass,"
                               " PGPASSFILE atau PGPASSWORD (docs/deployment.md)"));
}

Error targetError(const QString& detail)
{
    return makeError(QStringLiteral("db_target"), Error::tr("Alamat basis data tidak valid: %1").arg(detail));
}

// libpq quoting for a keyword value: single quotes, backslash-escaped.
QString quoted(const QString& value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

// The keyword=value pairs of a libpq keyword string (values may be single-quoted).
Result<QList<QPair<QString, QString>>> splitKeywords(const QString& text)
{
    QList<QPair<QString, QString>> pairs;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype eq = text.indexOf(u'=', i);
        if (eq < 0)
            return targetError(text);
        const QString key = text.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == u'\'') {
            ++i;
            while (i < n && text.at(i) != u'\'') {
                if (text.at(i) == u'\\' && i + 1 < n)
                    ++i;
                value += text.at(i++);
            }
            if (i >= n)
                return targetError(text);
            ++i;
        } else {
            while (i < n && !text.at(i).isSpace()) {
                if (text.at(i) == u'\\' && i + 1 < n)
                    ++i;
                value += text.at(i++);
            }
        }
        if (key.isEmpty())
            return targetError(text);
        pairs.append({key, value});
    }
    return pairs;
}
} // namespace

bool DatabaseTarget::looksLikePostgres(const QString& text)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1StringView("postgresql://")) || t.startsWith(QLatin1StringView("postgres://")))
        return true;
    // A keyword string names at least one libpq keyword; a file path has no "word=" at its start.
    static const QRegularExpression keyword(
        QStringLiteral("^(host|hostaddr|port|dbname|user|service|sslmode|options|application_name)\\s*="));
    return keyword.match(t).hasMatch();
}

Result<DatabaseTarget> DatabaseTarget::parse(const QString& text)
{
    DatabaseTarget target;
    if (!looksLikePostgres(text)) {
        target.m_path = text;
        return target;
    }
    target.m_backend = Backend::Postgres;
    QList<QPair<QString, QString>> pairs;
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1StringView("postgres"))) {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid())
            return targetError(url.errorString());
        if (!url.password().isEmpty())
            return passwordError();
        if (!url.host().isEmpty())
            pairs.append({QStringLiteral("host"), url.host()});
        if (url.port() > 0)
            pairs.append({QStringLiteral("port"), QString::number(url.port())});
        if (!url.userName().isEmpty())
            pairs.append({QStringLiteral("user"), url.userName()});
        const QString db = url.path().mid(1);
        if (!db.isEmpty())
            pairs.append({QStringLiteral("dbname"), db});
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto& item : items)
            pairs.append(item);
    } else {
        auto split = splitKeywords(t);
        if (!split)
            return split.error();
        pairs = split.value();
    }
    QStringList parts;
    for (const auto& [key, value] : std::as_const(pairs)) {
        if (key == QLatin1StringView("password"))
            return passwordError();
        if (key == QLatin1StringView("host"))
            target.m_host = value;
        else if (key == QLatin1StringView("port"))
            target.m_port = value;
        else if (key == QLatin1StringView("dbname"))
            target.m_dbname = value;
        else if (key == QLatin1StringView("user"))
            target.m_user = value;
        parts.append(key + u'=' + quoted(value));
    }
    target.m_conninfo = parts.join(u' ');
    return target;
}

QString DatabaseTarget::databaseName() const
{
    if (!m_dbname.isEmpty())
        return m_dbname;
    return m_user.isEmpty() ? QStringLiteral("prakerja") : m_user; // libpq's default: the user's name
}

QString DatabaseTarget::describe() const
{
    if (!isPostgres())
        return QStringLiteral("SQLite %1").arg(m_path);
    const QString host = m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    return QStringLiteral("PostgreSQL %1 @ %2:%3")
        .arg(databaseName(), host, m_port.isEmpty() ? QStringLiteral("5432") : m_port);
}

} // namespace prakerja
