#pragma once
// What happens between launching prakerja-console and its main window: find or create the
// database and key file (saying so while an older database's schema is upgraded), create the
// first administrator on a fresh database, sign in, and start the demo feed when the database
// has no applicants yet.

#include "services/Workspace.h"

#include <QString>
#include <memory>

class QLabel;

namespace prakerja {

class MainWindow;

class ConsoleStartup
{
public:
    explicit ConsoleStartup(const WorkspacePaths& paths);
    ~ConsoleStartup();

    // Returns the main window, or nullptr when the user cancelled or a fatal error was shown.
    MainWindow* run();

private:
    void showUpgrade(int version);

    WorkspacePaths m_paths;
    std::unique_ptr<QLabel> m_upgrading; // shown while migrations run
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace prakerja
