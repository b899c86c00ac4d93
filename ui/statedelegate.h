// Paints the state column as a coloured badge with the localised state name.
#pragma once

#include <QStyledItemDelegate>

namespace vias::ui {

class StateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateDelegate)

public:
    explicit StateDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace vias::ui
