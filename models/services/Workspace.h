#pragma once
// Where the console's data lives (database and key file) and the open connection to it.
// Paths come from --db/--key-file, else PRAKERJA_DB/PRAKERJA_KEY_FILE, else the defaults
// (database in the user's data folder, key file in the config folder, never beside it).

#include "ProgrammeSettings.h"
#include "domain/Error.h"
#include "store/Database.h"

#include <memory>

namespace prakerja {

struct WorkspacePaths
{
    QString database;
    QString keyFile;
    static WorkspacePaths resolve(const QString& databaseArg = {}, const QString& keyFileArg = {});
    // The connection dialog's check of what the operator typed: a file path, or a PostgreSQL URI /
    // keyword string without a password (DatabaseTarget); `described` is the status bar's text.
    static Status checkTarget(const QString& text, QString* described = nullptr);
};

class Workspace
{
public:
    // An existing database and its key file.
    static Result<std::unique_ptr<Workspace>> open(const WorkspacePaths& paths);
    // Creates (or migrates) the database and creates the key file if there is none.
    static Result<std::unique_ptr<Workspace>> init(const WorkspacePaths& paths);

    Database& db() { return *m_db; }
    const WorkspacePaths& paths() const { return m_paths; }
    const KeyFile& keys() const { return m_db->keys(); }
    // A demo database (first-start demo, `init --demo`): the launch-day simulator is offered.
    bool isDemo();
    Status markDemo();
    // No applicant yet: a fresh database (one seek, not a count).
    bool hasNoApplicants();
    // Another connection to the same database, for a worker thread (used only there).
    Result<std::unique_ptr<Database>> openConnection() const;

    // The programme-wide settings as read at open or last saved from this process; what a
    // service enforces it reads from the database itself, so that every seat applies the same.
    const ProgrammeSettings& programme() const { return m_programme; }
    void setProgramme(const ProgrammeSettings& programme) { m_programme = programme; }

private:
    static Result<std::unique_ptr<Workspace>> create(const WorkspacePaths& paths, std::unique_ptr<Database> db);
    Workspace(const WorkspacePaths& paths, std::unique_ptr<Database> db) : m_paths(paths), m_db(std::move(db)) { }
    WorkspacePaths m_paths;
    std::unique_ptr<Database> m_db;
    ProgrammeSettings m_programme;
};

} // namespace prakerja
