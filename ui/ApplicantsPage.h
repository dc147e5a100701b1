#pragma once
// The Applicants page for the call centre: one search box (NIK, phone, email or name words),
// results in a lazily fetching table, the masked applicant card beside it with the timeline,
// each wave's outcome explained, eligibility now and the purchase deadline; reveal of a field
// with a typed reason; call notes (tickets); requests for the registration system; a second tab
// with "my open tickets" and the team queue by category and age, with counts. All work runs on a LookupJob; every
// search, card and reveal is audited by the service.

#include "domain/Session.h"
#include "services/LookupService.h"
#include "services/Workspace.h"
#include "store/TicketStore.h"

#include <QHash>
#include <QMap>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace prakerja {

class ApplicantResultsModel;
class LookupJob;

class ApplicantsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(ApplicantsPage)
public:
    ApplicantsPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);
    ~ApplicantsPage() override;

    // Test hook: the reveal reason comes from here instead of the dialog (nullopt = cancelled).
    void setRevealReasonForTest(std::function<std::optional<QString>()> provider)
    {
        m_reasonForTest = std::move(provider);
    }
    ApplicantResultsModel* model() const { return m_model; }
    qint64 cardApplicant() const { return m_cardId; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void startSearch();
    void onSearched(quint64 token, const SearchPage& page, const QString& error);
    void openCard(qint64 applicantId);
    void onCard(quint64 token, const ApplicantCard& card, const QList<Ticket>& tickets, const QString& error);
    void requestReveal(RevealField field);
    void onRevealed(qint64 applicantId, RevealField field, const QString& value, const QString& error);
    void addNote();
    void resolveNote();
    void onNoteSaved(qint64 applicantId, const QString& error);
    void showMessage(const QString& text, bool error);
    QString fieldLabel(RevealField field) const;
    QWidget* buildCard();
    QWidget* buildTickets();
    void loadTickets();
    void onTickets(quint64 token, const QList<Ticket>& tickets, const QMap<int, qint64>& counts, const QString& error);
    void openTicketApplicant();
    QString ageText(qint64 ms) const;
    void updateRequestForm();
    void raiseRequest();
    void onRequestRaised(qint64 applicantId, qint64 requestId, const QString& error);

    Session m_session;
    LookupJob* m_job = nullptr;
    ApplicantResultsModel* m_model = nullptr;
    LookupQuery m_query;
    quint64 m_token = 0;
    quint64 m_cardToken = 0;
    qint64 m_cardId = 0;
    std::function<std::optional<QString>()> m_reasonForTest;

    QLineEdit* m_search = nullptr;
    QPushButton* m_searchButton = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_listed = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QWidget* m_card = nullptr;
    QLabel* m_cardEmpty = nullptr;
    QLabel* m_name = nullptr;
    QHash<int, QLabel*> m_fieldValues; // by RevealField
    QHash<int, QPushButton*> m_revealButtons;
    QLabel* m_region = nullptr;
    QLabel* m_stage = nullptr;
    QLabel* m_details = nullptr;
    QComboBox* m_category = nullptr;
    QPlainTextEdit* m_noteText = nullptr;
    QPushButton* m_addNote = nullptr;
    QListWidget* m_notes = nullptr;
    QPushButton* m_resolve = nullptr;
    QLabel* m_cardError = nullptr;
    QComboBox* m_requestKind = nullptr;
    QLineEdit* m_requestName = nullptr;
    QLineEdit* m_requestNote = nullptr;
    QPushButton* m_raiseRequest = nullptr;

    QTabWidget* m_tabs = nullptr;
    quint64 m_ticketToken = 0;
    QComboBox* m_ticketScope = nullptr;
    QComboBox* m_ticketCategory = nullptr;
    QComboBox* m_ticketAge = nullptr;
    QLabel* m_ticketCounts = nullptr;
    QTableWidget* m_ticketTable = nullptr;
    QLabel* m_ticketError = nullptr;
    QPushButton* m_openTicket = nullptr;
    QPushButton* m_resolveTicket = nullptr;
};

} // namespace prakerja
