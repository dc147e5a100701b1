#include "StageTile.h"
#include "Theme.h"

#include "domain/IndonesianFormat.h"

#include <QLabel>
#include <QVBoxLayout>

namespace prakerja {

StageTile::StageTile(EventType stage, QWidget* parent) : QFrame(parent), m_stage(stage)
{
    setObjectName(QStringLiteral("tile_%1").arg(eventName(stage)));
    setFrameShape(QFrame::StyledPanel);
    Theme::setRole(this, "panel");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    auto* title = new QLabel(stageLabel(stage), this);
    Theme::setRole(title, "panelTitle");
    m_count = new QLabel(QStringLiteral("0"), this);
    m_count->setObjectName(QStringLiteral("count"));
    Theme::setRole(m_count, "tileCount");
    m_shares = new QLabel(this);
    m_shares->setObjectName(QStringLiteral("shares"));
    m_shares->setWordWrap(true);
    Theme::setRole(m_shares, "caption");
    m_delta = new QLabel(this);
    m_delta->setObjectName(QStringLiteral("delta"));
    Theme::setRole(m_delta, "delta");
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
