#!/usr/bin/env bash
# Starts the machine's PostgreSQL (Debian's packaged cluster) and gives Kehu CRM's tests their databases, each new:
#   kehu_it       the whole test suite's second run (mvn verify -Ppostgresql)
#   kehu_install  the install test on a bare WildFly (crm-ear/src/test/install)
#   kehu_upgrade  the upgrade test (a previous release's schema and data migrated to this one)
# All owned by the login role kehu (password kehu, 127.0.0.1:5432): on PostgreSQL 15 the application's user must
# own its database (or schema), or creating tables fails. A second login role, kehu_app (password kehu_app), may
# connect to them: the test suite's PostgreSQL run uses it as the application's restricted user (KehuDS), with kehu
# as the schema owner that runs the migrations (KehuMigrationDS; README "Two database users"); kehu is a member of
# kehu_app so that a test can end the application's connections.
# Re-runnable; pass database names to reset only those.
set -euo pipefail

PG_USER=${KEHU_PG_USER:-kehu}
PG_PASSWORD=${KEHU_PG_PASSWORD:-kehu}
PG_APP_USER=${KEHU_PG_APP_USER:-kehu_app}
PG_APP_PASSWORD=${KEHU_PG_APP_PASSWORD:-kehu_app}
databases=("$@")
[ ${#databases[@]} -gt 0 ] || databases=(kehu_it kehu_install kehu_upgrade)

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
[ -n "$cluster" ] || { echo "No PostgreSQL cluster found (apt-get install -y postgresql)" >&2; exit 1; }
# shellcheck disable=SC2086
pg_ctlcluster $cluster start 2>/dev/null || true
for _ in $(seq 1 30); do
    as_postgres psql -qAt -c "SELECT 1" >/dev/null 2>&1 && break
    sleep 1
done

as_postgres psql -v ON_ERROR_STOP=1 -qAt <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${PG_USER}') THEN
    CREATE ROLE ${PG_USER} LOGIN PASSWORD '${PG_PASSWORD}';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${PG_APP_USER}') THEN
    CREATE ROLE ${PG_APP_USER} LOGIN PASSWORD '${PG_APP_PASSWORD}';
  END IF;
END \$\$;
-- The owner may end the application user's connections (a member of its role): the tests' database outage
-- (ObservabilityIT) ends them as the owner.
GRANT ${PG_APP_USER} TO ${PG_USER};
SQL
for db in "${databases[@]}"; do
    as_postgres psql -v ON_ERROR_STOP=1 -qAt -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)"
    as_postgres psql -v ON_ERROR_STOP=1 -qAt -c "CREATE DATABASE ${db} OWNER ${PG_USER} ENCODING 'UTF8' TEMPLATE template0"
    as_postgres psql -v ON_ERROR_STOP=1 -qAt -c "GRANT CONNECT ON DATABASE ${db} TO ${PG_APP_USER}"
done
echo "PostgreSQL ready on 127.0.0.1:5432: ${databases[*]} (owner ${PG_USER}, application user ${PG_APP_USER})"
