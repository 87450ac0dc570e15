#pragma once

#include "sync/syncconflicts.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace openmayor {

// The open conflicts and refused changes of a store (DESIGN.md §4: nothing is overwritten
// silently). For the selected one it shows each field's base, local and portal value with
// the conflicting fields marked in words, and resolves it wholly (mine / the portal's) or,
// when both sides changed fields, field by field. Every resolution reloads the list; after
// one, "Sync now" sends the choices.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum FieldColumn
    {
        FieldNameColumn,
        FieldStateColumn,
        BaseColumn,
        MineColumn,
        TheirsColumn,
        ChoiceColumn
    };
    // The column name of a row of the field table (its first cell shows the translated name).
    static constexpr int FieldRole = Qt::UserRole + 2;

    explicit ConflictDialog(SyncConflicts conflicts, QWidget* parent = nullptr);

    // Reads the conflict table again, keeping the selection where possible.
    void reload();
    // Selects the conflict with `id`; false when it is not open.
    bool selectConflict(qint64 id);
    qint64 selectedId() const;
    int resolvedCount() const { return m_resolved; }

    QTreeWidget* conflictList() const { return m_list; }
    QTableWidget* fieldTable() const { return m_fields; }
    QPushButton* takeMineButton() const { return m_takeMine; }
    QPushButton* takeTheirsButton() const { return m_takeTheirs; }
    QPushButton* applyChoicesButton() const { return m_applyChoices; }
    QPushButton* syncNowButton() const { return m_syncNow; }
    QString explanation() const;
    QString resultText() const;
    // Sets the choice of a conflicting field in the table (what a click in its box does).
    bool setFieldChoice(const QString& field, TakeSide side);

signals:
    // The user wants the resolutions sent now.
    void syncRequested();

private:
    void showSelected();
    void showFields(const SyncConflict& conflict);
    void showButtons(const SyncConflict& conflict);
    void resolveWholly(TakeSide side);
    void applyFieldChoices();
    void finishResolution(const Status& status, const QString& label);

    SyncConflicts m_conflicts;
    QList<SyncConflict> m_open;
    QTreeWidget* m_list;
    QLabel* m_explanation;
    QTableWidget* m_fields;
    QPushButton* m_takeMine;
    QPushButton* m_takeTheirs;
    QPushButton* m_applyChoices;
    QLabel* m_result;
    QPushButton* m_syncNow;
    int m_resolved = 0;
};

} // namespace openmayor
