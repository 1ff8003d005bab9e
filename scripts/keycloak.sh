#!/usr/bin/env bash
# A local Keycloak for the "keycloak" profile and the Keycloak integration tests, from Maven Central only.
#
#   scripts/keycloak.sh start        install (first time), start on 127.0.0.1:8180 with realm "hoso", wait until ready
#   scripts/keycloak.sh stop         stop the Keycloak this script started
#   scripts/keycloak.sh reset        stop and delete its data (the realm is imported again at the next start)
#   scripts/keycloak.sh demo-users   create the demo users in realm "hoso", each with a random ONE-TIME password
#
# LOCAL DEVELOPMENT ONLY: start-dev mode, plain HTTP, and the dev-only defaults below for the bootstrap admin and
# the two client secrets. Production Keycloak is set up by operations with its own secrets (see docs/keycloak.md).
set -euo pipefail
cd "$(dirname "$0")/.."

KC_VERSION=26.7.3
KC_PORT=${HOSO_KEYCLOAK_PORT:-8180}
KC_BASE=${HOSO_KEYCLOAK_HOME:-$HOME/.cache/hoso-cbccvc}
KC_HOME=$KC_BASE/keycloak-$KC_VERSION
KC_URL=http://127.0.0.1:$KC_PORT
# Dev-only defaults, the same as application-keycloak.yaml's local defaults.
export KC_BOOTSTRAP_ADMIN_USERNAME=${HOSO_KEYCLOAK_ADMIN_USER:-admin}
export KC_BOOTSTRAP_ADMIN_PASSWORD=${HOSO_KEYCLOAK_ADMIN_PASSWORD:-admin-dev-only}
export HOSO_KEYCLOAK_WEB_SECRET=${HOSO_KEYCLOAK_WEB_SECRET:-hoso-web-dev-only}
export HOSO_KEYCLOAK_ENGINE_SECRET=${HOSO_KEYCLOAK_ENGINE_SECRET:-hoso-engine-dev-only}
export HOSO_KEYCLOAK_ACCOUNTS_SECRET=${HOSO_KEYCLOAK_ACCOUNTS_SECRET:-hoso-accounts-dev-only}
export HOSO_APP_URL=${HOSO_APP_URL:-http://localhost:8080}
export JAVA_OPTS_KC_HEAP=${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}

need() {
  command -v "$1" >/dev/null 2>&1 && return
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}

ready() { curl -fsS -o /dev/null "$KC_URL/realms/hoso/.well-known/openid-configuration" 2>/dev/null; }

install() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return
  echo "Installing Keycloak $KC_VERSION from Maven Central into $KC_BASE"
  mkdir -p "$KC_BASE"
  ./mvnw -B -ntp -q dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip \
    -DoutputDirectory="$KC_BASE"
  need unzip
  unzip -q -o "$KC_BASE/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$KC_BASE"
  rm "$KC_BASE/keycloak-quarkus-dist-$KC_VERSION.zip"
}

start() {
  need curl
  if ready; then echo "Keycloak already running at $KC_URL"; return; fi
  install
  mkdir -p "$KC_HOME/data/import"
  cp keycloak/realm-hoso.json "$KC_HOME/data/import/"
  echo "Starting Keycloak at $KC_URL (log: $KC_HOME/keycloak.log)"
  nohup "$KC_HOME/bin/kc.sh" start-dev --http-host 127.0.0.1 --http-port "$KC_PORT" --import-realm \
    >"$KC_HOME/keycloak.log" 2>&1 </dev/null &
  echo $! >"$KC_HOME/keycloak.pid"
  for _ in $(seq 1 180); do
    if ready; then echo "Keycloak ready: realm hoso at $KC_URL/realms/hoso"; return; fi
    if ! kill -0 "$(cat "$KC_HOME/keycloak.pid")" 2>/dev/null; then break; fi
    sleep 2
  done
  echo "Keycloak did not start; last lines of $KC_HOME/keycloak.log:" >&2
  tail -n 40 "$KC_HOME/keycloak.log" >&2
  exit 1
}

stop() {
  local pidfile=$KC_HOME/keycloak.pid
  [ -f "$pidfile" ] || { echo "No Keycloak started by this script"; return; }
  local pid; pid=$(cat "$pidfile")
  # kc.sh execs java, so this is the JVM itself
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  rm -f "$pidfile"
  echo "Keycloak stopped"
}

reset() {
  stop
  rm -rf "$KC_HOME/data"
  echo "Keycloak data deleted; realm hoso is imported again at the next start"
}

kcadm() { "$KC_HOME/bin/kcadm.sh" "$@" --config "$KC_HOME/kcadm.config"; }

# username;first names;last name;realm role;unitId - the demo organisation of vn.gov.hoso.demo.DemoData
DEMO_USERS='admin;Quản trị;Sở Nội vụ;snv-admin;SNV
snv.giamdoc;Lê Văn;Thành;snv-director;SNV
stc.daumoi;Nguyễn Thị;Hương;focal-officer;STC
stc.thutruong;Trần Văn;Quang;unit-head;STC
th.daumoi;Phạm Thị;Hoa;focal-officer;TH-HN
th.hieutruong;Đỗ Văn;Minh;unit-head;TH-HN
038185011234;Bùi Thị;Thủy;employee;STC
033080002345;Nguyễn Văn;Hùng;employee;STC-NS
033190004567;Trần Thị;Mai;employee;STC-VP
034088006789;Phạm Quốc;Bảo;employee;STC-NS
001192012345;Lê Thu;Hà;employee;STC-VP
033187023456;Đỗ Thị Hồng;Nhung;employee;TH-HN
033079034567;Vũ Đức;Thắng;employee;TH-HN
036195045678;Hoàng Thị Lan;Anh;employee;TH-HN
035302067890;Đặng Khánh;Linh;employee;TH-HN
030091056789;Ngô Minh;Tuấn;employee;PH
033193089012;Phan Thị Thu;Trang;employee;PH
037084078901;Trịnh Văn;Nam;employee;SNV'

demo_users() {
  ready || { echo "Keycloak is not running: scripts/keycloak.sh start" >&2; exit 1; }
  kcadm config credentials --server "$KC_URL" --realm master \
    --user "$KC_BOOTSTRAP_ADMIN_USERNAME" --password "$KC_BOOTSTRAP_ADMIN_PASSWORD" >/dev/null
  echo "One-time passwords (Keycloak asks for a new password at the first login):"
  while IFS=';' read -r username first last role unit; do
    if [ -n "$(kcadm get users -r hoso -q exact=true -q username="$username" --fields id --format csv --noquotes)" ]; then
      echo "  $username exists, unchanged"
      continue
    fi
    kcadm create users -r hoso -s username="$username" -s enabled=true -s firstName="$first" -s lastName="$last" \
      -s "attributes.unitId=[\"$unit\"]" >/dev/null 2>&1
    kcadm add-roles -r hoso --uusername "$username" --rolename "$role"
    local password; password="Hs-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 12)-9a"
    kcadm set-password -r hoso --username "$username" --new-password "$password" --temporary
    printf '  %-14s %s\n' "$username" "$password"
  done <<<"$DEMO_USERS"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  reset) reset ;;
  demo-users) demo_users ;;
  *) sed -n '2,11p' "$0"; exit 2 ;;
esac
