#pragma once
// `prakerjactl completion bash`: the bash completion script, generated from the command table
// itself (each command's words, and the options its synopsis and help name), so that it cannot
// fall behind the commands. The package installs its output (packaging/CMakeLists.txt).

#include "Commands.h"

namespace prakerja::ctl {

QString bashCompletion(const QList<Command>& commands);

} // namespace prakerja::ctl
