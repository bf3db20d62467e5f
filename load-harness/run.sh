#!/usr/bin/env bash
# Runs the load and fault harness (see load-harness/README.md) from the repository root.
# Builds the executable jar first unless SKIP_BUILD=1. Uses the local PostgreSQL (PG_URL, default
# jdbc:postgresql://localhost:5432/, user postgres) and starts its own redis-server on port 8109.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then ./mvnw -q -DskipTests package; fi
java_home="${JAVA_HOME:-}"
if [[ -z "$java_home" || ! -x "$java_home/bin/java" ]] || ! "$java_home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  java_home=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1)
fi
pgjdbc=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
exec "$java_home/bin/java" -cp "$pgjdbc" "$@" load-harness/LoadHarness.java
