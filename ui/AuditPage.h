#pragma once
// The Audit page (administrators): the audit log filtered by operator, action and date, paged
// by id, exported as CSV, and the chain verified on a worker with a progress bar and Cancel.
// Operators without view_audit see a clear "not permitted" state instead.

#include "domain/Session.h"
#include "services/Workspace.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace prakerja {

class AuditJob;
class AuditTableModel;
struct AuditVerification;

class AuditPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(AuditPage)
public:
    AuditPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);
    ~AuditPage() override;

    // Test hook: Export writes here instead of asking with a file dialog.
    void setExportPathForTest(const QString& path) { m_exportPathForTest = path; }
    AuditTableModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void updatePaging();
    void startExport();
    void startVerify();
    void onVerified(bool ok, const AuditVerification& result, const QString& error);

    Session m_session;
    AuditJob* m_job = nullptr;
    AuditTableModel* m_model = nullptr;
    QLineEdit* m_operator = nullptr;
    QLineEdit* m_action = nullptr;
    QCheckBox* m_useFrom = nullptr;
    QCheckBox* m_useTo = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_pageLabel = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QString m_exportPathForTest;
    bool m_loadedOnce = false;
};

} // namespace prakerja
