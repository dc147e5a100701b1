#pragma once
// The training catalogue: a table with full-text search, filters and sorting (every search
// runs on a worker and reads one page; more pages come as the table scrolls; stale answers
// are dropped), the detail editor of the selected training,
// bulk workflow steps with one confirmation and a summary, partner imports with a preview and
// exports. An agent sees the published catalogue, read-only.

#include "domain/Session.h"
#include "services/CatalogJob.h"
#include "services/Workspace.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace prakerja {

class ConflictDialog;
class TrainingEditor;
class TrainingTableModel;

class CataloguePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(CataloguePage)
public:
    CataloguePage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);
    ~CataloguePage() override; // remembers the table/editor split

    TrainingTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QSplitter* splitter() const { return m_splitter; }
    TrainingEditor* editor() const { return m_editor; }
    CatalogJob* job() const { return m_job; }
    bool isSearching() const { return m_searching; }
    void refresh();
    // The title column's least width before secondary columns give way (about 38 characters).
    static constexpr int kTitleMinimum = 260;

Q_SIGNALS:
    // A search's first page arrived; `rows` is the number of matches.
    void searchFinished(int rows);
    // Shown when a save meets a newer version (tests answer it).
    void conflictShown(prakerja::ConflictDialog* dialog);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Hides the secondary columns (level, then category, then hours) while the title would be
    // narrower than kTitleMinimum, and shows them again when the table has room: the title's
    // tooltip carries them, the filters and the editor too.
    void fitColumns();
    TrainingQuery query() const;
    void search();
    void onSearched(quint64 token, const TrainingPage& page, const QString& error);
    void onSelection();
    void onSaved(bool ok, const Training& training, const QString& code, const QString& message,
                 const Training& current);
    void runBulk(TrainingAction action);
    void onBulkDone(bool ok, TrainingAction action, const BulkOutcome& outcome, const QString& message);
    void startImport();
    void startExport();

    Session m_session;
    CatalogJob* m_job = nullptr;
    TrainingTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    QHash<int, int> m_secondaryWidth; // the widths the secondary columns come back at
    TrainingEditor* m_editor = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_platform = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_minPrice = nullptr;
    QLineEdit* m_maxPrice = nullptr;
    QCheckBox* m_flagged = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QTimer* m_debounce = nullptr;
    QList<QPushButton*> m_bulkButtons;
    TrainingSort m_sort = TrainingSort::Title;
    bool m_descending = false;
    quint64 m_token = 0;
    bool m_searching = false;
    bool m_loadedOnce = false;
    qint64 m_selectedId = 0;
};

} // namespace prakerja
