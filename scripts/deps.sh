# Sourced by scripts/run and scripts/test: installs the system packages Takt needs to build,
# test and run, with apt-get (as root, or through sudo). Elsewhere it says what to install.
# Debian's qt6-charts-dev does not depend on libqt6opengl6-dev, which Qt6Charts needs; the
# test deps.build-packages (scripts/check-build-deps) fails when the build uses a package
# that this list does not bring. dpkg-dev and file: cpack -G DEB, for deps.runtime-packages.
# clang and its runtimes (libclang-rt-14-dev: ASan, UBSan, LSan, libFuzzer): scripts/test's
# second build, under the sanitizers, with the fuzz targets.

TAKT_PACKAGES="cmake ninja-build g++ pkg-config
qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6 libqt6sql6-sqlite
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev libsqlite3-dev
fonts-dejavu-core fonts-droid-fallback poppler-utils xvfb xauth dpkg-dev file
clang libclang-rt-14-dev"

takt_missing_packages() {
  local missing="" p
  for p in $TAKT_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  echo "$missing"
}

takt_install_dependencies() {
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "This script installs packages on Debian and Ubuntu only. Install these yourself:" >&2
    echo "  a C++17 compiler, CMake >= 3.22, Ninja, Qt >= 6.4 (Core Gui Widgets Sql+SQLite Svg" >&2
    echo "  Charts PrintSupport Test LinguistTools), SQLite 3 headers, poppler-utils" >&2
    return 0
  fi
  local missing
  missing=$(takt_missing_packages)
  [ -z "${missing// /}" ] && return 0
  echo "Installing missing packages:$missing"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      echo "Not root and no sudo: install these packages first:$missing" >&2
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq || true
  # shellcheck disable=SC2086
  $sudo apt-get install -y -qq --no-install-recommends $missing
}
