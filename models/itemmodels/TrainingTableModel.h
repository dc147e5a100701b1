#pragma once
// The catalogue as a table that fetches lazily: a search hands over its first page (kPageSize
// rows, in the store's order) and the number of matches; as the view scrolls, fetchMore() asks
// for the next page (fetchRequested with the last page's cursor, answered by a CatalogJob on a
// worker with appendPage), so a sort change or a search at 100,000 trainings reads one page, not
// the catalogue, and a page far down costs what the first costs (keyset paging, TrainingStore). Pages carry
// their search's token; a stale page is dropped. Platforms and categories are shown by name;
// each training's curation flags come from the page's reference load.

#include "domain/CurationFlag.h"
#include "services/CatalogService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace prakerja {

class TrainingTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY(TrainingTableModel)
public:
    enum Column { Code, Title, Platform, Category, Level, Mode, Price, Hours, Status, Flags, ColumnCount };

    static constexpr int kPageSize = 200;

    explicit TrainingTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // A new search's first page (its total counted): replaces the rows; later pages with
    // another token are ignored from now on.
    void setFirstPage(quint64 token, const TrainingPage& page);
    // The next page of the current search (stale or out-of-place pages are dropped).
    void appendPage(quint64 token, const TrainingPage& page);
    // The page request failed: no more fetching for this search.
    void stop(quint64 token);
    // Every match of the search, loaded or not.
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }
    void setFlags(const QList<CurationFlag>& flags);
    // Replaces one training after a save, if it is shown.
    void updateRow(const Training& training);
    const Training& training(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;
    QList<CurationFlag> flagsOf(qint64 id) const { return m_flags.value(id); }
    QSet<qint64> flaggedIds() const;
    void setCategoryNames(const QHash<QString, QString>& names);
    void setPlatformNames(const QHash<QString, QString>& names);

Q_SIGNALS:
    // The view wants the rows from `offset`, the ones after `after` in the search's order;
    // answer with appendPage().
    void fetchRequested(quint64 token, int offset, const prakerja::TrainingCursor& after);

private:
    QList<Training> m_rows;
    qint64 m_total = 0;
    quint64 m_token = 0;
    TrainingCursor m_next; // where the rows loaded so far end
    bool m_loading = false;
    QHash<QString, QString> m_platformNames;
    QHash<qint64, QList<CurationFlag>> m_flags;
    QHash<QString, QString> m_categoryNames;
};

} // namespace prakerja
