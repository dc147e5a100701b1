#include "FlatJsonObject.h"

#include <QSet>

namespace prakerja {

namespace {

class Cursor
{
public:
    explicit Cursor(QByteArrayView text) : m_p(text.data()), m_begin(text.data()), m_end(text.data() + text.size()) { }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
            ++m_p;
    }
    bool atEnd() const { return m_p >= m_end; }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }
    bool consume(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    qsizetype offset() const { return m_p - m_begin; }

    // Reads a JSON string (after the opening quote has been seen) as UTF-8 bytes.
    bool readString(QByteArray& out)
    {
        if (!consume('"'))
            return false;
        out.clear();
        const char* runStart = m_p;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                out.append(runStart, m_p - runStart);
                ++m_p;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return false; // raw control characters are not allowed in JSON strings
            if (c != '\\') {
                ++m_p;
                continue;
            }
            out.append(runStart, m_p - runStart);
            ++m_p;
            if (m_p >= m_end)
                return false;
            const char e = *m_p++;
            switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                char32_t cp = 0;
                if (!readHex4(cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    char32_t low = 0;
                    if (!consume('\\') || !consume('u') || !readHex4(low) || low < 0xDC00 || low > 0xDFFF)
                        return false;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return false;
                }
                out += QString::fromUcs4(&cp, 1).toUtf8();
                break;
            }
            default:
                return false;
            }
            runStart = m_p;
        }
        return false;
    }

    bool readLiteral(const char* word, QString& text)
    {
        const char* p = m_p;
        for (const char* w = word; *w; ++w, ++p)
            if (p >= m_end || *p != *w)
                return false;
        text = QString::fromLatin1(m_p, p - m_p);
        m_p = p;
        return true;
    }

    bool readNumber(QString& text)
    {
        const char* start = m_p;
        consume('-');
        if (!digit())
            return false;
        if (*m_p == '0')
            ++m_p;
        else
            while (digit())
                ++m_p;
        if (consume('.')) {
            if (!digit())
                return false;
            while (digit())
                ++m_p;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_p;
            if (!consume('+'))
                consume('-');
            if (!digit())
                return false;
            while (digit())
                ++m_p;
        }
        text = QString::fromLatin1(start, m_p - start);
        return true;
    }

private:
    bool digit() const { return m_p < m_end && *m_p >= '0' && *m_p <= '9'; }
    bool readHex4(char32_t& cp)
    {
        if (m_end - m_p < 4)
            return false;
        cp = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            cp <<= 4;
            if (c >= '0' && c <= '9')
                cp |= static_cast<char32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                cp |= static_cast<char32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                cp |= static_cast<char32_t>(c - 'A' + 10);
            else
                return false;
        }
        return true;
    }

    const char* m_p;
    const char* m_begin;
    const char* m_end;
};

} // namespace

std::optional<FlatJsonObject> FlatJsonObject::parse(QByteArrayView line, QString* error)
{
    Cursor c(line);
    auto fail = [&](const char* what) {
        if (error)
            *error = QStringLiteral("%1 at byte %2").arg(QLatin1StringView(what)).arg(c.offset() + 1);
        return std::nullopt;
    };
    FlatJsonObject object;
    // Duplicates: a scan of the few members a feed line has; past kSmallObject a hash set, so
    // that a line with many members stays linear (it is refused past kMaxMembers anyway).
    constexpr size_t kSmallObject = 16;
    QSet<QByteArray> seen;
    c.skipSpace();
    if (!c.consume('{'))
        return fail("expected '{'");
    c.skipSpace();
    if (!c.consume('}')) {
        QByteArray buffer;
        for (;;) {
            c.skipSpace();
            Member m;
            if (!c.readString(m.key))
                return fail("expected a quoted key");
            c.skipSpace();
            if (!c.consume(':'))
                return fail("expected ':'");
            c.skipSpace();
            const char p = c.peek();
            if (p == '"') {
                if (!c.readString(buffer))
                    return fail("invalid string");
                m.kind = Kind::String;
                m.text = QString::fromUtf8(buffer);
                if (m.text.contains(QChar::ReplacementCharacter) && !buffer.contains("\xEF\xBF\xBD"))
                    return fail("invalid UTF-8");
            } else if (p == 't' || p == 'f') {
                if (!c.readLiteral(p == 't' ? "true" : "false", m.text))
                    return fail("invalid literal");
                m.kind = Kind::Bool;
            } else if (p == 'n') {
                if (!c.readLiteral("null", m.text))
                    return fail("invalid literal");
                m.kind = Kind::Null;
            } else if (p == '{' || p == '[') {
                return fail("nested value not allowed");
            } else if (!c.readNumber(m.text)) {
                return fail("invalid value");
            } else {
                m.kind = Kind::Number;
            }
            if (object.m_members.size() >= kMaxMembers)
                return fail("too many members");
            if (object.m_members.size() < kSmallObject) {
                if (object.find(m.key))
                    return fail("duplicate key");
            } else {
                if (seen.isEmpty())
                    for (const Member& earlier : object.m_members)
                        seen.insert(earlier.key);
                if (seen.contains(m.key))
                    return fail("duplicate key");
                seen.insert(m.key);
            }
            object.m_members.push_back(std::move(m));
            c.skipSpace();
            if (c.consume(','))
                continue;
            if (c.consume('}'))
                break;
            return fail("expected ',' or '}'");
        }
    }
    c.skipSpace();
    if (!c.atEnd())
        return fail("trailing characters");
    return object;
}

const FlatJsonObject::Member* FlatJsonObject::find(QByteArrayView key) const
{
    for (const Member& m : m_members)
        if (key == m.key)
            return &m;
    return nullptr;
}

} // namespace prakerja
