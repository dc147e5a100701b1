#include "PlatformDialog.h"

#include "PageWidgets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace prakerja {

PlatformDialog::PlatformDialog(const Platform& platform, QWidget* parent)
    : QDialog(parent), m_platform(platform), m_isNew(platform.code.isEmpty())
{
    setObjectName(QStringLiteral("platformDialog"));
    setWindowTitle(m_isNew ? tr("Tambah platform mitra") : tr("Ubah platform %1").arg(platform.name));
    auto* form = new QFormLayout(this);
    auto add = [this, form](const QString& label, QWidget* field, const char* key) {
        auto* box = new QWidget(this);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(field);
        QLabel* error = PageWidgets::errorLabel(box, QByteArray(QByteArray("platformError_") + key).constData());
        v->addWidget(error);
        m_errors.insert(QString::fromLatin1(key), error);
        form->addRow(label, box);
    };
    auto line = [this](const QString& text, const char* name) {
        auto* e = new QLineEdit(text, this);
        e->setObjectName(QLatin1StringView(name));
        connect(e, &QLineEdit::textChanged, this, &PlatformDialog::check);
        return e;
    };
    m_code = line(platform.code, "platformCode");
    m_code->setEnabled(m_isNew);
    add(tr("Kode"), m_code, "code");
    m_name = line(platform.name, "platformName");
    add(tr("Nama"), m_name, "name");
    m_website = line(platform.website, "platformWebsite");
    add(tr("Situs web"), m_website, "website");
    m_contactName = line(platform.contactName, "platformContactName");
    add(tr("Narahubung"), m_contactName, "contact_name");
    m_contactEmail = line(platform.contactEmail, "platformContactEmail");
    add(tr("Email narahubung"), m_contactEmail, "contact_email");
    m_start = line(platform.agreementStart, "platformStart");
    m_start->setPlaceholderText(tr("TTTT-BB-HH"));
    add(tr("Perjanjian mulai"), m_start, "agreement_start");
    m_end = line(platform.agreementEnd, "platformEnd");
    m_end->setPlaceholderText(tr("TTTT-BB-HH"));
    add(tr("Perjanjian berakhir"), m_end, "agreement_end");
    m_commission
        = line(m_isNew ? QString()
                       : PlatformRules::commissionText(platform.commissionBasisPoints).remove(QStringLiteral(" %")),
               "platformCommission");
    m_commission->setPlaceholderText(tr("persen, mis. 12,5"));
    add(tr("Komisi (%)"), m_commission, "commission");
    m_notes = new QPlainTextEdit(platform.notes, this);
    m_notes->setObjectName(QStringLiteral("platformNotes"));
    m_notes->setMaximumHeight(80);
    form->addRow(tr("Catatan"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Save);
    m_ok->setText(tr("&Simpan"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Batal"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (check())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    check();
    resize(520, sizeHint().height());
}

Platform PlatformDialog::platform() const
{
    Platform p = m_platform;
    p.code = m_code->text().trimmed().toUpper();
    p.name = m_name->text().trimmed();
    p.website = m_website->text().trimmed();
    p.contactName = m_contactName->text().trimmed();
    p.contactEmail = m_contactEmail->text().trimmed();
    p.agreementStart = m_start->text().trimmed();
    p.agreementEnd = m_end->text().trimmed();
    p.commissionBasisPoints = m_commission->text().trimmed().isEmpty()
        ? 0
        : PlatformRules::parseCommission(m_commission->text()).value_or(-1);
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

bool PlatformDialog::check()
{
    for (QLabel* l : std::as_const(m_errors))
        l->hide();
    const QList<FieldProblem> problems = PlatformRules::validate(platform());
    for (const FieldProblem& p : problems) {
        if (QLabel* label = m_errors.value(p.field); label && !label->isVisible()) {
            QString message = p.error.message();
            if (message.startsWith(p.field + QStringLiteral(": ")))
                message = message.mid(p.field.size() + 2);
            label->setText(message);
            label->show();
        }
    }
    m_ok->setEnabled(problems.isEmpty());
    return problems.isEmpty();
}

} // namespace prakerja
