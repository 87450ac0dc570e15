#include "contentworkflow.h"

#include "common/changenotifier.h"
#include "common/clock.h"
#include "common/ids.h"
#include "contentitemrepository.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

namespace openmayor {

ContentWorkflow::ContentWorkflow(Database database, ChangeNotifier* notifier)
    : m_database(std::move(database)), m_notifier(notifier)
{}

Result<ContentWorkflow::Outcome> ContentWorkflow::transition(ContentType type, const QString& id,
                                                             WorkflowState to, const QString& who,
                                                             const QDateTime& now,
                                                             QList<PublishFinding>* refusedFindings)
{
    const QString table = tableOf(type);
    if (table.isEmpty())
        return Error(Error::Kind::Usage,
                     QCoreApplication::translate("openmayor::ContentWorkflow",
                                                 "This kind of item has no workflow here."));
    // Stored date-times are Korean wall-clock times without a zone.
    const QDateTime seoul = Clock::now().toTimeZone(QTimeZone("Asia/Seoul"));
    const QDateTime localNow = now.isValid() ? now : QDateTime(seoul.date(), seoul.time());
    Outcome outcome;
    outcome.state = to;
    const QString stamp = Clock::nowIso();
    const Status moved = m_database.transaction([&](QSqlDatabase& db) -> Status {
        auto item = contentrows::load(db, type, id);
        if (!item)
            return item.error();
        const WorkflowState from = metaOf(*item).workflow;
        if (!isTransitionAllowed(from, to))
            return Error(Error::Kind::Invalid,
                         QCoreApplication::translate("openmayor::ContentWorkflow",
                                                     "An item that is \"%1\" cannot become "
                                                     "\"%2\".")
                             .arg(labelOf(from), labelOf(to)));
        if (to == WorkflowState::Published) {
            const QList<PublishFinding> findings = checkBeforePublishing(*item, localNow);
            if (PublishChecker::hasBlocking(findings)) {
                if (refusedFindings)
                    *refusedFindings = findings;
                for (const PublishFinding& finding : findings)
                    if (finding.severity == PublishFinding::Severity::Blocking)
                        return Error(Error::Kind::Invalid, finding.message);
            }
            outcome.findings = findings;
        }
        const QVariant publishAt = to == WorkflowState::Published
                                       ? QVariant(stamp)
                                       : QVariant(QMetaType(QMetaType::QString));
        if (Status s = exec(db,
                            QStringLiteral("UPDATE ") + table +
                                QStringLiteral(" SET workflow_state = ?, publish_at = "
                                               "coalesce(?, publish_at), updated_at = ?, "
                                               "updated_by = ? WHERE id = ?"),
                            {toKey(to), publishAt, stamp, who, id});
            !s)
            return s;
        return exec(db,
                    QStringLiteral("INSERT INTO workflow_transition (id, item_table, item_id, "
                                   "from_state, to_state, moved_at, moved_by, updated_at, "
                                   "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {newId(), table, id, toKey(from), toKey(to), stamp, who, stamp, who});
    });
    if (!moved)
        return moved.error();
    if (m_notifier)
        emit m_notifier->contentChanged(type, {id});
    return outcome;
}

Result<QList<WorkflowStep>> ContentWorkflow::history(ContentType type, const QString& id) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (Status s = prepare(query, QStringLiteral("SELECT id, from_state, to_state, moved_at, "
                                                 "moved_by FROM workflow_transition WHERE "
                                                 "item_table = ? AND item_id = ? "
                                                 "ORDER BY moved_at, rowid"));
        !s)
        return s.error();
    if (Status s = exec(query, {tableOf(type), id}); !s)
        return s.error();
    QList<WorkflowStep> steps;
    while (query.next())
        steps << WorkflowStep{
            query.value(0).toString(), fromKey<WorkflowState>(query.value(1).toString()),
            fromKey<WorkflowState>(query.value(2).toString()).value_or(WorkflowState::Draft),
            query.value(3).toString(), query.value(4).toString()};
    return steps;
}

} // namespace openmayor
