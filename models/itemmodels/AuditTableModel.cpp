#include "AuditTableModel.h"

#include "AuditWording.h"
#include "domain/Timestamp.h"

namespace prakerja {

AuditTableModel::AuditTableModel(AuditJob* job, QObject* parent) : QAbstractTableModel(parent), m_job(job)
{
    connect(m_job, &AuditJob::pageLoaded, this, &AuditTableModel::onPage);
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return e.id;
        case Time:
            return Timestamp::toDisplayWib(e.at, true);
        case Operator:
            return e.operatorName;
        case Action:
            return AuditWording::action(e.action);
        case Target:
            return e.target;
        case Details:
            return AuditWording::details(e.details);
        default:
            return {};
        }
    }
    // The raw code and details, as the export writes them.
    if (role == Qt::ToolTipRole && index.column() == Details)
        return e.details;
    if (role == Qt::ToolTipRole && index.column() == Action)
        return e.action;
    if (role == Qt::TextAlignmentRole && index.column() == Id)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("No.");
    case Time:
        return tr("Waktu (WIB)");
    case Operator:
        return tr("Operator");
    case Action:
        return tr("Tindakan");
    case Target:
        return tr("Sasaran");
    case Details:
        return tr("Rincian");
    default:
        return {};
    }
}

void AuditTableModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    m_filter.newestFirst = true;
    m_cursors.clear();
    m_cache.clear();
    m_cacheOrder.clear();
    load(0);
}

void AuditTableModel::refresh()
{
    setFilter(m_filter);
}

void AuditTableModel::nextPage()
{
    if (!hasNextPage() || m_loading)
        return;
    m_cursors << m_current;
    load(m_rows.last().id);
}

void AuditTableModel::previousPage()
{
    if (!hasPreviousPage() || m_loading)
        return;
    load(m_cursors.takeLast());
}

void AuditTableModel::load(qint64 beforeId)
{
    m_requested = beforeId;
    if (const auto it = m_cache.constFind(beforeId); it != m_cache.cend()) {
        m_cacheOrder.removeOne(beforeId);
        m_cacheOrder << beforeId;
        m_current = beforeId;
        m_loading = false;
        show(*it);
        return;
    }
    m_loading = true;
    AuditFilter f = m_filter;
    f.beforeId = beforeId;
    f.limit = m_pageSize;
    m_job->loadPage(f, ++m_token);
}

void AuditTableModel::onPage(quint64 token, const QList<AuditEntry>& rows, const QString& error)
{
    if (token != m_token)
        return; // a page for a filter or position that is no longer wanted
    m_loading = false;
    if (!error.isEmpty()) {
        Q_EMIT loadFailed(error);
        return;
    }
    m_current = m_requested;
    m_cache.insert(m_current, rows);
    m_cacheOrder.removeOne(m_current);
    m_cacheOrder << m_current;
    while (m_cacheOrder.size() > kCachedPages)
        m_cache.remove(m_cacheOrder.takeFirst());
    show(rows);
}

void AuditTableModel::show(const QList<AuditEntry>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT pageChanged();
}

} // namespace prakerja
