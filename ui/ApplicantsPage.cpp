#include "ApplicantsPage.h"

#include "PageWidgets.h"
#include "RevealDialog.h"
#include "Theme.h"
#include "domain/IndonesianFormat.h"
#include "domain/Timestamp.h"
#include "itemmodels/ApplicantResultsModel.h"
#include "services/LookupJob.h"

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
#include <QTableView>
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

    auto* row = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("applicantSearch"));
    m_search->setPlaceholderText(tr("NIK (16 digit), nomor telepon, email, atau nama"));
    m_search->setClearButtonEnabled(true);
    row->addWidget(m_search, 1);
    m_searchButton = new QPushButton(tr("Cari"), this);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    row->addWidget(m_searchButton);
    layout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_listed = new QLabel(this);
    m_listed->setObjectName(QStringLiteral("listedCard"));
    m_listed->setWordWrap(true);
    Theme::setRole(m_listed, "notice");
    m_listed->hide();
    layout->addWidget(m_listed);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resultCount"));
    layout->addWidget(m_count);

    auto* splitter = new QSplitter(this);
    m_model = new ApplicantResultsModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("results"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    splitter->addWidget(m_table);
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setWidget(buildCard());
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_searchButton, &QPushButton::clicked, this, &ApplicantsPage::startSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &ApplicantsPage::startSearch);
    connect(m_job, &LookupJob::searched, this, &ApplicantsPage::onSearched);
    connect(m_job, &LookupJob::cardReady, this, &ApplicantsPage::onCard);
    connect(m_job, &LookupJob::revealed, this, &ApplicantsPage::onRevealed);
    connect(m_job, &LookupJob::noteSaved, this, &ApplicantsPage::onNoteSaved);
    connect(m_model, &ApplicantResultsModel::fetchRequested, this, [this](quint64 token, qint64 afterId) {
        m_job->search(m_query, afterId, LookupService::kAgentLimit, token);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    openCard(m_model->applicantId(current.row()));
            });
    // The name index is kept off the ingest path; the page keeps it caught up while shown.
    m_indexTimer = new QTimer(this);
    m_indexTimer->setInterval(5000);
    connect(m_indexTimer, &QTimer::timeout, m_job, &LookupJob::catchUpNameIndex);
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
    v->addStretch(1);
    const bool mayNote = m_session.can(Permission::AddApplicantNote);
    m_addNote->setEnabled(mayNote);
    m_resolve->setEnabled(mayNote);
    m_noteText->setEnabled(mayNote);
    connect(m_addNote, &QPushButton::clicked, this, &ApplicantsPage::addNote);
    connect(m_resolve, &QPushButton::clicked, this, &ApplicantsPage::resolveNote);
    for (QWidget* w : m_card->findChildren<QWidget*>())
        if (w != m_cardEmpty)
            w->setVisible(false);
    return m_card;
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
        m_indexTimer->start();
    }
}

void ApplicantsPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    if (m_indexTimer)
        m_indexTimer->stop();
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
    if (applicantId != m_cardId)
        return;
    if (!error.isEmpty()) {
        m_cardError->setText(error);
        m_cardError->show();
        return;
    }
    m_noteText->clear();
    m_job->openCard(applicantId, ++m_cardToken);
}

} // namespace prakerja
