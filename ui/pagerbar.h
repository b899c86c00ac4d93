// Paging controls under the table: page size, first/previous/next/last, go to
// page, and "41–60 of 1,234". The bar only shows and asks; whoever owns the
// rows (server or local proxy) applies the page.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace vias::ui {

class PagerBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagerBar)

public:
    explicit PagerBar(QWidget *parent = nullptr);

    static QList<int> pageSizes(); // 10, 20, 50, 100
    int pageSize() const;
    void setPageSize(int size);
    // page is 0-based; total is the number of rows over all pages; `suffix`
    // follows the range ("matching (5,000 loaded)").
    void setState(int page, int pageCount, qint64 firstRow, qint64 lastRow, qint64 total,
                  const QString &suffix = {});
    QString rangeText() const;

signals:
    void pageRequested(int page);
    void pageSizeChanged(int size);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    int m_page = 0;
    int m_pageCount = 1;
    QComboBox *m_size;
    QToolButton *m_first;
    QToolButton *m_prev;
    QSpinBox *m_pageBox;
    QLabel *m_pageTotal;
    QToolButton *m_next;
    QToolButton *m_last;
    QLabel *m_range;
    QLabel *m_pageLabel;
};

} // namespace vias::ui
