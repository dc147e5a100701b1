#include "RequestKind.h"

#include "EnumTable.h"

namespace prakerja {

namespace {
constexpr EnumEntry<RequestKind> kKinds[] = {
    {RequestKind::ResendVerificationEmail, u"resend_verification_email",
     QT_TRANSLATE_NOOP("Text", "Kirim ulang email verifikasi")},
    {RequestKind::RecheckNik, u"recheck_nik", QT_TRANSLATE_NOOP("Text", "Periksa ulang NIK ke Dukcapil")},
    {RequestKind::CorrectName, u"correct_name", QT_TRANSLATE_NOOP("Text", "Perbaiki ejaan nama")},
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
