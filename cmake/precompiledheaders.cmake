# Precompiled headers: the Qt headers most translation units include, parsed once per group
# of targets instead of once per .cpp. Most of a clean build's time goes into parsing them
# (every test includes <QtTest>, which pulls in all of QtCore), so CI turns this on.
#
# OFF by default when a compiler launcher (ccache) is set: ccache cannot cache compilations
# that use a GCC precompiled header without extra `sloppiness` settings, and a ccache build
# is mostly cache hits anyway. Such builds also check that every file includes what it uses.
# ON by default otherwise with GCC (CI, the README's fresh build); with other compilers it
# can be switched on by hand (not tested there).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(_pch_default ON)
else()
    set(_pch_default OFF)
endif()
option(OPENMAYOR_PCH "Precompile the heavy Qt headers (default: GCC without a compiler launcher)"
    ${_pch_default})

# Header sets. Only Qt and standard headers (never project headers: editing one would rebuild
# the whole group). The models set keeps to Core, Gui, Sql and Network (models/ never sees a
# widget, tst_layering); Qt Charts stays out (only views/charts/ includes it).
set(OPENMAYOR_PCH_MODELS
    <algorithm> <functional> <memory> <optional> <utility> <vector>
    <QAbstractTableModel> <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile>
    <QFileInfo> <QHash> <QImage> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QLocale>
    <QMap> <QObject> <QRegularExpression> <QSet> <QSqlDatabase> <QSqlError> <QSqlQuery>
    <QString> <QStringList> <QUndoStack> <QUrl> <QVariant>)
set(OPENMAYOR_PCH_WIDGETS ${OPENMAYOR_PCH_MODELS}
    <QAction> <QApplication> <QComboBox> <QDialog> <QDialogButtonBox> <QEvent> <QFileDialog>
    <QFormLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QPainter> <QPushButton>
    <QSplitter> <QTableView> <QVBoxLayout> <QWidget>)
set(OPENMAYOR_PCH_TESTS <QtTest> <QSignalSpy> <QSqlRecord> <QTemporaryDir> <QProcess>)

# openmayor_precompile_headers(TARGET GROUP HEADERS...): the first target of GROUP
# precompiles HEADERS, the later ones reuse that PCH (REUSE_FROM). GCC uses a PCH only when
# every macro defined on the command line is the same as when it was built, so a group holds
# only targets with identical compile definitions and options: Qt's modules define QT_*_LIB,
# and Qt6::Test defines QT_TESTCASE_SOURCEDIR per source directory (hence one test group per
# directory and kind). CMake compiles with -Winvalid-pch, so with OPENMAYOR_WERROR a target in
# the wrong group fails to build instead of silently parsing everything again.
function(openmayor_precompile_headers target group)
    if(NOT OPENMAYOR_PCH)
        return()
    endif()
    get_property(_holder GLOBAL PROPERTY OPENMAYOR_PCH_HOLDER_${group})
    if(_holder)
        target_precompile_headers(${target} REUSE_FROM ${_holder})
    else()
        target_precompile_headers(${target} PRIVATE ${ARGN})
        set_property(GLOBAL PROPERTY OPENMAYOR_PCH_HOLDER_${group} ${target})
    endif()
endfunction()
