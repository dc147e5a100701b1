#include "BuildInfo.h"

#include "prakerja_git_version.h"

namespace prakerja::BuildInfo {

QString projectVersion()
{
    return QStringLiteral(PRAKERJA_PROJECT_VERSION);
}

QString version()
{
    const QString describe = QStringLiteral(PRAKERJA_GIT_DESCRIBE);
    return describe.isEmpty() ? projectVersion() : projectVersion() + QStringLiteral(" (git ") + describe + u')';
}

} // namespace prakerja::BuildInfo
