#pragma once
// Who is acting: the signed-in operator and their role. Every service call takes a Session
// and checks the permission it needs with require(); a refusal names the missing permission
// (the CLI turns it into exit status 4).

#include "domain/Error.h"
#include "domain/Permission.h"

#include <QString>

namespace prakerja {

class Session
{
public:
    Session(qint64 operatorId, const QString& operatorName, Role role)
        : m_operatorId(operatorId), m_operatorName(operatorName), m_role(role)
    { }
    // The built-in actor for work that no operator starts (first-run setup, migrations).
    static Session system() { return Session(0, QStringLiteral("system"), Role::Administrator); }

    qint64 operatorId() const { return m_operatorId; }
    const QString& operatorName() const { return m_operatorName; }
    Role role() const { return m_role; }
    bool can(Permission permission) const { return roleHas(m_role, permission); }
    Status require(Permission permission) const;

    static constexpr const char* kDeniedCode = "permission_denied";

private:
    qint64 m_operatorId;
    QString m_operatorName;
    Role m_role;
};

} // namespace prakerja
