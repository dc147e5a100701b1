#pragma once
// The version both executables print for --version and show in Help > About: the CMake
// project's version and, when built from a git checkout, `git describe` at build time
// (cmake/GitVersion.cmake writes the header behind it).

#include <QString>

namespace prakerja::BuildInfo {

// "0.1.0 (git bcc7679)", or "0.1.0" when not built from git.
QString version();
// The project version alone, "0.1.0" (the package's version).
QString projectVersion();

} // namespace prakerja::BuildInfo
