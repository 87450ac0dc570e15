#pragma once

#include <QList>
#include <QString>

namespace openmayor {

// Personal data that must not reach the public portal (개인정보): resident registration
// numbers, mobile phone numbers and e-mail addresses. Office numbers such as 061-339-8114
// are public and not matched.
enum class PersonalDataKind
{
    ResidentNumber, // 주민등록번호 YYMMDD-GNNNNNN: a real date, G in 1–4; without the hyphen
                    // only when the old check digit is also right (numbers issued since
                    // October 2020 have none, so the hyphenated form does not require it)
    MobileNumber, // 010-1234-5678, 01012345678, 010 1234 5678, +82 10-1234-5678, 011…019
    EmailAddress
};

struct PersonalDataMatch
{
    PersonalDataKind kind;
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
};

// Matches in text order; they never overlap.
QList<PersonalDataMatch> findPersonalData(const QString& text);

// The masked form, of the same length: 010-1234-****, 900101-1******, ho**@example.com.
QString maskedPersonalData(PersonalDataKind kind, const QString& text);
// `text` with every match masked.
QString maskPersonalData(const QString& text);

} // namespace openmayor
