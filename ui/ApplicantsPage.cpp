#include "ApplicantsPage.h"

#include "PageWidgets.h"
#include "RevealDialog.h"
#include "Theme.h"
#include "domain/IndonesianFormat.h"
#include "domain/Language.h"
#include "domain/Timestamp.h"
#include "itemmodels/ApplicantResultsModel.h"
#include "services/LookupJob.h"
#include "services/RequestService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace prakerja {

namespace {
QString escaped(const QString& s)
{
    return s.toHtmlEscaped();
}
} // namespace

ApplicantsPage::ApplicantsPage(Workspace& workspace, const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    PageWidgets::addTitle(layout, tr("Pendaftar"), this);
    if (!session.can(Permission::SearchApplicants)) {
        auto* denied = new QLabel(tr("Pencarian pendaftar hanya untuk agen call center, analis dan administrator. "
                                     "Peran Anda (%1) tidak memiliki izin %2.")
                                      .arg(roleLabel(session.role()), permissionName(Permission::SearchApplicants)),
                                  this);
        denied->setObjectName(QStringLiteral("notPermitted"));
        denied->setWordWrap(true);
        layout->addWidget(denied);
        layout->addStretch(1);
        return;
    }
    m_job = new LookupJob(workspace.paths(), workspace.keys(), session, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("applicantTabs"));
    layout->addWidget(m_tabs, 1);
    auto* searchTab = new QWidget(m_tabs);
    auto* searchLayout = new QVBoxLayout(searchTab);
    searchLayout->setContentsMargins(0, 6, 0, 0);
    auto* row = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("applicantSearch"));
    m_search->setPlaceholderText(tr("NIK (16 digit), nomor telepon, email, atau nama"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Cari pendaftar"));
    m_search->setAccessibleDescription(m_search->placeholderText());
    row->addWidget(m_search, 1);
    m_searchButton = new QPushButton(tr("Cari"), this);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    row->addWidget(m_searchButton);
    searchLayout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    searchLayout->addWidget(m_message);
    m_listed = new QLabel(this);
    m_listed->setObjectName(QStringLiteral("listedCard"));
    m_listed->setWordWrap(true);
    Theme::setRole(m_listed, "notice");
    m_listed->hide();
    searchLayout->addWidget(m_listed);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resultCount"));
    searchLayout->addWidget(m_count);

    auto* splitter = new QSplitter(this);
    m_model = new ApplicantResultsModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("results"));
    m_table->setAccessibleName(tr("Hasil pencarian"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // All four columns in view, never a sideways scroll: the masked NIK and the stage whole, the
    // name and the region share what is left (elided; the whole text is in the tooltip).
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ApplicantResultsModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(ApplicantResultsModel::Nik, QHeaderView::Fixed);
    header->setSectionResizeMode(ApplicantResultsModel::Region, QHeaderView::Stretch);
    header->setSectionResizeMode(ApplicantResultsModel::Stage, QHeaderView::Fixed);
    m_table->setWordWrap(false);
    splitter->addWidget(m_table);
    auto* scroll = new QScrollArea(splitter);
    scroll->setAccessibleName(tr("Kartu pendaftar"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(buildCard());
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    searchLayout->addWidget(splitter, 1);

    m_tabs->addTab(searchTab, tr("Cari pendaftar"));
    m_tabs->addTab(buildTickets(), tr("Tiket"));
    connect(m_searchButton, &QPushButton::clicked, this, &ApplicantsPage::startSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &ApplicantsPage::startSearch);
    connect(m_job, &LookupJob::searched, this, &ApplicantsPage::onSearched);
    connect(m_job, &LookupJob::cardReady, this, &ApplicantsPage::onCard);
    connect(m_job, &LookupJob::revealed, this, &ApplicantsPage::onRevealed);
    connect(m_job, &LookupJob::noteSaved, this, &ApplicantsPage::onNoteSaved);
    connect(m_job, &LookupJob::requestRaised, this, &ApplicantsPage::onRequestRaised);
    connect(m_job, &LookupJob::ticketsReady, this, &ApplicantsPage::onTickets);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            loadTickets();
    });
    connect(m_model, &ApplicantResultsModel::fetchRequested, this, [this](quint64 token, qint64 afterId) {
        m_job->search(m_query, afterId, LookupService::kAgentLimit, token);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    openCard(m_model->applicantId(current.row()));
            });
    // The name index is kept off the ingest path: MainWindow's NameIndexWatcher keeps it caught
    // up all the time; the page asks for a catch-up when it is shown.
}

ApplicantsPage::~ApplicantsPage() = default;

QWidget* ApplicantsPage::buildCard()
{
    m_card = new QWidget(this);
    m_card->setObjectName(QStringLiteral("applicantCard"));
    auto* v = new QVBoxLayout(m_card);
    m_cardEmpty = new QLabel(tr("Pilih pendaftar di daftar hasil untuk melihat kartunya."), m_card);
    m_cardEmpty->setWordWrap(true);
    v->addWidget(m_cardEmpty);
    m_cardError = PageWidgets::errorLabel(m_card, "cardError");
    v->addWidget(m_cardError);
    m_name = new QLabel(m_card);
    m_name->setObjectName(QStringLiteral("cardName"));
    Theme::setRole(m_name, "cardName");
    v->addWidget(m_name);
    auto* form = new QFormLayout;
    for (RevealField f : {RevealField::Nik, RevealField::Kk, RevealField::Email, RevealField::Phone}) {
        auto* line = new QHBoxLayout;
        auto* value = new QLabel(m_card);
        value->setObjectName(QStringLiteral("value_") + revealFieldName(f));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        line->addWidget(value, 1);
        auto* button = new QPushButton(tr("Buka"), m_card);
        button->setObjectName(QStringLiteral("reveal_") + revealFieldName(f));
        button->setToolTip(tr("Tampilkan data ini tanpa samaran (dengan alasan, tercatat di log audit)"));
        button->setVisible(false);
        line->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, f] { requestReveal(f); });
        form->addRow(fieldLabel(f), line);
        m_fieldValues.insert(int(f), value);
        m_revealButtons.insert(int(f), button);
    }
    m_region = new QLabel(m_card);
    form->addRow(tr("Wilayah"), m_region);
    m_stage = new QLabel(m_card);
    m_stage->setObjectName(QStringLiteral("cardStage"));
    form->addRow(tr("Tahap"), m_stage);
    v->addLayout(form);
    m_details = new QLabel(m_card);
    m_details->setObjectName(QStringLiteral("cardDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_details);

    auto* notesTitle = new QLabel(tr("Catatan panggilan"), m_card);
    Theme::setRole(notesTitle, "sectionTitle");
    v->addWidget(notesTitle);
    m_notes = new QListWidget(m_card);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setMinimumHeight(80);
    m_notes->setMaximumHeight(160); // the request row below stays in view
    v->addWidget(m_notes);
    auto* noteRow = new QHBoxLayout;
    m_category = new QComboBox(m_card);
    m_category->setObjectName(QStringLiteral("noteCategory"));
    for (TicketCategory c : ticketCategories())
        m_category->addItem(ticketCategoryLabel(c), static_cast<int>(c));
    noteRow->addWidget(m_category);
    m_resolve = new QPushButton(tr("Tandai selesai"), m_card);
    m_resolve->setObjectName(QStringLiteral("resolveNote"));
    noteRow->addStretch(1);
    noteRow->addWidget(m_resolve);
    v->addLayout(noteRow);
    m_noteText = new QPlainTextEdit(m_card);
    m_noteText->setObjectName(QStringLiteral("noteText"));
    m_noteText->setPlaceholderText(tr("Apa yang ditanyakan penelepon dan apa jawaban Anda"));
    m_noteText->setMaximumHeight(70);
    v->addWidget(m_noteText);
    m_addNote = new QPushButton(tr("Tambah catatan"), m_card);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    v->addWidget(m_addNote, 0, Qt::AlignRight);

    auto* requestTitle = new QLabel(tr("Minta sistem pendaftaran"), m_card);
    Theme::setRole(requestTitle, "sectionTitle");
    requestTitle->setToolTip(tr("Permintaan tercatat dan diambil sistem pendaftaran; konsol ini tidak mengubah data "
                                "pendaftar."));
    v->addWidget(requestTitle);
    auto* requestRow = new QHBoxLayout;
    m_requestKind = new QComboBox(m_card);
    m_requestKind->setObjectName(QStringLiteral("requestKind"));
    for (RequestKind k : requestKinds())
        m_requestKind->addItem(requestKindLabel(k, Language::english()), static_cast<int>(k));
    requestRow->addWidget(m_requestKind);
    m_requestName = new QLineEdit(m_card);
    m_requestName->setObjectName(QStringLiteral("requestName"));
    m_requestName->setPlaceholderText(tr("Ejaan nama yang benar"));
    m_requestName->setMaxLength(RequestService::kMaxName);
    requestRow->addWidget(m_requestName, 1);
    v->addLayout(requestRow);
    auto* requestRow2 = new QHBoxLayout;
    m_requestNote = new QLineEdit(m_card);
    m_requestNote->setObjectName(QStringLiteral("requestNote"));
    m_requestNote->setPlaceholderText(tr("Keterangan untuk sistem pendaftaran (boleh kosong)"));
    m_requestNote->setMaxLength(RequestService::kMaxNote);
    requestRow2->addWidget(m_requestNote, 1);
    m_raiseRequest = new QPushButton(tr("Kirim permintaan"), m_card);
    m_raiseRequest->setObjectName(QStringLiteral("raiseRequest"));
    requestRow2->addWidget(m_raiseRequest);
    v->addLayout(requestRow2);
    v->addStretch(1);
    const bool mayNote = m_session.can(Permission::AddApplicantNote);
    m_addNote->setEnabled(mayNote);
    m_resolve->setEnabled(mayNote);
    m_noteText->setEnabled(mayNote);
    for (QWidget* w : std::initializer_list<QWidget*>{m_requestKind, m_requestName, m_requestNote, m_raiseRequest})
        w->setEnabled(mayNote);
    connect(m_requestKind, &QComboBox::currentIndexChanged, this, &ApplicantsPage::updateRequestForm);
    connect(m_raiseRequest, &QPushButton::clicked, this, &ApplicantsPage::raiseRequest);
    connect(m_addNote, &QPushButton::clicked, this, &ApplicantsPage::addNote);
    connect(m_resolve, &QPushButton::clicked, this, &ApplicantsPage::resolveNote);
    for (QWidget* w : m_card->findChildren<QWidget*>())
        if (w != m_cardEmpty)
            w->setVisible(false);
    return m_card;
}

QWidget* ApplicantsPage::buildTickets()
{
    auto* tab = new QWidget(m_tabs);
    auto* v = new QVBoxLayout(tab);
    v->setContentsMargins(0, 6, 0, 0);
    auto* filters = new QHBoxLayout;
    m_ticketScope = new QComboBox(tab);
    m_ticketScope->setObjectName(QStringLiteral("ticketScope"));
    m_ticketScope->addItem(tr("Tiket terbuka saya"), true);
    m_ticketScope->addItem(tr("Antrean tim (semua agen)"), false);
    // Agents start on their own tickets; administrators (supervisors) and analysts on the team's.
    if (m_session.role() != Role::CallCentreAgent)
        m_ticketScope->setCurrentIndex(1);
    filters->addWidget(m_ticketScope);
    m_ticketCategory = new QComboBox(tab);
    m_ticketCategory->setObjectName(QStringLiteral("ticketCategory"));
    m_ticketCategory->addItem(tr("Semua kategori"), 0);
    for (TicketCategory c : ticketCategories())
        m_ticketCategory->addItem(ticketCategoryLabel(c), static_cast<int>(c));
    filters->addWidget(m_ticketCategory);
    m_ticketAge = new QComboBox(tab);
    m_ticketAge->setObjectName(QStringLiteral("ticketAge"));
    m_ticketAge->addItem(tr("Semua umur"), qint64(0));
    m_ticketAge->addItem(tr("Lebih dari 1 jam"), Timestamp::kHour);
    m_ticketAge->addItem(tr("Lebih dari 1 hari"), Timestamp::kDay);
    m_ticketAge->addItem(tr("Lebih dari 3 hari"), 3 * Timestamp::kDay);
    m_ticketAge->addItem(tr("Lebih dari 7 hari"), 7 * Timestamp::kDay);
    filters->addWidget(m_ticketAge);
    filters->addStretch(1);
    auto* reload = new QPushButton(tr("Muat ulang"), tab);
    reload->setObjectName(QStringLiteral("reloadTickets"));
    filters->addWidget(reload);
    v->addLayout(filters);
    m_ticketCounts = new QLabel(tab);
    m_ticketCounts->setObjectName(QStringLiteral("ticketCounts"));
    m_ticketCounts->setWordWrap(true);
    m_ticketCounts->setTextFormat(Qt::RichText);
    v->addWidget(m_ticketCounts);
    m_ticketTable = new QTableWidget(0, 6, tab);
    m_ticketTable->setObjectName(QStringLiteral("ticketTable"));
    m_ticketTable->setHorizontalHeaderLabels(
        {tr("Umur"), tr("Dibuat (WIB)"), tr("Kategori"), tr("No. pendaftar"), tr("Agen"), tr("Isi catatan")});
    m_ticketTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ticketTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ticketTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ticketTable->verticalHeader()->hide();
    m_ticketTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ticketTable->horizontalHeader()->setStretchLastSection(true);
    m_ticketTable->setWordWrap(false);
    v->addWidget(m_ticketTable, 1);
    m_ticketError = PageWidgets::errorLabel(tab, "ticketError");
    v->addWidget(m_ticketError);
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    m_openTicket = new QPushButton(tr("Buka kartu pendaftar"), tab);
    m_openTicket->setObjectName(QStringLiteral("openTicket"));
    actions->addWidget(m_openTicket);
    m_resolveTicket = new QPushButton(tr("Tandai selesai"), tab);
    m_resolveTicket->setObjectName(QStringLiteral("resolveTicket"));
    m_resolveTicket->setEnabled(m_session.can(Permission::AddApplicantNote));
    actions->addWidget(m_resolveTicket);
    v->addLayout(actions);

    for (QComboBox* c : {m_ticketScope, m_ticketCategory, m_ticketAge})
        connect(c, &QComboBox::currentIndexChanged, this, &ApplicantsPage::loadTickets);
    connect(reload, &QPushButton::clicked, this, &ApplicantsPage::loadTickets);
    connect(m_ticketTable, &QTableWidget::cellDoubleClicked, this, [this] { openTicketApplicant(); });
    connect(m_openTicket, &QPushButton::clicked, this, &ApplicantsPage::openTicketApplicant);
    connect(m_resolveTicket, &QPushButton::clicked, this, [this] {
        const int row = m_ticketTable->currentRow();
        if (row < 0)
            return;
        m_resolveTicket->setEnabled(false);
        m_job->resolveTicket(m_ticketTable->item(row, 0)->data(Qt::UserRole + 1).toLongLong(),
                             m_ticketTable->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    return tab;
}

QString ApplicantsPage::ageText(qint64 ms) const
{
    if (ms < Timestamp::kMinute)
        return tr("baru saja");
    if (ms < Timestamp::kHour)
        return tr("%1 menit").arg(std::max<qint64>(0, ms / Timestamp::kMinute));
    if (ms < Timestamp::kDay)
        return tr("%1 jam").arg(ms / Timestamp::kHour);
    return tr("%1 hari").arg(IndonesianFormat::number(ms / Timestamp::kDay));
}

void ApplicantsPage::loadTickets()
{
    if (!m_job)
        return;
    const int category = m_ticketCategory->currentData().toInt();
    m_job->loadTickets(m_ticketScope->currentData().toBool(),
                       category == 0 ? std::nullopt : std::optional(static_cast<TicketCategory>(category)),
                       m_ticketAge->currentData().toLongLong(), ++m_ticketToken);
}

void ApplicantsPage::onTickets(quint64 token, const QList<Ticket>& tickets, const QMap<int, qint64>& counts,
                               const QString& error)
{
    if (token != m_ticketToken)
        return;
    m_ticketError->setText(error);
    m_ticketError->setVisible(!error.isEmpty());
    qint64 total = 0;
    QStringList parts;
    for (TicketCategory c : ticketCategories()) {
        const qint64 n = counts.value(static_cast<int>(c));
        total += n;
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(ticketCategoryLabel(c).toHtmlEscaped(), IndonesianFormat::number(n));
    }
    const bool mine = m_ticketScope->currentData().toBool();
    QString text = u"<b>"
        + (mine ? tr("%1 tiket terbuka milik Anda").arg(IndonesianFormat::number(total))
                : tr("%1 tiket terbuka di antrean tim").arg(IndonesianFormat::number(total)))
        + u"</b>";
    if (!parts.isEmpty())
        text += u" — " + parts.join(QStringLiteral(" · "));
    if (m_ticketCategory->currentData().toInt() != 0)
        text += u"<br/>"
            + tr("Ditampilkan: %1 tiket kategori %2")
                  .arg(IndonesianFormat::number(tickets.size()), m_ticketCategory->currentText().toHtmlEscaped());
    m_ticketCounts->setText(text);
    m_tabs->setTabText(1,
                       total > 0 && mine ? tr("Tiket (%1 terbuka)").arg(IndonesianFormat::number(total)) : tr("Tiket"));

    const qint64 now = Timestamp::nowMs();
    m_ticketTable->setRowCount(0);
    m_ticketTable->setRowCount(static_cast<int>(tickets.size()));
    for (int r = 0; r < tickets.size(); ++r) {
        const Ticket& t = tickets.at(r);
        const QStringList cells = {ageText(now - t.createdAt),
                                   Timestamp::toDisplayWib(t.createdAt, false),
                                   ticketCategoryLabel(t.category),
                                   QString::number(t.applicantId),
                                   t.operatorName,
                                   t.text.simplified()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 5)
                item->setToolTip(t.text);
            m_ticketTable->setItem(r, c, item);
        }
        m_ticketTable->item(r, 0)->setData(Qt::UserRole, t.id);
        m_ticketTable->item(r, 0)->setData(Qt::UserRole + 1, t.applicantId);
    }
    m_openTicket->setEnabled(!tickets.isEmpty());
    m_resolveTicket->setEnabled(!tickets.isEmpty() && m_session.can(Permission::AddApplicantNote));
}

void ApplicantsPage::openTicketApplicant()
{
    const int row = m_ticketTable->currentRow();
    if (row < 0)
        return;
    const qint64 applicant = m_ticketTable->item(row, 0)->data(Qt::UserRole + 1).toLongLong();
    m_tabs->setCurrentIndex(0);
    openCard(applicant);
}

QString ApplicantsPage::fieldLabel(RevealField field) const
{
    switch (field) {
    case RevealField::Nik:
        return tr("NIK");
    case RevealField::Kk:
        return tr("No. KK");
    case RevealField::Email:
        return tr("Email");
    case RevealField::Phone:
        return tr("Telepon");
    }
    return {};
}

void ApplicantsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_job) {
        m_job->catchUpNameIndex();
        loadTickets();
    }
}

void ApplicantsPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    Theme::setTone(m_message, error ? Theme::Tone::Bad : Theme::Tone::Normal);
    m_message->setVisible(!text.isEmpty());
}

void ApplicantsPage::startSearch()
{
    m_listed->hide();
    const LookupQuery query = LookupQuery::recognise(m_search->text());
    if (!query.valid()) {
        showMessage(query.problem.message(), true);
        return;
    }
    m_query = query;
    showMessage({}, false);
    m_count->setText(tr("Mencari…"));
    m_model->start(++m_token);
    m_job->search(m_query, 0, LookupService::kAgentLimit, m_token);
}

void ApplicantsPage::onSearched(quint64 token, const SearchPage& page, const QString& error)
{
    if (token != m_model->token())
        return;
    if (!error.isEmpty()) {
        m_model->stop(token);
        showMessage(error, true);
        m_count->clear();
        return;
    }
    m_model->appendPage(token, page);
    // Sized to the rows each time a page arrives (a header sizing to contents by itself does not
    // follow rows appended to the model).
    m_table->resizeColumnToContents(ApplicantResultsModel::Nik);
    m_table->resizeColumnToContents(ApplicantResultsModel::Stage);
    QString count = m_model->countText();
    if (page.capped)
        count += u' ' + tr("(agen melihat %1 hasil pertama; persempit pencarian)").arg(LookupService::kAgentLimit);
    if (page.indexBehind > 0)
        count += u' '
            + tr("(indeks nama sedang diperbarui: %1 pendaftar terbaru belum dapat dicari dengan nama)")
                  .arg(IndonesianFormat::number(page.indexBehind));
    m_count->setText(count);
    if (m_model->rowCount() == 0) {
        if (!page.listedOn.isEmpty()) {
            QStringList lists;
            for (const Bilingual& b : page.listedOn)
                lists << b.text();
            m_listed->setText(tr("NIK ini belum terdaftar di Prakerja, tetapi tercatat di: %1. Tercatat bukan berarti "
                                 "mendaftar: minta penelepon mendaftar di situs Prakerja.")
                                  .arg(lists.join(QStringLiteral("; "))));
            m_listed->show();
        } else {
            showMessage(tr("Tidak ada pendaftar yang cocok."), false);
        }
    } else if (m_model->rowCount() == static_cast<int>(page.hits.size())) {
        m_table->selectRow(0); // the first page: open the first card
    }
}

void ApplicantsPage::openCard(qint64 applicantId)
{
    m_cardId = applicantId;
    m_job->openCard(applicantId, ++m_cardToken);
}

void ApplicantsPage::onCard(quint64 token, const ApplicantCard& c, const QList<Ticket>& tickets, const QString& error)
{
    if (token != m_cardToken)
        return;
    for (QWidget* w : m_card->findChildren<QWidget*>())
        w->setVisible(w != m_cardEmpty && w != m_cardError);
    if (!error.isEmpty() && c.id == 0) {
        m_cardError->setText(error);
        m_cardError->show();
        return;
    }
    m_name->setText(c.name);
    m_fieldValues[int(RevealField::Nik)]->setText(c.nikMasked);
    m_fieldValues[int(RevealField::Kk)]->setText(c.hasKk ? c.kkMasked : tr("tidak diisi"));
    m_fieldValues[int(RevealField::Email)]->setText(c.emailMasked);
    m_fieldValues[int(RevealField::Phone)]->setText(c.hasPhone ? c.phoneMasked : tr("tidak diisi"));
    for (auto it = m_revealButtons.cbegin(); it != m_revealButtons.cend(); ++it) {
        const auto f = static_cast<RevealField>(it.key());
        const bool present = (f != RevealField::Kk || c.hasKk) && (f != RevealField::Phone || c.hasPhone);
        it.value()->setVisible(present && m_session.can(Permission::RevealApplicantPii)
                               && (f != RevealField::Kk || m_session.role() == Role::Administrator));
        it.value()->setEnabled(true);
    }
    m_region->setText(c.region);
    m_stage->setText(c.stage.text());

    QString html;
    if (c.nikRejection)
        html += u"<p><b>" + tr("Alasan NIK ditolak:") + u"</b> " + escaped(c.nikRejection->text()) + u"</p>";
    html += u"<p><b>" + tr("Riwayat (WIB)") + u"</b><br/>";
    for (const CardEvent& e : c.timeline)
        html += escaped(Timestamp::toDisplayWib(e.at, false)) + u" — " + escaped(e.what.text()) + u"<br/>";
    html += u"</p>";
    if (!c.waves.isEmpty()) {
        html += u"<p><b>" + tr("Gelombang") + u"</b><br/>";
        for (const CardWave& w : c.waves)
            html += escaped(w.explanation.text()) + u"<br/>";
        html += u"</p>";
    }
    if (c.nextWave > 0) {
        html += u"<p><b>" + tr("Kelayakan saat ini untuk gelombang %1").arg(c.nextWave) + u"</b><br/>";
        for (const CardRule& r : c.eligibilityNow)
            html += (r.passed ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + escaped(r.rule.text())
                + (r.passed ? QString() : QString(u": " + escaped(r.reason.text()))) + u"<br/>";
        html += u"</p>";
    }
    if (c.purchaseDeadline)
        html += u"<p><b>" + tr("Pembelian pelatihan") + u"</b><br/>" + escaped(c.purchase.text()) + u"</p>";
    if (!c.referenceLists.isEmpty()) {
        QStringList lists;
        for (const Bilingual& b : c.referenceLists)
            lists << b.text();
        html += u"<p><b>" + tr("Tercatat di daftar") + u"</b> " + escaped(lists.join(QStringLiteral(", "))) + u"</p>";
    }
    if (!c.requests.isEmpty()) {
        html += u"<p><b>" + tr("Permintaan ke sistem pendaftaran") + u"</b><br/>";
        for (const Bilingual& b : c.requests)
            html += escaped(b.text()) + u"<br/>";
        html += u"</p>";
    }
    m_details->setText(html);

    m_notes->clear();
    for (const Ticket& t : tickets) {
        auto* item
            = new QListWidgetItem(QStringLiteral("%1 · %2 · %3 · %4\n%5")
                                      .arg(Timestamp::toDisplayWib(t.createdAt, false), ticketCategoryLabel(t.category),
                                           t.operatorName, t.resolved ? tr("selesai") : tr("terbuka"), t.text),
                                  m_notes);
        item->setData(Qt::UserRole, t.id);
    }
    m_cardError->setVisible(!error.isEmpty());
    m_cardError->setText(error);
    updateRequestForm();
}

void ApplicantsPage::updateRequestForm()
{
    const bool name = static_cast<RequestKind>(m_requestKind->currentData().toInt()) == RequestKind::CorrectName;
    m_requestName->setVisible(name && m_cardId != 0 && !m_cardEmpty->isVisible());
}

void ApplicantsPage::raiseRequest()
{
    if (m_cardId == 0)
        return;
    const auto kind = static_cast<RequestKind>(m_requestKind->currentData().toInt());
    m_raiseRequest->setEnabled(false);
    m_job->raiseRequest(m_cardId, kind, m_requestNote->text(),
                        kind == RequestKind::CorrectName ? m_requestName->text() : QString());
}

void ApplicantsPage::onRequestRaised(qint64 applicantId, qint64 requestId, const QString& error)
{
    m_raiseRequest->setEnabled(m_session.can(Permission::AddApplicantNote));
    if (applicantId != m_cardId)
        return;
    if (!error.isEmpty()) {
        m_cardError->setText(error);
        m_cardError->show();
        return;
    }
    Q_UNUSED(requestId);
    m_requestNote->clear();
    m_requestName->clear();
    m_job->openCard(applicantId, ++m_cardToken);
}

void ApplicantsPage::requestReveal(RevealField field)
{
    if (m_cardId == 0)
        return;
    std::optional<QString> reason;
    if (m_reasonForTest) {
        reason = m_reasonForTest();
    } else {
        RevealDialog dialog(fieldLabel(field), this);
        if (dialog.exec() == QDialog::Accepted)
            reason = dialog.reason();
    }
    if (!reason)
        return;
    m_revealButtons[int(field)]->setEnabled(false);
    m_job->reveal(m_cardId, field, *reason);
}

void ApplicantsPage::onRevealed(qint64 applicantId, RevealField field, const QString& value, const QString& error)
{
    if (applicantId != m_cardId)
        return;
    if (!error.isEmpty()) {
        m_revealButtons[int(field)]->setEnabled(true);
        m_cardError->setText(error);
        m_cardError->show();
        return;
    }
    m_fieldValues[int(field)]->setText(value);
    m_revealButtons[int(field)]->hide();
}

void ApplicantsPage::addNote()
{
    if (m_cardId == 0)
        return;
    m_addNote->setEnabled(false);
    m_job->addNote(m_cardId, static_cast<TicketCategory>(m_category->currentData().toInt()), m_noteText->toPlainText());
}

void ApplicantsPage::resolveNote()
{
    QListWidgetItem* item = m_notes->currentItem();
    if (m_cardId == 0 || !item)
        return;
    m_job->resolveTicket(m_cardId, item->data(Qt::UserRole).toLongLong());
}

void ApplicantsPage::onNoteSaved(qint64 applicantId, const QString& error)
{
    m_addNote->setEnabled(m_session.can(Permission::AddApplicantNote));
    if (m_tabs->currentIndex() == 1) {
        // Resolved from the queue.
        if (!error.isEmpty()) {
            m_ticketError->setText(error);
            m_ticketError->show();
        }
        loadTickets();
        return;
    }
    if (applicantId != m_cardId)
        return;
    if (!error.isEmpty()) {
        m_cardError->setText(error);
        m_cardError->show();
        return;
    }
    m_noteText->clear();
    m_job->openCard(applicantId, ++m_cardToken);
    loadTickets();
}

} // namespace prakerja
