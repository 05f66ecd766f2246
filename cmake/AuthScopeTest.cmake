# One test executable per test class:
#   authscope_add_test(tst_auditlog SOURCES tst_auditlog.cpp LIBS authscope_core LABEL unit)
# The test runs offscreen, with a private HOME/XDG so it never touches the user's settings or data.
# BOTH_BACKENDS registers it a second time as NAME_pg with AUTHSCOPE_TEST_BACKEND=postgresql (label "postgres"):
# the test's databases come from tests/support's testDatabase(), which then creates one on the server of
# AUTHSCOPE_TEST_PG_URL (scripts/test.sh starts a throwaway cluster and exports it).
function(authscope_add_test name)
    cmake_parse_arguments(ARG "BOTH_BACKENDS" "LABEL;TIMEOUT" "SOURCES;LIBS;ENVIRONMENT" ${ARGN})
    if(NOT ARG_LABEL)
        set(ARG_LABEL unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test authscope_test_support authscope_options SQLite::SQLite3 ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set(test_home "${CMAKE_CURRENT_BINARY_DIR}/${name}.home")
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABEL}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${test_home};XDG_CONFIG_HOME=${test_home}/config;XDG_DATA_HOME=${test_home}/data;XDG_CACHE_HOME=${test_home}/cache;XDG_RUNTIME_DIR=${test_home}/run;AUTHSCOPE_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;AUTHSCOPE_CLI=$<TARGET_FILE:authscope-cli>;ASAN_OPTIONS=detect_leaks=0;${ARG_ENVIRONMENT}")
    if(ARG_BOTH_BACKENDS)
        set(pg_home "${CMAKE_CURRENT_BINARY_DIR}/${name}_pg.home")
        add_test(NAME ${name}_pg COMMAND ${name})
        set_tests_properties(${name}_pg PROPERTIES
            LABELS "${ARG_LABEL};postgres"
            TIMEOUT ${ARG_TIMEOUT}
            ENVIRONMENT "AUTHSCOPE_TEST_BACKEND=postgresql;QT_QPA_PLATFORM=offscreen;HOME=${pg_home};XDG_CONFIG_HOME=${pg_home}/config;XDG_DATA_HOME=${pg_home}/data;XDG_CACHE_HOME=${pg_home}/cache;XDG_RUNTIME_DIR=${pg_home}/run;AUTHSCOPE_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;AUTHSCOPE_CLI=$<TARGET_FILE:authscope-cli>;ASAN_OPTIONS=detect_leaks=0;${ARG_ENVIRONMENT}")
    endif()
endfunction()
