#include "SettingsPage.h"

#include "PageWidgets.h"
#include "domain/IndonesianFormat.h"
#include "services/JobRunner.h"
#include "services/SettingsService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace prakerja {

using Key = Settings::Key;

SettingsPage::SettingsPage(Workspace& workspace, const Session& session, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_session(session)
{
    auto* outer = new QVBoxLayout(this);
    PageWidgets::addTitle(outer, tr("Pengaturan"), this);
    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Isi pengaturan"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    const bool programme = session.can(Permission::ManageSettings);
    auto group = [&](const QString& title) {
        auto* box = new QGroupBox(title, content);
        box->setEnabled(programme);
        layout->addWidget(box);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        return form;
    };
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    auto spin = [&](QFormLayout* form, Key key, const QString& label, const QString& prefix, const QString& suffix) {
        auto* box = new QSpinBox(content);
        box->setObjectName(QStringLiteral("setting") + Settings::name(key));
        const auto [low, high] = SettingsService::range(key);
        box->setRange(static_cast<int>(low), static_cast<int>(high));
        box->setLocale(indonesian);
        box->setGroupSeparatorShown(true);
        box->setPrefix(prefix);
        box->setSuffix(suffix);
        box->setMinimumWidth(box->fontMetrics().horizontalAdvance(prefix + QStringLiteral("1.000.000.000") + suffix)
                             + 40);
        form->addRow(label, box);
        m_spins.insert(key, box);
        connect(box, &QSpinBox::valueChanged, this, &SettingsPage::updateState);
    };

    // The language is each operator's own, so it is outside the groups that need the permission.
    auto* languageBox = new QGroupBox(tr("Tampilan"), content);
    auto* languageForm = new QFormLayout(languageBox);
    languageForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("settingLanguage"));
    // Each language by its own name, and in the interface's language beside it.
    m_language->addItem(tr("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(tr("English (bahasa Inggris)"), QStringLiteral("en"));
    languageForm->addRow(tr("&Bahasa"), m_language);
    auto* languageNote = new QLabel(tr("Berlaku saat konsol dibuka lagi."), languageBox);
    languageNote->setEnabled(false);
    languageForm->addRow(QString(), languageNote);
    layout->addWidget(languageBox);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::updateState);

    if (!programme) {
        auto* note = new QLabel(tr("Pengaturan program hanya dapat diubah oleh %1.")
                                    .arg(PageWidgets::rolesWith(Permission::ManageSettings)),
                                content);
        note->setObjectName(QStringLiteral("settingsReadOnly"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    QFormLayout* security = group(tr("Keamanan masuk"));
    // Units without a plural: English reads "1 min" and "5 min", "3×" (no "1 minutes").
    spin(security, Key::IdleLockMinutes, tr("Kunci konsol setelah &tidak aktif"), QString(), tr(" menit"));
    spin(security, Key::LockoutFailures, tr("Kunci akun setelah &gagal masuk"), QString(), tr(" kali"));
    spin(security, Key::LockoutMinutes, tr("&Lama akun terkunci"), QString(), tr(" menit"));

    QFormLayout* budget = group(tr("Anggaran program"));
    m_budgetTotal = new QLineEdit(content);
    m_budgetTotal->setObjectName(QStringLiteral("settingBudgetTotal"));
    m_budgetTotal->setMinimumWidth(
        m_budgetTotal->fontMetrics().horizontalAdvance(QStringLiteral("1.000.000.000.000.000")) + 30);
    m_budgetTotalError = PageWidgets::errorLabel(content, "settingBudgetTotalError");
    m_budgetTotalError->setWordWrap(false); // a wrapped label in a form row is clipped to one line
    auto* totalRow = new QVBoxLayout;
    totalRow->addWidget(m_budgetTotal);
    totalRow->addWidget(m_budgetTotalError);
    auto* totalLabel = new QLabel(tr("&Total anggaran (Rp)"), content);
    totalLabel->setBuddy(m_budgetTotal);
    budget->addRow(totalLabel, totalRow);
    connect(m_budgetTotal, &QLineEdit::textEdited, this, &SettingsPage::updateState);
    spin(budget, Key::BudgetTrainingCredit, tr("Bantuan pelatihan per peserta"), QStringLiteral("Rp "), QString());
    spin(budget, Key::BudgetMonthlyIncentive, tr("Insentif per bulan"), QStringLiteral("Rp "), QString());
    spin(budget, Key::BudgetIncentiveMonths, tr("Bulan insentif"), QString(), tr(" bulan"));
    spin(budget, Key::BudgetSurveyIncentive, tr("Insentif per survei"), QStringLiteral("Rp "), QString());
    spin(budget, Key::BudgetSurveys, tr("Jumlah survei"), QString(), tr(" survei"));

    QFormLayout* waves = group(tr("Aturan bawaan gelombang baru"));
    m_requirePhone = new QCheckBox(tr("Telepon harus terverifikasi"), content);
    m_requirePhone->setObjectName(QStringLiteral("settingWaveRequirePhoneVerified"));
    waves->addRow(QString(), m_requirePhone);
    connect(m_requirePhone, &QCheckBox::toggled, this, &SettingsPage::updateState);
    spin(waves, Key::WaveFamilyCardCap, tr("Peserta per kartu keluarga"), QString(), tr(" orang"));

    QFormLayout* demo = group(tr("Demo"));
    spin(demo, Key::DemoSimulatorSpeed, tr("Kecepatan simulasi saat pertama dibuka"), QString(), tr("× (0 = mati)"));
    layout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_defaults = new QPushButton(tr("Isi nilai &bawaan"), this);
    m_defaults->setObjectName(QStringLiteral("settingsDefaults"));
    m_defaults->setToolTip(tr("Mengisi kolom dengan nilai bawaan; belum disimpan sebelum Simpan ditekan."));
    m_revert = new QPushButton(tr("&Urungkan perubahan"), this);
    m_revert->setObjectName(QStringLiteral("settingsRevert"));
    m_saveButton = new QPushButton(tr("&Simpan"), this);
    m_saveButton->setObjectName(QStringLiteral("settingsSave"));
    m_saveButton->setDefault(true);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_defaults);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_saveButton);
    outer->addLayout(buttons);
    connect(m_defaults, &QPushButton::clicked, this, &SettingsPage::loadDefaults);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        loadStored();
        m_status->clear();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(&m_save, &QFutureWatcher<Result<ProgrammeSettings>>::finished, this, &SettingsPage::onSaved);
    connect(&m_reload, &QFutureWatcher<Result<ProgrammeSettings>>::finished, this, [this] {
        // Applied only if the operator has not started editing meanwhile.
        const Result<ProgrammeSettings> r = m_reload.result();
        // Not while a save is in flight, nor when a save was started after this reload: the
        // reload may have read the values from before it.
        if (r && !m_saving && edits().isEmpty() && m_savesAtReload == m_saves) {
            m_workspace.setProgramme(r.value());
            loadStored();
        }
    });
    loadStored();
}

SettingsPage::~SettingsPage()
{
    m_save.waitForFinished();
    m_reload.waitForFinished();
}

void SettingsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Another seat or prakerjactl may have changed them; unsaved edits stay.
    if (!m_saving && edits().isEmpty() && !m_reload.isRunning()) {
        Settings::instance().sync();
        loadStored();
        m_savesAtReload = m_saves;
        m_reload.setFuture(runJob<ProgrammeSettings>(
            m_workspace, [](Database& db, JobProgress&) { return ProgrammeSettings::load(db); }));
    }
}

QVariant SettingsPage::fieldValue(Key key) const
{
    if (key == Key::Language)
        return m_language->currentData();
    if (key == Key::WaveRequirePhoneVerified)
        return m_requirePhone->isChecked();
    if (key == Key::BudgetTotal) {
        const Result<QVariant> v = SettingsService::normalise(key, m_budgetTotal->text());
        return v ? *v : QVariant();
    }
    return static_cast<qint64>(m_spins.value(key)->value());
}

void SettingsPage::setField(Key key, const QVariant& value)
{
    if (key == Key::Language)
        m_language->setCurrentIndex(std::max(0, m_language->findData(value.toString())));
    else if (key == Key::WaveRequirePhoneVerified)
        m_requirePhone->setChecked(value.toBool());
    else if (key == Key::BudgetTotal)
        m_budgetTotal->setText(IndonesianFormat::number(value.toLongLong()));
    else
        m_spins.value(key)->setValue(value.toInt());
}

void SettingsPage::loadStored()
{
    for (Key key : SettingsService::editableKeys())
        setField(key, SettingsService::current(key, m_workspace.programme()));
    updateState();
}

void SettingsPage::loadDefaults()
{
    for (Key key : SettingsService::editableKeys())
        if (m_session.can(Permission::ManageSettings) || SettingsService::isPersonal(key))
            setField(key, Settings::defaultValue(key));
    m_status->setText(tr("Nilai bawaan diisi; tekan Simpan untuk memakainya."));
    updateState();
}

void SettingsPage::updateState()
{
    const Result<QVariant> total = SettingsService::normalise(Key::BudgetTotal, m_budgetTotal->text());
    m_budgetTotalError->setText(total ? QString() : total.error().message());
    m_budgetTotalError->setVisible(!total);
    const bool changed = !edits().isEmpty();
    const bool busy = m_saving;
    m_saveButton->setEnabled(changed && total.ok() && !busy);
    m_revert->setEnabled(changed && !busy);
}

QList<SettingsService::Change> SettingsPage::edits() const
{
    QList<SettingsService::Change> out;
    for (Key key : SettingsService::editableKeys()) {
        const QVariant stored = SettingsService::current(key, m_workspace.programme());
        const Result<QVariant> normalStored = SettingsService::normalise(key, stored);
        const QVariant now = fieldValue(key);
        if (!normalStored || now != *normalStored)
            out.append({key, stored, now});
    }
    return out;
}

void SettingsPage::save()
{
    // record() checks each change on the worker; a refusal comes back through onSaved().
    const QList<SettingsService::Change> changes = edits();
    if (changes.isEmpty())
        return;
    m_pending = changes;
    m_saving = true;
    m_status->setText(tr("Menyimpan…"));
    ++m_saves;
    m_save.setFuture(runJob<ProgrammeSettings>(m_workspace, [session = m_session, changes](Database& db, JobProgress&) {
        return SettingsService(db).record(session, changes);
    }));
    updateState();
}

void SettingsPage::onSaved()
{
    m_saving = false;
    const Result<ProgrammeSettings> stored = m_save.result();
    if (!stored) {
        m_status->setText(tr("Tidak tersimpan: %1").arg(stored.error().message()));
        updateState();
        return;
    }
    m_workspace.setProgramme(stored.value());
    bool language = false;
    for (const SettingsService::Change& c : m_pending) {
        const QVariant value = SettingsService::current(c.key, stored.value());
        if (Settings::isProgramme(c.key))
            Settings::instance().notifyApplied(c.key, value);
        else
            Settings::instance().setValue(c.key, c.to);
        language = language || c.key == Key::Language;
    }
    m_pending.clear();
    m_status->setText(language ? tr("Tersimpan dan tercatat di log audit. Bahasa berlaku saat konsol dibuka lagi.")
                               : tr("Tersimpan dan tercatat di log audit."));
    updateState();
}

} // namespace prakerja
