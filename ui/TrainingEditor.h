#pragma once
// The detail of one training: an editor with each field's rule checked as it is typed (the
// message next to the field), the workflow steps the operator may take, the curation flags
// (dismiss with a reason) and the field history. Read-only for roles that cannot edit.

#include "domain/CurationFlag.h"
#include "domain/Training.h"
#include "domain/TrainingCategory.h"
#include "services/CatalogJob.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace prakerja {

class TrainingEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(TrainingEditor)
public:
    TrainingEditor(bool canEdit, qint64 trainingCredit, QWidget* parent = nullptr);

    void setCategories(const QList<TrainingCategory>& categories);
    void showTraining(const TrainingDetail& detail);
    void clear();
    // The training as edited (id and version as loaded).
    Training edited() const;
    const Training& loaded() const { return m_loaded; }
    bool hasTraining() const { return m_loaded.id != 0; }
    // Every field's problem, shown next to it; true when there is none.
    bool check();
    void setBusy(bool busy);

Q_SIGNALS:
    void saveRequested(const prakerja::Training& edited);
    void actionRequested(qint64 id, prakerja::TrainingAction action, const QString& reason);
    void dismissRequested(qint64 id, prakerja::CurationCheck check, const QString& reason);

private:
    void fill(const Training& t);
    void updateButtons();

    bool m_canEdit;
    qint64 m_credit;
    Training m_loaded;
    QList<CurationFlag> m_flags;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_heading = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_mode = nullptr;
    QCheckBox* m_clearance = nullptr;
    QLineEdit* m_price = nullptr;
    QLineEdit* m_hours = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_url = nullptr;
    QHash<QString, QLabel*> m_errors; // field → label next to it
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QHash<int, QPushButton*> m_actions; // TrainingAction → button
    QTableWidget* m_history = nullptr;
    QTableWidget* m_flagTable = nullptr;
    QPushButton* m_dismiss = nullptr;
    QLineEdit* m_dismissReason = nullptr;
    bool m_filling = false;
};

} // namespace prakerja
