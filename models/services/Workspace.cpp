#include "Workspace.h"

#include "SettingsService.h"
#include "store/ApplicantStore.h"
#include "store/DatabaseTarget.h"
#include "store/MetaStore.h"

#include <QFileInfo>

namespace prakerja {

WorkspacePaths WorkspacePaths::resolve(const QString& databaseArg, const QString& keyFileArg)
{
    WorkspacePaths paths;
    paths.database = databaseArg;
    if (paths.database.isEmpty())
        paths.database = qEnvironmentVariable("PRAKERJA_DB");
    if (paths.database.isEmpty())
        paths.database = Database::defaultPath();
    // A PostgreSQL URI or keyword string stays as given (docs/deployment.md); its key file is
    // named after the server's database.
    const auto target = DatabaseTarget::parse(paths.database);
    const bool server = target && target.value().isPostgres();
    if (!server)
        paths.database = QFileInfo(paths.database).absoluteFilePath();
    paths.keyFile = keyFileArg;
    if (paths.keyFile.isEmpty())
        paths.keyFile = qEnvironmentVariable("PRAKERJA_KEY_FILE");
    if (paths.keyFile.isEmpty())
        paths.keyFile = KeyFile::defaultPathFor(server ? target.value().databaseName() : paths.database);
    paths.keyFile = QFileInfo(paths.keyFile).absoluteFilePath();
    return paths;
}

Status WorkspacePaths::checkTarget(const QString& text, QString* described)
{
    if (text.trimmed().isEmpty())
        return makeError(QStringLiteral("db_target_empty"), Error::tr("Isi berkas basis data atau alamat server"));
    const auto target = DatabaseTarget::parse(text.trimmed());
    if (!target)
        return target.error();
    if (described)
        *described
            = target.value().isPostgres() ? target.value().describe() : QStringLiteral("SQLite %1").arg(text.trimmed());
    return Status::success();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const WorkspacePaths& paths)
{
    if (!DatabaseTarget::looksLikePostgres(paths.database) && !QFileInfo::exists(paths.database))
        return makeError(QStringLiteral("db_missing"),
                         Error::tr("Basis data tidak ditemukan: %1 (jalankan 'prakerjactl init')").arg(paths.database));
    auto keys = KeyFile::load(paths.keyFile);
    if (!keys)
        return keys.error();
    auto db = Database::open(paths.database, keys.value(), Database::OpenMode::MustExist);
    if (!db)
        return db.error();
    return create(paths, std::move(db).value());
}

Result<std::unique_ptr<Workspace>> Workspace::init(const WorkspacePaths& paths)
{
    Result<KeyFile> keys
        = QFileInfo::exists(paths.keyFile) ? KeyFile::load(paths.keyFile) : KeyFile::create(paths.keyFile);
    if (!keys)
        return keys.error();
    auto db = Database::open(paths.database, keys.value(), Database::OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    return create(paths, std::move(db).value());
}

Result<std::unique_ptr<Workspace>> Workspace::create(const WorkspacePaths& paths, std::unique_ptr<Database> db)
{
    if (const Status s = SettingsService(*db).adoptLegacy(Settings::instance()); !s)
        return s.error();
    auto programme = ProgrammeSettings::load(*db);
    if (!programme)
        return programme.error();
    auto workspace = std::unique_ptr<Workspace>(new Workspace(paths, std::move(db)));
    workspace->m_programme = std::move(programme).value();
    return workspace;
}

Result<std::unique_ptr<Database>> Workspace::openConnection() const
{
    return Database::open(m_paths.database, m_db->keys(), Database::OpenMode::MustExist);
}

bool Workspace::isDemo()
{
    return MetaStore(*m_db).isDemo();
}

bool Workspace::hasNoApplicants()
{
    return ApplicantStore(*m_db).newestId() == 0;
}

Status Workspace::markDemo()
{
    return MetaStore(*m_db).markDemo();
}

} // namespace prakerja
