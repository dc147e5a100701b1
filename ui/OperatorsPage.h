#pragma once
// The Operators page (administrators): operators with role and state, adding one, changing a
// role, disabling, enabling, unlocking and resetting a password, and key rotation with progress. All of it runs
// on workers (OperatorJob, KeyRotationJob); errors are shown next to the fields.

#include "domain/Session.h"
#include "services/Workspace.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace prakerja {

class KeyRotationJob;
class OperatorJob;
struct OperatorInfo;

class OperatorsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(OperatorsPage)
public:
    OperatorsPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);
    ~OperatorsPage() override;

    OperatorJob* job() const { return m_job; }
    // The confirmation's text: what the new role adds and takes away, and when it applies.
    static QString roleChangeText(const QString& name, Role from, Role to);
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QString selectedName() const;
    void onListed(bool ok, const QList<OperatorInfo>& operators, const QString& message);
    void onChanged(bool ok, const QString& action, const QString& name, const QString& code, const QString& message);
    void addOperator();
    void resetPassword();
    void changeRole();
    void updateButtons();

    Session m_session;
    OperatorJob* m_job = nullptr;
    KeyRotationJob* m_rotation = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_nameError = nullptr;
    QLabel* m_passwordError = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_unlock = nullptr;
    QComboBox* m_newRole = nullptr;
    QPushButton* m_changeRole = nullptr;
    QLineEdit* m_resetPassword = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_rotate = nullptr;
    QPushButton* m_cancelRotation = nullptr;
    QProgressBar* m_rotationProgress = nullptr;
    QLabel* m_rotationStatus = nullptr;
    bool m_loadedOnce = false;
};

} // namespace prakerja
