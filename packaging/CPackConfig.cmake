# CPack configuration, included from packaging/CMakeLists.txt. `scripts/package.sh` builds a Release tree in
# build-package/ and runs cpack; by hand: `cmake --build build --target package` (or `cd build && cpack`).
#   Linux    .deb (dependencies from Debian's Qt 6 and OpenSSL packages, nothing bundled), .tar.gz, and .rpm when
#            rpmbuild is installed
#   Windows  NSIS installer and .zip (Qt and OpenSSL DLLs deployed next to the executables by windeployqt)
#   macOS    DragNDrop .dmg with AuthScope.app (frameworks deployed by macdeployqt)
set(CPACK_PACKAGE_NAME "authscope")
set(CPACK_PACKAGE_VENDOR "The AuthScope developers")
set(CPACK_PACKAGE_CONTACT "AuthScope developers <dev@authscope.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "console for sessions, JSON Web Tokens and signing keys")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://authscope.org/")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "AuthScope")
set(CPACK_PACKAGE_EXECUTABLES "authscope;AuthScope")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/")
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_THREADS 0)
# Written by the packaging scripts and the test below; keep both in step with packaging/linux/debian/changelog.
set(AUTHSCOPE_PACKAGE_RELEASE 1)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_PACKAGE_FILE_NAME "AuthScope-${PROJECT_VERSION}-win64")
    set(CPACK_NSIS_PACKAGE_NAME "AuthScope")
    set(CPACK_NSIS_DISPLAY_NAME "AuthScope ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON ${AUTHSCOPE_WINDOWS_ICON})
    set(CPACK_NSIS_MUI_UNIICON ${AUTHSCOPE_WINDOWS_ICON})
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\authscope.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
    set(CPACK_NSIS_CONTACT "dev@authscope.org")
    set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
    # authscope-cli is meant for scripts: offer to put bin\ on PATH.
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "authscope.exe")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_PACKAGE_FILE_NAME "AuthScope-${PROJECT_VERSION}-macOS")
    set(CPACK_DMG_VOLUME_NAME "AuthScope ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
    # The license text is shown in the app's About box; a DMG license dialog needs the deprecated Rez tool.
    unset(CPACK_RESOURCE_FILE_LICENSE)
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    find_program(AUTHSCOPE_RPMBUILD rpmbuild)
    mark_as_advanced(AUTHSCOPE_RPMBUILD)
    if(AUTHSCOPE_RPMBUILD)
        list(APPEND CPACK_GENERATOR "RPM")
    endif()
    # authscope-0.1.0-Linux-x86_64.tar.gz: the installed tree (bin/, share/), to unpack into a prefix.
    set(CPACK_ARCHIVE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-Linux-${CMAKE_SYSTEM_PROCESSOR}")
    set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
    set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-Linux-${CMAKE_SYSTEM_PROCESSOR}")

    # Debian: authscope_0.1.0-1_amd64.deb. Library dependencies (Qt 6, OpenSSL 3, SQLite, libstdc++) come from
    # dpkg-shlibdeps; Qt loads its plugins at run time, so the packages holding the ones we need are named here:
    # the SQLite driver (libqt6sql6-sqlite) and the SVG icon engine and image plugin (libqt6svg6). The xcb,
    # offscreen and Wayland-less platform plugins are in libqt6gui6, which shlibdeps finds.
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE ${AUTHSCOPE_PACKAGE_RELEASE})
    set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CPACK_PACKAGE_HOMEPAGE_URL})
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, fonts-dejavu-core | fonts-freefont-ttf")
    # The long description; CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY before it as the synopsis and indents
    # each line by one space (Debian control syntax: "." for an empty line).
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "AuthScope is a desktop console for the people who run authentication. It
shows who is logged in and lets an administrator revoke sessions, inspects
and verifies JSON Web Tokens (JWS, JWK, JWK Sets, PEM keys), rotates signing
keys without breaking clients, and runs a local test server that shows
server-side sessions and JWTs side by side.
.
Every administrative action lands in a hash-chained audit log. The package
also contains authscope-cli, which drives the same engine without a display,
for scripts and tests.")

    # RPM (Fedora names for the plugins; library requirements are found by rpmbuild).
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_RELEASE ${AUTHSCOPE_PACKAGE_RELEASE})
    set(CPACK_RPM_PACKAGE_LICENSE "MIT")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
    set(CPACK_RPM_PACKAGE_URL ${CPACK_PACKAGE_HOMEPAGE_URL})
    string(REPLACE "\n.\n" "\n\n" CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
    set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtsvg")
    set(CPACK_RPM_PACKAGE_AUTOREQ ON)
    # Directories owned by the distribution's filesystem packages must not be claimed by ours.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
        /usr/share/man /usr/share/man/man1 /usr/share/bash-completion /usr/share/bash-completion/completions
        /usr/share/doc /usr/share/lintian /usr/share/lintian/overrides)
    # No /usr/lib/.build-id links: they would clash with any other package built from the same objects.
    set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
    foreach(size 16 22 24 32 48 64 128 256 512 scalable)
        if(size STREQUAL "scalable")
            set(dir /usr/share/icons/hicolor/scalable)
        else()
            set(dir /usr/share/icons/hicolor/${size}x${size})
        endif()
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${dir} ${dir}/apps)
    endforeach()
endif()

include(CPack)
