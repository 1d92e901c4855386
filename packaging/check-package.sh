#!/usr/bin/env bash
# Builds the Debian package with CPack and checks it: the files it must contain, its control
# fields, that the desktop, AppStream and MIME files validate, that the shipped sample project
# is a project the packaged binary accepts, and that shared-mime-info recognises .pwb files.
# Usage (ctest runs it as package_contents):
#   check-package.sh CPACK BUILD_DIR PACKAGING_SOURCE_DIR
set -euo pipefail

cpack=$1
build=$2
source=$3
app_id=io.github.policyworkbench.PolicyWorkbench
icon_sizes=(16 32 48 64 128 256)
expected_files=(
  usr/bin/policy-workbench
  usr/share/applications/policy-workbench.desktop
  "usr/share/metainfo/$app_id.metainfo.xml"
  usr/share/mime/packages/policy-workbench.xml
  usr/share/policy-workbench/sample-project.pwb
  usr/share/policy-workbench/translations/policy-workbench_zh_CN.qm
  usr/share/doc/policy-workbench/copyright
  usr/share/doc/policy-workbench/changelog.gz
  usr/share/icons/hicolor/scalable/apps/policy-workbench.svg
  usr/share/icons/hicolor/scalable/mimetypes/application-x-policy-workbench.svg
)
for size in "${icon_sizes[@]}"; do
  expected_files+=("usr/share/icons/hicolor/${size}x${size}/apps/policy-workbench.png"
                   "usr/share/icons/hicolor/${size}x${size}/mimetypes/application-x-policy-workbench.png")
done

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
need() {
  command -v "$1" >/dev/null ||
    { echo "FAIL: $1 not found: install the Debian package $2 (packaging/dev.sh lists it)" >&2; exit 1; }
}
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need update-mime-database shared-mime-info
need gio libglib2.0-bin
need file file

work=$(mktemp -d "${TMPDIR:-/tmp}/pwb-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

# ---- build the package -------------------------------------------------------------------
# cpack first runs the build tree's "preinstall" step, which rebuilds whatever is out of date:
# give up with its log, rather than be killed silently by the ctest timeout, if that is slow.
echo "== cpack -G DEB (output in a temporary folder)"
if ! timeout 240 "$cpack" -G DEB -B "$work/out" --config "$build/CPackConfig.cmake" \
  >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  echo "FAIL: cpack could not build the package in 240 s (log above); build the tree first:" \
    "cmake --build $build" >&2
  exit 1
fi
shopt -s nullglob
debs=("$work"/out/policy-workbench_*.deb)
shopt -u nullglob
if [ ${#debs[@]} -ne 1 ]; then
  cat "$work/cpack.log" >&2
  echo "FAIL: expected one policy-workbench_*.deb from cpack, found ${#debs[@]}" >&2
  exit 1
fi
deb=${debs[0]}
echo "   $(basename "$deb"), $(stat -c %s "$deb") bytes"

# ---- contents ----------------------------------------------------------------------------
echo "== dpkg-deb -c"
# Columns: mode owner/group size date time path; keep "size path" for regular files.
dpkg-deb -c "$deb" | awk '$1 ~ /^-/ { sub(/^\.\//, "", $6); print $3, $6 }' >"$work/contents"
for path in "${expected_files[@]}"; do
  size=$(awk -v p="$path" '$2 == p { print $1 }' "$work/contents")
  if [ -z "$size" ]; then
    fail "the package does not contain /$path"
  elif [ "$size" -eq 0 ]; then
    fail "/$path is empty in the package"
  fi
done
echo "   $(wc -l <"$work/contents") files, ${#expected_files[@]} checked"

# ---- control fields ----------------------------------------------------------------------
echo "== dpkg-deb -f"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = policy-workbench ] || fail "Package is '$(field Package)', not policy-workbench"
[ "$(field Section)" = science ] || fail "Section is '$(field Section)', not science"
[ "$(field Maintainer)" = "Policy Workbench developers <dev@policy-workbench.invalid>" ] ||
  fail "Maintainer is '$(field Maintainer)'"
[ "$(basename "$deb")" = "policy-workbench_$(field Version)_$(field Architecture).deb" ] ||
  fail "file name $(basename "$deb") does not follow the Debian package_version_arch.deb form"
depends=$(field Depends)
echo "   Depends: $depends"
# fonts and the SQL plugin are named by hand; libqt6core6 shows that dpkg-shlibdeps ran.
for dependency in fonts-noto-cjk libqt6sql6-sqlite libqt6core6 libqt6widgets6; do
  grep -Eq "(^|, )$dependency( |,|$)" <<<"$depends" || fail "Depends lacks $dependency"
done

dpkg-deb -x "$deb" "$work/root"
share=$work/root/usr/share

# ---- desktop entry and AppStream metadata ------------------------------------------------
echo "== desktop-file-validate"
cmp -s "$source/policy-workbench.desktop" "$share/applications/policy-workbench.desktop" ||
  fail "the packaged .desktop file differs from packaging/policy-workbench.desktop"
if ! desktop-file-validate "$source/policy-workbench.desktop" >"$work/desktop.log" 2>&1 ||
  grep -Eq 'error:|warning:' "$work/desktop.log"; then
  cat "$work/desktop.log" >&2
  fail "desktop-file-validate reports problems in policy-workbench.desktop"
fi

echo "== appstreamcli validate --no-net"
metainfo="$app_id.metainfo.xml"
cmp -s "$source/$metainfo" "$share/metainfo/$metainfo" ||
  fail "the packaged metainfo file differs from packaging/$metainfo"
if ! appstreamcli validate --no-net "$source/$metainfo" >"$work/appstream.log" 2>&1 ||
  grep -Eq '^(E|W):' "$work/appstream.log"; then
  cat "$work/appstream.log" >&2
  fail "appstreamcli validate reports errors or warnings in $metainfo"
fi
# The installed tree as a software centre sees it: metainfo, desktop entry and icons together.
if ! appstreamcli validate-tree --no-net "$work/root" >"$work/tree.log" 2>&1 ||
  grep -Eq '^(E|W):' "$work/tree.log"; then
  cat "$work/tree.log" >&2
  fail "appstreamcli validate-tree reports errors or warnings in the installed files"
fi

# ---- MIME type ---------------------------------------------------------------------------
echo "== shared-mime-info"
cmp -s "$source/policy-workbench-mime.xml" "$share/mime/packages/policy-workbench.xml" ||
  fail "the packaged MIME file differs from packaging/policy-workbench-mime.xml"
# A private MIME database: the system's base types (for application/vnd.sqlite3) plus ours.
mkdir -p "$work/xdg/mime/packages" "$work/empty"
cp /usr/share/mime/packages/freedesktop.org.xml "$share/mime/packages/policy-workbench.xml" \
  "$work/xdg/mime/packages/"
if ! XDG_DATA_DIRS=$work/xdg XDG_DATA_HOME=$work/empty update-mime-database "$work/xdg/mime" \
  >"$work/mime.log" 2>&1 || [ -s "$work/mime.log" ]; then
  cat "$work/mime.log" >&2
  fail "update-mime-database rejects policy-workbench.xml"
fi
content_type() {
  XDG_DATA_DIRS=$work/xdg XDG_DATA_HOME=$work/empty GIO_USE_VFS=local \
    gio info --attributes=standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'
}
sample=$share/policy-workbench/sample-project.pwb
cp "$sample" "$work/no-extension"         # recognised by its header alone
cp "$sample" "$work/other-sqlite"         # the same file without our application id
printf '\0\0\0\0' | dd of="$work/other-sqlite" bs=1 seek=68 conv=notrunc status=none
for check in "$sample application/x-policy-workbench" \
             "$work/no-extension application/x-policy-workbench" \
             "$work/other-sqlite application/vnd.sqlite3"; do
  set -- $check
  type=$(content_type "$1")
  [ "$type" = "$2" ] || fail "$(basename "$1") is detected as '$type', expected $2"
done

# ---- the sample project ------------------------------------------------------------------
echo "== sample project"
# "SQLite format 3\0" at byte 0.
[ "$(head -c 16 "$sample" | od -An -tx1 | tr -d ' \n')" = 53514c69746520666f726d6174203300 ] ||
  fail "sample-project.pwb does not start with the SQLite header"
[ "$(dd if="$sample" bs=1 skip=68 count=4 status=none)" = PWB1 ] ||
  fail "sample-project.pwb does not carry application_id PWB1 at byte 68"
file -b "$sample" | grep -q '^SQLite 3.x database' || fail "file(1) says: $(file -b "$sample")"
# The packaged binary (stripped, linked against the system Qt) must accept its own sample.
mkdir -p "$work/home"
cp "$sample" "$work/home/sample.pwb"
if ! HOME=$work/home XDG_CONFIG_HOME=$work/home QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
  "$work/root/usr/bin/policy-workbench" check "$work/home/sample.pwb" >"$work/check.log" 2>&1; then
  cat "$work/check.log" >&2
  fail "policy-workbench check rejects the packaged sample project"
fi

if [ "$failures" -ne 0 ]; then
  echo "package_contents: $failures problem(s) found in $(basename "$deb")" >&2
  exit 1
fi
echo "package_contents: $(basename "$deb") is complete and its metadata validates"
