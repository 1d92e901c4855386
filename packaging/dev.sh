#!/usr/bin/env bash
# Policy Workbench developer entry point for a Debian 12 machine.
#   packaging/dev.sh run [FILE.pwb]   install build dependencies, build, start the app
#   packaging/dev.sh test             install build dependencies, build, run every test
#   packaging/dev.sh build            install and build only
#   packaging/dev.sh bench [ARGS]     build and run the benchmark program
# Needs root (or sudo) the first time, to apt-get install the packages below.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${PWB_BUILD_DIR:-$here/build}"
command=${1:-run}
[ $# -gt 0 ] && shift

packages=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqcustomplot-dev libsqlite3-dev sqlite3 libcsv-dev libxlsxwriter-dev libssl-dev
  poppler-utils unzip
  fonts-noto-cjk
  dpkg-dev desktop-file-utils appstream shared-mime-info libglib2.0-bin file
)

install_packages() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

build_all() {
  install_packages
  cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPWB_WERROR=ON
  cmake --build "$build" -j2
}

case "$command" in
  run)
    build_all
    exec "$build/app/policy-workbench" "$@"
    ;;
  test)
    build_all
    cd "$build"
    exec ctest --output-on-failure -j2 "$@"
    ;;
  build)
    build_all
    ;;
  bench)
    build_all
    exec "$build/tests/bench/policy-workbench-bench" "$@"
    ;;
  *)
    echo "usage: $0 run|test|build|bench [arguments]" >&2
    exit 2
    ;;
esac
