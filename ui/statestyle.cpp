#include "ui/statestyle.h"

namespace vias::ui {

QColor stateColor(TaskState state)
{
    switch (state) {
    case TaskState::Running:
        return QColor(0x2e, 0x7d, 0x32);
    case TaskState::Succeeded:
        return QColor(0x00, 0x79, 0x6b);
    case TaskState::Pending:
    case TaskState::Scheduling:
        return QColor(0x54, 0x6e, 0x7a);
    case TaskState::Starting:
    case TaskState::Recovering:
    case TaskState::Upgrading:
        return QColor(0x15, 0x65, 0xc0);
    case TaskState::Stopping:
    case TaskState::Stopped:
    case TaskState::Deleting:
        return QColor(0x75, 0x75, 0x75);
    case TaskState::Abnormal:
    case TaskState::LackOfResources:
        return QColor(0xef, 0x6c, 0x00);
    case TaskState::CreateFailed:
    case TaskState::StartFailed:
    case TaskState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case TaskState::Freezing:
    case TaskState::Frozen:
        return QColor(0x6a, 0x1b, 0x9a);
    case TaskState::Unknown:
    case TaskState::Count_:
        break;
    }
    return QColor(0x8d, 0x6e, 0x63);
}

QColor stateTextColor(TaskState state)
{
    Q_UNUSED(state)
    return QColor(Qt::white); // every badge colour above is dark enough for white text
}

QColor seriesColor(int n)
{
    // Tableau 10: distinct in light and dark palettes.
    static const QColor colors[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                    QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2),
                                    QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                    QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7),
                                    QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac)};
    return colors[std::abs(n) % int(std::size(colors))];
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

} // namespace vias::ui
