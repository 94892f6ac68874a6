#!/usr/bin/env bash
# The README's test command: installs everything the suite needs, then runs it.
#   ./scripts/test.sh [pytest args...]
# Outside a virtualenv it uses the project-local .venv (see scripts/_env.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_env.sh
mask_python
mask_install
# The vault tests start their own Memcached and Redis servers (and a Redis Cluster) on free
# loopback ports from these binaries; a missing binary fails those tests, it never skips them.
missing=()
for bin in memcached redis-server redis-cli; do
  command -v "$bin" >/dev/null 2>&1 || missing+=("$bin")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ${missing[*]} with apt-get" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq memcached redis-server >/dev/null
  else
    echo "missing ${missing[*]}: sudo apt-get install -y memcached redis-server" >&2
    exit 1
  fi
fi
"$PY" -m ruff check core plugins adapters tests examples
# One worker per core (at most four): the suite is mostly CPU-bound and each test module runs
# whole on one worker (--dist loadfile), so its module-scoped fixtures (a spaCy pipeline, a server)
# start once. MASK_TEST_WORKERS=0 runs it in this process; a -n of your own wins.
"$PY" -m pytest -n "${MASK_TEST_WORKERS:-auto}" --maxprocesses 4 --dist loadfile "$@"
