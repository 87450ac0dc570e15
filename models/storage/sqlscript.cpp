#include "sqlscript.h"

namespace openmayor {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    QString word;             // the word being read, upper-cased
    QStringList leadingWords; // the first words of the statement, to spot CREATE TRIGGER
    bool inTrigger = false;
    bool inTriggerBody = false;
    int caseDepth = 0;

    auto finishWord = [&] {
        if (word.isEmpty())
            return;
        if (leadingWords.size() < 4)
            leadingWords << word;
        if (leadingWords.size() >= 2 && leadingWords.at(0) == u"CREATE" &&
            (leadingWords.at(1) == u"TRIGGER" ||
             (leadingWords.size() >= 3 && leadingWords.at(2) == u"TRIGGER")))
            inTrigger = true;
        if (inTrigger) {
            if (word == u"BEGIN")
                inTriggerBody = true;
            else if (word == u"CASE")
                ++caseDepth;
            else if (word == u"END") {
                if (caseDepth > 0)
                    --caseDepth;
                else
                    inTriggerBody = false;
            }
        }
        word.clear();
    };
    auto finishStatement = [&] {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            statements << trimmed;
        current.clear();
        leadingWords.clear();
        inTrigger = inTriggerBody = false;
        caseDepth = 0;
    };

    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            finishWord();
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            finishWord();
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            finishWord();
            const QChar close = c == u'[' ? QChar(u']') : c;
            current += c;
            for (++i; i < n; ++i) {
                current += script.at(i);
                if (script.at(i) == close) {
                    // a doubled quote is an escaped quote, not the end
                    if (close != u']' && i + 1 < n && script.at(i + 1) == close) {
                        current += script.at(++i);
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        if (isWordChar(c)) {
            word += c.toUpper();
            current += c;
            continue;
        }
        finishWord();
        if (c == u';' && !inTriggerBody) {
            finishStatement();
            continue;
        }
        current += c;
    }
    finishWord();
    finishStatement();
    return statements;
}

} // namespace openmayor
