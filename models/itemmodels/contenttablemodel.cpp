#include "contenttablemodel.h"

#include "common/background.h"
#include "common/changenotifier.h"

#include <QDateTime>
#include <QLocale>

namespace openmayor {

ContentTableModel::ContentTableModel(ContentRepository repository, ContentListing listing,
                                     ChangeNotifier* notifier, QObject* parent, Counting counting)
    : QAbstractTableModel(parent), m_repository(std::move(repository)),
      m_listing(std::move(listing)), m_counting(counting)
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::contentChanged, this,
                [this](ContentType type, const QStringList&) {
                    if (type == m_listing.type)
                        reload();
                });
        connect(notifier, &ChangeNotifier::storeReset, this, &ContentTableModel::reload);
    }
    reload();
}

void ContentTableModel::reload()
{
    const int generation = ++m_generation;
    if (m_counting == Counting::InBackground) {
        beginResetModel();
        m_rows.clear();
        m_total = -1;
        m_exhausted = false;
        endResetModel();
        fetchMore({});
        runInBackground<Result<int>>(
            this,
            [repository = m_repository, listing = m_listing] { return repository.count(listing); },
            [this, generation](Result<int> total) {
                if (generation != m_generation)
                    return; // a newer reload counts again
                if (!total) {
                    emit loadFailed(total.error().fullText());
                    return;
                }
                m_total = qMax(*total, int(m_rows.size()));
                emit totalCountChanged(m_total);
            });
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    auto total = m_repository.count(m_listing);
    m_total = total ? *total : 0;
    endResetModel();
    if (!total)
        emit loadFailed(total.error().fullText());
    else if (m_total > 0)
        fetchMore({});
}

int ContentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_listing.columns.size());
}

bool ContentTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && (m_total < 0 || m_rows.size() < m_total);
}

void ContentTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_repository.fetch(m_listing, int(m_rows.size()), pageSize);
    if (!page) {
        m_exhausted = true; // stop asking; the error is reported once
        emit loadFailed(page.error().fullText());
        return;
    }
    if (page->size() < pageSize)
        m_exhausted = true; // the end of the table (or it shrank under us)
    if (page->isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
}

QString ContentTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(0).toString() : QString();
}

int ContentTableModel::rowOfId(const QString& id)
{
    for (int row = 0;; ++row) {
        if (row == m_rows.size()) {
            if (!canFetchMore({}))
                return -1;
            fetchMore({});
            if (row == m_rows.size())
                return -1; // the fetch failed or found the end
        }
        if (m_rows.at(row).value(0).toString() == id)
            return row;
    }
}

QString ContentTableModel::previewAt(int row) const
{
    const QString id = idAt(row);
    if (id.isEmpty())
        return {};
    auto text = m_repository.preview(m_listing, id);
    return text ? *text : QString();
}

QString ContentTableModel::formatted(int column, const QVariant& value) const
{
    using Format = ContentColumn::Format;
    const QString text = value.toString();
    switch (m_listing.columns.at(column).format) {
    case Format::Text:
        return text;
    case Format::Date: {
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : text;
    }
    case Format::DateTime: {
        if (text.size() <= 10) { // all-day values are dates
            const QDate date = QDate::fromString(text, Qt::ISODate);
            return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : text;
        }
        QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
        if (!dt.isValid())
            return text;
        if (dt.timeSpec() == Qt::UTC)
            dt = dt.toLocalTime();
        return QLocale().toString(dt, QLocale::ShortFormat);
    }
    case Format::Workflow:
        return labelOfKey<WorkflowState>(text);
    case Format::Visibility:
        return labelOfKey<Visibility>(text);
    case Format::EventStatus:
        return labelOfKey<EventStatus>(text);
    case Format::Platform:
        return labelOfKey<SnsPlatform>(text);
    }
    return text;
}

QVariant ContentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList& row = m_rows.at(index.row());
    const QVariant& value = row.value(index.column() + 1);
    switch (role) {
    case Qt::DisplayRole:
        return formatted(index.column(), value);
    case Qt::ToolTipRole: {
        const QString text = formatted(index.column(), value);
        return text.size() > 40 ? text : QVariant();
    }
    case IdRole:
        return row.value(0);
    case RawValueRole:
        return value;
    default:
        return {};
    }
}

QVariant ContentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_listing.headerText(section);
}

} // namespace openmayor
