#include "chartstyle.h"

#include "report/reportpdf.h"

#include <QLocale>

namespace openmayor::charts {

QFont ChartStyle::font(qreal scale, bool bold) const
{
    QFont result = ReportPdf::documentFont(9.0);
    if (!theme.fontFamily.isEmpty())
        result.setFamilies({theme.fontFamily});
    if (textPixels > 0)
        result.setPixelSize(qMax(6, qRound(textPixels * scale)));
    else
        result.setPointSizeF(9.0 * scale);
    result.setBold(bold);
    return result;
}

QColor ChartStyle::seriesColour(int n) const
{
    static const QList<QColor> extras = {QColor(0x6a, 0x3d, 0x9a), QColor(0xb1, 0x59, 0x28),
                                         QColor(0x1f, 0x78, 0xb4), QColor(0x33, 0xa0, 0x2c)};
    switch (n) {
    case 0:
        return theme.primary;
    case 1:
        return theme.secondary;
    case 2:
        return theme.accent;
    default:
        return extras.at((n - 3) % extras.size());
    }
}

QColor ChartStyle::sourceColour(FundingSource source) const
{
    switch (source) {
    case FundingSource::National:
        return QColor(0x3b, 0x4c, 0x8a);
    case FundingSource::Province:
        return QColor(0x6f, 0x9c, 0xd6);
    case FundingSource::City:
        return theme.primary;
    case FundingSource::Other:
        return QColor(0xa0, 0xa7, 0xb0);
    }
    return theme.primary;
}

QColor ChartStyle::statusColour(PledgeStatus status)
{
    switch (status) {
    case PledgeStatus::Completed:
        return QColor(0x1b, 0x5e, 0x20);
    case PledgeStatus::CompletedContinuing:
        return QColor(0x43, 0xa0, 0x47);
    case PledgeStatus::OnTrack:
        return QColor(0x15, 0x65, 0xc0);
    case PledgeStatus::Partial:
        return QColor(0xf9, 0xa8, 0x25);
    case PledgeStatus::Lagging:
        return QColor(0xe6, 0x51, 0x00);
    case PledgeStatus::OnHold:
        return QColor(0x75, 0x75, 0x75);
    case PledgeStatus::Dropped:
        return QColor(0xb7, 0x1c, 0x1c);
    }
    return Qt::gray;
}

QString number(double value, int decimals)
{
    // no needless decimals: 40, 12.5, 87.5
    QString text = QLocale().toString(value, 'f', decimals);
    if (text.contains(QLocale().decimalPoint())) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(QLocale().decimalPoint()))
            text.chop(QLocale().decimalPoint().size());
    }
    return text;
}

QString number(const std::optional<double>& value, int decimals)
{
    return value ? number(*value, decimals) : QStringLiteral("—");
}

QString percent(const std::optional<double>& value)
{
    return value ? number(*value, 1) + u'%' : QStringLiteral("—");
}

} // namespace openmayor::charts
