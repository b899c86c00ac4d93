// The filter bar above the table: free text (debounced), a state
// multi-select with counts, a created-date range, edge pool, input type and
// "has warnings". It edits a TaskFilter; it never filters itself. In server
// paging mode it says which filters the server applies and which only narrow
// the loaded page.
#pragma once

#include "models/taskfilter.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QToolButton;

namespace vias::ui {

class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);

    TaskFilter filter() const;
    void setFilter(const TaskFilter &filter); // emits filterChanged once
    void clear();
    void focusText();

    // Per state code: how many tasks each state would show.
    void setStateCounts(const QHash<QString, int> &counts);
    void setEdgePools(const QStringList &pools);
    // Aggregated view: the projects (source order) for the "Project" filter;
    // empty hides it (one project).
    void setProjects(const QStringList &names);
    // Server paging: the text filter means "name contains" and goes to the server.
    void setServerMode(bool server);
    bool isServerMode() const { return m_serverMode; }

    static constexpr int kDebounceMs = 200;

signals:
    void filterChanged(const vias::TaskFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void emitNow();
    void updateStateButton();
    void retranslate();
    void fillStates();

    bool m_serverMode = false;
    bool m_blockEmit = false;
    QHash<QString, int> m_stateCounts;
    QTimer m_debounce;
    QLineEdit *m_text;
    QToolButton *m_states;
    QListWidget *m_stateList;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_project;
    QComboBox *m_pool;
    QComboBox *m_input;
    QCheckBox *m_warnings;
    QToolButton *m_clear;
    QLabel *m_scope;
};

} // namespace vias::ui
