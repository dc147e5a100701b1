#pragma once
// A strict parser for one JSON object whose values are scalars (string, number, true, false,
// null): the shape of every feed line. Hand-written because QJsonDocument costs more per
// line than the whole rest of ingest; nested values are refused rather than skipped.

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace prakerja {

class FlatJsonObject
{
public:
    enum class Kind : quint8 { String, Number, Bool, Null };
    struct Member
    {
        QByteArray key;
        Kind kind = Kind::Null;
        QString text; // string value, or the number's/literal's source text
    };

    // More members than this and the object is refused (docs/feed.md).
    static constexpr size_t kMaxMembers = 64;

    // Parses `line` (UTF-8, no trailing newline needed). On failure returns nullopt and sets
    // `error` to a short English description with the byte offset.
    static std::optional<FlatJsonObject> parse(QByteArrayView line, QString* error);

    const Member* find(QByteArrayView key) const;
    const std::vector<Member>& members() const { return m_members; }

private:
    std::vector<Member> m_members;
};

} // namespace prakerja
