#include "CataloguePage.h"

#include "ConflictDialog.h"
#include "ImportPreviewDialog.h"
#include "PageWidgets.h"
#include "TrainingEditor.h"
#include "domain/IndonesianFormat.h"
#include "itemmodels/TrainingTableModel.h"
#include "services/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

namespace prakerja {

namespace {
TrainingSort sortFor(int column)
{
    switch (column) {
    case TrainingTableModel::Platform:
        return TrainingSort::Platform;
    case TrainingTableModel::Category:
        return TrainingSort::Category;
    case TrainingTableModel::Level:
        return TrainingSort::Level;
    case TrainingTableModel::Price:
        return TrainingSort::Price;
    case TrainingTableModel::Hours:
        return TrainingSort::Duration;
    case TrainingTableModel::Status:
        return TrainingSort::Status;
    default:
        return TrainingSort::Title;
    }
}
} // namespace

CataloguePage::CataloguePage(Workspace& workspace, const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    const bool canEdit = session.can(Permission::ManageCatalogue);
    const CatalogPolicy policy = CatalogPolicy::from(workspace.programme());
    m_job = new CatalogJob(workspace.paths(), workspace.keys(), policy, this);
    auto* layout = new QVBoxLayout(this);
    PageWidgets::addTitle(layout, tr("Katalog pelatihan"), this);
    if (session.role() == Role::CallCentreAgent) {
        auto* note = new QLabel(tr("Katalog yang terbit, untuk menjawab peserta."), this);
        note->setObjectName(QStringLiteral("agentNote"));
        layout->addWidget(note);
    }

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    // A short placeholder fits beside the eight filters at 1280 px; the whole of it in the tooltip.
    m_search->setPlaceholderText(tr("Cari pelatihan…"));
    m_search->setToolTip(tr("Cari judul atau deskripsi…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(m_search->toolTip());
    filters->addWidget(m_search, 3);
    auto combo = [this, filters](const char* name, const QString& all) {
        auto* c = new QComboBox(this);
        c->setObjectName(QLatin1StringView(name));
        c->addItem(all, QVariant());
        filters->addWidget(c, 1);
        return c;
    };
    m_platform = combo("filterPlatform", tr("Semua platform"));
    m_category = combo("filterCategory", tr("Semua kategori"));
    m_level = combo("filterLevel", tr("Semua tingkat"));
    for (TrainingLevel l : {TrainingLevel::Beginner, TrainingLevel::Intermediate, TrainingLevel::Advanced})
        m_level->addItem(TrainingRules::levelLabel(l), static_cast<int>(l));
    m_mode = combo("filterMode", tr("Semua moda"));
    for (TrainingMode m : {TrainingMode::Online, TrainingMode::Offline})
        m_mode->addItem(TrainingRules::modeLabel(m), static_cast<int>(m));
    m_status = combo("filterStatus", tr("Semua status"));
    for (int s = 1; s <= kTrainingStatusCount; ++s)
        m_status->addItem(TrainingRules::statusLabel(static_cast<TrainingStatus>(s)), s);
    if (session.role() == Role::CallCentreAgent)
        m_status->hide();
    m_minPrice = new QLineEdit(this);
    m_minPrice->setObjectName(QStringLiteral("filterMinPrice"));
    m_minPrice->setPlaceholderText(tr("Harga min"));
    m_minPrice->setAccessibleName(m_minPrice->placeholderText());
    m_maxPrice = new QLineEdit(this);
    m_maxPrice->setObjectName(QStringLiteral("filterMaxPrice"));
    m_maxPrice->setPlaceholderText(tr("Harga maks"));
    m_maxPrice->setAccessibleName(m_maxPrice->placeholderText());
    for (QLineEdit* e : {m_minPrice, m_maxPrice})
        e->setMinimumWidth(e->fontMetrics().horizontalAdvance(e->placeholderText()) + 24);
    filters->addWidget(m_minPrice, 1);
    filters->addWidget(m_maxPrice, 1);
    m_flagged = new QCheckBox(tr("Bertanda"), this);
    m_flagged->setObjectName(QStringLiteral("filterFlagged"));
    m_flagged->setVisible(session.role() != Role::CallCentreAgent);
    filters->addWidget(m_flagged);
    layout->addLayout(filters);

    auto* actions = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("catalogCount"));
    actions->addWidget(m_count, 1);
    if (canEdit) {
        const QList<std::pair<TrainingAction, QString>> bulk = {{TrainingAction::Submit, tr("Ajukan terpilih")},
                                                                {TrainingAction::Approve, tr("Setujui terpilih")},
                                                                {TrainingAction::Publish, tr("Terbitkan terpilih")},
                                                                {TrainingAction::Retire, tr("Hentikan terpilih")}};
        for (const auto& [action, label] : bulk) {
            auto* b = new QPushButton(label, this);
            b->setObjectName(QStringLiteral("bulk_") + TrainingRules::actionName(action));
            b->setEnabled(false);
            connect(b, &QPushButton::clicked, this, [this, action = action] { runBulk(action); });
            m_bulkButtons << b;
            actions->addWidget(b);
        }
        auto* importButton = new QPushButton(tr("&Impor…"), this);
        importButton->setObjectName(QStringLiteral("catalogImport"));
        connect(importButton, &QPushButton::clicked, this, &CataloguePage::startImport);
        actions->addWidget(importButton);
    }
    if (canEdit || session.can(Permission::ExportData)) {
        auto* exportButton = new QPushButton(tr("&Ekspor…"), this);
        exportButton->setObjectName(QStringLiteral("catalogExport"));
        connect(exportButton, &QPushButton::clicked, this, &CataloguePage::startExport);
        actions->addWidget(exportButton);
    }
    layout->addLayout(actions);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("catalogMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("catalogSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_model = new TrainingTableModel(this);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("catalogTable"));
    m_table->setAccessibleName(tr("Daftar pelatihan"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(canEdit ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setSortIndicator(TrainingTableModel::Title, Qt::AscendingOrder);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TrainingTableModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(36);
    // Narrow columns sized to their longest usual value, so the title keeps the rest.
    const QFontMetrics fm = m_table->fontMetrics();
    auto widthFor = [&fm](const QString& sample) { return fm.horizontalAdvance(sample) + 18; };
    m_table->setColumnWidth(TrainingTableModel::Code, widthFor(QStringLiteral("TKP-00000")));
    m_table->setColumnWidth(TrainingTableModel::Platform, widthFor(QStringLiteral("MauBelajarApa")));
    m_table->setColumnWidth(TrainingTableModel::Category, widthFor(QStringLiteral("Kuliner dan")));
    m_table->setColumnWidth(TrainingTableModel::Level, widthFor(QStringLiteral("Menengah")));
    // The mode is in the filter and the editor; the title needs the room more.
    m_table->setColumnHidden(TrainingTableModel::Mode, true);
    m_table->setColumnWidth(TrainingTableModel::Price, widthFor(QStringLiteral("Rp 1.000.000")));
    m_table->setColumnWidth(TrainingTableModel::Hours, widthFor(QStringLiteral("Jam")));
    m_table->setColumnWidth(TrainingTableModel::Status, widthFor(QStringLiteral("Dihentikan")));
    m_table->setColumnWidth(TrainingTableModel::Flags, widthFor(QStringLiteral("Tanda")));
    m_table->setColumnHidden(TrainingTableModel::Flags, session.role() == Role::CallCentreAgent);
    for (int c : {TrainingTableModel::Level, TrainingTableModel::Category, TrainingTableModel::Hours})
        m_secondaryWidth.insert(c, m_table->columnWidth(c));
    m_table->setMinimumWidth(480);
    m_table->installEventFilter(this);
    m_editor = new TrainingEditor(canEdit, policy.trainingCredit, m_splitter);
    m_editor->setMinimumWidth(300);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_editor);
    // The table takes what the window gains; the editor keeps what it needs (its labels and a
    // field of about 190 pixels).
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({900, 300});
    m_splitter->restoreState(Settings::instance().value(Settings::Key::CatalogueSplitter).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { Settings::instance().setValue(Settings::Key::CatalogueSplitter, m_splitter->saveState()); });
    layout->addWidget(m_splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &CataloguePage::search);
    for (QLineEdit* e : {m_search, m_minPrice, m_maxPrice})
        connect(e, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox* c : {m_platform, m_category, m_level, m_mode, m_status})
        connect(c, &QComboBox::currentIndexChanged, this, &CataloguePage::search);
    connect(m_flagged, &QCheckBox::toggled, this, &CataloguePage::search);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        m_sort = sortFor(column);
        m_descending = order == Qt::DescendingOrder;
        search();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CataloguePage::onSelection);

    connect(m_job, &CatalogJob::referenceLoaded, this,
            [this](const QList<Platform>& platforms, const QList<TrainingCategory>& categories,
                   const QList<CurationFlag>& flags) {
                if (m_platform->count() == 1)
                    for (const Platform& p : platforms)
                        m_platform->addItem(p.name, p.code);
                QHash<QString, QString> platformNames;
                for (const Platform& p : platforms)
                    platformNames.insert(p.code, p.name);
                m_model->setPlatformNames(platformNames);
                QHash<QString, QString> names;
                if (m_category->count() == 1) {
                    for (const TrainingCategory& c : categories)
                        m_category->addItem(c.name(), c.code);
                    m_editor->setCategories(categories);
                }
                for (const TrainingCategory& c : categories)
                    names.insert(c.code, c.name());
                m_model->setCategoryNames(names);
                m_model->setFlags(flags);
                if (m_flagged->isChecked())
                    search();
            });
    connect(m_job, &CatalogJob::searched, this, &CataloguePage::onSearched);
    connect(m_model, &TrainingTableModel::fetchRequested, this,
            [this](quint64 token, int offset, const TrainingCursor& after) {
                TrainingQuery q = query();
                q.offset = offset;
                q.after = after;
                m_job->search(m_session, q, token);
            });
    connect(m_job, &CatalogJob::loaded, this, [this](bool ok, const TrainingDetail& detail, const QString& message) {
        if (!ok) {
            m_message->setText(message);
            m_message->show();
            return;
        }
        if (detail.training.id == m_selectedId)
            m_editor->showTraining(detail);
    });
    connect(m_job, &CatalogJob::saved, this, &CataloguePage::onSaved);
    connect(m_job, &CatalogJob::bulkDone, this, &CataloguePage::onBulkDone);
    connect(m_job, &CatalogJob::dismissed, this, [this](bool ok, const QString& message) {
        m_message->setText(ok ? tr("Tanda diabaikan dan dicatat di log audit.") : message);
        m_message->show();
        m_job->loadReference(m_session);
        if (m_selectedId)
            m_job->load(m_session, m_selectedId);
    });
    connect(m_editor, &TrainingEditor::saveRequested, this, [this](const Training& edited) {
        m_editor->setBusy(true);
        m_job->save(m_session, edited);
    });
    connect(m_editor, &TrainingEditor::actionRequested, this,
            [this](qint64 id, TrainingAction action, const QString& reason) {
                m_job->bulk(m_session, {id}, action, reason);
            });
    connect(m_editor, &TrainingEditor::dismissRequested, this,
            [this](qint64 id, CurationCheck check, const QString& reason) {
                m_job->dismiss(m_session, id, check, reason);
            });
    connect(m_job, &CatalogJob::planned, this,
            [this](bool ok, const QString& path, const ImportPlan& plan, const QString& message) {
                if (!ok) {
                    QMessageBox::warning(this, tr("Impor katalog"), message);
                    return;
                }
                ImportPreviewDialog preview(path, plan, this);
                if (preview.exec() != QDialog::Accepted)
                    return;
                m_job->import(m_session, path, {false, preview.allOrNothing()});
            });
    connect(m_job, &CatalogJob::imported, this, [this](bool ok, const ImportOutcome& outcome, const QString& message) {
        const ImportPlan& p = outcome.plan;
        m_message->setText(ok ? (outcome.written
                                     ? tr("Impor selesai: %1 baru, %2 diperbarui, %3 tidak berubah, %4 ditolak.")
                                           .arg(p.inserts)
                                           .arg(p.updates)
                                           .arg(p.unchanged)
                                           .arg(p.rejected)
                                     : tr("Tidak ada yang ditulis: %1 baris ditolak.").arg(p.rejected))
                              : message);
        m_message->show();
        refresh();
    });
    connect(m_job, &CatalogJob::exported, this, [this](bool ok, qint64 rows, const QString& message) {
        m_message->setText(ok ? tr("%1 pelatihan diekspor.").arg(IndonesianFormat::number(rows)) : message);
        m_message->show();
    });
}

CataloguePage::~CataloguePage()
{
    Settings::instance().setValue(Settings::Key::CatalogueSplitter, m_splitter->saveState());
}

bool CataloguePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &CataloguePage::fitColumns); // after the header has its new width
    return QWidget::eventFilter(watched, event);
}

void CataloguePage::fitColumns()
{
    // In the order they give way; each comes back when the title keeps its minimum with it.
    static constexpr std::array<int, 3> kSecondary
        = {TrainingTableModel::Level, TrainingTableModel::Category, TrainingTableModel::Hours};
    const int available = m_table->viewport()->width();
    int fixed = 0;
    for (int c = 0; c < m_model->columnCount({}); ++c)
        if (c != TrainingTableModel::Title && !m_table->isColumnHidden(c))
            fixed += m_table->columnWidth(c);
    // Hide while too narrow…
    for (int c : kSecondary) {
        if (available - fixed >= kTitleMinimum)
            break;
        if (!m_table->isColumnHidden(c)) {
            fixed -= m_table->columnWidth(c);
            m_table->setColumnHidden(c, true);
        }
    }
    // …and show again, last hidden first, while the room allows.
    for (auto it = kSecondary.rbegin(); it != kSecondary.rend(); ++it) {
        if (!m_table->isColumnHidden(*it))
            continue;
        const int width = m_secondaryWidth.value(*it);
        if (available - fixed - width < kTitleMinimum)
            break;
        m_table->setColumnHidden(*it, false);
        m_table->setColumnWidth(*it, width);
        fixed += width;
    }
}

void CataloguePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        refresh();
    }
}

void CataloguePage::refresh()
{
    m_job->loadReference(m_session);
    search();
}

TrainingQuery CataloguePage::query() const
{
    TrainingQuery q;
    q.text = m_search->text();
    q.platform = m_platform->currentData().toString();
    q.category = m_category->currentData().toString();
    q.level = m_level->currentData().toInt();
    q.mode = m_mode->currentData().toInt();
    q.status = m_status->currentData().toInt();
    q.minPrice = TrainingRules::parsePrice(m_minPrice->text()).value_or(0);
    q.maxPrice = TrainingRules::parsePrice(m_maxPrice->text()).value_or(0);
    q.sort = m_sort;
    q.descending = m_descending;
    if (m_flagged->isChecked()) {
        // Flags are computed by the checks, not stored: the search names the flagged ids.
        q.onlyIds = true;
        const QSet<qint64> flagged = m_model->flaggedIds();
        q.ids = QList<qint64>(flagged.cbegin(), flagged.cend());
    }
    q.limit = TrainingTableModel::kPageSize;
    return q;
}

void CataloguePage::search()
{
    m_debounce->stop();
    m_searching = true;
    m_count->setText(tr("Mencari…"));
    m_job->search(m_session, query(), ++m_token);
}

void CataloguePage::onSearched(quint64 token, const TrainingPage& page, const QString& error)
{
    if (page.offset > 0) {
        // A later page of the table (fetchMore); the model drops it when stale.
        if (error.isEmpty())
            m_model->appendPage(token, page);
        else
            m_model->stop(token);
        return;
    }
    if (token != m_token)
        return; // a newer search is under way
    m_searching = false;
    if (!error.isEmpty()) {
        m_count->setText(error);
        return;
    }
    m_model->setFirstPage(token, page);
    m_count->setText(tr("%1 pelatihan").arg(IndonesianFormat::number(m_model->totalCount())));
    const int row = m_model->rowOf(m_selectedId);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_editor->clear();
    Q_EMIT searchFinished(static_cast<int>(m_model->totalCount()));
}

void CataloguePage::onSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (QPushButton* b : std::as_const(m_bulkButtons))
        b->setEnabled(!rows.isEmpty());
    if (rows.size() != 1) {
        m_selectedId = 0;
        m_editor->clear();
        return;
    }
    const qint64 id = m_model->training(rows.first().row()).id;
    if (id == m_selectedId && m_editor->hasTraining())
        return;
    m_selectedId = id;
    m_job->load(m_session, id);
}

void CataloguePage::onSaved(bool ok, const Training& training, const QString& code, const QString& message,
                            const Training& current)
{
    m_editor->setBusy(false);
    if (ok) {
        m_model->updateRow(training);
        m_message->setText(tr("Tersimpan: %1 (versi %2).").arg(training.title).arg(training.version));
        m_message->show();
        m_job->load(m_session, training.id);
        m_job->loadReference(m_session);
        return;
    }
    if (code == u"version_conflict" && current.id) {
        auto* dialog = new ConflictDialog(training, current, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this, training, current](int choice) {
            if (choice == ConflictDialog::KeepMine) {
                Training mine = training;
                mine.version = current.version; // a deliberate save over the stored version
                m_job->save(m_session, mine);
            } else {
                m_message->setText(tr("Versi tersimpan dimuat; suntingan Anda dibuang."));
                m_message->show();
                m_model->updateRow(current);
                m_job->load(m_session, current.id);
            }
        });
        dialog->open();
        Q_EMIT conflictShown(dialog);
        return;
    }
    m_message->setText(message);
    m_message->show();
}

void CataloguePage::runBulk(TrainingAction action)
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << m_model->training(index.row()).id;
    if (ids.isEmpty())
        return;
    const QString verb = TrainingRules::actionName(action);
    const auto answer = QMessageBox::question(
        this, tr("Ubah status"),
        tr("Terapkan '%1' pada %2 pelatihan terpilih? Yang tidak boleh akan dilewati dan dilaporkan.")
            .arg(verb, IndonesianFormat::number(ids.size())));
    if (answer != QMessageBox::Yes)
        return;
    m_job->bulk(m_session, ids, action, QString());
}

void CataloguePage::onBulkDone(bool ok, TrainingAction action, const BulkOutcome& outcome, const QString& message)
{
    if (!ok) {
        m_message->setText(message);
        m_message->show();
        return;
    }
    if (outcome.changed.size() + outcome.refused.size() > 1) {
        QStringList refused;
        for (qsizetype i = 0; i < outcome.refused.size() && i < 15; ++i)
            refused << outcome.refused[i].second.message();
        if (outcome.refused.size() > 15)
            refused << tr("… dan %1 lainnya").arg(outcome.refused.size() - 15);
        QMessageBox::information(this, tr("Ringkasan"),
                                 tr("'%1': %2 diubah, %3 ditolak.")
                                         .arg(TrainingRules::actionName(action))
                                         .arg(outcome.changed.size())
                                         .arg(outcome.refused.size())
                                     + (refused.isEmpty() ? QString() : u"\n\n" + refused.join(u'\n')));
    } else {
        m_message->setText(outcome.refused.isEmpty() ? tr("Status diubah.") : outcome.refused.first().second.message());
        m_message->show();
    }
    refresh();
    if (m_selectedId)
        m_job->load(m_session, m_selectedId);
}

void CataloguePage::startImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Impor pelatihan mitra"), QString(),
                                                      tr("CSV atau JSON (*.csv *.json);;Semua berkas (*)"));
    if (!path.isEmpty())
        m_job->plan(m_session, path);
}

void CataloguePage::startExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Ekspor katalog"), QStringLiteral("katalog.csv"),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    if (!path.isEmpty())
        m_job->exportTo(m_session, path, query());
}

} // namespace prakerja
