#!/usr/bin/env bash
# Starts a local Keycloak (the identity provider for the single sign-on tests) with the realms of this folder.
#
#   bash scripts/keycloak/start.sh            # start in the background, wait until it answers, print its PID
#   bash scripts/keycloak/start.sh --stop     # stop the one this script started
#
# - The distribution (org.keycloak:keycloak-quarkus-dist, a zip on Maven Central) is downloaded once into the local
#   Maven repository with `mvn dependency:get` and unpacked under target/keycloak/.
# - Keycloak 26 needs Java 21 or newer; the app stays on Java 17. KEYCLOAK_JAVA_HOME, else the first Temurin 25 or
#   21 (then any JDK 21+) under /usr/lib/jvm.
# - Dev mode (start-dev: plain HTTP, an H2 database in the unpacked folder), on KEYCLOAK_PORT (8180), bound to
#   127.0.0.1. Every start begins with an empty database and imports slrt-realm.json and other-realm.json, so
#   the users, their one-time-code secrets and the clients are always those of the committed files.
# - Admin console: http://localhost:8180/admin/ (user admin, password from KEYCLOAK_ADMIN_PASSWORD, default admin;
#   a test instance only).
# Logs: target/keycloak/keycloak.log. The PID is in target/keycloak/keycloak.pid.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
HERE="$ROOT/scripts/keycloak"
VERSION=${KEYCLOAK_VERSION:-26.5.6}
PORT=${KEYCLOAK_PORT:-8180}
WORK="$ROOT/target/keycloak"
HOME_DIR="$WORK/keycloak-$VERSION"
PIDFILE="$WORK/keycloak.pid"
LOG="$WORK/keycloak.log"

stop() {
  if [ -f "$PIDFILE" ]; then
    local pid
    pid=$(cat "$PIDFILE")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$PIDFILE"
  fi
}

if [ "${1:-}" = "--stop" ]; then
  stop
  exit 0
fi

java_home() {
  if [ -n "${KEYCLOAK_JAVA_HOME:-}" ]; then echo "$KEYCLOAK_JAVA_HOME"; return; fi
  local candidate
  for candidate in /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/temurin-21-jdk* /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] || continue
    local major
    major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then echo "$candidate"; return; fi
  done
  echo "no JDK 21 or newer under /usr/lib/jvm (set KEYCLOAK_JAVA_HOME)" >&2
  return 1
}

started=$(date +%s.%N)
mkdir -p "$WORK"
if [ ! -x "$HOME_DIR/bin/kc.sh" ]; then
  ZIP="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$VERSION/keycloak-quarkus-dist-$VERSION.zip"
  if [ ! -f "$ZIP" ]; then
    echo "== Keycloak $VERSION: downloading the distribution from Maven Central (about 165 MB, once)"
    mvn -B -q dependency:get -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -Dtransitive=false
  fi
  unzip -q -o "$ZIP" -d "$WORK"
fi

stop
# A fresh database each time: the realm files are the whole truth.
rm -rf "$HOME_DIR/data"
mkdir -p "$HOME_DIR/data/import"
cp "$HERE/slrt-realm.json" "$HERE/other-realm.json" "$HOME_DIR/data/import/"

JAVA_HOME=$(java_home)
export JAVA_HOME
export KC_BOOTSTRAP_ADMIN_USERNAME=admin
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KEYCLOAK_ADMIN_PASSWORD:-admin}
# Small heap for a test instance on a 2-core machine; the distribution's default takes a share of the RAM.
export JAVA_OPTS_KC_HEAP=${JAVA_OPTS_KC_HEAP:--Xms128m -Xmx768m}

# setsid: its own process group, so a CI shell's job control does not stop it and --stop ends all of it.
setsid "$HOME_DIR/bin/kc.sh" start-dev --import-realm \
  --http-port="$PORT" --http-host=127.0.0.1 --hostname-strict=false \
  --health-enabled=true --cache=local --log-level=info > "$LOG" 2>&1 < /dev/null &
echo $! > "$PIDFILE"

# The first start also builds Keycloak's optimised configuration; on a busy 2-core machine that took over 180 s.
TIMEOUT=${KEYCLOAK_START_TIMEOUT:-420}
for _ in $(seq 1 "$TIMEOUT"); do
  if curl -sf "http://localhost:$PORT/realms/slrt/.well-known/openid-configuration" >/dev/null 2>&1; then
    ended=$(date +%s.%N)
    printf '== Keycloak %s answers on http://localhost:%s (realm slrt) after %.1f s (PID %s, Java %s)\n' \
      "$VERSION" "$PORT" "$(awk "BEGIN{print $ended - $started}")" "$(cat "$PIDFILE")" "$JAVA_HOME"
    exit 0
  fi
  if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    echo "Keycloak did not start:"; tail -60 "$LOG"; exit 1
  fi
  sleep 1
done
echo "Keycloak did not answer within $TIMEOUT s:"; tail -60 "$LOG"; stop; exit 1
