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
    const char* text; // the catalogue's source (Indonesian)
};

constexpr Words kActions[] = {
    {u"applicant.reveal", QT_TRANSLATE_NOOP("Text", "Data pribadi dibuka")},
    {u"applicant.search", QT_TRANSLATE_NOOP("Text", "Pencarian pendaftar")},
    {u"applicant.view", QT_TRANSLATE_NOOP("Text", "Kartu pendaftar dilihat")},
    {u"audit.export", QT_TRANSLATE_NOOP("Text", "Ekspor log audit")},
    {u"audit.verify", QT_TRANSLATE_NOOP("Text", "Verifikasi log audit")},
    {u"auth.locked", QT_TRANSLATE_NOOP("Text", "Akun terkunci")},
    {u"auth.sign_in", QT_TRANSLATE_NOOP("Text", "Masuk")},
    {u"auth.sign_in_failed", QT_TRANSLATE_NOOP("Text", "Gagal masuk")},
    {u"catalog.create", QT_TRANSLATE_NOOP("Text", "Pelatihan dibuat")},
    {u"catalog.demo", QT_TRANSLATE_NOOP("Text", "Katalog demo diisi")},
    {u"catalog.dismiss_flag", QT_TRANSLATE_NOOP("Text", "Tanda kurasi diabaikan")},
    {u"catalog.edit", QT_TRANSLATE_NOOP("Text", "Pelatihan diubah")},
    {u"catalog.export", QT_TRANSLATE_NOOP("Text", "Ekspor katalog")},
    {u"catalog.import", QT_TRANSLATE_NOOP("Text", "Impor katalog")},
    {u"feed.ingest", QT_TRANSLATE_NOOP("Text", "Impor feed pendaftaran")},
    {u"feed.simulate", QT_TRANSLATE_NOOP("Text", "Simulasi hari peluncuran")},
    {u"key.rotate", QT_TRANSLATE_NOOP("Text", "Rotasi kunci")},
    {u"key.rotate_abort", QT_TRANSLATE_NOOP("Text", "Rotasi kunci dihentikan")},
    {u"key.rotate_start", QT_TRANSLATE_NOOP("Text", "Rotasi kunci dimulai")},
    {u"operator.add", QT_TRANSLATE_NOOP("Text", "Operator ditambahkan")},
    {u"operator.disable", QT_TRANSLATE_NOOP("Text", "Operator dinonaktifkan")},
    {u"operator.enable", QT_TRANSLATE_NOOP("Text", "Operator diaktifkan")},
    {u"operator.first_admin", QT_TRANSLATE_NOOP("Text", "Administrator pertama dibuat")},
    {u"operator.passwd", QT_TRANSLATE_NOOP("Text", "Kata sandi diubah")},
    {u"operator.role", QT_TRANSLATE_NOOP("Text", "Peran operator diubah")},
    {u"operator.unlock", QT_TRANSLATE_NOOP("Text", "Operator dibuka kuncinya")},
    {u"outbox.export", QT_TRANSLATE_NOOP("Text", "Permintaan diambil sistem pendaftaran")},
    {u"participant.revoke_expired", QT_TRANSLATE_NOOP("Text", "Kartu tanpa pelatihan dicabut")},
    {u"permission.denied", QT_TRANSLATE_NOOP("Text", "Ditolak: tanpa izin")},
    {u"platform.add", QT_TRANSLATE_NOOP("Text", "Platform ditambahkan")},
    {u"platform.edit", QT_TRANSLATE_NOOP("Text", "Platform diubah")},
    {u"platform.reinstate", QT_TRANSLATE_NOOP("Text", "Platform diaktifkan kembali")},
    {u"platform.suspend", QT_TRANSLATE_NOOP("Text", "Platform ditangguhkan")},
    {u"reference.adopt_import", QT_TRANSLATE_NOOP("Text", "Impor terputus diambil alih")},
    {u"reference.import", QT_TRANSLATE_NOOP("Text", "Impor daftar NIK")},
    {u"reference.remove_import", QT_TRANSLATE_NOOP("Text", "Impor daftar NIK dihapus")},
    {u"request.raise", QT_TRANSLATE_NOOP("Text", "Permintaan diajukan")},
    {u"settings.adopt", QT_TRANSLATE_NOOP("Text", "Pengaturan lama dipindahkan")},
    {u"settings.change", QT_TRANSLATE_NOOP("Text", "Pengaturan diubah")},
    {u"ticket.add", QT_TRANSLATE_NOOP("Text", "Tiket dibuat")},
    {u"ticket.resolve", QT_TRANSLATE_NOOP("Text", "Tiket diselesaikan")},
    {u"wave.announce", QT_TRANSLATE_NOOP("Text", "Gelombang diumumkan")},
    {u"wave.cancel", QT_TRANSLATE_NOOP("Text", "Gelombang dibatalkan")},
    {u"wave.close", QT_TRANSLATE_NOOP("Text", "Gelombang ditutup")},
    {u"wave.create", QT_TRANSLATE_NOOP("Text", "Gelombang dibuat")},
    {u"wave.draw", QT_TRANSLATE_NOOP("Text", "Undian")},
    {u"wave.dry_run", QT_TRANSLATE_NOOP("Text", "Uji coba undian")},
    {u"wave.export", QT_TRANSLATE_NOOP("Text", "Ekspor pool gelombang")},
    {u"wave.open", QT_TRANSLATE_NOOP("Text", "Gelombang dibuka")},
    {u"wave.verify", QT_TRANSLATE_NOOP("Text", "Verifikasi undian")},
};

// Keys of "key=value" details; rupiah keys get Rp.
constexpr Words kKeys[] = {
    {u"accepted", QT_TRANSLATE_NOOP("Text", "diterima")}, {u"duplicates", QT_TRANSLATE_NOOP("Text", "duplikat")},
    {u"rejected", QT_TRANSLATE_NOOP("Text", "ditolak")},  {u"selected", QT_TRANSLATE_NOOP("Text", "terpilih")},
    {u"withdrawn", QT_TRANSLATE_NOOP("Text", "ditarik")}, {u"replacements", QT_TRANSLATE_NOOP("Text", "pengganti")},
    {u"committed", QT_TRANSLATE_NOOP("Text", "terikat")}, {u"returned", QT_TRANSLATE_NOOP("Text", "dikembalikan")},
    {u"amount", QT_TRANSLATE_NOOP("Text", "jumlah")},     {u"revoked", QT_TRANSLATE_NOOP("Text", "dicabut")},
    {u"removed", QT_TRANSLATE_NOOP("Text", "dihapus")},   {u"adopted", QT_TRANSLATE_NOOP("Text", "NIK diambil alih")},
    {u"pool", QT_TRANSLATE_NOOP("Text", "pool")},         {u"eligible", QT_TRANSLATE_NOOP("Text", "memenuhi syarat")},
    {u"quota", QT_TRANSLATE_NOOP("Text", "kuota")},       {u"members", QT_TRANSLATE_NOOP("Text", "anggota")},
    {u"rows", QT_TRANSLATE_NOOP("Text", "baris")},        {u"withdrawals", QT_TRANSLATE_NOOP("Text", "penarikan")},
};

constexpr Words kPhrases[] = {
    {u"unknown user", QT_TRANSLATE_NOOP("Text", "pengguna tidak dikenal")},
    {u"account locked", QT_TRANSLATE_NOOP("Text", "akun terkunci")},
    {u"account disabled", QT_TRANSLATE_NOOP("Text", "akun dinonaktifkan")},
    {u"cancelled", QT_TRANSLATE_NOOP("Text", "dibatalkan")},
};

QString pick(const Words& w)
{
    return Text::tr(w.text);
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
    // "role=analyst": the role an operator was given.
    static const QRegularExpression roleGiven(QStringLiteral("^role=([a-z]+)$"));
    if (const auto m = roleGiven.match(raw); m.hasMatch())
        if (const auto role = roleFromName(m.captured(1)))
            return Text::tr("peran: %1").arg(roleLabel(*role));
    // "1323 trainings": the demo catalogue.
    static const QRegularExpression trainings(QStringLiteral("^(\\d+) trainings$"));
    if (const auto m = trainings.match(raw); m.hasMatch())
        return Text::tr("%1 pelatihan").arg(IndonesianFormat::number(m.captured(1).toLongLong()));
    // "lines 1-26460: accepted=…": a simulated feed's part, then its figures.
    static const QRegularExpression lines(QStringLiteral("^lines (\\d+)-(\\d+): (.+)$"));
    if (const auto m = lines.match(raw); m.hasMatch()) {
        const QString rest = details(m.captured(3));
        if (rest != m.captured(3))
            return Text::tr("baris %1–%2: %3")
                .arg(IndonesianFormat::number(m.captured(1).toLongLong()),
                     IndonesianFormat::number(m.captured(2).toLongLong()), rest);
    }
    // "wrong password, failure 1 of 5"
    static const QRegularExpression failure(QStringLiteral("^wrong password, failure (\\d+) of (\\d+)$"));
    if (const auto m = failure.match(raw); m.hasMatch())
        return Text::tr("kata sandi salah, kegagalan ke-%1 dari %2").arg(m.captured(1), m.captured(2));
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
