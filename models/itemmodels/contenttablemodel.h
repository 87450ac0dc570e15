#pragma once

#include "storage/contentlisting.h"
#include "storage/contentrepository.h"

#include <QAbstractTableModel>

namespace openmayor {

class ChangeNotifier;

// A content section as a table. Rows are fetched lazily in pages (canFetchMore /
// fetchMore), so a section of 100k schedule events opens as fast as an empty one.
class ContentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RawValueRole
    };

    enum class Counting
    {
        Now,
        InBackground
    };

    // With Counting::InBackground the first page is read at once and the total (a count over
    // the whole table) arrives later through totalCountChanged; totalCount() is -1 till then.
    ContentTableModel(ContentRepository repository, ContentListing listing,
                      ChangeNotifier* notifier, QObject* parent = nullptr,
                      Counting counting = Counting::Now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    QString idAt(int row) const;
    // The row of an item, fetching further pages until it is loaded; -1 if not listed.
    int rowOfId(const QString& id);
    int totalCount() const { return m_total; }
    const ContentListing& listing() const { return m_listing; }
    // The preview text or HTML of a row (loaded on demand).
    QString previewAt(int row) const;

    static constexpr int pageSize = 200;

public slots:
    void reload();

signals:
    void loadFailed(const QString& message);
    void totalCountChanged(int total);

private:
    QString formatted(int column, const QVariant& value) const;

    ContentRepository m_repository;
    ContentListing m_listing;
    QList<QVariantList> m_rows;
    int m_total = 0;          // -1 while a background count runs
    bool m_exhausted = false; // the last page came back short
    Counting m_counting = Counting::Now;
    int m_generation = 0;
};

} // namespace openmayor
