#pragma once

#include <QWidget>

class QTextEdit;
class QTimer;

namespace openmayor {

class PledgeEditSink;

// The plan (추진계획) as rich text. Typing is committed after a short pause, as one undo
// step per burst of typing.
class PledgePlanPage : public QWidget
{
    Q_OBJECT
public:
    PledgePlanPage(PledgeEditSink* sink, QWidget* parent = nullptr);

    void refresh();
    // Commits pending typing now (before the card changes or the window closes).
    void flush();

signals:
    void editRefused(const QString& message);

private:
    PledgeEditSink* m_sink;
    QTextEdit* m_editor;
    QTimer* m_idle;
    QString m_shownHtml; // the stored plan the editor shows (or just committed)
    // The editor's own body HTML of what it shows: QTextEdit normalizes the stored HTML, so
    // only a difference from this is an edit of the user's.
    QString m_editorHtml;
    bool m_refreshing = false;
};

} // namespace openmayor
