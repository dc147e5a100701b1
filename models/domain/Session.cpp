#include "Session.h"

namespace prakerja {

Status Session::require(Permission permission) const
{
    if (can(permission))
        return Status::success();
    const QString name = permissionName(permission);
    return makeError(QString::fromLatin1(kDeniedCode),
                     Error::tr("Peran %1 tidak memiliki izin %2").arg(roleName(m_role), name));
}

} // namespace prakerja
