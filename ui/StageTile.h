#pragma once
// One stage of the funnel as a tile: the count, its share of registrations and of the previous
// stage (Indonesian format), and what the last feed minute added.

#include "engine/FunnelReport.h"

#include <QFrame>

class QLabel;

namespace prakerja {

class StageTile : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY(StageTile)
public:
    // objectName "tile_<event name>"; its labels are "count", "shares" and "delta".
    explicit StageTile(EventType stage, QWidget* parent = nullptr);

    void setRow(const FunnelReport::StageRow& row);
    QString countText() const;
    QString sharesText() const;
    QString deltaText() const;

private:
    EventType m_stage;
    QLabel* m_count = nullptr;
    QLabel* m_shares = nullptr;
    QLabel* m_delta = nullptr;
};

} // namespace prakerja
