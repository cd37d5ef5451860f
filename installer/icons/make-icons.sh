#!/usr/bin/env bash
# Draws the app icon with ImageMagick (apt-get install imagemagick) and writes the PNG (Linux,
# and the source of the others), the Windows .ico and, on macOS (sips + iconutil), the .icns.
# The committed skyroad-station.png / .ico are this script's output; run it again after a change.
# The picture: a snow mountain under a plateau sky, and a road climbing to it.
set -euo pipefail
cd "$(dirname "$0")"
magick_cmd=$(command -v magick || command -v convert)
"$magick_cmd" -size 256x256 xc:none \
  -fill '#1f6fb2' -draw 'roundrectangle 8,8 247,247 44,44' \
  -fill '#4a9ad6' -draw 'roundrectangle 8,8 247,140 44,44' -draw 'rectangle 8,60 247,178' \
  -fill '#e9f1f7' -draw 'polygon 28,176 104,64 136,108 160,84 232,176' \
  -fill '#ffffff' -draw 'polygon 84,94 104,64 122,90 112,86 104,98 96,88' \
  -fill '#7a5a3a' -draw 'rectangle 8,176 247,210' \
  -fill '#7a5a3a' -draw 'roundrectangle 8,190 247,247 44,44' \
  -fill '#f2b632' -draw 'polygon 100,247 156,247 134,176 122,176' \
  -stroke '#7a5a3a' -strokewidth 3 -draw 'line 128,186 128,198' -draw 'line 128,212 128,232' \
  -strip skyroad-station.png
"$magick_cmd" skyroad-station.png -define icon:auto-resize=256,48,32,16 skyroad-station.ico
if command -v iconutil >/dev/null 2>&1; then
  rm -rf skyroad-station.iconset && mkdir skyroad-station.iconset
  for s in 16 32 128 256; do
    sips -z $s $s skyroad-station.png --out skyroad-station.iconset/icon_${s}x${s}.png >/dev/null
    sips -z $((s * 2)) $((s * 2)) skyroad-station.png --out skyroad-station.iconset/icon_${s}x${s}@2x.png >/dev/null
  done
  iconutil -c icns skyroad-station.iconset -o skyroad-station.icns
  rm -rf skyroad-station.iconset
fi
ls -l skyroad-station.*
