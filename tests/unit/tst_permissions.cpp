// The permission matrix, role by role and permission by permission: the expected table is
// written out here independently of Permission.cpp (and mirrored in docs/security.md), and
// every permission that has a service in the core is exercised through that service.
#include "TestSupport.h"

#include "services/AuditService.h"
#include "services/FeedService.h"
#include "services/KeyRotationService.h"
#include "services/OperatorService.h"

#include <QBuffer>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

Q_DECLARE_METATYPE(prakerja::Role)
Q_DECLARE_METATYPE(prakerja::Permission)

namespace {

struct Expected
{
    Permission permission;
    const char* name;
    bool admin, analyst, curator, agent;
};
// docs/security.md, "Permission matrix".
constexpr Expected kExpected[] = {
    {Permission::ViewDashboard, "view_dashboard", true, true, true, false},
    {Permission::SearchApplicants, "search_applicants", true, true, false, true},
    {Permission::RevealApplicantPii, "reveal_applicant_pii", true, false, false, true},
    {Permission::AddApplicantNote, "add_applicant_note", true, false, false, true},
    {Permission::IngestFeed, "ingest_feed", true, false, false, false},
    {Permission::ImportReference, "import_reference", true, true, false, false},
    {Permission::ManageCatalogue, "manage_catalogue", true, false, true, false},
    {Permission::ManagePlatforms, "manage_platforms", true, false, true, false},
    {Permission::ViewWaves, "view_waves", true, true, true, true},
    {Permission::ManageWaves, "manage_waves", true, true, false, false},
    {Permission::RunDraw, "run_draw", true, true, false, false},
    {Permission::RevokeParticipants, "revoke_participants", true, true, false, false},
    {Permission::ExportData, "export_data", true, true, false, false},
    {Permission::ViewAudit, "view_audit", true, false, false, false},
    {Permission::VerifyAudit, "verify_audit", true, false, false, false},
    {Permission::ManageOperators, "manage_operators", true, false, false, false},
    {Permission::RotateKeys, "rotate_keys", true, false, false, false},
    {Permission::ManageSettings, "manage_settings", true, false, false, false},
};
static_assert(std::size(kExpected) == kPermissionCount);

constexpr Role kRoles[] = {Role::Administrator, Role::Analyst, Role::CatalogueCurator, Role::CallCentreAgent};

bool expectedFor(const Expected& e, Role role)
{
    switch (role) {
    case Role::Administrator:
        return e.admin;
    case Role::Analyst:
        return e.analyst;
    case Role::CatalogueCurator:
        return e.curator;
    case Role::CallCentreAgent:
        return e.agent;
    }
    return false;
}

// Calls the service that needs `permission`; nullopt when no service of this issue covers it.
std::optional<Error> callService(ScratchDatabase& scratch, const Session& session, Permission permission)
{
    Database& db = scratch.db();
    auto errorOf = [](const auto& result) -> std::optional<Error> {
        if (result)
            return std::nullopt;
        return result.error();
    };
    QBuffer empty;
    empty.open(QIODevice::ReadOnly);
    switch (permission) {
    case Permission::IngestFeed:
        return errorOf(FeedService(db, session).ingest(empty, {}));
    case Permission::ImportReference:
        return errorOf(FeedService(db, session).importReference(ReferenceList::Dtks, empty, {}));
    case Permission::ViewAudit:
        return errorOf(AuditService(db, session).list({}));
    case Permission::VerifyAudit:
        return errorOf(AuditService(db, session).verify());
    case Permission::ManageOperators: {
        OperatorService::Policy fast;
        fast.iterations = 1000;
        return errorOf(OperatorService(db, fast).list(session));
    }
    case Permission::RotateKeys: {
        KeyRotationService::Options options;
        options.maxBatches = 1;
        return errorOf(KeyRotationService(db, session).rotate(scratch.keyPath(), options));
    }
    default:
        return std::nullopt;
    }
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrix_data();
    void matrix();
    void roleNamesRoundTrip();
};

void TestPermissions::matrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    for (const Expected& e : kExpected)
        for (Role role : kRoles)
            QTest::addRow("%s/%s", qPrintable(roleName(role)), e.name) << role << e.permission << expectedFor(e, role);
}

void TestPermissions::matrix()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    const Session session(7, QStringLiteral("someone"), role);
    QCOMPARE(session.can(permission), allowed);
    const Status required = session.require(permission);
    QCOMPARE(required.ok(), allowed);
    if (!allowed) {
        QCOMPARE(required.error().code, QStringLiteral("permission_denied"));
        // The refusal names the missing permission (the CLI prints it with status 4).
        QVERIFY(required.error().message().contains(permissionName(permission)));
    }
    ScratchDatabase scratch;
    const auto serviceError = callService(scratch, session, permission);
    const bool denied = serviceError && serviceError->code == u"permission_denied";
    if (allowed) {
        QVERIFY2(!denied, "the service refused a permitted role");
    } else if (permission == Permission::IngestFeed || permission == Permission::ImportReference
               || permission == Permission::ViewAudit || permission == Permission::VerifyAudit
               || permission == Permission::ManageOperators || permission == Permission::RotateKeys) {
        QVERIFY2(denied, "the service let a role through that lacks the permission");
        // Refused means nothing written: no audit row, no key generation.
        QCOMPARE(scratch.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);
        QCOMPARE(KeyFile::load(scratch.keyPath())->ids(), QList<int>{1});
    }
}

void TestPermissions::roleNamesRoundTrip()
{
    for (Role role : kRoles) {
        QCOMPARE(roleFromName(roleName(role)), std::optional<Role>(role));
        QVERIFY(!roleLabel(role).isEmpty());
    }
    QVERIFY(!roleFromName(u"root"));
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
