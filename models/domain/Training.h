#pragma once
// A training on a partner platform, the catalogue's rules for its fields and its workflow
// (draft → submitted → approved | rejected → published → retired). Prices are whole rupiah.

#include "Error.h"

#include <QList>
#include <QString>
#include <optional>

namespace prakerja {

enum class TrainingLevel : quint8 { Beginner = 1, Intermediate = 2, Advanced = 3 };
enum class TrainingMode : quint8 { Online = 1, Offline = 2 };
enum class TrainingStatus : quint8 { Draft = 1, Submitted = 2, Approved = 3, Rejected = 4, Published = 5, Retired = 6 };
constexpr int kTrainingStatusCount = 6;

// What a curator does to a training's status.
enum class TrainingAction : quint8 { Submit = 1, Approve, Reject, Publish, Retire };

struct Training
{
    qint64 id = 0;
    QString platform; // the platform's code
    QString code; // unique per platform
    QString title;
    QString category; // a category code
    TrainingLevel level = TrainingLevel::Beginner;
    TrainingMode mode = TrainingMode::Online;
    qint64 price = 0;
    int durationHours = 0;
    QString description;
    QString url;
    bool healthClearance = false;
    TrainingStatus status = TrainingStatus::Draft;
    QString rejectReason;
    bool held = false; // published, taken out while its platform is suspended
    qint64 version = 0;
    qint64 updatedAt = 0;
    QString updatedBy;
};

// A field that fails its rule: `field` is the import column's name ("price").
struct FieldProblem
{
    QString field;
    Error error;
};

// A change of one field, as the history keeps it.
struct FieldChange
{
    QString field;
    QString from;
    QString to;
};

namespace TrainingRules {

// The editable fields in import/export column order.
const QStringList& fieldNames();
QString fieldValue(const Training& training, const QString& field);
// Field by field, the differences from `before` to `after` (editable fields and the status).
QList<FieldChange> diff(const Training& before, const Training& after);

QString levelName(TrainingLevel level); // "Pemula", "Menengah", "Mahir" (the stored names)
QString levelLabel(TrainingLevel level); // in the UI language
std::optional<TrainingLevel> levelFromText(QStringView text); // Indonesian or English
QString modeName(TrainingMode mode); // "online", "offline"
QString modeLabel(TrainingMode mode); // "Daring", "Luring"
std::optional<TrainingMode> modeFromText(QStringView text);
QString statusName(TrainingStatus status); // "draft", …
QString statusLabel(TrainingStatus status); // "Draf", "Diajukan", …
std::optional<TrainingStatus> statusFromName(QStringView name);
// Plain digits or Indonesian grouping (1.000.000), optionally after "Rp"; nullopt otherwise.
std::optional<qint64> parsePrice(QStringView text);
std::optional<bool> parseFlag(QStringView text); // true/false, 1/0, ya/tidak, yes/no; empty is false

QString actionName(TrainingAction action); // "submit", "approve", …
std::optional<TrainingAction> actionFromName(QStringView name);
// The status `action` leads to from `from`, or nullopt when the workflow does not allow it:
// draft|rejected → submitted; submitted → approved|rejected; approved → rejected|published;
// anything but retired → retired.
std::optional<TrainingStatus> transition(TrainingStatus from, TrainingAction action);

// Every field rule that fails; empty when the training may be saved. `credit` is the
// training credit (the highest price allowed).
QList<FieldProblem> validate(const Training& training, qint64 credit);

constexpr int kMaxTitle = 200;
constexpr int kMaxDescription = 5000;
constexpr int kMaxDuration = 1000;

} // namespace TrainingRules

} // namespace prakerja
