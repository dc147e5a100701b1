#include "StageTile.h"

#include "domain/IndonesianFormat.h"

#include <QLabel>
#include <QVBoxLayout>

namespace prakerja {

StageTile::StageTile(EventType stage, QWidget* parent) : QFrame(parent), m_stage(stage)
{
    setObjectName(QStringLiteral("tile_%1").arg(eventName(stage)));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("prakerja--StageTile { background: #f4f7fb; border: 1px solid #c9d6e8;"
                                 " border-radius: 6px; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    auto* title = new QLabel(stageLabel(stage), this);
    title->setStyleSheet(QStringLiteral("color: #1f3a5f; font-weight: bold;"));
    m_count = new QLabel(QStringLiteral("0"), this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: bold; color: #10243d;"));
    m_shares = new QLabel(this);
    m_shares->setObjectName(QStringLiteral("shares"));
    m_shares->setWordWrap(true);
    m_shares->setStyleSheet(QStringLiteral("color: #33475b;"));
    m_delta = new QLabel(this);
    m_delta->setObjectName(QStringLiteral("delta"));
    m_delta->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    layout->addWidget(title);
    layout->addWidget(m_count);
    layout->addWidget(m_shares);
    layout->addWidget(m_delta);
    setAccessibleName(stageLabel(stage));
}

void StageTile::setRow(const FunnelReport::StageRow& row)
{
    m_count->setText(IndonesianFormat::number(row.count));
    if (row.stage == EventType::Registered)
        m_shares->setText(tr("100 % · tahap pertama"));
    else
        m_shares->setText(
            tr("%1 dari pendaftar · %2 dari tahap sebelumnya")
                .arg(IndonesianFormat::percent(row.shareOfRegistered), IndonesianFormat::percent(row.shareOfPrevious)));
    m_delta->setText(tr("+%1 pada menit terakhir").arg(IndonesianFormat::number(row.lastMinute)));
    setToolTip(tr("%1: %2 · %3").arg(stageLabel(m_stage), m_count->text(), m_shares->text()));
}

QString StageTile::countText() const
{
    return m_count->text();
}

QString StageTile::sharesText() const
{
    return m_shares->text();
}

QString StageTile::deltaText() const
{
    return m_delta->text();
}

} // namespace prakerja
