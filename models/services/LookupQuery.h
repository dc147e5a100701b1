#pragma once
// What an agent typed into the one search box, recognised: a 16-digit NIK, an Indonesian
// mobile number (08…, 8…, 628…, +628…, with spaces, dashes, dots or parentheses), an email, or
// words of a name. Input that is almost one of these (15 or 17 digits, letters inside a NIK,
// an email without a domain, too short a name) is Invalid with a message that says what is wrong.

#include "domain/Error.h"

#include <QByteArray>
#include <QStringList>

namespace prakerja {

enum class LookupKind : quint8 { Invalid = 0, Nik = 1, Phone = 2, Email = 3, Name = 4 };
QString lookupKindName(LookupKind kind); // "nik", "phone", "email", "name"

struct LookupQuery
{
    LookupKind kind = LookupKind::Invalid;
    QByteArray normalised; // NIK digits, phone 62…, email lower-case (what the blind index takes)
    QStringList words; // name words, normalised (NameTokenizer::normalisedWords)
    Error problem; // when Invalid

    bool valid() const { return kind != LookupKind::Invalid; }
    // The search box: recognises the kind.
    static LookupQuery recognise(QStringView text);
    // `prakerjactl lookup --nik X` and the like: the text must be of that kind.
    static LookupQuery as(LookupKind kind, QStringView text);
};

} // namespace prakerja
