#include "personaldata.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace openmayor {

namespace {

bool plausibleResidentNumber(const QString& digits, bool requireCheckDigit)
{
    if (digits.size() != 13)
        return false;
    const int gender = digits.at(6).digitValue();
    const int century = gender <= 2 ? 1900 : 2000;
    const QDate birth(century + digits.left(2).toInt(), digits.mid(2, 2).toInt(),
                      digits.mid(4, 2).toInt());
    if (!birth.isValid())
        return false;
    if (!requireCheckDigit)
        return true;
    static const int weights[12] = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += digits.at(i).digitValue() * weights[i];
    return (11 - sum % 11) % 10 == digits.at(12).digitValue();
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    return digits;
}

// Replaces the last `count` digits of `text` by '*'.
QString maskLastDigits(QString text, int count)
{
    for (qsizetype i = text.size() - 1; i >= 0 && count > 0; --i) {
        if (text.at(i).isDigit()) {
            text[i] = u'*';
            --count;
        }
    }
    return text;
}

} // namespace

QList<PersonalDataMatch> findPersonalData(const QString& text)
{
    static const QRegularExpression resident(
        QStringLiteral("(?<![0-9])[0-9]{6}(?: ?[-\u2013] ?)?[1-4][0-9]{6}(?![0-9])"));
    static const QRegularExpression mobile(QStringLiteral(
        "(?<![0-9A-Za-z+\\-])(?:(?:\\+|00)82[ .\\-]?(?:\\(0\\))?1[016789]|\\(01[016789]\\)|"
        "01[016789])[ .)\\-]{0,2}[0-9]{3,4}[ .\\-]?[0-9]{4}(?![0-9])"));
    static const QRegularExpression email(
        QStringLiteral("(?<![A-Za-z0-9.%+\\-])[A-Za-z0-9][A-Za-z0-9._%+\\-]*@[A-Za-z0-9\\-]+"
                       "(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}(?![A-Za-z0-9\\-])"));

    QList<PersonalDataMatch> found;
    auto overlaps = [&](qsizetype start, qsizetype length) {
        for (const PersonalDataMatch& m : found)
            if (start < m.start + m.length && m.start < start + length)
                return true;
        return false;
    };
    // numbers first; an address is then looked for in the text without them, so that
    // "…_900101-1234567_kim@example.com" yields both
    QString rest = text;
    auto collect = [&](const QRegularExpression& re, PersonalDataKind kind) {
        for (auto it = re.globalMatch(rest); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString matched = match.captured();
            if (kind == PersonalDataKind::ResidentNumber) {
                const bool hyphenated = matched.size() > 13;
                if (!plausibleResidentNumber(digitsOf(matched), !hyphenated))
                    continue;
            }
            if (!overlaps(match.capturedStart(), match.capturedLength()))
                found.append({kind, match.capturedStart(), match.capturedLength(), matched});
        }
        for (const PersonalDataMatch& m : std::as_const(found))
            rest.replace(m.start, m.length, QString(m.length, u' '));
    };
    collect(resident, PersonalDataKind::ResidentNumber);
    collect(mobile, PersonalDataKind::MobileNumber);
    collect(email, PersonalDataKind::EmailAddress);
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.start < b.start; });
    return found;
}

QString maskedPersonalData(PersonalDataKind kind, const QString& text)
{
    switch (kind) {
    case PersonalDataKind::ResidentNumber:
        return maskLastDigits(text, 6);
    case PersonalDataKind::MobileNumber:
        return maskLastDigits(text, 4);
    case PersonalDataKind::EmailAddress: {
        QString masked = text;
        const qsizetype at = masked.indexOf(u'@');
        const qsizetype keep = at >= 3 ? 2 : at - 1;
        for (qsizetype i = qMax<qsizetype>(keep, 0); i < at; ++i)
            masked[i] = u'*';
        return masked;
    }
    }
    return text;
}

QString maskPersonalData(const QString& text)
{
    QString masked = text;
    for (const PersonalDataMatch& m : findPersonalData(text))
        masked.replace(m.start, m.length, maskedPersonalData(m.kind, m.text));
    return masked;
}

} // namespace openmayor
