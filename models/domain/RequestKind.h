#pragma once
// What an agent may ask the registration system to do for an applicant (the requests outbox).
// The console never does these itself. Stored as numbers: append, never renumber.

#include <QList>
#include <QString>
#include <optional>

namespace prakerja {

enum class RequestKind : quint8 {
    ResendVerificationEmail = 1,
    RecheckNik = 2,
    CorrectName = 3,
};

QList<RequestKind> requestKinds();
QString requestKindName(RequestKind kind); // "resend_verification_email"
QString requestKindLabel(RequestKind kind, bool english); // for people
std::optional<RequestKind> requestKindFromName(QStringView name);

} // namespace prakerja
