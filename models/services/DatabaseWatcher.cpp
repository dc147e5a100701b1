#include "DatabaseWatcher.h"

#include <QMetaObject>
#include <QTimer>

namespace prakerja {

class DatabaseWatcher::Worker : public QObject {
    Q_OBJECT
public:
    Worker(const WorkspacePaths& paths, const KeyFile& keys) : m_paths(paths), m_keys(keys) { }

    void start()
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(250);
        connect(m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer->start();
        poll();
    }
    void poll(bool force = false)
    {
        if (!m_db) {
            auto db = Database::open(m_paths.database, m_keys, Database::OpenMode::MustExist);
            if (!db) {
                if (m_reachable) {
                    m_reachable = false;
                    Q_EMIT reachableChanged(false, db.error().message());
                }
                return;
            }
            m_db = std::move(db).value();
            m_version = -1;
            if (!m_reachable) {
                m_reachable = true;
                Q_EMIT reachableChanged(true, {});
            }
        }
        const QVariant version = m_db->scalar(QStringLiteral("PRAGMA data_version"));
        if (!version.isValid()) {
            m_db.reset(); // reconnect on the next tick
            return;
        }
        if (!force && version.toLongLong() == m_version)
            return;
        m_version = version.toLongLong();
        Q_EMIT totalsChanged(StageTotals::read(*m_db));
    }

Q_SIGNALS:
    void totalsChanged(const prakerja::StageTotals& totals);
    void reachableChanged(bool reachable, const QString& message);

private:
    WorkspacePaths m_paths;
    KeyFile m_keys;
    std::unique_ptr<Database> m_db;
    QTimer* m_timer = nullptr;
    qint64 m_version = -1;
    bool m_reachable = true;
};

DatabaseWatcher::DatabaseWatcher(const WorkspacePaths& paths, const KeyFile& keys, QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<StageTotals>();
    m_worker = new Worker(paths, keys);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, m_worker, &Worker::start);
    connect(m_worker, &Worker::totalsChanged, this, &DatabaseWatcher::totalsChanged);
    connect(m_worker, &Worker::reachableChanged, this, &DatabaseWatcher::reachableChanged);
    m_thread.setObjectName(QStringLiteral("DatabaseWatcher"));
    m_thread.start();
}

DatabaseWatcher::~DatabaseWatcher()
{
    m_thread.quit();
    m_thread.wait();
}

void DatabaseWatcher::refresh()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->poll(true); });
}

} // namespace prakerja

#include "DatabaseWatcher.moc"
