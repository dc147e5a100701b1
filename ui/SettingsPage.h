#pragma once
// The Settings page: the operator's language, and (with manage_settings) sign-in security, the
// programme's budget, new waves' defaults and the demo feed. Fields show the stored values;
// Save records every change in the audit log on a worker (SettingsService) and then applies
// them here, on the thread that owns Settings. Nothing is written until Save.

#include "domain/Session.h"
#include "services/Settings.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace prakerja {

class SettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(SettingsPage)
public:
    SettingsPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);
    ~SettingsPage() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    // The value a field holds now, in the form Settings stores; invalid if the field's text is.
    QVariant fieldValue(Settings::Key key) const;
    // The fields that differ from the stored settings, as changes from the stored value.
    QList<SettingsService::Change> edits() const;
    void setField(Settings::Key key, const QVariant& value);
    void loadStored();
    void loadDefaults();
    void updateState();
    void save();
    void onSaved();

    Workspace& m_workspace;
    Session m_session;
    QComboBox* m_language = nullptr;
    QHash<Settings::Key, QSpinBox*> m_spins;
    QLineEdit* m_budgetTotal = nullptr;
    QLabel* m_budgetTotalError = nullptr;
    QCheckBox* m_requirePhone = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_defaults = nullptr;
    QLabel* m_status = nullptr;
    QFutureWatcher<Result<ProgrammeSettings>> m_save;
    QFutureWatcher<Result<ProgrammeSettings>> m_reload; // the database's values, when shown again
    int m_saves = 0; // a reload read before a save ended is older than what the save stored
    int m_savesAtReload = 0;
    QList<SettingsService::Change> m_pending; // being saved; applied when the audit rows are in
    bool m_saving = false; // from save() until onSaved()
};

} // namespace prakerja
