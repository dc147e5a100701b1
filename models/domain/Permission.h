#pragma once
// Operator roles and what each may do. The matrix (Permission.cpp, docs/security.md) is
// enforced in services/ for the GUI and the CLI alike; hiding a button is not a permission.

#include <QString>
#include <optional>

namespace prakerja {

enum class Role : quint8 {
    Administrator = 1,
    Analyst = 2, // ministry staff
    CatalogueCurator = 3,
    CallCentreAgent = 4,
};

enum class Permission : quint8 {
    ViewDashboard,
    SearchApplicants,
    RevealApplicantPii,
    AddApplicantNote,
    IngestFeed,
    ImportReference,
    ManageCatalogue,
    ManagePlatforms,
    ViewWaves,
    ManageWaves, // create, open, close, cancel, rules
    RunDraw, // dry run, draw, announce
    RevokeParticipants,
    ExportData,
    ViewAudit,
    VerifyAudit,
    ManageOperators,
    RotateKeys,
    ManageSettings,
};
constexpr int kPermissionCount = static_cast<int>(Permission::ManageSettings) + 1;

bool roleHas(Role role, Permission permission);
QString roleName(Role role); // "administrator", "analyst", "curator", "agent"
QString roleLabel(Role role); // for people, in the UI language
std::optional<Role> roleFromName(QStringView name);
QString permissionName(Permission permission); // "run_draw"

} // namespace prakerja
