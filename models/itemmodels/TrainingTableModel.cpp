#include "TrainingTableModel.h"

#include "domain/IndonesianFormat.h"

#include <QSet>
#include <algorithm>

namespace prakerja {

TrainingTableModel::TrainingTableModel(QObject* parent) : QAbstractTableModel(parent) { }

int TrainingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TrainingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Training& t = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Price || index.column() == Hours))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Flags) {
        QStringList reasons;
        for (const CurationFlag& f : m_flags.value(t.id))
            reasons << f.reason();
        return reasons.isEmpty() ? QVariant() : QVariant(reasons.join(u'\n'));
    }
    // The whole title and what narrow windows leave out of the table (category, level, hours).
    if (role == Qt::ToolTipRole && index.column() == Title)
        return tr("%1\n%2 · %3 · %4 · %5 jam")
            .arg(t.title, m_categoryNames.value(t.category, t.category), TrainingRules::levelLabel(t.level),
                 TrainingRules::modeLabel(t.mode), IndonesianFormat::number(t.durationHours));
    if (role == Qt::UserRole)
        return t.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code:
        return t.code;
    case Title:
        return t.title;
    case Platform:
        return m_platformNames.value(t.platform, t.platform);
    case Category:
        return m_categoryNames.value(t.category, t.category);
    case Level:
        return TrainingRules::levelLabel(t.level);
    case Mode:
        return TrainingRules::modeLabel(t.mode);
    case Price:
        return IndonesianFormat::rupiah(t.price);
    case Hours:
        return IndonesianFormat::number(t.durationHours);
    case Status:
        return t.held ? tr("%1 (ditahan)").arg(TrainingRules::statusLabel(t.status))
                      : TrainingRules::statusLabel(t.status);
    case Flags: {
        const qsizetype n = m_flags.value(t.id).size();
        return n ? QVariant(tr("⚑ %1").arg(n)) : QVariant();
    }
    default:
        return {};
    }
}

QVariant TrainingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Kode");
    case Title:
        return tr("Judul");
    case Platform:
        return tr("Platform");
    case Category:
        return tr("Kategori");
    case Level:
        return tr("Tingkat");
    case Mode:
        return tr("Moda");
    case Price:
        return tr("Harga");
    case Hours:
        return tr("Jam");
    case Status:
        return tr("Status");
    case Flags:
        return tr("Tanda");
    default:
        return {};
    }
}

bool TrainingTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loading && m_rows.size() < m_total;
}

void TrainingTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    Q_EMIT fetchRequested(m_token, static_cast<int>(m_rows.size()), m_next);
}

void TrainingTableModel::setFirstPage(quint64 token, const TrainingPage& page)
{
    beginResetModel();
    m_token = token;
    m_loading = false;
    m_rows = page.rows;
    m_next = page.next;
    m_total = std::max<qint64>(page.total, m_rows.size());
    endResetModel();
}

void TrainingTableModel::appendPage(quint64 token, const TrainingPage& page)
{
    if (token != m_token || page.offset != m_rows.size())
        return;
    m_loading = false;
    if (page.rows.isEmpty()) {
        m_total = m_rows.size(); // the catalogue shrank meanwhile: nothing more to fetch
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
    m_rows.append(page.rows);
    m_next = page.next;
    endInsertRows();
    if (page.rows.size() < kPageSize)
        m_total = m_rows.size();
    m_total = std::max<qint64>(m_total, m_rows.size());
}

void TrainingTableModel::stop(quint64 token)
{
    if (token != m_token)
        return;
    m_loading = false;
    m_total = m_rows.size();
}

void TrainingTableModel::setCategoryNames(const QHash<QString, QString>& names)
{
    m_categoryNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Category), index(static_cast<int>(m_rows.size()) - 1, Category));
}

void TrainingTableModel::setPlatformNames(const QHash<QString, QString>& names)
{
    m_platformNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Platform), index(static_cast<int>(m_rows.size()) - 1, Platform));
}

void TrainingTableModel::setFlags(const QList<CurationFlag>& flags)
{
    m_flags.clear();
    for (const CurationFlag& f : flags)
        if (!f.dismissed)
            m_flags[f.trainingId] << f;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Flags), index(static_cast<int>(m_rows.size()) - 1, Flags));
}

void TrainingTableModel::updateRow(const Training& training)
{
    const int row = rowOf(training.id);
    if (row < 0)
        return;
    Training shown = training;
    shown.description.clear(); // the table holds no descriptions
    m_rows[row] = shown;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TrainingTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

QSet<qint64> TrainingTableModel::flaggedIds() const
{
    QSet<qint64> ids;
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
        ids.insert(it.key());
    return ids;
}

} // namespace prakerja
