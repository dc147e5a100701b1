#include "TrainingEditor.h"

#include "PageWidgets.h"
#include "Theme.h"
#include "domain/IndonesianFormat.h"
#include "domain/Timestamp.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prakerja {

namespace {
QTableWidget* makeTable(QWidget* parent, const QStringList& headers, const char* name)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(QLatin1StringView(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}
} // namespace

TrainingEditor::TrainingEditor(bool canEdit, qint64 trainingCredit, QWidget* parent)
    : QWidget(parent), m_canEdit(canEdit), m_credit(trainingCredit)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(tr("Pilih pelatihan di tabel."), this);
    m_heading->setObjectName(QStringLiteral("trainingHeading"));
    m_heading->setWordWrap(true);
    Theme::setRole(m_heading, "sectionTitle");
    layout->addWidget(m_heading);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    auto* detail = new QWidget(m_tabs);
    auto* form = new QFormLayout(detail);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto withError = [this, form, detail](const QString& label, QWidget* field, const char* key) {
        auto* box = new QWidget(detail);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        QLabel* error = PageWidgets::errorLabel(box, QByteArray(QByteArray("error_") + key).constData());
        v->addWidget(error);
        m_errors.insert(QString::fromLatin1(key), error);
        form->addRow(label, box);
    };
    m_title = new QLineEdit(detail);
    m_title->setObjectName(QStringLiteral("editTitle"));
    withError(tr("Judul"), m_title, "title");
    m_category = new QComboBox(detail);
    m_category->setObjectName(QStringLiteral("editCategory"));
    withError(tr("Kategori"), m_category, "category");
    m_level = new QComboBox(detail);
    m_level->setObjectName(QStringLiteral("editLevel"));
    for (TrainingLevel l : {TrainingLevel::Beginner, TrainingLevel::Intermediate, TrainingLevel::Advanced})
        m_level->addItem(TrainingRules::levelLabel(l), static_cast<int>(l));
    form->addRow(tr("Tingkat"), m_level);
    m_mode = new QComboBox(detail);
    m_mode->setObjectName(QStringLiteral("editMode"));
    for (TrainingMode m : {TrainingMode::Online, TrainingMode::Offline})
        m_mode->addItem(TrainingRules::modeLabel(m), static_cast<int>(m));
    withError(tr("Moda"), m_mode, "mode");
    m_clearance = new QCheckBox(tr("Izin kesehatan dan keselamatan ada"), detail);
    m_clearance->setObjectName(QStringLiteral("editClearance"));
    form->addRow(m_clearance); // the whole row: the label is long for the field column
    m_price = new QLineEdit(detail);
    m_price->setObjectName(QStringLiteral("editPrice"));
    m_price->setPlaceholderText(tr("rupiah, mis. 350.000"));
    withError(tr("Harga (Rp)"), m_price, "price");
    m_hours = new QLineEdit(detail);
    m_hours->setObjectName(QStringLiteral("editHours"));
    withError(tr("Durasi (jam)"), m_hours, "duration_hours");
    m_description = new QPlainTextEdit(detail);
    m_description->setObjectName(QStringLiteral("editDescription"));
    m_description->setMinimumHeight(80);
    withError(tr("Deskripsi"), m_description, "description");
    m_url = new QLineEdit(detail);
    m_url->setObjectName(QStringLiteral("editUrl"));
    withError(tr("URL"), m_url, "url");
    m_status = new QLabel(detail);
    m_status->setObjectName(QStringLiteral("editStatus"));
    m_status->setWordWrap(true);
    form->addRow(tr("Status"), m_status);

    // Save, then the workflow steps three to a row, so that the editor stays narrow enough
    // for the table beside it at 1366 pixels.
    auto* buttons = new QGridLayout;
    m_save = new QPushButton(tr("&Simpan"), detail);
    m_save->setObjectName(QStringLiteral("editSave"));
    buttons->addWidget(m_save, 0, 0);
    int cell = 1;
    const QList<std::pair<TrainingAction, QString>> actions = {
        {TrainingAction::Submit, tr("Ajukan")},   {TrainingAction::Approve, tr("Setujui")},
        {TrainingAction::Reject, tr("Tolak…")},   {TrainingAction::Publish, tr("Terbitkan")},
        {TrainingAction::Retire, tr("Hentikan")},
    };
    for (const auto& [action, label] : actions) {
        auto* b = new QPushButton(label, detail);
        b->setObjectName(QStringLiteral("edit_") + TrainingRules::actionName(action));
        m_actions.insert(static_cast<int>(action), b);
        buttons->addWidget(b, cell / 3, cell % 3);
        ++cell;
        connect(b, &QPushButton::clicked, this, [this, action = action] {
            QString reason;
            if (action == TrainingAction::Reject) {
                bool ok = false;
                reason = QInputDialog::getText(this, tr("Tolak pelatihan"), tr("Alasan penolakan:"), QLineEdit::Normal,
                                               QString(), &ok);
                if (!ok || reason.trimmed().isEmpty())
                    return;
            }
            Q_EMIT actionRequested(m_loaded.id, action, reason);
        });
    }
    form->addRow(buttons);
    m_tabs->addTab(detail, tr("Rincian"));

    auto* flagsPage = new QWidget(m_tabs);
    auto* flagsLayout = new QVBoxLayout(flagsPage);
    m_flagTable = makeTable(flagsPage, {tr("Pemeriksaan"), tr("Alasan")}, "flagTable");
    flagsLayout->addWidget(m_flagTable, 1);
    auto* dismissRow = new QHBoxLayout;
    m_dismissReason = new QLineEdit(flagsPage);
    m_dismissReason->setObjectName(QStringLiteral("dismissReason"));
    m_dismissReason->setPlaceholderText(tr("Alasan mengabaikan tanda"));
    m_dismiss = new QPushButton(tr("&Abaikan tanda"), flagsPage);
    m_dismiss->setObjectName(QStringLiteral("dismissFlag"));
    dismissRow->addWidget(m_dismissReason, 1);
    dismissRow->addWidget(m_dismiss);
    flagsLayout->addLayout(dismissRow);
    m_tabs->addTab(flagsPage, tr("Tanda kurasi"));

    m_history
        = makeTable(m_tabs, {tr("Waktu (WIB)"), tr("Operator"), tr("Versi"), tr("Kolom"), tr("Dari"), tr("Menjadi")},
                    "historyTable");
    m_tabs->addTab(m_history, tr("Riwayat"));

    for (QLineEdit* e : {m_title, m_price, m_hours, m_url})
        connect(e, &QLineEdit::textChanged, this, [this] {
            if (!m_filling)
                check();
        });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            check();
    });
    for (QComboBox* c : {m_category, m_level, m_mode})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                check();
        });
    connect(m_clearance, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            check();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (check())
            Q_EMIT saveRequested(edited());
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        const int row = m_flagTable->currentRow();
        if (row < 0 || row >= m_flags.size() || m_dismissReason->text().trimmed().isEmpty())
            return;
        Q_EMIT dismissRequested(m_loaded.id, m_flags[row].check, m_dismissReason->text().trimmed());
    });
    connect(m_flagTable, &QTableWidget::currentCellChanged, this, [this] { updateButtons(); });
    connect(m_dismissReason, &QLineEdit::textChanged, this, [this] { updateButtons(); });

    for (QWidget* w :
         std::initializer_list<QWidget*>{m_title, m_category, m_level, m_mode, m_clearance, m_price, m_hours, m_url})
        w->setEnabled(canEdit);
    m_description->setReadOnly(!canEdit);
    if (!canEdit) {
        m_save->hide();
        for (QPushButton* b : std::as_const(m_actions))
            b->hide();
        m_dismiss->hide();
        m_dismissReason->hide();
    }
    clear();
}

void TrainingEditor::setCategories(const QList<TrainingCategory>& categories)
{
    m_filling = true;
    m_category->clear();
    for (const TrainingCategory& c : categories)
        m_category->addItem(c.name(), c.code);
    m_filling = false;
}

void TrainingEditor::clear()
{
    m_loaded = Training();
    m_flags.clear();
    m_heading->setText(tr("Pilih pelatihan di tabel."));
    m_tabs->setEnabled(false);
    m_history->setRowCount(0);
    m_flagTable->setRowCount(0);
}

void TrainingEditor::fill(const Training& t)
{
    m_filling = true;
    m_title->setText(t.title);
    m_category->setCurrentIndex(m_category->findData(t.category));
    m_level->setCurrentIndex(m_level->findData(static_cast<int>(t.level)));
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(t.mode)));
    m_clearance->setChecked(t.healthClearance);
    m_price->setText(IndonesianFormat::number(t.price));
    m_hours->setText(QString::number(t.durationHours));
    m_description->setPlainText(t.description);
    m_url->setText(t.url);
    QString status = TrainingRules::statusLabel(t.status);
    if (t.held)
        status += tr(" — ditahan selama platform ditangguhkan");
    if (!t.rejectReason.isEmpty())
        status += tr(" — alasan: %1").arg(t.rejectReason);
    m_status->setText(tr("%1 · versi %2 · diubah %3 oleh %4")
                          .arg(status)
                          .arg(t.version)
                          .arg(Timestamp::toDisplayWib(t.updatedAt, false), t.updatedBy));
    m_filling = false;
}

void TrainingEditor::showTraining(const TrainingDetail& detail)
{
    m_loaded = detail.training;
    m_flags = detail.flags;
    m_tabs->setEnabled(true);
    m_heading->setText(QStringLiteral("%1 · %2/%3").arg(m_loaded.title, m_loaded.platform, m_loaded.code));
    fill(m_loaded);
    check();
    m_flagTable->setRowCount(static_cast<int>(m_flags.size()));
    for (int i = 0; i < m_flags.size(); ++i) {
        const CurationFlag& f = m_flags[i];
        m_flagTable->setItem(i, 0, new QTableWidgetItem(curationCheckLabel(f.check)));
        m_flagTable->setItem(
            i, 1,
            new QTableWidgetItem(f.dismissed ? tr("%1 (diabaikan: %2)").arg(f.reason(), f.dismissReason) : f.reason()));
    }
    m_flagTable->resizeColumnToContents(0);
    m_tabs->setTabText(1, m_flags.isEmpty() ? tr("Tanda kurasi") : tr("Tanda kurasi (%1)").arg(m_flags.size()));
    m_history->setRowCount(static_cast<int>(detail.history.size()));
    for (int i = 0; i < detail.history.size(); ++i) {
        const TrainingHistoryEntry& e = detail.history[i];
        const QStringList cells
            = {Timestamp::toDisplayWib(e.at, false), e.operatorName, QString::number(e.version), e.field, e.from, e.to};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_history->resizeColumnsToContents();
    updateButtons();
}

Training TrainingEditor::edited() const
{
    Training t = m_loaded;
    t.title = m_title->text().trimmed();
    t.category = m_category->currentData().toString();
    t.level = static_cast<TrainingLevel>(m_level->currentData().toInt());
    t.mode = static_cast<TrainingMode>(m_mode->currentData().toInt());
    t.healthClearance = m_clearance->isChecked();
    t.price = TrainingRules::parsePrice(m_price->text()).value_or(0);
    bool ok = false;
    t.durationHours = m_hours->text().trimmed().toInt(&ok);
    if (!ok)
        t.durationHours = 0;
    t.description = m_description->toPlainText().trimmed();
    t.url = m_url->text().trimmed();
    return t;
}

bool TrainingEditor::check()
{
    for (QLabel* l : std::as_const(m_errors))
        l->hide();
    if (!hasTraining())
        return false;
    const Training t = edited();
    QList<FieldProblem> problems = TrainingRules::validate(t, m_credit);
    if (!m_price->text().trimmed().isEmpty() && !TrainingRules::parsePrice(m_price->text()))
        problems.prepend({QStringLiteral("price"),
                          makeError(QStringLiteral("bad_price"), tr("bukan rupiah utuh (350000 atau 350.000)"))});
    for (const FieldProblem& p : std::as_const(problems)) {
        QLabel* label = m_errors.value(p.field);
        if (!label || label->isVisible())
            continue;
        QString message = p.error.message();
        if (message.startsWith(p.field + QStringLiteral(": ")))
            message = message.mid(p.field.size() + 2);
        label->setText(message);
        label->show();
    }
    const bool ok = problems.isEmpty();
    m_save->setEnabled(m_canEdit && ok && hasTraining());
    return ok;
}

void TrainingEditor::updateButtons()
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setEnabled(hasTraining()
                               && TrainingRules::transition(m_loaded.status, static_cast<TrainingAction>(it.key())));
    const int row = m_flagTable->currentRow();
    m_dismiss->setEnabled(row >= 0 && row < m_flags.size() && !m_flags[row].dismissed
                          && !m_dismissReason->text().trimmed().isEmpty());
}

void TrainingEditor::setBusy(bool busy)
{
    m_tabs->setEnabled(!busy && hasTraining());
}

} // namespace prakerja
