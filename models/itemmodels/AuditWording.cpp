#include "AuditWording.h"

#include "domain/Error.h"
#include "domain/IndonesianFormat.h"
#include "domain/Language.h"
#include "domain/Permission.h"
#include "domain/Wave.h"

#include <QRegularExpression>
#include <QStringList>

namespace prakerja::AuditWording {

namespace {
struct Words
{
    const char16_t* code;
    const char16_t* id;
    const char16_t* en;
};

constexpr Words kActions[] = {
    {u"audit.export", u"Ekspor log audit", u"Audit log exported"},
    {u"audit.verify", u"Verifikasi log audit", u"Audit log verified"},
    {u"auth.locked", u"Akun terkunci", u"Account locked"},
    {u"auth.sign_in", u"Masuk", u"Signed in"},
    {u"auth.sign_in_failed", u"Gagal masuk", u"Sign-in failed"},
    {u"feed.ingest", u"Impor feed pendaftaran", u"Registration feed imported"},
    {u"feed.simulate", u"Simulasi hari peluncuran", u"Launch-day simulation"},
    {u"key.rotate", u"Rotasi kunci", u"Key rotation"},
    {u"key.rotate_start", u"Rotasi kunci dimulai", u"Key rotation started"},
    {u"operator.add", u"Operator ditambahkan", u"Operator added"},
    {u"operator.disable", u"Operator dinonaktifkan", u"Operator disabled"},
    {u"operator.enable", u"Operator diaktifkan", u"Operator enabled"},
    {u"operator.first_admin", u"Administrator pertama dibuat", u"First administrator created"},
    {u"operator.passwd", u"Kata sandi diubah", u"Password changed"},
    {u"operator.role", u"Peran operator diubah", u"Operator role changed"},
    {u"operator.unlock", u"Operator dibuka kuncinya", u"Operator unlocked"},
    {u"participant.revoke_expired", u"Kartu tanpa pelatihan dicabut", u"Cards without training revoked"},
    {u"permission.denied", u"Ditolak: tanpa izin", u"Refused: not permitted"},
    {u"reference.adopt_import", u"Impor terputus diambil alih", u"Interrupted import taken over"},
    {u"reference.import", u"Impor daftar NIK", u"NIK list imported"},
    {u"reference.remove_import", u"Impor daftar NIK dihapus", u"NIK list import removed"},
    {u"settings.change", u"Pengaturan diubah", u"Setting changed"},
    {u"wave.announce", u"Gelombang diumumkan", u"Wave announced"},
    {u"wave.cancel", u"Gelombang dibatalkan", u"Wave cancelled"},
    {u"wave.close", u"Gelombang ditutup", u"Wave closed"},
    {u"wave.create", u"Gelombang dibuat", u"Wave created"},
    {u"wave.draw", u"Undian", u"Draw"},
    {u"wave.dry_run", u"Uji coba undian", u"Dry run"},
    {u"wave.export", u"Ekspor pool gelombang", u"Wave pool exported"},
    {u"wave.open", u"Gelombang dibuka", u"Wave opened"},
    {u"wave.verify", u"Verifikasi undian", u"Draw verified"},
};

// Keys of "key=value" details; rupiah keys get Rp.
constexpr Words kKeys[] = {
    {u"accepted", u"diterima", u"accepted"},
    {u"duplicates", u"duplikat", u"duplicates"},
    {u"rejected", u"ditolak", u"rejected"},
    {u"selected", u"terpilih", u"selected"},
    {u"withdrawn", u"ditarik", u"withdrawn"},
    {u"replacements", u"pengganti", u"replacements"},
    {u"committed", u"terikat", u"committed"},
    {u"returned", u"dikembalikan", u"returned"},
    {u"amount", u"jumlah", u"amount"},
    {u"revoked", u"dicabut", u"revoked"},
    {u"removed", u"dihapus", u"removed"},
    {u"adopted", u"NIK diambil alih", u"NIKs taken over"},
    {u"pool", u"pool", u"pool"},
    {u"eligible", u"memenuhi syarat", u"eligible"},
    {u"quota", u"kuota", u"quota"},
    {u"members", u"anggota", u"members"},
    {u"rows", u"baris", u"rows"},
    {u"withdrawals", u"penarikan", u"withdrawals"},
};

constexpr Words kPhrases[] = {
    {u"unknown user", u"pengguna tidak dikenal", u"unknown user"},
    {u"account locked", u"akun terkunci", u"account locked"},
    {u"account disabled", u"akun dinonaktifkan", u"account disabled"},
    {u"cancelled", u"dibatalkan", u"cancelled"},
};

QString pick(const Words& w)
{
    return QString::fromUtf16(Language::english() ? w.en : w.id);
}

bool isRupiah(QStringView key)
{
    return key == u"committed" || key == u"returned" || key == u"amount";
}
} // namespace

QString action(const QString& code)
{
    for (const Words& w : kActions)
        if (code == QString::fromUtf16(w.code))
            return pick(w);
    return code;
}

QString details(const QString& raw)
{
    // "open -> closed": a wave's status change.
    static const QRegularExpression transition(QStringLiteral("^([a-z]+) -> ([a-z]+)$"));
    if (const auto m = transition.match(raw); m.hasMatch()) {
        const auto from = waveStatusFromName(m.captured(1)), to = waveStatusFromName(m.captured(2));
        if (from && to)
            return waveStatusLabel(*from) + QStringLiteral(" → ") + waveStatusLabel(*to);
    }
    // "role agent -> analyst": an operator's role change.
    static const QRegularExpression roleChange(QStringLiteral("^role ([a-z]+) -> ([a-z]+)$"));
    if (const auto m = roleChange.match(raw); m.hasMatch()) {
        const auto from = roleFromName(m.captured(1)), to = roleFromName(m.captured(2));
        if (from && to)
            return roleLabel(*from) + QStringLiteral(" → ") + roleLabel(*to);
    }
    // "wrong password, failure 1 of 5"
    static const QRegularExpression failure(QStringLiteral("^wrong password, failure (\\d+) of (\\d+)$"));
    if (const auto m = failure.match(raw); m.hasMatch())
        return Language::english()
            ? QStringLiteral("wrong password, failure %1 of %2").arg(m.captured(1), m.captured(2))
            : QStringLiteral("kata sandi salah, kegagalan ke-%1 dari %2").arg(m.captured(1), m.captured(2));
    for (const Words& w : kPhrases)
        if (raw == QString::fromUtf16(w.code))
            return pick(w);
    // "accepted=5 duplicates=0 rejected=1 cancelled": known keys in words, numbers grouped.
    static const QRegularExpression pair(QStringLiteral("^([a-z_]+)=(-?\\d+)$"));
    const QStringList parts = raw.split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return raw;
    QStringList out;
    for (const QString& part : parts) {
        const auto m = pair.match(part);
        bool known = false;
        for (const Words& w : kKeys) {
            if (!m.hasMatch() || m.captured(1) != QString::fromUtf16(w.code))
                continue;
            const qint64 value = m.captured(2).toLongLong();
            out << pick(w) + u' '
                    + (isRupiah(m.captured(1)) ? IndonesianFormat::rupiah(value) : IndonesianFormat::number(value));
            known = true;
            break;
        }
        if (known)
            continue;
        bool phrase = false;
        for (const Words& w : kPhrases)
            if (part == QString::fromUtf16(w.code)) {
                out << pick(w);
                phrase = true;
            }
        if (!phrase)
            return raw; // not a form we know: shown as written
    }
    return out.join(QStringLiteral(" · "));
}

} // namespace prakerja::AuditWording
