#!/usr/bin/env bash
# Installs (Debian) and starts PostgreSQL with PostGIS, and lets root in over the local socket
# as a superuser (it creates and drops one database per test). Run by .ci/run as root;
# `postgres.sh stop` stops the cluster again if this script started it.
set -euo pipefail
started=/tmp/warmap-ci-started-postgres
if [ "${1:-}" = stop ]; then
  if [ -f "$started" ]; then pg_ctlcluster --skip-systemctl-redirect "$(cat "$started")" main stop || true; rm -f "$started"; fi
  exit 0
fi
if ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  apt-get install -y -qq --no-install-recommends "postgresql-$version-postgis-3" >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$version" main >/dev/null
fi
pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q online \
  || { pg_ctlcluster --skip-systemctl-redirect "$version" main start && echo "$version" > "$started"; }
for _ in $(seq 30); do runuser -u postgres -- pg_isready -q && break; sleep 1; done
runuser -u postgres -- psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname = 'root'" | grep -q 1 \
  || runuser -u postgres -- createuser --superuser root
psql -qtAc "SELECT 1" postgresql:///postgres >/dev/null
echo "PostgreSQL $version with PostGIS is up (WARMAP_TEST_PG=postgresql:///postgres)"
