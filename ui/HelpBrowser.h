#pragma once
// Help › Manual and F1: the manual's page for the page on screen (docs/manual/<id|en>/<page>.md,
// shown as markdown with its screenshots), in a window of its own beside the console. The manual is
// found under PRAKERJA_MANUAL_DIR, else the install prefix (share/prakerja-console/manual beside
// bin/), else the source tree the console was built from.

#include <QDialog>
#include <QString>

class QTextBrowser;

namespace prakerja {

class HelpBrowser : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(HelpBrowser)
public:
    explicit HelpBrowser(QWidget* parent = nullptr);

    // The manual's folder ("" when none is found), and the language folder the interface uses.
    static QString manualDirectory();
    static QString language();
    // Shows docs/manual/<language>/<page>.md; the index (README.md) when the page has none.
    void showPage(const QString& page);
    QString currentFile() const { return m_file; }

private:
    QTextBrowser* m_text;
    QString m_file;
};

} // namespace prakerja
