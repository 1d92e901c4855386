#!/usr/bin/env bash
# Fails when a user-visible string has no zh_CN translation: re-extracts the strings from
# the sources into a copy of the translation file (the original is not touched) and counts
# the messages left unfinished.
set -euo pipefail
lupdate=$1 ts=$2 source_dir=$3 work=$4
mkdir -p "$work"
cp "$ts" "$work/check.ts"
"$lupdate" -silent -no-obsolete -locations none "$source_dir/models" "$source_dir/widgets" "$source_dir/app" \
  -ts "$work/check.ts" >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$work/check.ts" || true)
total=$(grep -c '<source>' "$work/check.ts" || true)
if [ "$unfinished" -ne 0 ]; then
  echo "zh_CN: $unfinished of $total strings are not translated:" >&2
  grep -B3 'type="unfinished"' "$work/check.ts" | grep '<source>' | head -40 >&2
  exit 1
fi
echo "zh_CN: all $total strings translated"
