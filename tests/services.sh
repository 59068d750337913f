#!/usr/bin/env bash
# Make sure the test suite's real services are here and running on loopback:
# Debian's chromium (for Playwright), PostgreSQL and Redis. Installs with apt where missing.
set -euo pipefail

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v pg_ctlcluster >/dev/null || need+=(postgresql)
command -v redis-server >/dev/null || need+=(redis-server)
if ((${#need[@]})); then
  echo "installing ${need[*]} with apt" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# PostgreSQL: the packaged cluster, listening on loopback only.
read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
if [[ "$status" != online* ]]; then
  pg_ctlcluster "$version" "$cluster" start -- -o "-c listen_addresses=127.0.0.1" >/dev/null \
    || pg_ctlcluster "$version" "$cluster" start
fi
for _ in $(seq 50); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 0.2; done
su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_roles WHERE rolname='heard'\"" | grep -q 1 \
  || su postgres -c "psql -q -p $port -c \"CREATE ROLE heard LOGIN CREATEDB PASSWORD 'heard'\""

# Redis: our own instance on loopback, no persistence to disk.
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port 6379 --save "" --appendonly no --daemonize yes >/dev/null
  for _ in $(seq 50); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.1; done
fi
echo "services ready: postgresql on 127.0.0.1:$port, redis on 127.0.0.1:6379" >&2
