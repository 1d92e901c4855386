#!/usr/bin/env bash
# Re-renders the committed PNG icons from the SVG sources; run after editing either SVG.
# Needs rsvg-convert (Debian package librsvg2-bin). 16 px uses the hand-simplified
# policy-workbench-16.svg, every other size the full drawing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for size in 16 32 48 64 128 256; do
  source=policy-workbench.svg
  [ "$size" -eq 16 ] && source=policy-workbench-16.svg
  mkdir -p "hicolor/${size}x${size}/apps"
  rsvg-convert --width "$size" --height "$size" "$source" \
    --output "hicolor/${size}x${size}/apps/policy-workbench.png"
done
