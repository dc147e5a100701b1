#pragma once
// The catalogue as a table: the rows of one search, held in memory (a search returns at most
// the catalogue, ~100 bytes a row without descriptions: 100,000 trainings are about 10 MB),
// with the curation flags of each training. The page runs searches on a CatalogJob and hands
// the rows over; sorting is a new search (the store orders by an index), so the model itself
// does no work that grows with the catalogue on the GUI thread.

#include "domain/CurationFlag.h"
#include "domain/Training.h"

#include <QAbstractTableModel>
#include <QHash>

namespace prakerja {

class TrainingTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY(TrainingTableModel)
public:
    enum Column { Code, Title, Platform, Category, Level, Mode, Price, Hours, Status, Flags, ColumnCount };

    explicit TrainingTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<Training>& rows);
    void setFlags(const QList<CurationFlag>& flags);
    // Replaces one training after a save, if it is shown.
    void updateRow(const Training& training);
    const Training& training(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;
    QList<CurationFlag> flagsOf(qint64 id) const { return m_flags.value(id); }
    QSet<qint64> flaggedIds() const;
    void setCategoryNames(const QHash<QString, QString>& names) { m_categoryNames = names; }

private:
    QList<Training> m_rows;
    QHash<qint64, QList<CurationFlag>> m_flags;
    QHash<QString, QString> m_categoryNames;
};

} // namespace prakerja
