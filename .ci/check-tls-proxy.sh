#!/usr/bin/env bash
# The office's reverse proxy, proven here: deploy/nginx/slrt.conf (the file docker-compose.yml gives the official nginx
# image) run by Debian's nginx in front of the packaged app, with a test certificate for a host name that is not
# localhost (curl --resolve points it at this machine), and a Tasklist login through it over HTTPS: the session and
# CSRF cookies come back Secure and are sent again, the app sees https and the public host (forwarded headers).
# Only the upstream address, the listening ports and the certificate folder differ from the compose setup (sed below).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
HOST=slrt.dinsos-contoh.test
APP_PORT=${SLRT_TLS_APP_PORT:-8131}
HTTPS_PORT=${SLRT_TLS_HTTPS_PORT:-8443}
HTTP_PORT=${SLRT_TLS_HTTP_PORT:-8132}
WORK="$ROOT/target/tls-proxy"
rm -rf "$WORK"
mkdir -p "$WORK/certs" "$WORK/logs" "$WORK/tmp"

if ! command -v nginx >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nginx >/dev/null
fi
NGINX=$(command -v nginx)
nginx -v 2>&1

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=$HOST" -addext "subjectAltName=DNS:$HOST" \
  -keyout "$WORK/certs/privkey.pem" -out "$WORK/certs/fullchain.pem" 2>/dev/null

sed -e "s#server app:8080;#server 127.0.0.1:$APP_PORT;#" \
    -e "s#listen 443 ssl;#listen $HTTPS_PORT ssl;#" -e "s#listen \[::\]:443 ssl;##" \
    -e "s#listen 80;#listen $HTTP_PORT;#" -e "s#listen \[::\]:80;##" \
    -e "s#/etc/nginx/certs/#$WORK/certs/#" -e "s#root /var/www/certbot;#root $WORK/tmp;#" \
    deploy/nginx/slrt.conf > "$WORK/slrt.conf"
grep -q "127.0.0.1:$APP_PORT" "$WORK/slrt.conf"
cat > "$WORK/nginx.conf" <<CONF
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log;
events {}
http {
    access_log $WORK/logs/access.log;
    client_body_temp_path $WORK/tmp/body;
    proxy_temp_path $WORK/tmp/proxy;
    fastcgi_temp_path $WORK/tmp/fastcgi;
    uwsgi_temp_path $WORK/tmp/uwsgi;
    scgi_temp_path $WORK/tmp/scgi;
    include $WORK/slrt.conf;
}
CONF
"$NGINX" -t -c "$WORK/nginx.conf" -p "$WORK"

java -jar target/slrt-case-engine-*.jar --server.port=$APP_PORT \
  --slrt.embedded-db.data-dir=target/tls-proxy/pg --slrt.embedded-db.clean=true \
  --slrt.security.secure-cookies=true --server.forward-headers-strategy=native \
  --slrt.survey.public-base-url=https://$HOST > "$WORK/logs/app.log" 2>&1 &
APP_PID=$!
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" -g 'daemon off;' &
NGINX_PID=$!
stop() {
  kill $APP_PID $NGINX_PID 2>/dev/null || true
  wait $APP_PID $NGINX_PID 2>/dev/null || true
}
trap stop EXIT
for i in $(seq 1 120); do
  if curl -sf http://localhost:$APP_PORT/actuator/health/readiness >/dev/null; then break; fi
  if ! kill -0 $APP_PID 2>/dev/null; then echo "the app did not start:"; tail -50 "$WORK/logs/app.log"; exit 1; fi
  sleep 2
done

BASE="https://$HOST:$HTTPS_PORT"
JAR="$WORK/cookies.txt"
tls() { curl -sS --resolve "$HOST:$HTTPS_PORT:127.0.0.1" --cacert "$WORK/certs/fullchain.pem" -b "$JAR" -c "$JAR" "$@"; }
fail() { echo "TLS proxy check failed: $*"; tail -20 "$WORK/logs/error.log" || true; exit 1; }

echo "-- health through the proxy, certificate checked for $HOST"
[ "$(tls -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ] || fail "readiness through the proxy"

echo "-- plain HTTP is redirected to HTTPS"
LOCATION=$(curl -sS -o /dev/null -w '%{redirect_url}' --resolve "$HOST:$HTTP_PORT:127.0.0.1" "http://$HOST:$HTTP_PORT/camunda/app/tasklist/")
case "$LOCATION" in https://$HOST/*) ;; *) fail "HTTP answered with Location '$LOCATION'";; esac

echo "-- the app builds its redirects for the public https address (X-Forwarded-Proto, -Host, -Port)"
LOCATION=$(tls -o /dev/null -w '%{redirect_url}' "$BASE/")
case "$LOCATION" in "$BASE"/camunda/app/*) ;; *) fail "/ redirected to '$LOCATION', not to $BASE/camunda/app/...";; esac

echo "-- Tasklist login over HTTPS"
tls -o /dev/null -D "$WORK/tasklist.headers" "$BASE/camunda/app/tasklist/default/"
grep -i '^set-cookie: XSRF-TOKEN=.*; *Secure' "$WORK/tasklist.headers" >/dev/null || fail "XSRF-TOKEN cookie not Secure"
XSRF=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$JAR")
[ -n "$XSRF" ] || fail "no XSRF-TOKEN kept"
CODE=$(tls -o "$WORK/login.json" -D "$WORK/login.headers" -w '%{http_code}' -H "X-XSRF-TOKEN: $XSRF" \
  -H "Content-Type: application/x-www-form-urlencoded" --data 'username=peksos&password=demo' \
  "$BASE/camunda/api/admin/auth/user/default/login/tasklist")
[ "$CODE" = 200 ] || fail "login answered $CODE: $(cat "$WORK/login.json")"
grep -i '^set-cookie: JSESSIONID=.*Secure' "$WORK/login.headers" >/dev/null || fail "session cookie not Secure"
# The cookie jar marks a Secure cookie TRUE in its fourth column; curl sends it back over HTTPS only.
awk '$6 == "JSESSIONID" && $4 == "TRUE" {found=1} END {exit !found}' "$JAR" || fail "session cookie not kept as Secure"
USER=$(tls "$BASE/camunda/api/admin/auth/user/default")
echo "$USER" | grep -q '"userId":"peksos"' || fail "not logged in after the login: $USER"
TASKS=$(tls -o /dev/null -w '%{http_code}' -H "Accept: application/json" "$BASE/camunda/api/engine/engine/default/task/count")
[ "$TASKS" = 200 ] || fail "Tasklist's task count answered $TASKS"

echo "-- the same login over plain HTTP from another PC keeps no session (why the office needs the proxy)"
# By host name, not localhost: like browsers, curl keeps Secure cookies from plain HTTP on localhost only.
PLAIN="$WORK/plain-cookies.txt"
plain() { curl -sS --resolve "$HOST:$APP_PORT:127.0.0.1" -b "$PLAIN" -c "$PLAIN" "$@"; }
plain -o /dev/null "http://$HOST:$APP_PORT/camunda/app/tasklist/default/"
PXSRF=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$PLAIN" 2>/dev/null || true)
plain -o /dev/null -H "X-XSRF-TOKEN: $PXSRF" --data 'username=peksos&password=demo' \
  "http://$HOST:$APP_PORT/camunda/api/admin/auth/user/default/login/tasklist" || true
PUSER=$(plain -o /dev/null -w '%{http_code}' "http://$HOST:$APP_PORT/camunda/api/admin/auth/user/default")
[ "$PUSER" != 200 ] || fail "a plain-HTTP client kept a Secure session cookie"

echo "TLS proxy check passed: Tasklist login through nginx over HTTPS for $HOST with Secure cookies"
