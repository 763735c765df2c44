#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerate the raster icons of Takt from the two SVG masters:
#   resources/icons/org.taktapp.Takt.svg     application icon
#   resources/icons/application-x-takt.svg   document icon (application/x-takt)
#
# Writes (all committed to git, so a normal build needs none of these tools):
#   resources/icons/hicolor/<N>x<N>/apps/org.taktapp.Takt.png        N = 16..256
#   resources/icons/hicolor/<N>x<N>/mimetypes/application-x-takt.png N = 16..256
#   resources/icons/takt.ico                 Windows executable / NSIS installer icon
#   resources/icons/takt.icns                macOS bundle icon
#   resources/icons/application-x-takt.ico   Windows .takt document icon (in takt.exe)
#   resources/icons/application-x-takt.icns  macOS .takt document icon
#
# Needs: rsvg-convert (Debian: librsvg2-bin) and python3.
# Usage: installer/make-icons.sh            (from anywhere)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
icons=$(cd "$here/../resources/icons" && pwd)
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found (apt-get install librsvg2-bin)" >&2; exit 1; }

app="$icons/org.taktapp.Takt.svg"
doc="$icons/application-x-takt.svg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for n in 16 22 24 32 48 64 128 256; do
  mkdir -p "$icons/hicolor/${n}x${n}/apps" "$icons/hicolor/${n}x${n}/mimetypes"
  rsvg-convert -w "$n" -h "$n" -o "$icons/hicolor/${n}x${n}/apps/org.taktapp.Takt.png" "$app"
  rsvg-convert -w "$n" -h "$n" -o "$icons/hicolor/${n}x${n}/mimetypes/application-x-takt.png" "$doc"
done

for n in 512 1024; do
  rsvg-convert -w "$n" -h "$n" -o "$tmp/app-$n.png" "$app"
  rsvg-convert -w "$n" -h "$n" -o "$tmp/doc-$n.png" "$doc"
done

h="$icons/hicolor"
python3 "$here/icon-containers.py" ico "$icons/takt.ico" \
  "$h/16x16/apps/org.taktapp.Takt.png" "$h/24x24/apps/org.taktapp.Takt.png" \
  "$h/32x32/apps/org.taktapp.Takt.png" "$h/48x48/apps/org.taktapp.Takt.png" \
  "$h/64x64/apps/org.taktapp.Takt.png" "$h/256x256/apps/org.taktapp.Takt.png"
python3 "$here/icon-containers.py" icns "$icons/takt.icns" \
  "$h/16x16/apps/org.taktapp.Takt.png" "$h/32x32/apps/org.taktapp.Takt.png" \
  "$h/64x64/apps/org.taktapp.Takt.png" "$h/128x128/apps/org.taktapp.Takt.png" \
  "$h/256x256/apps/org.taktapp.Takt.png" "$tmp/app-512.png" "$tmp/app-1024.png"

m=application-x-takt.png
python3 "$here/icon-containers.py" ico "$icons/application-x-takt.ico" \
  "$h/16x16/mimetypes/$m" "$h/24x24/mimetypes/$m" "$h/32x32/mimetypes/$m" \
  "$h/48x48/mimetypes/$m" "$h/64x64/mimetypes/$m" "$h/256x256/mimetypes/$m"
python3 "$here/icon-containers.py" icns "$icons/application-x-takt.icns" \
  "$h/16x16/mimetypes/$m" "$h/32x32/mimetypes/$m" "$h/64x64/mimetypes/$m" \
  "$h/128x128/mimetypes/$m" "$h/256x256/mimetypes/$m" "$tmp/doc-512.png" "$tmp/doc-1024.png"

echo "icons written to $icons"
