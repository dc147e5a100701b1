#pragma once
// Search results as a table that fetches lazily: the view's fetchMore() asks for the next page
// (keyset by applicant id, loaded by a LookupJob on a worker) and pages are appended as they
// come, so a broad name among millions never freezes the window. The count reads "more than N"
// until the last page is known. Pages carry the search's token; a stale page is dropped.

#include "services/LookupService.h"

#include <QAbstractTableModel>

namespace prakerja {

class ApplicantResultsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY(ApplicantResultsModel)
public:
    enum Column { Name, Nik, Region, Stage, ColumnCount };

    explicit ApplicantResultsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // A new search: empties the model; pages with another token are ignored from now on.
    void start(quint64 token);
    // Appends a page of the current search (fetching stays off after an agent's capped page).
    void appendPage(quint64 token, const SearchPage& page);
    // The page request failed: no more fetching for this search.
    void stop(quint64 token);
    quint64 token() const { return m_token; }
    qint64 applicantId(int row) const { return m_hits.at(row).id; }
    bool isComplete() const { return !m_more; }
    bool isLoading() const { return m_loading; }
    // "3 pendaftar", "lebih dari 50 pendaftar".
    QString countText() const;

Q_SIGNALS:
    // The view wants rows past `afterId`; answer with appendPage().
    void fetchRequested(quint64 token, qint64 afterId);

private:
    QList<ApplicantHit> m_hits;
    quint64 m_token = 0;
    qint64 m_nextAfter = 0;
    bool m_more = false;
    bool m_loading = false;
    bool m_capped = false;
};

} // namespace prakerja
