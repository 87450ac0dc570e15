// Media first (DESIGN.md §4): files of new or changed media rows go to the portal's media
// store before the rows that reference them; when the store cannot take them, those rows
// wait in the outbox for the next sync and nothing is lost.
#include "credentialstore.h"
#include "mediastore.h"
#include "storage/medialibrary.h"
#include "storage/sqlutil.h"
#include "syncrun.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace openmayor {

namespace {
// Whether this failure means the store cannot be reached at all (then the other files are
// not tried one by one, each with its own retries).
bool storeUnreachable(const Error& error)
{
    return error.kind == Error::Kind::Io || error.kind == Error::Kind::Usage;
}
} // namespace

Status SyncRun::uploadMedia()
{
    QSqlDatabase db = store.connection();
    QSqlQuery query(db);
    if (Status s =
            execQuery(query, QStringLiteral("SELECT m.id, m.sha256, m.mime_type FROM media m "
                                            "WHERE m.id IN (SELECT row_id FROM sync_outbox "
                                            "WHERE table_name = 'media')"));
        !s)
        return s;
    struct Pending
    {
        QString id, sha256, mimeType;
    };
    QList<Pending> pending;
    while (query.next())
        pending.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    query.finish();
    if (pending.isEmpty())
        return {};

    MediaStore* target = mediaStore;
    if (!target) {
        Result<QVariant> base = portal->scalar(QStringLiteral(
            "SELECT value FROM openmayor.portal_setting WHERE key = 'media_base_url'"));
        if (!base)
            return base.error();
        Result<QVariant> user = portal->scalar(
            QStringLiteral("SELECT value FROM openmayor.portal_setting WHERE key = 'media_user'"));
        if (!user)
            return user.error();
        const QString baseUrl = base->toString().trimmed();
        if (baseUrl.isEmpty()) { // this portal keeps no files: rows go without them
            return {};
        }
        QString password = qEnvironmentVariable("OPENMAYOR_MEDIA_PASSWORD");
        if (password.isEmpty() && credentials) {
            Result<QString> stored = credentials->readPassword(QStringLiteral("media:") + baseUrl);
            if (stored)
                password = *stored;
        }
        ownMediaStore = std::make_unique<MediaStore>(QUrl(baseUrl), user->toString(), password);
        target = ownMediaStore.get();
    }

    const MediaLibrary library(store, MediaLibrary::defaultRootFor(store.path()));
    qint64 done = 0;
    bool reachable = true;
    emitProgress(SyncProgress::Phase::UploadingMedia, 0, pending.size());
    for (const Pending& file : std::as_const(pending)) {
        if (cancelled())
            return Error(Error::Kind::Generic, QCoreApplication::translate("openmayor::SyncEngine",
                                                                           "Sync was cancelled."));
        if (!reachable) {
            waitingMedia.insert(file.id);
            continue;
        }
        Result<bool> sent =
            target->upload(file.sha256, library.filePathFor(file.sha256), file.mimeType);
        if (!sent) {
            waitingMedia.insert(file.id);
            lastMediaError = sent.error();
            reachable = !storeUnreachable(sent.error());
        } else if (*sent) {
            ++report.mediaUploaded;
        }
        emitProgress(SyncProgress::Phase::UploadingMedia, ++done, pending.size());
    }
    report.mediaWaiting = waitingMedia.size();
    if (lastMediaError)
        report.mediaProblem = lastMediaError->fullText();
    return {};
}

} // namespace openmayor
