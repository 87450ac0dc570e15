// The pledge card's editable item models (schedule, investment plan, progress record,
// departments) under QAbstractItemModelTester, on the seed card of seed/READING.md, editing
// through an in-memory PledgeEditSink that records every applied edit.
#include "testsupport.h"

#include "commands/pledgeedits.h"
#include "commands/pledgeeditsink.h"
#include "common/clock.h"
#include "itemmodels/budgetgridmodel.h"
#include "itemmodels/departmentlistmodel.h"
#include "itemmodels/progresslistmodel.h"
#include "itemmodels/taskschedulemodel.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/pledgerepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace openmayor;
using namespace Qt::StringLiterals;

using Tester = QAbstractItemModelTester;
constexpr auto reportToQtTest = Tester::FailureReportingMode::QtTest;

namespace {

// The card editor's stand-in: keeps the card, applies edits that pass validatePledge (as
// pushPledgeEdit does), records them, and can be told to refuse.
class TestSink : public PledgeEditSink
{
public:
    struct Edit
    {
        Pledge after;
        QString description;
        QString mergeKey;
    };

    explicit TestSink(Pledge card) : m_card(std::move(card)) {}

    const Pledge& pledge() const override { return m_card; }
    Status applyEdit(const Pledge& after, const QString& description,
                     const QString& mergeKey) override
    {
        if (refuseWith)
            return Error(Error::Kind::Database, *refuseWith);
        if (Status valid = validatePledge(after); !valid)
            return valid;
        edits.append({after, description, mergeKey});
        m_card = after;
        if (onApplied) // like the editor: reloads and refreshes its models synchronously
            onApplied();
        return {};
    }
    void replaceCard(const Pledge& card) { m_card = card; } // undo, reload, sync

    QList<Edit> edits;
    std::optional<QString> refuseWith;
    std::function<void()> onApplied;

private:
    Pledge m_card;
};

// Card 7-1-3 with the figures of seed/READING.md §3, 4, 5 and 7.
Pledge seedCard()
{
    Pledge p;
    p.code = u"7-1-3"_s;
    p.title = u"365일 열린시장실 운영"_s;
    p.requiredBudget = 40;
    p.tasks = {{{}, u"누리집 개선"_s, u"2022-Q3"_s, u"2022-Q4"_s, {}},
               {{}, u"콘텐츠 현행화"_s, u"2023-Q1"_s, u"2026-Q2"_s, {}}};
    p.planned = {{{}, FundingSource::City, 2022, 20}, {{}, FundingSource::City, 2024, 20}};
    p.executed = {{{}, 2022, 20}, {{}, 2024, 5}};
    p.progress = {
        {{}, u"2022-09"_s, {}, u"누리집 개편 계획수립"_s},
        {{}, u"2022-09-29"_s, {}, u"누리집 개편 용역 계약"_s},
        {{}, u"2022-12-28"_s, {}, u"누리집 개편 완료(민선8기 공약현황 게시)"_s},
        {{}, u"2023-01-31"_s, {}, u"민선8기 공약실천계획서 확정 및 게시"_s},
        {{}, u"2023-04"_s, {}, u"23년도 1분기 기준 공약 이행 현황 게시"_s},
        {{}, u"2024-02"_s, {}, u"23년도 4분기 기준 공약 이행 현황 게시"_s},
        {{}, u"2024-02"_s, u"2024-03"_s, u"공약이행평가단 자문회의 결과 변경사항 게시"_s},
        {{}, u"2024-03"_s, {}, u"누리집 '시민 직소상담실' 메뉴 신설"_s},
        {{}, u"2024-05"_s, {}, u"24년도 1분기 기준 공약 이행 현황 게시"_s},
    };
    const QString office = u"정책홍보실"_s;
    const QString affairs = u"총무과"_s;
    p.departments = {
        {{},
         DepartmentRole::Lead,
         office,
         u"정책개발팀"_s,
         u"오상덕"_s,
         u"8131"_s,
         u"최지인"_s,
         u"8134"_s},
        {{},
         DepartmentRole::Lead,
         office,
         u"홍보기획팀"_s,
         u"오해준"_s,
         u"8261"_s,
         u"이신재"_s,
         u"8263"_s},
        {{},
         DepartmentRole::Lead,
         office,
         u"뉴미디어홍보팀"_s,
         u"홍세창"_s,
         u"8266"_s,
         u"김기훈"_s,
         u"8268"_s},
        {{},
         DepartmentRole::Cooperating,
         affairs,
         u"비서실"_s,
         u"신상식"_s,
         u"8204"_s,
         u"유성범"_s,
         u"8201"_s},
        {{},
         DepartmentRole::Cooperating,
         affairs,
         u"전산운영팀"_s,
         u"임정남"_s,
         u"8451"_s,
         u"최지원"_s,
         u"8454"_s},
        {{},
         DepartmentRole::Cooperating,
         u"시민봉사과"_s,
         u"종합민원팀"_s,
         u"최현진"_s,
         u"8731"_s,
         u"임재학"_s,
         u"8782"_s},
    };
    return p;
}

const QDate termStart(2022, 7, 1);
const QDate termEnd(2026, 6, 30);

QString text(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

QStringList rowTexts(const QAbstractItemModel& model, int row)
{
    QStringList texts;
    for (int c = 0; c < model.columnCount(); ++c)
        texts << text(model, row, c);
    return texts;
}

// Reads every cell in the roles views use, so the tester checks their types.
void touchAll(const QAbstractItemModel& model)
{
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            for (int role = 0; role <= Qt::UserRole + 8; ++role)
                (void)model.data(model.index(r, c), role);
}

std::optional<double> plannedAmount(const Pledge& p, FundingSource source, int year)
{
    for (const BudgetCell& cell : p.planned)
        if (cell.source == source && cell.year == year)
            return cell.amount;
    return std::nullopt;
}

} // namespace

class TestCardModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void budgetGridShowsSeedFigures();
    void budgetGridDerivedCellsAreReadOnlyWithFormulas();
    void budgetGridEditsProduceAfterCard_data();
    void budgetGridEditsProduceAfterCard();
    void budgetGridClearsAndKeepsUnchangedValues();
    void budgetGridRefusesBadAmounts_data();
    void budgetGridRefusesBadAmounts();
    void budgetGridReportsSinkRefusal();
    void budgetGridRefreshFollowsCardAndYears();
    void budgetGridMatchesDemoStore();

    void scheduleShowsTermQuarters();
    void scheduleTogglesExtendAndShrink();
    void scheduleRefusesEmptyOrSplitTask();
    void scheduleCheckStateAndRange();
    void scheduleInsertRemoveMoveTasks();
    void scheduleEditsNameAndNote();
    void scheduleSurvivesRefreshInsideApply();

    void progressShowsRecords();
    void progressEditsDates_data();
    void progressEditsDates();
    void progressRefusesBadDates_data();
    void progressRefusesBadDates();
    void progressInsertRemoveMove();

    void departmentsShowLabelsEditKeys();
    void departmentsRefuseUnknownRole();
    void departmentsInsertRemoveMove();

    void refreshAfterUndoResetsOrUpdates();
};

void TestCardModels::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestCardModels::cleanup()
{
    Clock::reset();
}

// ---- investment plan -------------------------------------------------------------------

void TestCardModels::budgetGridShowsSeedFigures()
{
    TestSink sink(seedCard());
    BudgetGridModel model(&sink, termStart, termEnd);
    Tester tester(&model, reportToQtTest);
    touchAll(model);

    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), 9);
    QCOMPARE(model.years(), (QList<int>{2022, 2023, 2024, 2025, 2026}));
    QCOMPARE(model.afterTermColumn(), 8);
    QCOMPARE(model.columnOfYear(2024), 5);
    QCOMPARE(model.yearOfColumn(5), 2024);
    const QStringList headers = {u"Total"_s, u"Prior"_s, u"Within term"_s,
                                 u"2022"_s,  u"2023"_s,  u"2024"_s,
                                 u"2025"_s,  u"2026"_s,  u"After term"_s};
    for (int c = 0; c < model.columnCount(); ++c)
        QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), headers.at(c));
    QCOMPARE(model.headerData(BudgetGridModel::CityRow, Qt::Vertical).toString(),
             labelOf(FundingSource::City));
    QCOMPARE(model.headerData(BudgetGridModel::ExecutedRow, Qt::Vertical).toString(),
             u"Executed"_s);

    // seed/READING.md §4, row by row
    QCOMPARE(
        rowTexts(model, BudgetGridModel::TotalRow),
        (QStringList{u"40"_s, u"0"_s, u"40"_s, u"20"_s, u"0"_s, u"20"_s, u"0"_s, u"0"_s, u"0"_s}));
    for (int row :
         {BudgetGridModel::NationalRow, BudgetGridModel::ProvinceRow, BudgetGridModel::OtherRow})
        QCOMPARE(rowTexts(model, row), (QStringList{u"0"_s, {}, u"0"_s, {}, {}, {}, {}, {}, {}}));
    QCOMPARE(rowTexts(model, BudgetGridModel::CityRow),
             (QStringList{u"40"_s, {}, u"40"_s, u"20"_s, {}, u"20"_s, {}, {}, {}}));
    QCOMPARE(rowTexts(model, BudgetGridModel::ExecutedRow),
             (QStringList{u"25"_s, {}, u"25"_s, u"20"_s, {}, u"5"_s, {}, {}, {}}));

    QCOMPARE(model.plannedTotal(), 40.0);
    QCOMPARE(model.executedTotal(), 25.0);
    QCOMPARE(model.executionRate().value_or(-1), 62.5);
    QCOMPARE(model.valueAt(BudgetGridModel::CityRow, 4), std::nullopt); // 2023: blank
    QCOMPARE(
        model.data(model.index(BudgetGridModel::CityRow, 3), BudgetGridModel::ValueRole).toDouble(),
        20.0);
    QVERIFY(!model.data(model.index(BudgetGridModel::CityRow, 4), BudgetGridModel::ValueRole)
                 .isValid());
    QCOMPARE(model.data(model.index(0, 6), BudgetGridModel::YearRole).toInt(), 2025);
}

void TestCardModels::budgetGridDerivedCellsAreReadOnlyWithFormulas()
{
    TestSink sink(seedCard());
    BudgetGridModel model(&sink, termStart, termEnd);
    const int after = model.afterTermColumn();
    const auto derived = [&](int row, int column) {
        return model.data(model.index(row, column), BudgetGridModel::DerivedRole).toBool();
    };
    const auto editable = [&](int row, int column) {
        return model.flags(model.index(row, column)).testFlag(Qt::ItemIsEditable);
    };
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(derived(row, BudgetGridModel::TotalColumn));
        QVERIFY(derived(row, BudgetGridModel::SubtotalColumn));
        QVERIFY(!editable(row, BudgetGridModel::TotalColumn));
        QVERIFY(!editable(row, BudgetGridModel::SubtotalColumn));
        for (int column = BudgetGridModel::FirstYearColumn; column < after; ++column) {
            QCOMPARE(derived(row, column), row == BudgetGridModel::TotalRow);
            QCOMPARE(editable(row, column), row != BudgetGridModel::TotalRow);
        }
        // prior and after term: data of the total row only, blank elsewhere
        QCOMPARE(editable(row, BudgetGridModel::PriorColumn), row == BudgetGridModel::TotalRow);
        QCOMPARE(editable(row, after), row == BudgetGridModel::TotalRow);
        QVERIFY(!derived(row, BudgetGridModel::PriorColumn));
        QCOMPARE(model.data(model.index(row, after), BudgetGridModel::ApplicableRole).toBool(),
                 row == BudgetGridModel::TotalRow);
    }
    QVERIFY(
        model.data(model.index(BudgetGridModel::CityRow, 3), Qt::ToolTipRole).toString().isEmpty());

    const QString total =
        text(model, BudgetGridModel::TotalRow, BudgetGridModel::TotalColumn, Qt::ToolTipRole);
    QVERIFY2(total.contains(u"prior 0 + within term 40 + after term 0 = 40"_s), qPrintable(total));
    const QString subtotal =
        text(model, BudgetGridModel::TotalRow, BudgetGridModel::SubtotalColumn, Qt::ToolTipRole);
    QVERIFY2(subtotal.contains(u"2022: 20 + 2023: 0 + 2024: 20 + 2025: 0 + 2026: 0 = 40"_s),
             qPrintable(subtotal));
    const QString year =
        text(model, BudgetGridModel::TotalRow, model.columnOfYear(2022), Qt::ToolTipRole);
    QVERIFY2(year.contains(labelOf(FundingSource::City) + u" 20"_s) && year.endsWith(u"= 20"_s),
             qPrintable(year));
    const QString executed =
        text(model, BudgetGridModel::ExecutedRow, BudgetGridModel::TotalColumn, Qt::ToolTipRole);
    QVERIFY2(executed.contains(u"= 25"_s) && executed.contains(u"25 ÷ planned 40 = 62.5 %"_s),
             qPrintable(executed));

    // a derived cell refuses setData without applying anything
    QVERIFY(!model.setData(model.index(BudgetGridModel::TotalRow, 3), u"5"_s));
    QVERIFY(!model.setData(model.index(BudgetGridModel::CityRow, BudgetGridModel::TotalColumn),
                           u"5"_s));
    QVERIFY(!model.setData(model.index(BudgetGridModel::CityRow, BudgetGridModel::PriorColumn),
                           u"5"_s));
    QVERIFY(sink.edits.isEmpty());
}

void TestCardModels::budgetGridEditsProduceAfterCard_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("year"); // 0: prior, -1: after term
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QString>("mergeKey");
    QTest::addColumn<QStringList>("totalRow");

    QTest::newRow("city 2025 = 10")
        << int(BudgetGridModel::CityRow) << 2025 << QVariant(u"10"_s) << u"budget/city/2025"_s
        << QStringList{u"50"_s, u"0"_s, u"50"_s, u"20"_s, u"0"_s, u"20"_s, u"10"_s, u"0"_s, u"0"_s};
    QTest::newRow("city 2022 replaced")
        << int(BudgetGridModel::CityRow) << 2022 << QVariant(u"25.5"_s) << u"budget/city/2022"_s
        << QStringList{u"45.5"_s, u"0"_s, u"45.5"_s, u"25.5"_s, u"0"_s,
                       u"20"_s,   u"0"_s, u"0"_s,    u"0"_s};
    QTest::newRow("national grouped")
        << int(BudgetGridModel::NationalRow) << 2023 << QVariant(u" 1,234 "_s)
        << u"budget/national/2023"_s
        << QStringList{u"1274"_s, u"0"_s, u"1274"_s, u"20"_s, u"1234"_s,
                       u"20"_s,   u"0"_s, u"0"_s,    u"0"_s};
    QTest::newRow("other as double")
        << int(BudgetGridModel::OtherRow) << 2026 << QVariant(7.0) << u"budget/other/2026"_s
        << QStringList{u"47"_s, u"0"_s, u"47"_s, u"20"_s, u"0"_s, u"20"_s, u"0"_s, u"7"_s, u"0"_s};
    QTest::newRow("prior") << int(BudgetGridModel::TotalRow) << 0 << QVariant(u"5"_s)
                           << u"budget/prior"_s
                           << QStringList{u"45"_s, u"5"_s, u"40"_s, u"20"_s, u"0"_s,
                                          u"20"_s, u"0"_s, u"0"_s,  u"0"_s};
    QTest::newRow("after term") << int(BudgetGridModel::TotalRow) << -1 << QVariant(u"15"_s)
                                << u"budget/afterTerm"_s
                                << QStringList{u"55"_s, u"0"_s, u"40"_s, u"20"_s, u"0"_s,
                                               u"20"_s, u"0"_s, u"0"_s,  u"15"_s};
    QTest::newRow("executed 2025")
        << int(BudgetGridModel::ExecutedRow) << 2025 << QVariant(u"3"_s)
        << u"budget/executed/2025"_s
        << QStringList{u"40"_s, u"0"_s, u"40"_s, u"20"_s, u"0"_s, u"20"_s, u"0"_s, u"0"_s, u"0"_s};
}

void TestCardModels::budgetGridEditsProduceAfterCard()
{
    QFETCH(int, row);
    QFETCH(int, year);
    QFETCH(QVariant, input);
    QFETCH(QString, mergeKey);
    QFETCH(QStringList, totalRow);

    TestSink sink(seedCard());
    BudgetGridModel model(&sink, termStart, termEnd);
    Tester tester(&model, reportToQtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy refused(&model, &BudgetGridModel::editRefused);
    const int column = year > 0    ? model.columnOfYear(year)
                       : year == 0 ? int(BudgetGridModel::PriorColumn)
                                   : model.afterTermColumn();

    QVERIFY(model.setData(model.index(row, column), input));
    QCOMPARE(refused.count(), 0);
    QCOMPARE(sink.edits.size(), 1);
    QCOMPARE(sink.edits.first().mergeKey, mergeKey);
    QVERIFY(!sink.edits.first().description.isEmpty());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(rowTexts(model, BudgetGridModel::TotalRow), totalRow);

    const Pledge& after = sink.edits.first().after;
    const double amount =
        model.data(model.index(row, column), BudgetGridModel::ValueRole).toDouble();
    if (const auto source = BudgetGridModel::sourceOfRow(row)) {
        QCOMPARE(plannedAmount(after, *source, year), std::optional<double>(amount));
        QCOMPARE(after.planned.size(), seedCard().planned.size() + (year == 2022 ? 0 : 1));
    } else if (row == BudgetGridModel::ExecutedRow) {
        QCOMPARE(after.executed.size(), 3);
        QCOMPARE(after.executed.last().year, year);
        QCOMPARE(after.executed.last().amount, 3.0);
        QCOMPARE(text(model, row, BudgetGridModel::TotalColumn), u"28"_s);
    } else if (year == 0) {
        QCOMPARE(after.budgetPrior, 5.0);
    } else {
        QCOMPARE(after.budgetAfterTerm, 15.0);
    }
}

void TestCardModels::budgetGridClearsAndKeepsUnchangedValues()
{
    TestSink sink(seedCard());
    BudgetGridModel model(&sink, termStart, termEnd);
    Tester tester(&model, reportToQtTest);

    // the same value again is no edit (no empty undo step)
    QVERIFY(
        model.setData(model.index(BudgetGridModel::CityRow, model.columnOfYear(2022)), u"20"_s));
    QVERIFY(model.setData(model.index(BudgetGridModel::CityRow, model.columnOfYear(2023)), u""_s));
    QVERIFY(
        model.setData(model.index(BudgetGridModel::TotalRow, BudgetGridModel::PriorColumn), u""_s));
    QVERIFY(sink.edits.isEmpty());

    // empty clears the cell: the card loses it, totals follow
    QVERIFY(
        model.setData(model.index(BudgetGridModel::CityRow, model.columnOfYear(2024)), u"  "_s));
    QCOMPARE(sink.edits.size(), 1);
    QCOMPARE(sink.pledge().planned.size(), 1);
    QCOMPARE(plannedAmount(sink.pledge(), FundingSource::City, 2024), std::nullopt);
    QCOMPARE(text(model, BudgetGridModel::TotalRow, BudgetGridModel::TotalColumn), u"20"_s);
    QVERIFY(model.setData(model.index(BudgetGridModel::ExecutedRow, model.columnOfYear(2024)),
                          QVariant()));
    QCOMPARE(sink.pledge().executed.size(), 1);
    QCOMPARE(text(model, BudgetGridModel::ExecutedRow, BudgetGridModel::TotalColumn), u"20"_s);
    QCOMPARE(model.executionRate().value_or(-1), 100.0);

    // duplicates of one (source, year) collapse into one cell, keeping the first one's id
    Pledge duplicated = seedCard();
    duplicated.planned[0].id = u"first"_s;
    duplicated.planned.append({u"second"_s, FundingSource::City, 2022, 1});
    sink.replaceCard(duplicated);
    model.refresh();
    QCOMPARE(text(model, BudgetGridModel::CityRow, model.columnOfYear(2022)), u"21"_s);
    QVERIFY(
        model.setData(model.index(BudgetGridModel::CityRow, model.columnOfYear(2022)), u"30"_s));
    QCOMPARE(sink.pledge().planned.size(), 2);
    QCOMPARE(sink.pledge().planned.at(0).id, u"first"_s);
    QCOMPARE(sink.pledge().planned.at(0).amount, 30.0);
}

void TestCardModels::budgetGridRefusesBadAmounts_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("negative text")
        << int(BudgetGridModel::CityRow) << QVariant(u"-5"_s) << u"negative"_s;
    QTest::newRow("negative number")
        << int(BudgetGridModel::ExecutedRow) << QVariant(-1.5) << u"negative"_s;
    QTest::newRow("word") << int(BudgetGridModel::CityRow) << QVariant(u"abc"_s)
                          << u"“abc” is not an amount"_s;
    QTest::newRow("trailing junk")
        << int(BudgetGridModel::NationalRow) << QVariant(u"12kg"_s) << u"not an amount"_s;
    QTest::newRow("infinite") << int(BudgetGridModel::OtherRow) << QVariant(qInf()) << u"finite"_s;
    QTest::newRow("negative prior")
        << int(BudgetGridModel::TotalRow) << QVariant(u"-1"_s) << u"negative"_s;
}

void TestCardModels::budgetGridRefusesBadAmounts()
{
    QFETCH(int, row);
    QFETCH(QVariant, input);
    QFETCH(QString, messagePart);
    TestSink sink(seedCard());
    BudgetGridModel model(&sink, termStart, termEnd);
    Tester tester(&model, reportToQtTest);
    QSignalSpy refused(&model, &BudgetGridModel::editRefused);
    const int column = row == BudgetGridModel::TotalRow ? int(BudgetGridModel::PriorColumn)
                                                        : model.columnOfYear(2025);
    QVERIFY(!model.setData(model.index(row, column), input));
    QCOMPARE(refused.count(), 1);
    const QString message = refused.first().first().toString();
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    QVERIFY(sink.edits.isEmpty());
    QCOMPARE(text(model, BudgetGridModel::TotalRow, BudgetGridModel::TotalColumn), u"40"_s);
}

void TestCardModels::budgetGridReportsSinkRefusal()
{
    TestSink sink(seedCard());
    BudgetGridModel model(&sink, termStart, termEnd);
    QSignalSpy refused(&model, &BudgetGridModel::editRefused);
    sink.refuseWith = u"The database is read-only."_s;
    QVERIFY(
        !model.setData(model.index(BudgetGridModel::CityRow, model.columnOfYear(2025)), u"10"_s));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.first().first().toString(), u"The database is read-only."_s);
    QCOMPARE(text(model, BudgetGridModel::CityRow, model.columnOfYear(2025)), QString());
    QCOMPARE(sink.pledge().planned.size(), 2);
}

void TestCardModels::budgetGridRefreshFollowsCardAndYears()
{
    TestSink sink(seedCard());
    BudgetGridModel model(&sink, termStart, termEnd);
    Tester tester(&model, reportToQtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    Pledge card = seedCard();
    card.planned.append({{}, FundingSource::Province, 2026, 4});
    sink.replaceCard(card);
    model.refresh();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(text(model, BudgetGridModel::TotalRow, BudgetGridModel::TotalColumn), u"44"_s);

    // an amount outside the term gets its own column rather than being hidden
    card.planned.append({{}, FundingSource::City, 2027, 6});
    sink.replaceCard(card);
    model.refresh();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.years().last(), 2027);
    QCOMPARE(model.columnCount(), 10);
    QCOMPARE(text(model, BudgetGridModel::TotalRow, BudgetGridModel::TotalColumn), u"50"_s);

    // without a term the years are the card's own
    BudgetGridModel bare(&sink);
    Tester bareTester(&bare, reportToQtTest);
    QCOMPARE(bare.years(), (QList<int>{2022, 2024, 2026, 2027}));
}

void TestCardModels::budgetGridMatchesDemoStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto database = Database::open(dir.filePath(u"demo.db"_s), Database::Mode::CreateIfMissing);
    QVERIFY2(database, qPrintable(database ? QString() : database.error().fullText()));
    const Status populated = DemoData::populate(*database, dir.filePath(u"media"_s));
    QVERIFY2(populated, qPrintable(populated ? QString() : populated.error().fullText()));
    PledgeRepository repository(*database, nullptr);
    auto card = repository.loadByCode(u"7-1-3"_s);
    QVERIFY2(card, qPrintable(card ? QString() : card.error().fullText()));
    auto terms = repository.terms();
    QVERIFY(terms && !terms->isEmpty());

    TestSink sink(*card);
    BudgetGridModel budget(&sink, terms->first().start, terms->first().end);
    Tester tester(&budget, reportToQtTest);
    QCOMPARE(
        rowTexts(budget, BudgetGridModel::TotalRow),
        (QStringList{u"40"_s, u"0"_s, u"40"_s, u"20"_s, u"0"_s, u"20"_s, u"0"_s, u"0"_s, u"0"_s}));
    QCOMPARE(rowTexts(budget, BudgetGridModel::ExecutedRow),
             (QStringList{u"25"_s, {}, u"25"_s, u"20"_s, {}, u"5"_s, {}, {}, {}}));
    QCOMPARE(budget.executionRate().value_or(-1), 62.5);

    TaskScheduleModel schedule(&sink, terms->first().start, terms->first().end);
    Tester scheduleTester(&schedule, reportToQtTest);
    QCOMPARE(schedule.quarterCount(), 16);
    QCOMPARE(schedule.rowCount(), 2);
    ProgressListModel progress(&sink);
    Tester progressTester(&progress, reportToQtTest);
    QCOMPARE(progress.rowCount(), 9);
    DepartmentListModel departments(&sink);
    Tester departmentsTester(&departments, reportToQtTest);
    QCOMPARE(departments.rowCount(), 6);
    database->close();
}

// ---- schedule --------------------------------------------------------------------------

void TestCardModels::scheduleShowsTermQuarters()
{
    TestSink sink(seedCard());
    TaskScheduleModel model(&sink, termStart, termEnd);
    Tester tester(&model, reportToQtTest);
    touchAll(model);

    QCOMPARE(model.quarterCount(), 16);
    QCOMPARE(model.columnCount(), 18); // name, 16 quarters, note
    QCOMPARE(model.noteColumn(), 17);
    QCOMPARE(model.headerData(TaskScheduleModel::NameColumn, Qt::Horizontal).toString(), u"Task"_s);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"2022 Q3"_s);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"2022 Q4"_s);
    QCOMPARE(model.headerData(16, Qt::Horizontal).toString(), u"2026 Q2"_s);
    QCOMPARE(model.headerData(17, Qt::Horizontal).toString(), u"Note"_s);
    QCOMPARE(model.headerData(3, Qt::Horizontal, TaskScheduleModel::QuarterRole).toString(),
             u"2023-Q1"_s);
    QCOMPARE(model.quarterKeyAt(15), u"2026-Q2"_s);
    QCOMPARE(model.columnOfQuarter(0), 1);
    QCOMPARE(model.quarterIndexOfColumn(0), -1);
    QCOMPARE(model.quarterIndexOfColumn(17), -1);

    QCOMPARE(text(model, 0, 0), u"누리집 개선"_s);
    QCOMPARE(text(model, 1, 0), u"콘텐츠 현행화"_s);
    const auto active = [&](int row) {
        QString bar;
        for (int q = 0; q < model.quarterCount(); ++q)
            bar += model.data(model.index(row, model.columnOfQuarter(q)),
                              TaskScheduleModel::ActiveRole)
                           .toBool()
                       ? u'#'
                       : u'.';
        return bar;
    };
    QCOMPARE(active(0), u"##.............."_s);
    QCOMPARE(active(1), u"..##############"_s);
    QCOMPARE(model.data(model.index(0, 1), Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.data(model.index(0, 3), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model.data(model.index(1, 3), TaskScheduleModel::IsStartRole).toBool());
    QVERIFY(model.data(model.index(1, 16), TaskScheduleModel::IsEndRole).toBool());
    QVERIFY(!model.data(model.index(1, 4), TaskScheduleModel::IsStartRole).toBool());
    QVERIFY(model.flags(model.index(0, 1)).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!model.flags(model.index(0, 1)).testFlag(Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, 17)).testFlag(Qt::ItemIsEditable));
}

void TestCardModels::scheduleTogglesExtendAndShrink()
{
    TestSink sink(seedCard());
    TaskScheduleModel model(&sink, termStart, termEnd);
    Tester tester(&model, reportToQtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const auto range = [&](int row) -> QString {
        const PledgeTask task = sink.pledge().tasks.at(row);
        return task.startQuarter + u".."_s + task.endQuarter;
    };

    // after the end: extends the end (2022 Q3..Q4 → ..2023 Q2)
    QVERIFY(model.toggleQuarter(0, model.columnOfQuarter(3)));
    QCOMPARE(range(0), u"2022-Q3..2023-Q2"_s);
    QCOMPARE(model.taskAt(0).endQuarter, u"2023-Q2"_s);
    QVERIFY(changed.count() >= 1);
    // the end cell: shrinks from the end
    QVERIFY(model.toggleQuarter(0, model.columnOfQuarter(3)));
    QCOMPARE(range(0), u"2022-Q3..2023-Q1"_s);
    // the start cell: shrinks from the start
    QVERIFY(model.toggleQuarter(0, model.columnOfQuarter(0)));
    QCOMPARE(range(0), u"2022-Q4..2023-Q1"_s);
    // before the start: extends the start
    QVERIFY(model.toggleQuarter(0, model.columnOfQuarter(0)));
    QCOMPARE(range(0), u"2022-Q3..2023-Q1"_s);
    // from the end of the second task
    QVERIFY(model.toggleQuarter(1, model.columnOfQuarter(15)));
    QCOMPARE(range(1), u"2023-Q1..2026-Q1"_s);

    QCOMPARE(sink.edits.size(), 5);
    for (const TestSink::Edit& edit : std::as_const(sink.edits)) {
        QVERIFY(edit.mergeKey.isEmpty()); // every click is its own undo step
        QVERIFY(!edit.description.isEmpty());
    }
    QVERIFY(sink.edits.first().description.contains(u"누리집 개선"_s));
    QVERIFY(!model.toggleQuarter(0, TaskScheduleModel::NameColumn));
    QVERIFY(!model.toggleQuarter(5, 1));
}

void TestCardModels::scheduleRefusesEmptyOrSplitTask()
{
    Pledge card = seedCard();
    card.tasks.append({{}, u"단일"_s, u"2024-Q1"_s, u"2024-Q1"_s, {}});
    TestSink sink(card);
    TaskScheduleModel model(&sink, termStart, termEnd);
    Tester tester(&model, reportToQtTest);
    QSignalSpy refused(&model, &TaskScheduleModel::editRefused);

    const int q2024q1 = model.columnOfQuarter(6);
    QCOMPARE(model.headerData(q2024q1, Qt::Horizontal).toString(), u"2024 Q1"_s);
    QVERIFY(!model.toggleQuarter(2, q2024q1));                  // one quarter cannot become none
    QVERIFY(!model.toggleQuarter(1, model.columnOfQuarter(8))); // inside 2023 Q1..2026 Q2
    QVERIFY(!model.setData(model.index(1, model.columnOfQuarter(8)), int(Qt::Unchecked),
                           Qt::CheckStateRole));
    QCOMPARE(refused.count(), 3);
    QVERIFY(sink.edits.isEmpty());
    QCOMPARE(sink.pledge().tasks.at(2).startQuarter, u"2024-Q1"_s);

    // a sink refusal is reported the same way
    sink.refuseWith = u"locked"_s;
    QVERIFY(!model.toggleQuarter(0, model.columnOfQuarter(5)));
    QCOMPARE(refused.count(), 4);
    QCOMPARE(refused.last().first().toString(), u"locked"_s);
    QCOMPARE(model.taskAt(0).endQuarter, u"2022-Q4"_s);
}

void TestCardModels::scheduleCheckStateAndRange()
{
    Pledge card = seedCard();
    card.tasks[1].startQuarter.clear(); // e.g. imported without a run
    card.tasks[1].endQuarter.clear();
    TestSink sink(card);
    TaskScheduleModel model(&sink, termStart, termEnd);
    Tester tester(&model, reportToQtTest);

    // a task without a run gets the clicked quarter (which also makes the card valid again)
    QVERIFY(!model.data(model.index(1, 4), TaskScheduleModel::ActiveRole).toBool());
    QVERIFY(model.toggleQuarter(1, 4));
    QCOMPARE(sink.pledge().tasks.at(1).startQuarter, u"2023-Q2"_s);
    QCOMPARE(sink.pledge().tasks.at(1).endQuarter, u"2023-Q2"_s);

    // checking an already checked cell is no edit
    QVERIFY(model.setData(model.index(0, 1), int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(sink.edits.size(), 1);
    // unchecking the end shrinks; checking beyond extends
    QVERIFY(model.setData(model.index(0, 2), int(Qt::Unchecked), Qt::CheckStateRole));
    QCOMPARE(sink.pledge().tasks.at(0).endQuarter, u"2022-Q3"_s);
    QVERIFY(model.setData(model.index(0, 5), QVariant::fromValue(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(sink.pledge().tasks.at(0).endQuarter, u"2023-Q3"_s);
    QVERIFY(model.setData(model.index(0, 5), false, TaskScheduleModel::ActiveRole));
    QCOMPARE(sink.pledge().tasks.at(0).endQuarter, u"2023-Q2"_s);

    // drag: either order, merged per row
    const qsizetype before = sink.edits.size();
    QVERIFY(model.setRange(1, 9, 2));
    QCOMPARE(sink.pledge().tasks.at(1).startQuarter, u"2023-Q1"_s);
    QCOMPARE(sink.pledge().tasks.at(1).endQuarter, u"2024-Q4"_s);
    QVERIFY(model.setRange(1, 2, 10));
    QCOMPARE(sink.edits.size(), before + 2);
    QCOMPARE(sink.edits.at(before).mergeKey, u"schedule/1/range"_s);
    QCOMPARE(sink.edits.last().mergeKey, u"schedule/1/range"_s);
    QVERIFY(model.setRange(1, 2, 10)); // unchanged: no edit
    QCOMPARE(sink.edits.size(), before + 2);
    QVERIFY(!model.setRange(1, 0, 16)); // outside the term
    QVERIFY(!model.setRange(7, 0, 1));
    QCOMPARE(model.data(model.index(1, model.columnOfQuarter(10)), Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
}

void TestCardModels::scheduleInsertRemoveMoveTasks()
{
    TestSink sink(seedCard());
    TaskScheduleModel model(&sink, termStart, termEnd);
    Tester tester(&model, reportToQtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy refused(&model, &TaskScheduleModel::editRefused);

    QVERIFY(model.insertTask(1, u"  예산 확보 "_s));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(sink.pledge().tasks.at(1).name, u"예산 확보"_s);
    QCOMPARE(sink.pledge().tasks.at(1).startQuarter, u"2022-Q3"_s);
    QCOMPARE(sink.pledge().tasks.at(1).endQuarter, u"2022-Q3"_s);
    QCOMPARE(text(model, 2, 0), u"콘텐츠 현행화"_s);
    QVERIFY(sink.edits.last().description.contains(u"예산 확보"_s));

    QVERIFY(!model.insertTask(0, u"  "_s));
    QCOMPARE(refused.count(), 1);
    QVERIFY(!model.insertTask(9, u"x"_s));

    QVERIFY(model.insertRows(3, 2));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(text(model, 4, 0), u"New task"_s);

    QVERIFY(model.removeRows(3, 2));
    QVERIFY(model.removeTask(1));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(sink.pledge().tasks.size(), 2);
    QVERIFY(!model.removeTask(2));

    QVERIFY(model.moveRows({}, 1, 1, {}, 0));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(text(model, 0, 0), u"콘텐츠 현행화"_s);
    QCOMPARE(sink.pledge().tasks.at(0).name, u"콘텐츠 현행화"_s);
    QVERIFY(!model.moveRows({}, 0, 1, {}, 1)); // onto itself

    // a refused insert leaves the rows alone
    sink.refuseWith = u"no"_s;
    QVERIFY(!model.insertTask(0, u"x"_s));
    QVERIFY(!model.removeTask(0));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
}

void TestCardModels::scheduleEditsNameAndNote()
{
    TestSink sink(seedCard());
    TaskScheduleModel model(&sink, termStart, termEnd);
    Tester tester(&model, reportToQtTest);
    QSignalSpy refused(&model, &TaskScheduleModel::editRefused);

    QVERIFY(model.setData(model.index(0, 0), u" 누리집 전면 개편 "_s));
    QCOMPARE(sink.pledge().tasks.at(0).name, u"누리집 전면 개편"_s);
    QCOMPARE(sink.edits.last().mergeKey, u"schedule/0/name"_s);
    QVERIFY(!model.setData(model.index(0, 0), u""_s));
    QCOMPARE(refused.count(), 1);
    QVERIFY(model.setData(model.index(1, model.noteColumn()), u"분기별 갱신"_s));
    QCOMPARE(sink.pledge().tasks.at(1).note, u"분기별 갱신"_s);
    QCOMPARE(text(model, 1, model.noteColumn()), u"분기별 갱신"_s);
    QCOMPARE(sink.edits.last().mergeKey, u"schedule/1/note"_s);
    QCOMPARE(sink.edits.size(), 2);
}

void TestCardModels::scheduleSurvivesRefreshInsideApply()
{
    // The card editor refreshes its models when the store announces the write, which may
    // happen inside applyEdit(): the model's own signals must still be consistent.
    TestSink sink(seedCard());
    TaskScheduleModel model(&sink, termStart, termEnd);
    ProgressListModel progress(&sink);
    sink.onApplied = [&] {
        model.refresh();
        progress.refresh();
    };
    Tester tester(&model, reportToQtTest);
    Tester progressTester(&progress, reportToQtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QVERIFY(model.insertTask(2, u"홍보"_s));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QVERIFY(model.toggleQuarter(2, 3));
    QVERIFY(model.removeTask(0));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(text(model, 1, 0), u"홍보"_s);
    // an edit through another model refreshes this one in place
    QVERIFY(progress.removeRecord(0));
    QCOMPARE(progress.rowCount(), 8);
    QCOMPARE(reset.count(), 0);
}

// ---- progress record -------------------------------------------------------------------

void TestCardModels::progressShowsRecords()
{
    TestSink sink(seedCard());
    ProgressListModel model(&sink);
    Tester tester(&model, reportToQtTest);
    touchAll(model);
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(ProgressListModel::FromColumn, Qt::Horizontal).toString(), u"Date"_s);
    QCOMPARE(rowTexts(model, 6), (QStringList{u"2024-02"_s, u"2024-03"_s,
                                              u"공약이행평가단 자문회의 결과 변경사항 게시"_s}));
    QVERIFY(model.data(model.index(6, 0), ProgressListModel::IsRangeRole).toBool());
    QVERIFY(!model.data(model.index(0, 0), ProgressListModel::IsRangeRole).toBool());
    QVERIFY(model.data(model.index(1, 0), ProgressListModel::DayPrecisionRole).toBool());
    QVERIFY(!model.data(model.index(0, 0), ProgressListModel::DayPrecisionRole).toBool());
    QCOMPARE(model.recordAt(1).dateFrom, u"2022-09-29"_s);
}

void TestCardModels::progressEditsDates_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("mergeKey");
    QTest::newRow("month") << 0 << int(ProgressListModel::FromColumn) << u"2022-08"_s
                           << u"2022-08"_s << u"progress/0/from"_s;
    QTest::newRow("dotted day") << 0 << int(ProgressListModel::FromColumn) << u"2022. 9. 5."_s
                                << u"2022-09-05"_s << u"progress/0/from"_s;
    QTest::newRow("short month") << 4 << int(ProgressListModel::FromColumn) << u"2023.4"_s
                                 << u"2023-04"_s << QString();
    QTest::newRow("slashes") << 1 << int(ProgressListModel::FromColumn) << u"2022/09/30"_s
                             << u"2022-09-30"_s << u"progress/1/from"_s;
    QTest::newRow("range end") << 0 << int(ProgressListModel::ToColumn) << u"2022-10"_s
                               << u"2022-10"_s << u"progress/0/to"_s;
    QTest::newRow("clear range") << 6 << int(ProgressListModel::ToColumn) << u""_s << u""_s
                                 << u"progress/6/to"_s;
    QTest::newRow("text") << 2 << int(ProgressListModel::TextColumn) << u" 개편 완료 "_s
                          << u"개편 완료"_s << u"progress/2/text"_s;
}

void TestCardModels::progressEditsDates()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, input);
    QFETCH(QString, stored);
    QFETCH(QString, mergeKey);
    TestSink sink(seedCard());
    ProgressListModel model(&sink);
    Tester tester(&model, reportToQtTest);
    QSignalSpy refused(&model, &ProgressListModel::editRefused);

    QVERIFY(model.setData(model.index(row, column), input));
    QCOMPARE(refused.count(), 0);
    QCOMPARE(text(model, row, column), stored);
    if (mergeKey.isEmpty()) { // unchanged after normalising: no edit
        QVERIFY(sink.edits.isEmpty());
        return;
    }
    QCOMPARE(sink.edits.size(), 1);
    QCOMPARE(sink.edits.first().mergeKey, mergeKey);
    const ProgressRecord& record = sink.edits.first().after.progress.at(row);
    const QString value = column == ProgressListModel::FromColumn ? record.dateFrom
                          : column == ProgressListModel::ToColumn ? record.dateTo
                                                                  : record.text;
    QCOMPARE(value, stored);
}

void TestCardModels::progressRefusesBadDates_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("input");
    QTest::newRow("word") << 0 << int(ProgressListModel::FromColumn) << u"abc"_s;
    QTest::newRow("month 13") << 0 << int(ProgressListModel::FromColumn) << u"2024-13"_s;
    QTest::newRow("Feb 30") << 0 << int(ProgressListModel::FromColumn) << u"2024-02-30"_s;
    QTest::newRow("two-digit year") << 0 << int(ProgressListModel::FromColumn) << u"24-03"_s;
    QTest::newRow("empty start") << 0 << int(ProgressListModel::FromColumn) << u""_s;
    QTest::newRow("end before start") << 6 << int(ProgressListModel::ToColumn) << u"2024-01"_s;
    QTest::newRow("start after end") << 6 << int(ProgressListModel::FromColumn) << u"2024-04"_s;
    QTest::newRow("bad end") << 6 << int(ProgressListModel::ToColumn) << u"March"_s;
}

void TestCardModels::progressRefusesBadDates()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, input);
    TestSink sink(seedCard());
    ProgressListModel model(&sink);
    Tester tester(&model, reportToQtTest);
    QSignalSpy refused(&model, &ProgressListModel::editRefused);
    const QString before = text(model, row, column);
    QVERIFY(!model.setData(model.index(row, column), input));
    QCOMPARE(refused.count(), 1);
    QVERIFY(!refused.first().first().toString().isEmpty());
    QVERIFY(sink.edits.isEmpty());
    QCOMPARE(text(model, row, column), before);
}

void TestCardModels::progressInsertRemoveMove()
{
    Clock::pin(QDateTime(QDate(2024, 6, 10), QTime(9, 0)));
    TestSink sink(seedCard());
    ProgressListModel model(&sink);
    Tester tester(&model, reportToQtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy refused(&model, &ProgressListModel::editRefused);

    QVERIFY(model.insertRows(9, 1));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(text(model, 9, ProgressListModel::FromColumn), u"2024-06"_s);
    QVERIFY(model.insertRecord(0, {{}, u"2022.7.1"_s, u"2022-08"_s, u"착수"_s}));
    QCOMPARE(sink.pledge().progress.first().dateFrom, u"2022-07-01"_s);
    QCOMPARE(sink.pledge().progress.first().dateTo, u"2022-08"_s);
    QVERIFY(!model.insertRecord(0, {{}, u"bad"_s, {}, u"x"_s}));
    QVERIFY(!model.insertRecord(0, {{}, u"2022-09"_s, u"2022-08"_s, u"x"_s}));
    QCOMPARE(refused.count(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 11);

    // move the first record to the end, then back
    QVERIFY(model.moveRecord(0, 10));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(model.recordAt(10).text, u"착수"_s);
    QCOMPARE(sink.pledge().progress.at(10).text, u"착수"_s);
    QCOMPARE(model.recordAt(0).dateFrom, u"2022-09"_s);
    QVERIFY(model.moveRecord(10, 0));
    QCOMPARE(model.recordAt(0).text, u"착수"_s);
    QVERIFY(model.moveRows({}, 1, 2, {}, 5)); // two records moved down as a block
    QCOMPARE(model.recordAt(3).dateFrom, u"2022-09"_s);
    QCOMPARE(model.recordAt(4).dateFrom, u"2022-09-29"_s);
    QCOMPARE(sink.pledge().progress.at(4).dateFrom, u"2022-09-29"_s);
    QVERIFY(!model.moveRecord(0, 11));

    QVERIFY(model.removeRecord(0));
    QVERIFY(model.removeRows(9, 1));
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(sink.pledge().progress.size(), 9);
    QVERIFY(!model.removeRows(8, 2));
}

// ---- departments -----------------------------------------------------------------------

void TestCardModels::departmentsShowLabelsEditKeys()
{
    TestSink sink(seedCard());
    DepartmentListModel model(&sink);
    Tester tester(&model, reportToQtTest);
    touchAll(model);

    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(text(model, 0, 0), labelOf(DepartmentRole::Lead));
    QCOMPARE(text(model, 0, 0, Qt::EditRole), u"lead"_s);
    QCOMPARE(text(model, 3, 0, DepartmentListModel::RoleKeyRole), u"cooperating"_s);
    QCOMPARE(rowTexts(model, 3).mid(1), (QStringList{u"총무과"_s, u"비서실"_s, u"신상식"_s,
                                                     u"8204"_s, u"유성범"_s, u"8201"_s}));
    QCOMPARE(DepartmentListModel::roleKeys(), (QStringList{u"lead"_s, u"cooperating"_s}));
    QCOMPARE(model.headerData(DepartmentListModel::OfficerPhoneColumn, Qt::Horizontal).toString(),
             u"Officer's phone"_s);

    QVERIFY(model.setData(model.index(0, DepartmentListModel::RoleColumn), u"cooperating"_s));
    QCOMPARE(sink.pledge().departments.at(0).role, DepartmentRole::Cooperating);
    QCOMPARE(text(model, 0, 0), labelOf(DepartmentRole::Cooperating));
    QCOMPARE(sink.edits.last().mergeKey, u"departments/0/0"_s);
    QVERIFY(model.setData(model.index(0, DepartmentListModel::RoleColumn),
                          labelOf(DepartmentRole::Lead)));
    QCOMPARE(sink.pledge().departments.at(0).role, DepartmentRole::Lead);
    QVERIFY(model.setData(model.index(0, DepartmentListModel::RoleColumn), u"lead"_s)); // unchanged
    QCOMPARE(sink.edits.size(), 2);

    QVERIFY(model.setData(model.index(1, DepartmentListModel::LeaderPhoneColumn), u" 8262 "_s));
    QCOMPARE(sink.pledge().departments.at(1).leaderPhone, u"8262"_s);
    QCOMPARE(sink.edits.last().mergeKey, u"departments/1/4"_s);
    QVERIFY(model.setData(model.index(5, DepartmentListModel::OfficerColumn), u"홍길동"_s));
    QCOMPARE(sink.pledge().departments.at(5).officer, u"홍길동"_s);
    QCOMPARE(text(model, 5, DepartmentListModel::OfficerColumn), u"홍길동"_s);
    QCOMPARE(sink.edits.size(), 4);
}

void TestCardModels::departmentsRefuseUnknownRole()
{
    TestSink sink(seedCard());
    DepartmentListModel model(&sink);
    QSignalSpy refused(&model, &DepartmentListModel::editRefused);
    QVERIFY(!model.setData(model.index(0, DepartmentListModel::RoleColumn), u"boss"_s));
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.first().first().toString().contains(u"boss"_s));
    QVERIFY(sink.edits.isEmpty());
}

void TestCardModels::departmentsInsertRemoveMove()
{
    TestSink sink(seedCard());
    DepartmentListModel model(&sink);
    Tester tester(&model, reportToQtTest);

    QVERIFY(model.insertRows(6, 1)); // copies role and department of the row above
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(sink.pledge().departments.at(6).role, DepartmentRole::Cooperating);
    QCOMPARE(sink.pledge().departments.at(6).department, u"시민봉사과"_s);
    QVERIFY(model.insertRows(0, 1));
    QCOMPARE(sink.pledge().departments.at(0).role, DepartmentRole::Lead);
    QVERIFY(sink.pledge().departments.at(0).department.isEmpty());
    QVERIFY(model.insertContact(2, {{},
                                    DepartmentRole::Cooperating,
                                    u"기획예산실"_s,
                                    u"예산팀"_s,
                                    u"김철수"_s,
                                    u"8100"_s,
                                    u"이영희"_s,
                                    u"8101"_s}));
    QCOMPARE(text(model, 2, DepartmentListModel::TeamColumn), u"예산팀"_s);

    QVERIFY(model.moveRows({}, 2, 1, {}, 9));
    QCOMPARE(text(model, 8, DepartmentListModel::TeamColumn), u"예산팀"_s);
    QCOMPARE(sink.pledge().departments.at(8).team, u"예산팀"_s);

    QVERIFY(model.removeContact(8));
    QVERIFY(model.removeRows(0, 1));
    QVERIFY(model.removeRows(6, 1));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(text(model, 5, DepartmentListModel::TeamColumn), u"종합민원팀"_s);
    QCOMPARE(sink.edits.size(), 7);
}

// ---- refresh ---------------------------------------------------------------------------

void TestCardModels::refreshAfterUndoResetsOrUpdates()
{
    TestSink sink(seedCard());
    TaskScheduleModel schedule(&sink, termStart, termEnd);
    ProgressListModel progress(&sink);
    DepartmentListModel departments(&sink);
    Tester t1(&schedule, reportToQtTest);
    Tester t2(&progress, reportToQtTest);
    Tester t3(&departments, reportToQtTest);
    QSignalSpy scheduleReset(&schedule, &QAbstractItemModel::modelReset);
    QSignalSpy scheduleChanged(&schedule, &QAbstractItemModel::dataChanged);
    QSignalSpy progressReset(&progress, &QAbstractItemModel::modelReset);
    QSignalSpy departmentsChanged(&departments, &QAbstractItemModel::dataChanged);

    // the same shape: dataChanged over everything
    Pledge card = seedCard();
    card.tasks[0].endQuarter = u"2023-Q4"_s;
    card.departments[0].team = u"정책팀"_s;
    card.progress.removeLast();
    sink.replaceCard(card);
    schedule.refresh();
    progress.refresh();
    departments.refresh();
    QCOMPARE(scheduleReset.count(), 0);
    QCOMPARE(scheduleChanged.count(), 1);
    QCOMPARE(scheduleChanged.first().at(0).toModelIndex(), schedule.index(0, 0));
    QCOMPARE(scheduleChanged.first().at(1).toModelIndex(), schedule.index(1, 17));
    QVERIFY(schedule.data(schedule.index(0, 6), TaskScheduleModel::ActiveRole).toBool());
    QCOMPARE(departmentsChanged.count(), 1);
    QCOMPARE(text(departments, 0, DepartmentListModel::TeamColumn), u"정책팀"_s);
    // another shape: a reset
    QCOMPARE(progressReset.count(), 1);
    QCOMPARE(progress.rowCount(), 8);
    card.tasks.clear();
    sink.replaceCard(card);
    schedule.refresh();
    QCOMPARE(scheduleReset.count(), 1);
    QCOMPARE(schedule.rowCount(), 0);

    schedule.setTerm(QDate(2018, 7, 1), QDate(2022, 6, 30));
    QCOMPARE(schedule.quarterCount(), 16);
    QCOMPARE(schedule.headerData(1, Qt::Horizontal).toString(), u"2018 Q3"_s);
}

QTEST_MAIN(TestCardModels)
#include "tst_cardmodels.moc"
