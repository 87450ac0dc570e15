#pragma once

#include <QImage>
#include <QList>
#include <QWidget>

class QScrollArea;

namespace openmayor {

// The portal renderings of one item side by side (phone, tablet, PC), each scaled by the
// same factor so that together they fit the widget's width, with its width labelled.
class ResponsivePreviewWidget : public QWidget
{
    Q_OBJECT
public:
    struct Rendering
    {
        int width = 0; // the viewport width it was rendered at
        QImage image;
    };

    explicit ResponsivePreviewWidget(QWidget* parent = nullptr);

    void setRenderings(const QList<Rendering>& renderings);
    const QList<Rendering>& renderings() const { return m_renderings; }
    // The factor the renderings are drawn at (1 = 100 %).
    double scale() const { return m_scale; }
    // "Phone · 360 px" and so on.
    static QString labelFor(int width);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    class Canvas;
    void relayout();

    QList<Rendering> m_renderings;
    double m_scale = 1.0;
    QScrollArea* m_scroll;
    Canvas* m_canvas;
};

} // namespace openmayor
