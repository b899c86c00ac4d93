#include "ui/statedelegate.h"

#include "models/tasktablemodel.h"
#include "ui/statestyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace vias::ui {

StateDelegate::StateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void StateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // selection background

    const auto state = static_cast<TaskState>(index.data(TaskTableModel::StateRole).toInt());
    const QFontMetrics fm(opt.font);
    const int padX = fm.height() / 2;
    const int h = fm.height() + 2;
    const int w = std::min(fm.horizontalAdvance(text) + 2 * padX + 2, option.rect.width() - 6);
    const QRect badge(option.rect.left() + 4, option.rect.center().y() - h / 2, w, h);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, h / 2.0, h / 2.0);
    painter->fillPath(path, stateColor(state));
    if (state == TaskState::Unknown) { // an undocumented state: dashed outline
        painter->setPen(QPen(Qt::white, 1, Qt::DashLine));
        painter->drawPath(path);
    }
    painter->setPen(stateTextColor(state));
    painter->drawText(badge, Qt::AlignCenter,
                      fm.elidedText(text, Qt::ElideRight, badge.width() - 2 * padX + 2));
    painter->restore();
}

QSize StateDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setWidth(size.width() + fm.height() + 8);
    size.setHeight(std::max(size.height(), fm.height() + 6));
    return size;
}

} // namespace vias::ui
