#!/usr/bin/env bash
# The single sign-on browser check end to end (CI runs it; needs the packaged app and e2e's npm packages):
#   mvn -B -q -DskipTests package && (cd e2e && npm ci) && bash scripts/keycloak/sso-check.sh
# Starts Keycloak (start.sh: realm files of this folder), starts the app under the profile oidc on SLRT_SSO_PORT
# (8091) with a fresh embedded database in target/sso-pg, runs e2e/oidc.mjs (screenshots in target/e2e/oidc-*.png)
# and stops both, also when something fails. The app's log: target/e2e/app-sso.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${SLRT_SSO_PORT:-8091}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
export KEYCLOAK_PORT
mkdir -p target/e2e

APP_PID=""
stop_all() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  bash scripts/keycloak/start.sh --stop
}
trap stop_all EXIT

bash scripts/keycloak/start.sh

app_started=$SECONDS
# The test realm's client secret (scripts/keycloak/slrt-realm.json); a real deployment takes it from its vault.
SLRT_OIDC_CLIENT_SECRET=slrt-dev-oidc-secret SLRT_OIDC_ISSUER_URI=http://localhost:$KEYCLOAK_PORT/realms/slrt \
  java -jar target/slrt-case-engine-*.jar --spring.profiles.active=oidc --server.port="$PORT" \
  --slrt.embedded-db.data-dir=target/sso-pg --slrt.embedded-db.clean=true > target/e2e/app-sso.log 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  if curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the app (single sign-on) did not start:"; tail -50 target/e2e/app-sso.log; exit 1; fi
  sleep 2
done
curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null
echo "== The app (profile oidc) answers on http://localhost:$PORT after $((SECONDS - app_started)) s"

(cd e2e && SLRT_BASE_URL="http://localhost:$PORT" SLRT_KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT" \
  SLRT_SHOT_DIR="$(pwd)/../target/e2e" node oidc.mjs)
