#include "searchcatchup.h"

#include "searchindex.h"

#include <QThread>

namespace openmayor {

SearchCatchUp::SearchCatchUp(QObject* parent) : QObject(parent) {}

SearchCatchUp::~SearchCatchUp()
{
    stop(false);
}

void SearchCatchUp::setDatabase(const Database& database)
{
    stop();
    m_database = database;
    start();
}

void SearchCatchUp::start()
{
    if (!m_database)
        return;
    if (m_worker) {
        m_again = true;
        return;
    }
    m_again = false;
    m_stop = false;
    const quint64 run = ++m_run;
    auto report = [this, run](auto&& emitIt) {
        QMetaObject::invokeMethod(
            this,
            [this, run, emitIt] {
                if (run == m_run)
                    emitIt();
            },
            Qt::QueuedConnection);
    };
    m_worker = QThread::create([this, store = *m_database, report] {
        const Status status = SearchIndex::catchUpAll(store, [&](qint64 done, qint64 total) {
            report([this, done, total] { emit progress(done, total); });
            return !m_stop;
        });
        // this thread's connection closes with it
        report([this, status] { runFinished(status); });
    });
    m_worker->setObjectName(QStringLiteral("openmayor-search-index"));
    m_worker->start(QThread::LowPriority);
    emit runningChanged(true);
}

void SearchCatchUp::stop(bool notify)
{
    if (!m_worker)
        return;
    m_stop = true;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    ++m_run; // its queued signals are ignored
    if (notify)
        emit runningChanged(false);
}

void SearchCatchUp::runFinished(const Status& status)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    emit runningChanged(false);
    if (!status)
        emit failed(status.error());
    else if (m_again)
        start();
}

} // namespace openmayor
