# cmake -DCLI=… -DGUI=… -DDB=… -P rundemo.cmake
# Creates the demo database once (openmayor-cli init --demo), then opens it in the GUI.
if(NOT EXISTS "${DB}")
    execute_process(COMMAND "${CLI}" --db "${DB}" init --demo COMMAND_ERROR_IS_FATAL ANY)
endif()
execute_process(COMMAND "${GUI}" --db "${DB}" COMMAND_ERROR_IS_FATAL ANY)
