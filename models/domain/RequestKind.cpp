#include "RequestKind.h"

namespace prakerja {

namespace {
struct Info
{
    RequestKind kind;
    const char16_t* name;
    const char16_t* labelId;
    const char16_t* labelEn;
};
constexpr Info kKinds[] = {
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
    for (const Info& i : kKinds)
        out << i.kind;
    return out;
}

QString requestKindName(RequestKind kind)
{
    for (const Info& i : kKinds)
        if (i.kind == kind)
            return QString::fromUtf16(i.name);
    return {};
}

QString requestKindLabel(RequestKind kind, bool english)
{
    for (const Info& i : kKinds)
        if (i.kind == kind)
            return QString::fromUtf16(english ? i.labelEn : i.labelId);
    return {};
}

std::optional<RequestKind> requestKindFromName(QStringView name)
{
    for (const Info& i : kKinds)
        if (name == QStringView(i.name))
            return i.kind;
    return std::nullopt;
}

} // namespace prakerja
