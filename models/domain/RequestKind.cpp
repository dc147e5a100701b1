#include "RequestKind.h"

#include "EnumTable.h"

namespace prakerja {

namespace {
constexpr EnumEntry<RequestKind> kKinds[] = {
    {RequestKind::ResendVerificationEmail, u"resend_verification_email", u"Kirim ulang email verifikasi",
     u"Resend the verification email"},
    {RequestKind::RecheckNik, u"recheck_nik", u"Periksa ulang NIK ke Dukcapil",
     u"Re-check the NIK with the civil registry"},
    {RequestKind::CorrectName, u"correct_name", u"Perbaiki ejaan nama", u"Correct the spelling of the name"},
};
} // namespace

QList<RequestKind> requestKinds()
{
    QList<RequestKind> out;
    for (const auto& i : kKinds)
        out << i.value;
    return out;
}

QString requestKindName(RequestKind kind)
{
    return enumName(kKinds, kind);
}

QString requestKindLabel(RequestKind kind, bool english)
{
    return enumLabel(kKinds, kind, english);
}

std::optional<RequestKind> requestKindFromName(QStringView name)
{
    return enumFromName(kKinds, name);
}

} // namespace prakerja
