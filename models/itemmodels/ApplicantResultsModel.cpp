#include "ApplicantResultsModel.h"

#include "domain/Error.h"
#include "domain/IndonesianFormat.h"
#include "domain/Language.h"

#include <QLocale>

namespace prakerja {

ApplicantResultsModel::ApplicantResultsModel(QObject* parent) : QAbstractTableModel(parent) { }

int ApplicantResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int ApplicantResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicantResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size() || index.column() >= ColumnCount)
        return {};
    const ApplicantHit& h = m_hits.at(index.row());
    if (role == Qt::UserRole)
        return h.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return h.name;
    case Nik:
        return h.nikMasked;
    case Region:
        return h.region;
    case Stage:
        return h.stage.text();
    }
    return {};
}

QVariant ApplicantResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Nama");
    case Nik:
        return QStringLiteral("NIK");
    case Region:
        return tr("Wilayah");
    case Stage:
        return tr("Tahap");
    }
    return {};
}

bool ApplicantResultsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_loading && !m_capped;
}

void ApplicantResultsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    Q_EMIT fetchRequested(m_token, m_nextAfter);
}

void ApplicantResultsModel::start(quint64 token)
{
    beginResetModel();
    m_hits.clear();
    m_token = token;
    m_nextAfter = 0;
    m_more = true;
    m_loading = true; // the first page is on its way
    m_capped = false;
    endResetModel();
}

void ApplicantResultsModel::appendPage(quint64 token, const SearchPage& page)
{
    if (token != m_token)
        return;
    m_loading = false;
    m_more = page.more || page.capped;
    m_capped = page.capped;
    m_nextAfter = page.nextAfter;
    if (page.hits.isEmpty())
        return;
    const int first = static_cast<int>(m_hits.size());
    beginInsertRows({}, first, first + static_cast<int>(page.hits.size()) - 1);
    m_hits += page.hits;
    endInsertRows();
}

void ApplicantResultsModel::stop(quint64 token)
{
    if (token != m_token)
        return;
    m_loading = false;
    m_more = false;
}

QString ApplicantResultsModel::countText() const
{
    // Numbers are grouped the Indonesian way in both languages (ui/Translations.h).
    const QString n = IndonesianFormat::number(m_hits.size());
    return m_more ? tr("lebih dari %1 pendaftar").arg(n) : tr("%1 pendaftar").arg(n);
}

} // namespace prakerja
