#include "responsivepreviewwidget.h"

#include <QEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace openmayor {

namespace {
constexpr int gap = 24;
constexpr int margin = 12;
} // namespace

class ResponsivePreviewWidget::Canvas : public QWidget
{
public:
    explicit Canvas(ResponsivePreviewWidget* owner) : QWidget(owner), m_owner(owner) {}

    int labelHeight() const { return fontMetrics().height() + 8; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().window());
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const double scale = m_owner->scale();
        int x = margin;
        for (const Rendering& r : m_owner->renderings()) {
            const int w = int(r.width * scale);
            const int h = int(r.image.height() * scale);
            painter.setPen(palette().windowText().color());
            painter.drawText(QRect(x, margin, w, labelHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                             labelFor(r.width));
            const QRect target(x, margin + labelHeight(), w, h);
            painter.drawImage(target, r.image);
            painter.setPen(palette().mid().color());
            painter.drawRect(target.adjusted(-1, -1, 0, 0));
            x += w + gap;
        }
    }

private:
    ResponsivePreviewWidget* m_owner;
};

ResponsivePreviewWidget::ResponsivePreviewWidget(QWidget* parent)
    : QWidget(parent), m_scroll(new QScrollArea(this)), m_canvas(new Canvas(this))
{
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    setAccessibleName(tr("Portal preview at phone, tablet and PC widths"));
}

QString ResponsivePreviewWidget::labelFor(int width)
{
    if (width < 600)
        return tr("Phone · %1 px").arg(width);
    if (width < 1024)
        return tr("Tablet · %1 px").arg(width);
    return tr("PC · %1 px").arg(width);
}

void ResponsivePreviewWidget::setRenderings(const QList<Rendering>& renderings)
{
    m_renderings = renderings;
    relayout();
}

void ResponsivePreviewWidget::relayout()
{
    int total = 0;
    int tallest = 0;
    for (const Rendering& r : std::as_const(m_renderings)) {
        total += r.width;
        tallest = std::max(tallest, r.image.height());
    }
    const int available = m_scroll->viewport()->width() -
                          m_scroll->verticalScrollBar()->sizeHint().width() - 2 * margin -
                          gap * std::max<int>(0, int(m_renderings.size()) - 1);
    m_scale = total > 0 ? std::clamp(double(available) / total, 0.05, 1.0) : 1.0;
    m_canvas->resize(std::max(1, m_scroll->viewport()->width()),
                     int(tallest * m_scale) + m_canvas->labelHeight() + 2 * margin);
    m_canvas->update();
}

void ResponsivePreviewWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void ResponsivePreviewWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_canvas->update();
    QWidget::changeEvent(event);
}

} // namespace openmayor
