# Compiler options shared by every target of the project, as one interface target.
add_library(authscope_options INTERFACE)
add_library(AuthScope::options ALIAS authscope_options)

target_compile_features(authscope_options INTERFACE cxx_std_23)
# Includes name a file from the repository root ("core/keys/KeyStore.h", "ui/keys/KeysPage.h").
target_include_directories(authscope_options INTERFACE ${PROJECT_SOURCE_DIR})

target_compile_definitions(authscope_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    OPENSSL_API_COMPAT=30000
    OPENSSL_NO_DEPRECATED
    AUTHSCOPE_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(authscope_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                       -Wcast-align -Woverloaded-virtual)
elseif(MSVC)
    target_compile_options(authscope_options INTERFACE /W4 /permissive-)
endif()

if(AUTHSCOPE_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "AUTHSCOPE_SANITIZE needs GCC or Clang")
    endif()
    # Applied to everything we compile and link, so that the static libraries and the tests agree.
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

if(AUTHSCOPE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "AUTHSCOPE_FUZZ needs clang (configure with -DCMAKE_CXX_COMPILER=clang++)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address -fno-omit-frame-pointer)
    # clang (14 and 16) with libstdc++ 12 reports __cpp_concepts as 201907, which hides std::expected; libstdc++
    # 12 only needs the C++20 concepts clang does support.
    add_compile_options(-D__cpp_concepts=202002L -Wno-macro-redefined -Wno-builtin-macro-redefined)
    add_link_options(-fsanitize=address)
endif()
