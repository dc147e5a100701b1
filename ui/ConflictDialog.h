#pragma once
// Shown when a save meets a newer version: both versions field by field (the operator's and
// the stored one, with who saved it and when), and the choice between saving one's own over
// it or taking the stored one. Nothing is lost silently.

#include "domain/Training.h"

#include <QDialog>

class QTableWidget;

namespace prakerja {

class ConflictDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(ConflictDialog)
public:
    enum Choice { KeepMine = 1, TakeTheirs = 2 };
    ConflictDialog(const Training& mine, const Training& stored, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace prakerja
