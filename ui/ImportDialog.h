#pragma once
// Imports a registration feed (JSON Lines) or a registry NIK list in the background: file
// choice, progress with Cancel, running counts, and every reject with its line and reason
// (the list can be saved as the reject report). An affected-workers list (Kemnaker) asks who
// collected it ("Disnaker Kota Bandung"); the source is kept with the import's entries.

#include "domain/Session.h"
#include "services/Workspace.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QProgressBar;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace prakerja {

class IngestJob;
struct IngestSummary;

class ImportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(ImportDialog)
public:
    ImportDialog(Workspace& workspace, const Session& session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // For tests: choose the file without the file dialog and start.
    void startImport(const QString& path, int kindIndex);
    // Counting a list's NIKs before the confirmation, or importing, or taking an import back.
    bool isRunning() const;

protected:
    void reject() override;

private:
    void browse();
    void start();
    // A NIK list: counted on a worker, then the operator confirms kind, file and count.
    void confirmReference(const QString& path, qint64 niks);
    void run(const QString& path);
    void removeLastImport();
    void onFinished(bool ok, const IngestSummary& summary, const QString& message);
    void saveReport();
    void showCounts(const IngestSummary& s);

    IngestJob* m_job = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_source = nullptr; // who collected an affected-workers list (Kemnaker)
    QFormLayout* m_form = nullptr;
    WorkspacePaths m_paths;
    KeyFile m_keys;
    Session m_session;
    QLabel* m_pathError = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_counts = nullptr;
    QTableWidget* m_rejects = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_undo = nullptr; // takes the last reference-list import back
    qint64 m_lastImport = 0;
    bool m_counting = false;
    bool m_removing = false;
    QTimer* m_poll = nullptr;
    qint64 m_fileSize = 0;
    qint64 m_rejectCount = 0;
};

} // namespace prakerja
