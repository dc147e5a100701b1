#pragma once
// The preview of a partner import: every row with its verdict (new, update, unchanged,
// rejected with the field and reason) and the totals, before anything is written.

#include "services/CatalogImportService.h"

#include <QDialog>

class QCheckBox;
class QTableWidget;

namespace prakerja {

class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(ImportPreviewDialog)
public:
    ImportPreviewDialog(const QString& path, const ImportPlan& plan, QWidget* parent = nullptr);
    bool allOrNothing() const;
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
    QCheckBox* m_allOrNothing = nullptr;
};

} // namespace prakerja
