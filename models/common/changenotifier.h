#pragma once

#include "domain/enums.h"

#include <QObject>
#include <QStringList>

namespace openmayor {

// One notifier per store with typed signals (STYLE.md 7). Repositories emit after a
// successful write; GUI edits, imports and (later) sync all go through repositories, so
// views follow every change the same way. Passed in, never global.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    // Pledge-book rows (areas, goals, pledges and every part of a card) changed.
    void pledgesChanged(const QStringList& pledgeIds);
    // Rows of one content section changed; empty ids means "many, reload".
    void contentChanged(openmayor::ContentType type, const QStringList& ids);
    // Media library entries were added, edited or removed (their ids).
    void mediaChanged(const QStringList& mediaIds);
    // A reporting period was published (its snapshots are new).
    void periodsChanged();
    // The whole database was replaced (init, demo, open of another file).
    void storeReset();
};

} // namespace openmayor
