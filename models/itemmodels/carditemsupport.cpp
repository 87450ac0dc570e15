#include "carditemsupport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace openmayor::carditems {

Result<std::optional<double>> parseAmount(const QVariant& value)
{
    using Amount = std::optional<double>;
    double number = 0;
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return Amount();
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        number = value.toDouble();
        break;
    default: {
        QString text = value.toString().trimmed();
        if (text.isEmpty())
            return Amount();
        text.remove(QChar(u' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
        bool ok = false;
        number = QLocale::system().toDouble(text, &ok);
        if (!ok)
            number = QLocale::c().toDouble(text, &ok);
        if (!ok) // "1,2345": commas as the user's own grouping
            number = QLocale::c().toDouble(QString(text).remove(QChar(u',')), &ok);
        if (!ok)
            return Error(Error::Kind::Invalid,
                         QCoreApplication::translate("openmayor::CardItems",
                                                     "“%1” is not an amount: type a number "
                                                     "such as 20 or 1,234.")
                             .arg(value.toString().trimmed()));
        break;
    }
    }
    if (!std::isfinite(number))
        return Error(Error::Kind::Invalid,
                     QCoreApplication::translate("openmayor::CardItems",
                                                 "An amount must be a finite number."));
    if (number < 0)
        return Error(
            Error::Kind::Invalid,
            QCoreApplication::translate("openmayor::CardItems", "Amounts cannot be negative."));
    return Amount(number + 0.0); // no "-0"
}

QString formatAmount(double amount)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(amount, 'f', QLocale::FloatingPointShortest);
}

int quarterOrdinal(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    const QRegularExpressionMatch match = pattern.match(key);
    if (!match.hasMatch())
        return -1;
    return match.captured(1).toInt() * 4 + match.captured(2).toInt() - 1;
}

int quarterOrdinalOf(const QDate& date)
{
    return date.isValid() ? date.year() * 4 + (date.month() - 1) / 3 : -1;
}

QString quarterKey(int ordinal)
{
    if (ordinal < 0)
        return {};
    return QStringLiteral("%1-Q%2").arg(yearOfQuarter(ordinal)).arg(numberOfQuarter(ordinal));
}

int yearOfQuarter(int ordinal)
{
    return ordinal / 4;
}

int numberOfQuarter(int ordinal)
{
    return ordinal % 4 + 1;
}

Result<QString> normaliseProgressDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})\\s*[-./]\\s*(\\d{1,2})(?:\\s*[-./]\\s*(\\d{1,2}))?\\s*\\.?$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    const auto refuse = [&] {
        return Error(Error::Kind::Invalid,
                     QCoreApplication::translate("openmayor::CardItems",
                                                 "“%1” is not a date: write a month (2024-03) "
                                                 "or a day (2024-03-15).")
                         .arg(trimmed));
    };
    if (!match.hasMatch())
        return refuse();
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12)
        return refuse();
    if (match.captured(3).isEmpty())
        return QStringLiteral("%1-%2").arg(year, 4, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0'));
    const QDate date(year, month, match.captured(3).toInt());
    if (!date.isValid())
        return refuse();
    return date.toString(Qt::ISODate);
}

bool isValidMove(int size, int first, int count, int destinationChild)
{
    if (count <= 0 || first < 0 || first + count > size)
        return false;
    if (destinationChild < 0 || destinationChild > size)
        return false;
    return destinationChild < first || destinationChild > first + count;
}

} // namespace openmayor::carditems
