# Install and deploy rules for both executables: `cmake --install <build> --prefix <dir>`.
# Included from app/CMakeLists.txt once the targets openmayor and openmayor-cli exist.
#   Linux:   only the binaries (Qt comes from the distribution's packages).
#   Windows: the binaries plus, next to them, the Qt DLLs, plugins (platforms, styles,
#            sqldrivers, imageformats, tls) and Qt's translations, copied by windeployqt.
#            Not copied by windeployqt: libpq.dll and its DLLs (needed by the QPSQL driver,
#            from the PostgreSQL client) and the compiler runtime if --no-compiler-runtime.
include(GNUInstallDirs)

install(TARGETS openmayor openmayor-cli
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)

if(WIN32)
    if(COMMAND qt_generate_deploy_app_script)
        # Qt 6.3+ (technical preview up to 6.4): generates a script running windeployqt.
        # Qt 6.5 renamed FILENAME_VARIABLE to OUTPUT_SCRIPT (the old name is deprecated).
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            set(_openmayor_script_arg OUTPUT_SCRIPT)
        else()
            set(_openmayor_script_arg FILENAME_VARIABLE)
        endif()
        foreach(_openmayor_target IN ITEMS openmayor openmayor-cli)
            qt_generate_deploy_app_script(TARGET ${_openmayor_target}
                ${_openmayor_script_arg} _openmayor_deploy_script
                NO_UNSUPPORTED_PLATFORM_ERROR)
            install(SCRIPT "${_openmayor_deploy_script}")
        endforeach()
    else()
        # Older Qt: run windeployqt, found next to qmake, on the installed executables.
        install(CODE "
            set(_windeployqt \"$<TARGET_FILE_DIR:Qt6::qmake>/windeployqt.exe\")
            set(_bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
            foreach(_exe \"$<TARGET_FILE_NAME:openmayor>\" \"$<TARGET_FILE_NAME:openmayor-cli>\")
                execute_process(COMMAND \"\${_windeployqt}\" \"\${_bin}/\${_exe}\"
                    COMMAND_ERROR_IS_FATAL ANY)
            endforeach()")
    endif()
endif()
