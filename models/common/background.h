#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace openmayor {

// Runs `work` on a new thread and hands its result to `done` on `context`'s thread. If
// `context` is destroyed first, `done` is not called (the connection dies with it). Work
// that touches the store calls Database::connection() in the worker, which opens the
// worker's own connection (closed when the thread ends), as STYLE.md 8 asks.
template <typename T>
void runInBackground(QObject* context, std::function<T()> work, std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>(); // T need not be default-constructible
    QThread* thread =
        QThread::create([result, work = std::move(work)] { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)] {
        if (result->has_value())
            done(std::move(**result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace openmayor
