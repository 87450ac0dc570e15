#include "pledgeplanpage.h"

#include "commands/pledgeeditsink.h"

#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace openmayor {

namespace {

// The body of QTextEdit's full document: the full one carries a style header per save.
QString bodyHtml(const QTextEdit* editor)
{
    QString html = editor->toHtml();
    const qsizetype start = html.indexOf(QStringLiteral("<body"));
    const qsizetype open = start < 0 ? -1 : html.indexOf(u'>', start);
    const qsizetype end = html.lastIndexOf(QStringLiteral("</body>"));
    if (open >= 0 && end > open)
        html = html.mid(open + 1, end - open - 1).trimmed();
    return html;
}

} // namespace

PledgePlanPage::PledgePlanPage(PledgeEditSink* sink, QWidget* parent)
    : QWidget(parent), m_sink(sink), m_editor(new QTextEdit(this)), m_idle(new QTimer(this))
{
    m_editor->setAcceptRichText(true);
    m_editor->setAccessibleName(tr("Plan"));
    m_idle->setSingleShot(true);
    m_idle->setInterval(800);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    connect(m_editor, &QTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            m_idle->start();
    });
    connect(m_idle, &QTimer::timeout, this, &PledgePlanPage::flush);
}

void PledgePlanPage::refresh()
{
    m_refreshing = true;
    // Reloading what the editor itself just stored would reset the cursor mid-typing.
    if (m_sink->pledge().planHtml != m_shownHtml) {
        m_idle->stop();
        m_shownHtml = m_sink->pledge().planHtml;
        m_editor->setHtml(m_shownHtml);
        m_editorHtml = bodyHtml(m_editor);
    }
    setEnabled(!m_sink->pledge().id.isEmpty());
    m_refreshing = false;
}

void PledgePlanPage::flush()
{
    m_idle->stop();
    if (m_sink->pledge().id.isEmpty())
        return;
    const QString html = bodyHtml(m_editor);
    // unchanged since shown: flushing (on leaving the page, opening a menu) is not an edit
    if (html == m_editorHtml || html == m_sink->pledge().planHtml)
        return;
    Pledge after = m_sink->pledge();
    after.planHtml = html;
    m_shownHtml = html;
    m_editorHtml = html;
    const Status applied = m_sink->applyEdit(after, tr("Edit the plan"), QStringLiteral("plan"));
    if (!applied) {
        m_shownHtml.clear();
        m_editorHtml.clear();
        emit editRefused(applied.error().message);
    }
}

} // namespace openmayor
