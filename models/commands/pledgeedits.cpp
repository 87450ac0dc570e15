#include "pledgeedits.h"

#include "editpledgecommand.h"
#include "storage/pledgerepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUndoStack>

namespace openmayor {

namespace {
Error invalid(const char* text)
{
    return Error(Error::Kind::Invalid, QCoreApplication::translate("openmayor::PledgeEdits", text));
}

bool isQuarter(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-Q[1-4]$"));
    return pattern.match(text).hasMatch();
}

bool isProgressDate(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$"));
    if (!pattern.match(text).hasMatch())
        return false;
    return text.size() == 7 || QDate::fromString(text, Qt::ISODate).isValid();
}
} // namespace

Status validatePledge(const Pledge& p)
{
    static const QRegularExpression code(QStringLiteral("^\\d{1,3}-\\d{1,3}-\\d{1,3}$"));
    if (!code.match(p.code).hasMatch())
        return invalid(QT_TRANSLATE_NOOP("openmayor::PledgeEdits",
                                         "A pledge code has three numbers, like 7-1-3."));
    if (p.title.trimmed().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("openmayor::PledgeEdits", "A pledge needs a title."));
    if (p.title.size() > 500)
        return invalid(QT_TRANSLATE_NOOP("openmayor::PledgeEdits",
                                         "A pledge title has at most 500 characters."));
    if (p.requiredBudget < 0 || p.budgetPrior < 0 || p.budgetAfterTerm < 0)
        return invalid(QT_TRANSLATE_NOOP("openmayor::PledgeEdits", "Amounts cannot be negative."));
    for (const BudgetCell& cell : p.planned)
        if (cell.amount < 0)
            return invalid(
                QT_TRANSLATE_NOOP("openmayor::PledgeEdits", "Amounts cannot be negative."));
    for (const ExecutedAmount& executed : p.executed)
        if (executed.amount < 0)
            return invalid(
                QT_TRANSLATE_NOOP("openmayor::PledgeEdits", "Amounts cannot be negative."));
    for (const PledgeTask& task : p.tasks) {
        if (task.name.trimmed().isEmpty())
            return invalid(
                QT_TRANSLATE_NOOP("openmayor::PledgeEdits", "A schedule task needs a name."));
        if (!isQuarter(task.startQuarter) || !isQuarter(task.endQuarter) ||
            task.endQuarter < task.startQuarter)
            return invalid(QT_TRANSLATE_NOOP(
                "openmayor::PledgeEdits",
                "A schedule task runs from one quarter to the same or a later one."));
    }
    for (const ProgressRecord& record : p.progress) {
        if (!isProgressDate(record.dateFrom) ||
            (!record.dateTo.isEmpty() && !isProgressDate(record.dateTo)))
            return invalid(
                QT_TRANSLATE_NOOP("openmayor::PledgeEdits",
                                  "A progress date is a month (2024-03) or a day (2024-03-15)."));
        if (!record.dateTo.isEmpty() && record.dateTo < record.dateFrom)
            return invalid(QT_TRANSLATE_NOOP("openmayor::PledgeEdits",
                                             "A progress range ends on or after its start."));
    }
    for (const Indicator& indicator : p.indicators) {
        if (indicator.name.trimmed().isEmpty())
            return invalid(
                QT_TRANSLATE_NOOP("openmayor::PledgeEdits", "An indicator needs a name."));
        if (indicator.kind == IndicatorKind::Reduction && !indicator.baseline)
            return invalid(QT_TRANSLATE_NOOP("openmayor::PledgeEdits",
                                             "A reduction indicator needs a baseline."));
    }
    return {};
}

Status pushPledgeEdit(QUndoStack* stack, PledgeRepository* repository, Pledge before, Pledge after,
                      const QString& description, const QString& mergeKey)
{
    if (Status valid = validatePledge(after); !valid)
        return valid;
    if (Status saved = repository->save(after); !saved)
        return saved;
    auto* command = new EditPledgeCommand(repository, std::move(before), std::move(after),
                                          description, mergeKey);
    command->markApplied();
    stack->push(command); // push() calls redo(), which skips the write done above
    return {};
}

} // namespace openmayor
