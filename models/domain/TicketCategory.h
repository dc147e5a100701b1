#pragma once
// What a call is about: the categories of call-centre tickets. Stored as numbers: append,
// never renumber.

#include <QList>
#include <QString>
#include <optional>

namespace prakerja {

enum class TicketCategory : quint8 {
    EmailVerification = 1,
    PhotoUpload = 2,
    NikVerification = 3,
    Phone = 4,
    Test = 5,
    WaveSelection = 6,
    Training = 7,
    Incentive = 8,
    DataCorrection = 9,
    Complaint = 10,
    Other = 11,
};

QList<TicketCategory> ticketCategories();
QString ticketCategoryName(TicketCategory category); // "email_verification"
QString ticketCategoryLabel(TicketCategory category); // for people, in the UI language
std::optional<TicketCategory> ticketCategoryFromName(QStringView name);

} // namespace prakerja
