#include "HelpBrowser.h"

#include "domain/Language.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace prakerja {

HelpBrowser::HelpBrowser(QWidget* parent) : QDialog(parent), m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("Panduan"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_text->setObjectName(QStringLiteral("helpText"));
    m_text->setOpenExternalLinks(true);
    m_text->setAccessibleName(tr("Panduan"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* back = buttons->addButton(tr("Kembali"), QDialogButtonBox::ActionRole);
    connect(back, &QPushButton::clicked, m_text, &QTextBrowser::backward);
    connect(m_text, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    back->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(820, 640);
}

QString HelpBrowser::manualDirectory()
{
    QStringList candidates;
    if (const QString env = qEnvironmentVariable("PRAKERJA_MANUAL_DIR"); !env.isEmpty())
        candidates << env;
    candidates << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/prakerja-console/manual");
#ifdef PRAKERJA_SOURCE_MANUAL
    candidates << QStringLiteral(PRAKERJA_SOURCE_MANUAL);
#endif
    for (const QString& c : std::as_const(candidates))
        if (QFileInfo::exists(c + QStringLiteral("/id/README.md")))
            return QDir::cleanPath(c);
    return {};
}

QString HelpBrowser::language()
{
    return Language::english() ? QStringLiteral("en") : QStringLiteral("id");
}

void HelpBrowser::showPage(const QString& page)
{
    const QString root = manualDirectory();
    if (root.isEmpty()) {
        m_file.clear();
        m_text->setMarkdown(tr("Panduan tidak ditemukan. Pasang paket prakerja-console, atau setel "
                               "PRAKERJA_MANUAL_DIR ke folder docs/manual."));
        return;
    }
    const QString folder = root + u'/' + language() + u'/';
    m_file = folder + page + QStringLiteral(".md");
    if (!QFileInfo::exists(m_file))
        m_file = folder + QStringLiteral("README.md");
    m_text->setSearchPaths({folder});
    m_text->setSource(QUrl::fromLocalFile(m_file), QTextDocument::MarkdownResource);
}

} // namespace prakerja
