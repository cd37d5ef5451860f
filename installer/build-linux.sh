#!/usr/bin/env bash
# Builds the Linux app image (a folder that runs anywhere) and the .deb of SkyRoad Station,
# with a trimmed Java 17 runtime, JavaFX and the bundled fonts inside.
#
#   installer/build-linux.sh [--build-dir DIR] [--out DIR] [--app-version V] [--main-jar JAR]
#                            [--skip-maven] [--no-deb] [--no-cds] [--fast-deb] [--from-image DIR]
#
#   --build-dir   Maven's build dir (default target-installer; the jar and lib/ come from there)
#   --out         where the image and the .deb go (default BUILD_DIR/installer)
#   --app-version the package version (default: the pom's)
#   --main-jar    package this jar instead of BUILD_DIR/skyroad-station.jar (the smoke test
#                 packages an older schema this way)
#   --skip-maven  use the jars already in BUILD_DIR
#   --no-cds      no start-up class list / AppCDS archive
#   --fast-deb    gzip -1 instead of xz inside the .deb (tests; the release keeps xz)
#   --from-image  make only the .deb, from this app image (built by this script before)
#
# Writes OUT/image/skyroad-station/ (bin/skyroad-station: the desktop app; bin/skyroad: the
# command line) and OUT/skyroad-station_V-1_amd64.deb. Needs JDK 17 with jpackage, and for
# the .deb fakeroot + dpkg-dev; Xvfb + x11-utils (xwininfo) let the start-up training run the
# real desktop app, otherwise it trains on the command line only.
set -euo pipefail
source "$(dirname "$0")/common.sh"

build_dir="$ROOT/target-installer"
out=""
app_version="$VERSION"
main_jar=""
skip_maven=false
deb=true
cds=true
fast_deb=false
from_image=""
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build_dir=$(cd "$ROOT" && realpath -m "$2"); shift 2 ;;
    --out) out=$(realpath -m "$2"); shift 2 ;;
    --app-version) app_version=$2; shift 2 ;;
    --main-jar) main_jar=$(realpath "$2"); shift 2 ;;
    --skip-maven) skip_maven=true; shift ;;
    --no-deb) deb=false; shift ;;
    --no-cds) cds=false; shift ;;
    --fast-deb) fast_deb=true; shift ;;
    --from-image) from_image=$(realpath "$2"); shift 2 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) fail "unknown option $1 (see --help)" ;;
  esac
done
out=${out:-$build_dir/installer}
JDK=$(find_jdk) || fail "no JDK 17 with jpackage (apt-get install openjdk-17-jdk, or set JPACKAGE_JDK)"
JPACKAGE="$JDK/bin/jpackage"

build_deb() {
  local image=$1
  say "deb $app_version"
  local t0=$SECONDS
  if $fast_deb; then
    export DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1
  fi
  mkdir -p "$out"
  rm -f "$out"/skyroad-station_*.deb
  "$JPACKAGE" --type deb --app-image "$image" \
    --name skyroad-station --app-version "$app_version" \
    --description "Runs a rural e-commerce service station, offline first." \
    --vendor "SkyRoad" --icon "$INSTALLER/icons/skyroad-station.png" \
    --resource-dir "$INSTALLER/linux/resources" \
    --linux-package-name skyroad-station --linux-deb-maintainer "station@skyroad.invalid" \
    --linux-app-category Office --linux-menu-group Office --linux-shortcut \
    --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libgl1, libxtst6, libfontconfig1, libfreetype6" \
    --file-associations "$INSTALLER/file-associations/srb.properties" \
    --dest "$out" || fail "jpackage deb"
  local d
  d=$(ls "$out"/skyroad-station_*.deb)
  say "deb built in $((SECONDS - t0)) s: $d ($(du -h "$d" | cut -f1))"
}

if [ -n "$from_image" ]; then
  # The archive belongs to the folder it was made in: never ship it.
  rm -f "$from_image/lib/app/app.jsa"
  build_deb "$from_image"
  exit 0
fi

if ! $skip_maven || [ ! -f "$build_dir/skyroad-station.jar" ]; then
  maven_package "$build_dir"
fi
main_jar=${main_jar:-$build_dir/skyroad-station.jar}
stage="$out/stage"
stage_input "$build_dir" "$main_jar" "$stage" linux

image_root="$out/image"
img="$image_root/skyroad-station"
rm -rf "$image_root"
say "app image $app_version ($JPACKAGE)"
t0=$SECONDS
"$JPACKAGE" --type app-image @"$INSTALLER/jpackage/common.args" \
  --name skyroad-station --app-version "$app_version" \
  --input "$stage/input" --module-path "$stage/javafx" \
  --icon "$INSTALLER/icons/skyroad-station.png" \
  --add-launcher skyroad="$INSTALLER/launchers/skyroad.properties" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/app.jsa' \
  --java-options '-Xshare:auto' --java-options '-Xlog:cds=off' --java-options '-Xlog:cds+dynamic=off' \
  --dest "$image_root" || fail "jpackage app-image"
say "app image built in $((SECONDS - t0)) s"

# JavaFX looks for its native libraries in the runtime's lib/ first; without them there it
# copies them out of its jars into ~/.openjfx/cache on every first start of a user.
fxlibs="$stage/fxlibs"
mkdir -p "$fxlibs"
for j in "$stage/javafx/"*.jar; do
  mapfile -t sos < <("$JDK/bin/jar" tf "$j" | grep '\.so$' || true)
  if [ ${#sos[@]} -gt 0 ]; then
    (cd "$fxlibs" && "$JDK/bin/jar" xf "$j" "${sos[@]}")
  fi
done
cp "$fxlibs"/*.so "$img/lib/runtime/lib/"
install -m 755 "$INSTALLER/linux/skyroad-cds.sh" "$img/lib/skyroad-cds.sh"

# Start-up training: the classes a start loads, listed once here; the archive itself is made
# where the app lives (postinst for the .deb, just below for this image).
train_gui() {
  local data=$1 list=$2 disp xvfb_pid pid i found=false
  command -v xwininfo >/dev/null && start_xvfb 90 || return 1
  disp=${XVFB_DISPLAY#:}
  xvfb_pid=$XVFB_PID
  DISPLAY=":$disp" XDG_DATA_HOME="$data" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" \
    "$img/bin/skyroad-station" >/dev/null 2>&1 &
  pid=$!
  for i in $(seq 1 1800); do
    if DISPLAY=":$disp" xwininfo -root -tree 2>/dev/null | grep -q ' 1180x760+'; then found=true; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  $found && sleep 1
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
  wait "$xvfb_pid" 2>/dev/null || true
  $found
}
if $cds; then
  say "start-up training"
  t0=$SECONDS
  train="$stage/train"
  rm -rf "$train" && mkdir -p "$train/data"
  printf 'train-password-1\n' > "$train/password"
  XDG_DATA_HOME="$train/data" "$img/bin/skyroad" init --station TR-001 --name Training --level county \
    --admin trainer --password-file "$train/password" >/dev/null 2>&1 || true
  list="$img/lib/app/app.classlist"
  if train_gui "$train/data" "$list"; then
    say "class list from the desktop app's start ($(grep -vc '^#' "$list") classes, $((SECONDS - t0)) s)"
  else
    say "no display for training (Xvfb + xwininfo): class list from the command line only"
    XDG_DATA_HOME="$train/data" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" \
      "$img/bin/skyroad" villager find 5678 >/dev/null 2>&1 || true
  fi
  rm -f "$img/lib/app/app.jsa"
fi

if $deb; then
  build_deb "$img"
fi

if $cds; then
  "$img/lib/skyroad-cds.sh" "$img"
fi

say "app image: $img ($(du -sh "$img" | cut -f1); without the start-up archive $(du -sh --exclude=app.jsa "$img" | cut -f1))"
