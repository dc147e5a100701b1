#pragma once
// Partner platforms: each with its trainings counted by status; curators and administrators
// add and edit them, suspend one with a reason (its published trainings leave the catalogue)
// and reinstate it. All work runs on a CatalogJob.

#include "domain/Session.h"
#include "services/CatalogJob.h"
#include "services/Workspace.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace prakerja {

class PlatformsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(PlatformsPage)
public:
    PlatformsPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    void refresh();

Q_SIGNALS:
    void listed(int platforms);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onListed(bool ok, const QList<PlatformSummary>& platforms, const QString& message);
    void updateButtons();
    const PlatformSummary* selected() const;

    Session m_session;
    CatalogJob* m_job = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_suspend = nullptr;
    QPushButton* m_reinstate = nullptr;
    QList<PlatformSummary> m_platforms;
};

} // namespace prakerja
