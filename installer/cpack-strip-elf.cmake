# SPDX-License-Identifier: GPL-3.0-or-later
#
# CPack pre-build script (CPACK_PRE_BUILD_SCRIPTS, DEB only): strip the ELF
# files of the staged package the way Debian's dh_strip does, i.e. also drop
# the .comment and .note sections that a plain `strip` (CPACK_STRIP_FILES)
# keeps. Avoids lintian's binary-has-unneeded-section.
#
# Runs inside cpack; CPACK_TEMPORARY_INSTALL_DIRECTORY is the staging root and
# CPACK_TAKT_STRIP the strip program found by CMake (CMAKE_STRIP).

if(NOT CPACK_TAKT_STRIP OR NOT EXISTS "${CPACK_TAKT_STRIP}")
  message(STATUS "cpack-strip-elf: no strip program, ELF files left as installed")
  return()
endif()

file(GLOB_RECURSE _files LIST_DIRECTORIES FALSE "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*")
foreach(_file IN LISTS _files)
  if(IS_SYMLINK "${_file}")
    continue()
  endif()
  file(READ "${_file}" _magic LIMIT 4 HEX)
  if(NOT _magic STREQUAL "7f454c46")          # "\177ELF"
    continue()
  endif()
  # Shared objects: --strip-unneeded keeps the dynamic symbol table usable;
  # executables: strip all symbols.
  if(_file MATCHES "\\.so(\\.[0-9]+)*$")
    set(_mode --strip-unneeded)
  else()
    set(_mode --strip-all)
  endif()
  execute_process(
    COMMAND "${CPACK_TAKT_STRIP}" ${_mode} --remove-section=.comment --remove-section=.note "${_file}"
    RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "cpack-strip-elf: ${CPACK_TAKT_STRIP} failed on ${_file}")
  endif()
endforeach()
