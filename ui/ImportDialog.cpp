#include "ImportDialog.h"

#include "ConfirmDialog.h"
#include "Theme.h"
#include "domain/IndonesianFormat.h"
#include "domain/Stage.h"
#include "services/IngestJob.h"
#include "services/ReferenceService.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <memory>

namespace prakerja {

namespace {
// The rejects shown are capped; the counts are not.
constexpr int kMaxRejectRows = 10'000;
} // namespace

ImportDialog::ImportDialog(Workspace& workspace, const Session& session, QWidget* parent)
    : QDialog(parent), m_paths(workspace.paths()), m_keys(workspace.keys()), m_session(session)
{
    setWindowTitle(tr("Impor data"));
    m_job = new IngestJob(workspace.paths(), workspace.keys(), session, this);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("Feed pendaftaran (JSON Lines)"));
    for (ReferenceList list :
         {ReferenceList::Dapodik, ReferenceList::Dtks, ReferenceList::Kemnaker, ReferenceList::Exclusion})
        m_kind->addItem(tr("Daftar NIK %1").arg(referenceListName(list)), static_cast<int>(list));
    form->addRow(tr("Jenis"), m_kind);
    m_form = form;
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("importSource"));
    m_source->setPlaceholderText(tr("Siapa yang mengumpulkan daftar ini, mis. Disnaker Kota Bandung"));
    m_source->setMaxLength(ReferenceService::kMaxSource);
    form->addRow(tr("Sumber daftar"), m_source);
    form->setRowVisible(m_source, false);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_form->setRowVisible(m_source, m_kind->currentData().toInt() == static_cast<int>(ReferenceList::Kemnaker));
    });
    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    auto* browse = new QPushButton(tr("Pilih…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("Berkas"), pathRow);
    m_pathError = new QLabel(this);
    Theme::setRole(m_pathError, "error");
    m_pathError->hide();
    form->addRow(QString(), m_pathError);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    layout->addWidget(m_counts);
    m_rejects = new QTableWidget(0, 3, this);
    m_rejects->setObjectName(QStringLiteral("importRejects"));
    m_rejects->setHorizontalHeaderLabels({tr("Baris"), tr("Kode"), tr("Alasan")});
    m_rejects->horizontalHeader()->setStretchLastSection(true);
    m_rejects->verticalHeader()->hide();
    m_rejects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_rejects, 1);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Simpan laporan penolakan…"), this);
    m_save->setEnabled(false);
    m_undo = new QPushButton(tr("Hapus impor ini…"), this);
    m_undo->setObjectName(QStringLiteral("importUndo"));
    m_undo->setToolTip(tr("Mengembalikan daftar NIK seperti sebelum impor ini, juga data undian pendaftar"));
    m_undo->hide();
    m_start = new QPushButton(tr("Mulai impor"), this);
    m_start->setObjectName(QStringLiteral("importStart"));
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Tutup"), this);
    buttons->addWidget(m_save);
    buttons->addWidget(m_undo);
    buttons->addStretch();
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    resize(760, 520);

    m_poll = new QTimer(this);
    m_poll->setInterval(200);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_fileSize > 0)
            m_progress->setValue(static_cast<int>(std::min<qint64>(1000, m_job->bytesRead() * 1000 / m_fileSize)));
    });
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_start, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ImportDialog::saveReport);
    connect(m_undo, &QPushButton::clicked, this, &ImportDialog::removeLastImport);
    connect(m_job, &IngestJob::progress, this, &ImportDialog::showCounts);
    connect(m_job, &IngestJob::rejected, this, [this](qint64 line, const QString& code, const QString& message) {
        ++m_rejectCount;
        if (m_rejects->rowCount() >= kMaxRejectRows)
            return;
        const int row = m_rejects->rowCount();
        m_rejects->insertRow(row);
        m_rejects->setItem(row, 0, new QTableWidgetItem(QString::number(line)));
        m_rejects->setItem(row, 1, new QTableWidgetItem(code));
        m_rejects->setItem(row, 2, new QTableWidgetItem(message));
    });
    connect(m_job, &IngestJob::finished, this, &ImportDialog::onFinished);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isRunning() const
{
    return m_counting || m_job->isRunning();
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Pilih berkas"), QString(),
                                                      tr("Data (*.jsonl *.json *.csv *.txt);;Semua berkas (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportDialog::startImport(const QString& path, int kindIndex)
{
    m_kind->setCurrentIndex(kindIndex);
    m_path->setText(path);
    start();
}

void ImportDialog::start()
{
    const QString path = m_path->text().trimmed();
    const QFileInfo info(path);
    m_pathError->hide();
    if (path.isEmpty() || !info.isFile() || !info.isReadable()) {
        m_pathError->setText(tr("Pilih berkas yang ada dan dapat dibaca"));
        m_pathError->show();
        return;
    }
    const bool kemnaker = m_kind->currentData().toInt() == static_cast<int>(ReferenceList::Kemnaker);
    if (kemnaker)
        if (const Status s = ReferenceService::validSource(m_source->text()); !s) {
            m_pathError->setText(s.error().message());
            m_pathError->show();
            m_source->setFocus();
            return;
        }
    if (m_kind->currentIndex() != 0) {
        // Count the list's NIKs off the GUI thread; the import starts once the operator confirms.
        m_counting = true;
        m_start->setEnabled(false);
        m_counts->setText(tr("Menghitung NIK dalam berkas…"));
        auto* watcher = new QFutureWatcher<qint64>(this);
        connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, path] {
            watcher->deleteLater();
            m_counting = false;
            m_start->setEnabled(true);
            confirmReference(path, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([path]() -> qint64 {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return 0;
            qint64 lines = 0;
            bool first = true;
            while (!file.atEnd()) {
                const QByteArray line = file.readLine().trimmed();
                if (first && line.toLower().split(',').contains("nik")) { // a CSV header
                    first = false;
                    continue;
                }
                first = false;
                lines += line.isEmpty() ? 0 : 1;
            }
            return lines;
        }));
        return;
    }
    run(path);
}

void ImportDialog::confirmReference(const QString& path, qint64 niks)
{
    ConfirmDialog::Request r;
    r.title = tr("Impor daftar NIK?");
    r.text = tr("<b>%1</b><br>Berkas: %2<br><b>%3</b> baris NIK akan diperiksa dan ditambahkan ke daftar; NIK yang "
                "sudah ada dilewati. Daftar ini ikut menentukan kelayakan dan prioritas undian berikutnya.<br><br>"
                "Impor dapat diambil kembali dengan «Hapus impor ini».")
                 .arg(m_kind->currentText().toHtmlEscaped(), QFileInfo(path).fileName().toHtmlEscaped(),
                      IndonesianFormat::number(niks));
    if (m_form->isRowVisible(m_source))
        r.text += u"<br><br>" + tr("Sumber: %1").arg(m_source->text().simplified().toHtmlEscaped());
    r.confirmLabel = tr("Impor");
    if (!ConfirmDialog::ask(this, r)) {
        m_counts->setText(tr("Impor dibatalkan; tidak ada yang ditulis."));
        return;
    }
    run(path);
}

void ImportDialog::run(const QString& path)
{
    const QFileInfo info(path);
    m_undo->hide();
    m_removing = false;
    m_rejects->setRowCount(0);
    m_rejectCount = 0;
    m_fileSize = m_kind->currentIndex() == 0 ? info.size() : 0;
    m_progress->setRange(0, m_fileSize > 0 ? 1000 : 0); // a busy bar for reference lists
    m_progress->setValue(0);
    m_counts->setText(tr("Mengimpor…"));
    m_start->setEnabled(false);
    m_kind->setEnabled(false);
    m_path->setEnabled(false);
    m_source->setEnabled(false);
    m_cancel->setText(tr("Batal"));
    const bool feed = m_kind->currentIndex() == 0;
    const auto list = static_cast<ReferenceList>(m_kind->currentData().toInt());
    const QString source = !feed && list == ReferenceList::Kemnaker ? m_source->text().simplified() : QString();
    m_job->start([path, feed, list, source, paths = m_paths, keys = m_keys,
                  session = m_session](FeedService& service, const FeedService::Sinks& sinks) -> Result<IngestSummary> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("input"), Error::tr("Berkas tidak dapat dibuka: %1").arg(path));
        if (feed)
            return service.ingest(file, sinks);
        Result<IngestSummary> result = service.importReference(list, file, sinks);
        if (result && result->importId > 0 && !source.isEmpty()) {
            // Who collected the list, kept with the import's entries (its own connection: this
            // worker's FeedService keeps its connection to itself).
            auto db = Database::open(paths.database, keys, Database::OpenMode::MustExist);
            if (!db)
                return db.error();
            if (const Status s = ReferenceService(*db.value(), session).recordSource(result->importId, source); !s)
                return s.error();
        }
        return result;
    });
    m_poll->start();
}

void ImportDialog::showCounts(const IngestSummary& s)
{
    m_counts->setText(tr("Diterima %1 · duplikat %2 · ditolak %3")
                          .arg(IndonesianFormat::number(s.accepted), IndonesianFormat::number(s.duplicates),
                               IndonesianFormat::number(s.rejected)));
}

void ImportDialog::onFinished(bool ok, const IngestSummary& summary, const QString& message)
{
    m_poll->stop();
    m_progress->setRange(0, 1000);
    m_progress->setValue(ok && !summary.cancelled ? 1000 : m_progress->value());
    m_start->setEnabled(true);
    m_kind->setEnabled(true);
    m_path->setEnabled(true);
    m_source->setEnabled(true);
    m_cancel->setText(tr("Tutup"));
    m_save->setEnabled(m_rejectCount > 0);
    if (!ok) {
        m_counts->setText(tr("Impor gagal: %1").arg(message));
        return;
    }
    if (m_removing) {
        m_removing = false;
        m_lastImport = 0;
        m_counts->setText(tr("Impor %1 dihapus: %2 NIK keluar dari daftar; daftar kembali seperti sebelumnya.")
                              .arg(summary.importId)
                              .arg(IndonesianFormat::number(summary.accepted)));
        return;
    }
    m_lastImport = summary.importId;
    m_undo->setVisible(m_lastImport > 0);
    showCounts(summary);
    if (summary.cancelled)
        m_counts->setText(m_counts->text()
                          + tr(" — dibatalkan; batch yang sudah tersimpan tetap ada, impor ulang "
                               "akan melewatinya"));
    if (m_rejectCount > kMaxRejectRows)
        m_counts->setText(m_counts->text() + tr(" (menampilkan %1 penolakan pertama)").arg(kMaxRejectRows));
}

void ImportDialog::removeLastImport()
{
    if (m_lastImport <= 0 || m_job->isRunning())
        return;
    ConfirmDialog::Request r;
    r.title = tr("Hapus impor %1?").arg(m_lastImport);
    r.text = tr("NIK yang ditambahkan impor ini (%1, berkas %2) keluar dari daftar, dan data undian pendaftar "
                "kembali seperti sebelum impor. NIK dari impor lain tetap ada. Tercatat di log audit.")
                 .arg(m_kind->currentText().toHtmlEscaped(), QFileInfo(m_path->text()).fileName().toHtmlEscaped());
    r.confirmLabel = tr("Hapus impor");
    if (!ConfirmDialog::ask(this, r))
        return;
    m_removing = true;
    m_undo->hide();
    m_start->setEnabled(false);
    m_counts->setText(tr("Menghapus impor…"));
    const qint64 id = m_lastImport;
    m_job->start([id](FeedService& service, const FeedService::Sinks&) { return service.removeReferenceImport(id); });
}

void ImportDialog::saveReport()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Simpan laporan penolakan"), QStringLiteral("rejects.txt"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        QMessageBox::warning(this, windowTitle(), file.errorString());
        return;
    }
    QTextStream out(&file);
    for (int row = 0; row < m_rejects->rowCount(); ++row)
        out << "line " << m_rejects->item(row, 0)->text() << ": " << m_rejects->item(row, 1)->text() << ": "
            << m_rejects->item(row, 2)->text() << '\n';
}

void ImportDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel(); // finished() arrives after the current batch
        m_counts->setText(tr("Membatalkan setelah batch ini…"));
        return;
    }
    QDialog::reject();
}

} // namespace prakerja
