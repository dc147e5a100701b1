#pragma once
// The audit log in words for the audit page, in the interface's language: "auth.sign_in_failed"
// reads "Gagal masuk", "open -> closed" reads "dibuka → ditutup", "committed=71000000000" reads
// "terikat Rp 71.000.000.000". The raw codes stay in the table's tooltips and in the export.

#include <QString>

namespace prakerja::AuditWording {

QString action(const QString& code);
QString details(const QString& raw);

} // namespace prakerja::AuditWording
