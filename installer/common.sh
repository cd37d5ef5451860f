# Shared by the Linux and macOS installer scripts (sourced, not run).
# ROOT: the repository; VERSION: the pom's version; JPACKAGE_JDK: the JDK whose jpackage and
# jlink make the runtime (JDK 17, the release level the app is compiled for).

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
INSTALLER="$ROOT/installer"

# The project's own <version> (the first one at two spaces' indent, i.e. not a dependency's).
pom_version() {
  sed -n 's|^  <version>\([^<]*\)</version>.*|\1|p' "$ROOT/pom.xml" | head -1
}
VERSION=$(pom_version)

find_jdk() {
  local c
  for c in "${JPACKAGE_JDK:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk-arm64 \
           "${JAVA_HOME_17_X64:-}" "${JAVA_HOME_17_ARM64:-}" "${JAVA_HOME:-}"; do
    if [ -n "$c" ] && [ -x "$c/bin/jpackage" ] && "$c/bin/java" -version 2>&1 | grep -q 'version "17'; then
      echo "$c"
      return 0
    fi
  done
  return 1
}

say() { printf '== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

# Maven's package step: the app jar and target/lib with every runtime jar.
maven_package() {
  local build_dir=$1
  say "mvn package (build dir $build_dir)"
  (cd "$ROOT" && mvn -q -B -ntp -Dbuild.dir="$build_dir" package -DskipTests) || fail "mvn package"
}

# jpackage's input: the app jar and its libraries, minus JavaFX, whose platform jars go on the
# module path (so JavaFX is in the runtime as modules: no "unsupported configuration" warning).
#   stage_input BUILD_DIR MAIN_JAR STAGE_DIR PLATFORM (linux|win|mac|mac-aarch64)
stage_input() {
  local build_dir=$1 main_jar=$2 stage=$3 platform=$4 j name
  rm -rf "$stage"
  mkdir -p "$stage/input/lib" "$stage/javafx"
  cp "$main_jar" "$stage/input/skyroad-station.jar"
  for j in "$build_dir"/lib/*.jar; do
    name=$(basename "$j")
    case "$name" in
      javafx-*-"$platform".jar) cp "$j" "$stage/javafx/" ;;
      javafx-*) ;;
      *) cp "$j" "$stage/input/lib/" ;;
    esac
  done
  ls "$stage/javafx/"*.jar >/dev/null 2>&1 || fail "no JavaFX jars for $platform in $build_dir/lib"
}

# Starts Xvfb on a free display; sets XVFB_DISPLAY (":N") and XVFB_PID. Waits until it answers.
start_xvfb() {
  local n i
  command -v Xvfb >/dev/null || return 1
  for n in $(seq "${1:-90}" "$(( ${1:-90} + 9 ))"); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break
  done
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  XVFB_DISPLAY=":$n"
  for i in $(seq 1 300); do
    [ -e "/tmp/.X11-unix/X$n" ] && { ! command -v xwininfo >/dev/null || DISPLAY=":$n" xwininfo -root >/dev/null 2>&1; } && return 0
    kill -0 "$XVFB_PID" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}
