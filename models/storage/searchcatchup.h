#pragma once

#include "common/result.h"
#include "database.h"

#include <QObject>

#include <atomic>
#include <optional>

class QThread;

namespace openmayor {

// Runs SearchIndex::catchUp in a worker thread, step by step, until no row waits (the GUI's
// half of the deferred search index: a large pull or an upgraded store is searchable at
// once, and the trigram index catches up in the background). Signals arrive on the
// thread that owns this object. No widgets here.
class SearchCatchUp : public QObject
{
    Q_OBJECT

public:
    explicit SearchCatchUp(QObject* parent = nullptr);
    // Stops a running catch-up after its current step (which keeps what it indexed).
    ~SearchCatchUp() override;

    // Another store: stops the old one's catch-up, then starts this one's if rows wait.
    void setDatabase(const Database& database);
    bool isRunning() const { return m_worker != nullptr; }

public slots:
    // Starts when rows wait; while one runs, it runs once more when it is done.
    void start();

signals:
    // Rows indexed so far of those that waited when the run started.
    void progress(qint64 done, qint64 total);
    void runningChanged(bool running);
    void failed(const openmayor::Error& error);

private:
    void stop(bool notify = true);
    void runFinished(const Status& status);

    std::optional<Database> m_database;
    QThread* m_worker = nullptr;
    std::atomic_bool m_stop{false};
    bool m_again = false;
    quint64 m_run = 0; // numbers the runs, so a stopped run's signals are ignored
};

} // namespace openmayor
