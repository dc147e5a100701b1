#pragma once
// The audit log as a table, newest first, one page at a time: pages are keyset ranges of ids
// (never OFFSET), loaded by an AuditJob on a worker, and the last few pages are kept in a
// bounded cache so that paging back and forth does not go to the database again.

#include "services/AuditJob.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace prakerja {

class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY(AuditTableModel)
public:
    enum Column { Id, Time, Operator, Action, Target, Details, ColumnCount };
    static constexpr int kDefaultPageSize = 200;
    static constexpr int kCachedPages = 8;

    explicit AuditTableModel(AuditJob* job, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPageSize(int rows) { m_pageSize = rows; }
    // New filter: back to the newest page; clears the cache.
    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    void refresh(); // reload the newest page (e.g. after Verify added a row)
    void nextPage(); // older rows
    void previousPage(); // newer rows
    bool hasNextPage() const { return m_rows.size() == m_pageSize; }
    bool hasPreviousPage() const { return !m_cursors.isEmpty(); }
    int pageNumber() const { return static_cast<int>(m_cursors.size()) + 1; }
    bool isLoading() const { return m_loading; }
    int cachedPages() const { return static_cast<int>(m_cache.size()); }
    const AuditEntry& entry(int row) const { return m_rows.at(row); }

Q_SIGNALS:
    void pageChanged();
    void loadFailed(const QString& message);

private:
    void load(qint64 beforeId);
    void onPage(quint64 token, const QList<AuditEntry>& rows, const QString& error);
    void show(const QList<AuditEntry>& rows);

    AuditJob* m_job;
    AuditFilter m_filter;
    int m_pageSize = kDefaultPageSize;
    QList<AuditEntry> m_rows;
    QList<qint64> m_cursors; // beforeId of each page above the current one (0 = newest)
    qint64 m_current = 0; // beforeId of the page shown
    qint64 m_requested = 0;
    quint64 m_token = 0;
    bool m_loading = false;
    QHash<qint64, QList<AuditEntry>> m_cache; // beforeId -> page
    QList<qint64> m_cacheOrder; // least recently used first
};

} // namespace prakerja
