#include "OperatorsPage.h"

#include "ConfirmDialog.h"
#include "PageWidgets.h"
#include "Theme.h"
#include "domain/Timestamp.h"
#include "services/KeyRotationJob.h"
#include "services/OperatorJob.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prakerja {

namespace {
const Role kRoles[] = {Role::CallCentreAgent, Role::Analyst, Role::CatalogueCurator, Role::Administrator};

// What a permission lets an operator do, as a phrase after "dapat".
QString permissionWords(Permission p)
{
    switch (p) {
    case Permission::ViewDashboard:
        return OperatorsPage::tr("melihat dasbor");
    case Permission::SearchApplicants:
        return OperatorsPage::tr("mencari pendaftar");
    case Permission::RevealApplicantPii:
        return OperatorsPage::tr("membuka NIK dan kontak pendaftar");
    case Permission::AddApplicantNote:
        return OperatorsPage::tr("mencatat tiket pendaftar");
    case Permission::IngestFeed:
        return OperatorsPage::tr("mengimpor feed pendaftaran");
    case Permission::ImportReference:
        return OperatorsPage::tr("mengimpor daftar NIK");
    case Permission::ManageCatalogue:
        return OperatorsPage::tr("mengelola katalog pelatihan");
    case Permission::ManagePlatforms:
        return OperatorsPage::tr("mengelola platform mitra");
    case Permission::ViewWaves:
        return OperatorsPage::tr("melihat gelombang");
    case Permission::ManageWaves:
        return OperatorsPage::tr("membuat, membuka, menutup dan membatalkan gelombang");
    case Permission::RunDraw:
        return OperatorsPage::tr("menjalankan undian dan mengumumkannya");
    case Permission::RevokeParticipants:
        return OperatorsPage::tr("mencabut kartu peserta");
    case Permission::ExportData:
        return OperatorsPage::tr("mengekspor data");
    case Permission::ViewAudit:
        return OperatorsPage::tr("melihat log audit");
    case Permission::VerifyAudit:
        return OperatorsPage::tr("memverifikasi log audit");
    case Permission::ManageOperators:
        return OperatorsPage::tr("mengelola operator");
    case Permission::RotateKeys:
        return OperatorsPage::tr("merotasi kunci enkripsi");
    case Permission::ManageSettings:
        return OperatorsPage::tr("mengubah pengaturan program");
    }
    return {};
}

QString joined(const QStringList& phrases)
{
    if (phrases.size() <= 1)
        return phrases.value(0);
    QStringList head = phrases;
    const QString last = head.takeLast();
    return OperatorsPage::tr("%1 dan %2").arg(head.join(QStringLiteral(", ")), last);
}
} // namespace

QString OperatorsPage::roleChangeText(const QString& name, Role from, Role to)
{
    QStringList gained, lost;
    for (int i = 0; i < kPermissionCount; ++i) {
        const auto p = static_cast<Permission>(i);
        if (roleHas(to, p) && !roleHas(from, p))
            gained << permissionWords(p);
        else if (roleHas(from, p) && !roleHas(to, p))
            lost << permissionWords(p);
    }
    QString text = tr("Peran <b>%1</b> berubah dari %2 menjadi <b>%3</b>.")
                       .arg(name.toHtmlEscaped(), roleLabel(from).toHtmlEscaped(), roleLabel(to).toHtmlEscaped());
    if (!gained.isEmpty())
        text += QStringLiteral("<br><br>")
            + tr("Sesudahnya %1 juga dapat %2.").arg(name.toHtmlEscaped(), joined(gained));
    if (!lost.isEmpty())
        text += QStringLiteral("<br><br>") + tr("%1 tidak lagi dapat %2.").arg(name.toHtmlEscaped(), joined(lost));
    text += QStringLiteral("<br><br>")
        + tr("Berlaku saat %1 masuk berikutnya; sesi yang sedang terbuka tetap memakai peran lama sampai keluar atau "
             "terkunci. Perubahan dicatat di log audit.")
              .arg(name.toHtmlEscaped());
    return text;
}

OperatorsPage::OperatorsPage(Workspace& workspace, const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    PageWidgets::addTitle(layout, tr("Operator"), this);
    if (!session.can(Permission::ManageOperators)) {
        PageWidgets::addNotPermitted(layout, session.role(), Permission::ManageOperators,
                                     tr("Kata sandi sendiri dapat diubah dengan 'prakerjactl user passwd'."), this);
        return;
    }
    m_job = new OperatorJob(workspace.paths(), workspace.keys(), this);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("operatorTable"));
    m_table->setAccessibleName(tr("Daftar operator"));
    m_table->setHorizontalHeaderLabels(
        {tr("Nama"), tr("Peran"), tr("Status"), tr("Masuk terakhir (WIB)"), tr("Kata sandi diubah")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // a few rows
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto* actions = new QHBoxLayout;
    m_disable = new QPushButton(tr("&Nonaktifkan"), this);
    m_disable->setObjectName(QStringLiteral("operatorDisable"));
    m_unlock = new QPushButton(tr("&Buka kunci"), this);
    m_unlock->setObjectName(QStringLiteral("operatorUnlock"));
    m_resetPassword = new QLineEdit(this);
    m_resetPassword->setObjectName(QStringLiteral("operatorResetPassword"));
    m_resetPassword->setEchoMode(QLineEdit::Password);
    m_resetPassword->setPlaceholderText(tr("Kata sandi baru"));
    m_resetPassword->setAccessibleName(m_resetPassword->placeholderText());
    m_reset = new QPushButton(tr("Atur ulang &kata sandi"), this);
    m_reset->setObjectName(QStringLiteral("operatorReset"));
    m_newRole = new QComboBox(this);
    m_newRole->setObjectName(QStringLiteral("operatorNewRole"));
    for (Role role : kRoles)
        m_newRole->addItem(roleLabel(role), static_cast<int>(role));
    m_changeRole = new QPushButton(tr("Ubah &peran"), this);
    m_changeRole->setObjectName(QStringLiteral("operatorChangeRole"));
    m_changeRole->setToolTip(tr("Mengubah peran operator terpilih menjadi peran di sebelah kiri"));
    actions->addWidget(m_disable);
    actions->addWidget(m_unlock);
    actions->addSpacing(12);
    actions->addWidget(m_newRole);
    actions->addWidget(m_changeRole);
    actions->addStretch(1);
    actions->addWidget(m_resetPassword);
    actions->addWidget(m_reset);
    layout->addLayout(actions);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("operatorStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* addBox = new QGroupBox(tr("Tambah operator"), this);
    auto* form = new QFormLayout(addBox);
    m_name = new QLineEdit(addBox);
    m_name->setObjectName(QStringLiteral("newOperatorName"));
    m_role = new QComboBox(addBox);
    m_role->setObjectName(QStringLiteral("newOperatorRole"));
    for (Role role : kRoles)
        m_role->addItem(roleLabel(role), static_cast<int>(role));
    m_password = new QLineEdit(addBox);
    m_password->setObjectName(QStringLiteral("newOperatorPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(addBox);
    m_confirm->setObjectName(QStringLiteral("newOperatorConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_nameError = PageWidgets::errorLabel(addBox, "newOperatorNameError");
    m_passwordError = PageWidgets::errorLabel(addBox, "newOperatorPasswordError");
    m_add = new QPushButton(tr("&Tambah"), addBox);
    m_add->setObjectName(QStringLiteral("newOperatorAdd"));
    form->addRow(tr("Nama pengguna"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("Peran"), m_role);
    form->addRow(tr("Kata sandi"), m_password);
    form->addRow(tr("Ulangi kata sandi"), m_confirm);
    form->addRow(QString(), m_passwordError);
    form->addRow(QString(), m_add);
    // As wide as its fields need, not the page's width (it stretched to 1,200 px).
    m_name->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    addBox->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(addBox);
    addRow->addStretch(1);
    layout->addLayout(addRow);

    if (session.can(Permission::RotateKeys)) {
        auto* keyBox = new QGroupBox(tr("Kunci enkripsi"), this);
        auto* keyLayout = new QHBoxLayout(keyBox);
        m_rotate = new QPushButton(tr("&Rotasi kunci"), keyBox);
        m_rotate->setObjectName(QStringLiteral("rotateKeys"));
        m_rotationProgress = new QProgressBar(keyBox);
        m_rotationProgress->setObjectName(QStringLiteral("rotationProgress"));
        m_rotationProgress->hide();
        m_cancelRotation = new QPushButton(tr("Batal"), keyBox);
        m_cancelRotation->setObjectName(QStringLiteral("cancelRotation"));
        m_cancelRotation->hide();
        m_rotationStatus = new QLabel(tr("Mengenkripsi ulang semua NIK, KK, email dan telepon dengan kunci baru; dapat "
                                         "dilanjutkan bila terputus. Cadangkan berkas kunci sesudahnya."),
                                      keyBox);
        m_rotationStatus->setObjectName(QStringLiteral("rotationStatus"));
        m_rotationStatus->setWordWrap(true);
        keyLayout->addWidget(m_rotate);
        keyLayout->addWidget(m_rotationProgress, 1);
        keyLayout->addWidget(m_cancelRotation);
        keyLayout->addWidget(m_rotationStatus, 2);
        layout->addWidget(keyBox);
        m_rotation = new KeyRotationJob(workspace.paths(), session, this);
        connect(m_rotate, &QPushButton::clicked, this, [this] {
            ConfirmDialog::Request r;
            r.title = tr("Rotasi kunci?");
            r.text = tr("Semua NIK, KK, email dan telepon dienkripsi ulang dengan generasi kunci baru dan kunci lama "
                        "dipensiunkan. Pada jutaan pendaftar ini memakan waktu lama; rotasi dapat dihentikan dan "
                        "dilanjutkan.<br><br>Sesudahnya <b>cadangkan berkas kunci</b>: cadangan lama tidak dapat "
                        "membuka data lagi, dan konsol perlu dimulai ulang.");
            r.confirmLabel = tr("Mulai rotasi");
            if (!ConfirmDialog::ask(this, r))
                return;
            m_rotate->setEnabled(false);
            m_rotationProgress->setValue(0);
            m_rotationProgress->show();
            m_cancelRotation->show();
            m_rotationStatus->setText(tr("Rotasi berjalan…"));
            m_rotation->start();
        });
        connect(m_cancelRotation, &QPushButton::clicked, m_rotation, &KeyRotationJob::cancel);
        connect(m_rotation, &KeyRotationJob::progress, this, [this](qint64 done, qint64 total) {
            m_rotationProgress->setMaximum(1000);
            m_rotationProgress->setValue(total > 0 ? static_cast<int>(std::min<qint64>(done, total) * 1000 / total)
                                                   : 1000);
        });
        connect(m_rotation, &KeyRotationJob::finished, this, [this](bool ok, bool completed, const QString& message) {
            m_rotate->setEnabled(true);
            m_rotationProgress->hide();
            m_cancelRotation->hide();
            if (!ok)
                m_rotationStatus->setText(tr("Rotasi gagal: %1").arg(message));
            else if (!completed)
                m_rotationStatus->setText(tr("Rotasi dihentikan; tekan Rotasi kunci lagi untuk melanjutkan."));
            else
                // Other connections of this process still hold the old key file in memory.
                m_rotationStatus->setText(tr("Rotasi selesai; kunci lama dipensiunkan. Cadangkan berkas kunci sekarang "
                                             "dan mulai ulang konsol."));
        });
    }

    connect(m_job, &OperatorJob::listed, this, &OperatorsPage::onListed);
    connect(m_job, &OperatorJob::changed, this, &OperatorsPage::onChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OperatorsPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &OperatorsPage::addOperator);
    connect(m_reset, &QPushButton::clicked, this, &OperatorsPage::resetPassword);
    connect(m_changeRole, &QPushButton::clicked, this, &OperatorsPage::changeRole);
    connect(m_newRole, &QComboBox::currentIndexChanged, this, &OperatorsPage::updateButtons);
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        if (const QString name = selectedName(); !name.isEmpty())
            m_job->unlock(m_session, name);
    });
    connect(m_disable, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty())
            return;
        const bool disabled = m_table->item(m_table->currentRow(), 2)->data(Qt::UserRole).toBool();
        if (!disabled) {
            ConfirmDialog::Request r;
            r.title = tr("Nonaktifkan %1?").arg(name);
            r.text = tr("Operator <b>%1</b> (%2) tidak dapat masuk lagi sampai seorang administrator "
                        "mengaktifkannya kembali. Sesi yang sedang terbuka terkunci pada penguncian berikutnya.")
                         .arg(name.toHtmlEscaped(), m_table->item(m_table->currentRow(), 1)->text());
            r.confirmLabel = tr("Nonaktifkan");
            if (!ConfirmDialog::ask(this, r))
                return;
        }
        m_job->setDisabled(m_session, name, !disabled);
    });
    updateButtons();
}

OperatorsPage::~OperatorsPage() = default;

void OperatorsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_job && !m_loadedOnce) {
        m_loadedOnce = true;
        reload();
    }
}

void OperatorsPage::reload()
{
    m_loadedOnce = true;
    m_job->list(m_session);
}

QString OperatorsPage::selectedName() const
{
    const int row = m_table->currentRow();
    return row < 0 || !m_table->item(row, 0) ? QString() : m_table->item(row, 0)->text();
}

void OperatorsPage::onListed(bool ok, const QList<OperatorInfo>& operators, const QString& message)
{
    if (!ok) {
        m_status->setText(message);
        return;
    }
    const QString selected = selectedName();
    const qint64 now = Timestamp::nowMs();
    m_table->setRowCount(static_cast<int>(operators.size()));
    for (int i = 0; i < operators.size(); ++i) {
        const OperatorInfo& o = operators[i];
        const QString state = o.disabled ? tr("Nonaktif")
            : o.lockedUntil > now        ? tr("Terkunci sampai %1").arg(Timestamp::toDisplayWib(o.lockedUntil, false))
                                         : tr("Aktif");
        auto* stateItem = new QTableWidgetItem(state);
        stateItem->setData(Qt::UserRole, o.disabled);
        stateItem->setData(Qt::UserRole + 1, !o.disabled && o.lockedUntil > now); // Unlock applies
        m_table->setItem(i, 0, new QTableWidgetItem(o.name));
        auto* roleItem = new QTableWidgetItem(roleLabel(o.role));
        roleItem->setData(Qt::UserRole, static_cast<int>(o.role));
        m_table->setItem(i, 1, roleItem);
        m_table->setItem(i, 2, stateItem);
        m_table->setItem(
            i, 3,
            new QTableWidgetItem(o.lastLoginAt ? Timestamp::toDisplayWib(o.lastLoginAt, false) : QStringLiteral("—")));
        m_table->setItem(i, 4, new QTableWidgetItem(Timestamp::toDisplayWib(o.passwordChangedAt, false)));
        if (o.name == selected)
            m_table->selectRow(i);
    }
    updateButtons();
}

void OperatorsPage::onChanged(bool ok, const QString& action, const QString& name, const QString& code,
                              const QString& message)
{
    m_add->setEnabled(true);
    m_reset->setEnabled(!selectedName().isEmpty());
    if (action == u"add") {
        if (!ok) {
            QLabel* target = code == u"invalid_name" || code == u"name_taken" ? m_nameError : m_passwordError;
            target->setText(message);
            target->show();
            m_status->clear(); // not "Menambahkan…" any more: the error is next to its field
            return;
        }
        m_name->clear();
        m_password->clear();
        m_confirm->clear();
    } else if (action == u"passwd" && ok) {
        m_resetPassword->clear();
    }
    Theme::setTone(m_status, ok ? Theme::Tone::Normal : Theme::Tone::Bad);
    if (!ok)
        m_status->setText(message);
    else if (action == u"add")
        m_status->setText(tr("Operator %1 ditambahkan").arg(name));
    else if (action == u"passwd")
        m_status->setText(tr("Kata sandi %1 diatur ulang").arg(name));
    else if (action == u"disable")
        m_status->setText(tr("Operator %1 dinonaktifkan").arg(name));
    else if (action == u"enable")
        m_status->setText(tr("Operator %1 diaktifkan kembali").arg(name));
    else if (action == u"role")
        m_status->setText(tr("Peran %1 diubah; berlaku saat %1 masuk berikutnya").arg(name));
    else
        m_status->setText(tr("Kunci operator %1 dibuka").arg(name));
    reload();
}

void OperatorsPage::addOperator()
{
    m_nameError->hide();
    m_passwordError->hide();
    if (m_password->text() != m_confirm->text()) {
        m_passwordError->setText(tr("Kedua kata sandi tidak sama"));
        m_passwordError->show();
        return;
    }
    m_add->setEnabled(false);
    m_status->setText(tr("Menambahkan…"));
    m_job->add(m_session, m_name->text().trimmed(), static_cast<Role>(m_role->currentData().toInt()),
               m_password->text());
}

void OperatorsPage::resetPassword()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    m_reset->setEnabled(false);
    m_job->changePassword(m_session, name, m_resetPassword->text());
}

void OperatorsPage::changeRole()
{
    const QString name = selectedName();
    const int row = m_table->currentRow();
    if (name.isEmpty() || !m_table->item(row, 1))
        return;
    const auto from = static_cast<Role>(m_table->item(row, 1)->data(Qt::UserRole).toInt());
    const auto to = static_cast<Role>(m_newRole->currentData().toInt());
    if (from == to)
        return;
    ConfirmDialog::Request r;
    r.title = tr("Ubah peran %1?").arg(name);
    r.text = roleChangeText(name, from, to);
    r.confirmLabel = tr("Ubah peran");
    if (!ConfirmDialog::ask(this, r))
        return;
    m_changeRole->setEnabled(false);
    Theme::setTone(m_status, Theme::Tone::Normal);
    m_status->setText(tr("Mengubah peran…"));
    m_job->setRole(m_session, name, to);
}

void OperatorsPage::updateButtons()
{
    const QString name = selectedName();
    const bool any = !name.isEmpty();
    m_disable->setEnabled(any);
    // Unlock only for an account that is locked now.
    m_unlock->setEnabled(any && m_table->item(m_table->currentRow(), 2)
                         && m_table->item(m_table->currentRow(), 2)->data(Qt::UserRole + 1).toBool());
    m_reset->setEnabled(any);
    // A role change applies to someone else, to a role they do not have yet.
    const QTableWidgetItem* roleItem = any ? m_table->item(m_table->currentRow(), 1) : nullptr;
    m_changeRole->setEnabled(roleItem && name != m_session.operatorName()
                             && roleItem->data(Qt::UserRole).toInt() != m_newRole->currentData().toInt());
    if (any && m_table->item(m_table->currentRow(), 2))
        m_disable->setText(m_table->item(m_table->currentRow(), 2)->data(Qt::UserRole).toBool() ? tr("&Aktifkan")
                                                                                                : tr("&Nonaktifkan"));
}

} // namespace prakerja
