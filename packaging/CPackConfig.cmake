# Packages: `cpack --config build/CPackConfig.cmake` (or `cmake --build build --target package`) writes a .deb
# and a .tar.gz with both executables, the launcher, the AppStream metainfo and the icon.
set(CPACK_PACKAGE_NAME "authscope")
set(CPACK_PACKAGE_VENDOR "The AuthScope developers")
set(CPACK_PACKAGE_CONTACT "AuthScope developers <dev@authscope.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Console for sessions, JSON Web Tokens and signing keys")
set(CPACK_PACKAGE_DESCRIPTION
    "AuthScope shows who is logged in and lets an administrator revoke sessions, inspect and verify JWTs,
rotate signing keys, and keep a hash-chained audit log of every action. Includes authscope-cli.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://authscope.org/")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build.*/")

# Debian: library dependencies found by dpkg-shlibdeps; Qt plugins are loaded at run time, so name them.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")

include(CPack)
