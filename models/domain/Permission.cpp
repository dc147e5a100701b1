#include "Permission.h"

#include "EnumTable.h"
#include "Error.h"

namespace prakerja {

namespace {
struct PermissionInfo
{
    Permission permission;
    const char16_t* name;
    bool admin, analyst, curator, agent;
};
// The permission matrix; docs/security.md mirrors it.
constexpr PermissionInfo kMatrix[] = {
    {Permission::ViewDashboard, u"view_dashboard", true, true, true, false},
    {Permission::SearchApplicants, u"search_applicants", true, true, false, true},
    {Permission::RevealApplicantPii, u"reveal_applicant_pii", true, false, false, true},
    {Permission::AddApplicantNote, u"add_applicant_note", true, false, false, true},
    {Permission::IngestFeed, u"ingest_feed", true, false, false, false},
    {Permission::ImportReference, u"import_reference", true, true, false, false},
    {Permission::ManageCatalogue, u"manage_catalogue", true, false, true, false},
    {Permission::ManagePlatforms, u"manage_platforms", true, false, true, false},
    {Permission::ViewWaves, u"view_waves", true, true, true, true},
    {Permission::ManageWaves, u"manage_waves", true, true, false, false},
    {Permission::RunDraw, u"run_draw", true, true, false, false},
    {Permission::RevokeParticipants, u"revoke_participants", true, true, false, false},
    {Permission::ExportData, u"export_data", true, true, false, false},
    {Permission::ViewAudit, u"view_audit", true, false, false, false},
    {Permission::VerifyAudit, u"verify_audit", true, false, false, false},
    {Permission::ManageOperators, u"manage_operators", true, false, false, false},
    {Permission::RotateKeys, u"rotate_keys", true, false, false, false},
    {Permission::ManageSettings, u"manage_settings", true, false, false, false},
};
static_assert(std::size(kMatrix) == kPermissionCount);

constexpr EnumEntry<Role> kRoles[] = {
    {Role::Administrator, u"administrator", QT_TRANSLATE_NOOP("Text", "Administrator")},
    {Role::Analyst, u"analyst", QT_TRANSLATE_NOOP("Text", "Analis kementerian")},
    {Role::CatalogueCurator, u"curator", QT_TRANSLATE_NOOP("Text", "Kurator katalog")},
    {Role::CallCentreAgent, u"agent", QT_TRANSLATE_NOOP("Text", "Agen call center")},
};
} // namespace

bool roleHas(Role role, Permission permission)
{
    const PermissionInfo& p = kMatrix[static_cast<int>(permission)];
    switch (role) {
    case Role::Administrator:
        return p.admin;
    case Role::Analyst:
        return p.analyst;
    case Role::CatalogueCurator:
        return p.curator;
    case Role::CallCentreAgent:
        return p.agent;
    }
    return false;
}

QString roleName(Role role)
{
    return enumName(kRoles, role);
}

QString roleLabel(Role role)
{
    return enumLabel(kRoles, role);
}

std::optional<Role> roleFromName(QStringView name)
{
    return enumFromName(kRoles, name);
}

QString permissionName(Permission permission)
{
    return QString::fromUtf16(kMatrix[static_cast<int>(permission)].name);
}

} // namespace prakerja
