#!/usr/bin/env bash
# Builds the macOS installer of SkyRoad Station: a .dmg holding "SkyRoad Station.app" with the
# Java 17 runtime, JavaFX and the bundled fonts inside; `.srb` sync batches open in the app.
# The command line is inside the bundle: "/Applications/SkyRoad Station.app/Contents/MacOS/skyroad".
#
#   installer/macos/build-macos.sh [--build-dir DIR] [--app-version V] [--skip-maven]
#
# Needs JDK 17 (JAVA_HOME or JPACKAGE_JDK), Maven, Xcode command line tools (sips, iconutil,
# hdiutil). Unsigned: see docs/installers.md for the first opening and for signing.
# The user's data stays in ~/Library/Application Support/SkyRoadStation.
set -euo pipefail
source "$(dirname "$0")/../common.sh"
build_dir="$ROOT/target-installer"
app_version="$VERSION"
skip_maven=false
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build_dir="$ROOT/$2"; shift 2 ;;
    --app-version) app_version=$2; shift 2 ;;
    --skip-maven) skip_maven=true; shift ;;
    *) fail "unknown option $1" ;;
  esac
done
JDK=$(find_jdk) || fail "no JDK 17 with jpackage (set JAVA_HOME)"
JPACKAGE="$JDK/bin/jpackage"
if ! $skip_maven || [ ! -f "$build_dir/skyroad-station.jar" ]; then
  maven_package "$build_dir"
fi
# macOS refuses a bundle version whose first number is 0: 0.y.z is shipped as 1.y.z
# (CFBundleVersion only; the app itself still says 0.y.z). Drop this once the version is 1.0+.
IFS=. read -r major minor patch <<<"${app_version%%-*}"
[ "$major" = 0 ] && major=1
bundle_version="$major.$minor.${patch:-0}"

case "$(uname -m)" in
  arm64) platform=mac-aarch64 ;;
  *) platform=mac ;;
esac
out="$build_dir/installer"
stage="$out/stage"
stage_input "$build_dir" "$build_dir/skyroad-station.jar" "$stage" "$platform"
"$INSTALLER/icons/make-icons.sh" >/dev/null 2>&1 || true
icns="$INSTALLER/icons/skyroad-station.icns"
[ -f "$icns" ] || fail "no $icns (needs sips and iconutil)"

name="SkyRoad Station"
rm -rf "$out/image"
"$JPACKAGE" --type app-image @"$INSTALLER/jpackage/common.args" \
  --name "$name" --app-version "$bundle_version" \
  --input "$stage/input" --module-path "$stage/javafx" --icon "$icns" \
  --mac-package-identifier org.skyroad.station --mac-package-name "$name" \
  --add-launcher skyroad="$INSTALLER/launchers/skyroad.properties" \
  --java-options "-Dskyroad.version=$app_version" \
  --dest "$out/image" || fail "jpackage app-image"
app="$out/image/$name.app"
# JavaFX's native libraries where it looks first (the runtime's lib/), not extracted per user.
for j in "$stage/javafx/"*.jar; do
  (cd "$app/Contents/runtime/Contents/Home/lib" && unzip -o -q -j "$j" '*.dylib' 2>/dev/null || true)
done
"$app/Contents/MacOS/skyroad" --help >/dev/null || fail "skyroad --help from the app bundle"
rm -f "$out"/*.dmg
"$JPACKAGE" --type dmg --app-image "$app" --name "$name" --app-version "$bundle_version" \
  --file-associations "$INSTALLER/file-associations/srb.properties" \
  --mac-package-identifier org.skyroad.station \
  --dest "$out" || fail "jpackage dmg"
say "app: $app ($(du -sh "$app" | cut -f1))"
say "dmg: $(ls "$out"/*.dmg) ($(du -h "$out"/*.dmg | cut -f1))"
