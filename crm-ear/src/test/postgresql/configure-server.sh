#!/usr/bin/env bash
# Configures the build's WildFly for the test suite's second run, on PostgreSQL (mvn verify -Ppostgresql), by the
# README's IT steps against the running server: the modules (install-modules.sh), the credential store
# (credential-store.sh), config/postgresql/datasource.cli with a properties file, then every other config/NN-*.cli
# script except the H2 datasource. Only the test fixture is added on top: the demo users and data that the tests log
# in with (kehu.demo-data=true), which a production install never has.
#   configure-server.sh JBOSS_HOME MODULE_JARS JDBC_URL DB_USER DB_PASSWORD [PORT_OFFSET [APP_USER APP_PASSWORD]]
# With APP_USER, the README's two database users: KehuDS connects as APP_USER (who may only read and insert the audit
# tables) and config/postgresql/migration-datasource.cli adds KehuMigrationDS as DB_USER, the schema owner.
# MODULE_JARS holds eclipselink.jar, org.eclipse.persistence.asm.jar and postgresql.jar. The configuration server
# runs on its own configuration file (standalone-pg.xml, from the distribution's standalone.xml) with port offset
# PORT_OFFSET (default 150). Result: standalone/configuration/standalone-pg.xml.configured; the tests start from a
# copy of it.
set -euo pipefail

JBOSS_HOME=$(cd "$1" && pwd)
MODULE_JARS=$(cd "$2" && pwd)
DB_URL=$3
DB_USER=$4
DB_PASSWORD=$5
OFFSET=${6:-150}
APP_USER=${7:-}
APP_PASSWORD=${8:-}
CONFIG_DIR=$(cd "$(dirname "$0")/../../../../config" && pwd)
CONF=$JBOSS_HOME/standalone/configuration
MGMT_PORT=$((9990 + OFFSET))
cli() { "$JBOSS_HOME/bin/jboss-cli.sh" --connect --controller="localhost:$MGMT_PORT" "$@"; }

echo "Configuring WildFly at $JBOSS_HOME for Kehu CRM on PostgreSQL ($DB_URL) ..."
[ -f "$CONF/standalone.xml.pristine" ] || { echo "Run the build's configure-server.sh first" >&2; exit 1; }
cp "$CONF/standalone.xml.pristine" "$CONF/standalone-pg.xml"
rm -f "$CONF/kehu-credentials.cs" "$CONF/kehu-keys.cs"
work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ]; then
        cli --command=shutdown >/dev/null 2>&1 || kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Step 1: modules.
bash "$CONFIG_DIR/modules/install-modules.sh" "$JBOSS_HOME" "$MODULE_JARS" eclipselink postgresql

# The server, started on the configuration being written (no deployment).
"$JBOSS_HOME/bin/standalone.sh" -c standalone-pg.xml -Djboss.socket.binding.port-offset="$OFFSET" \
    > "$work/server.out" 2>&1 &
server=$!
for _ in $(seq 1 120); do
    if cli --command=":read-attribute(name=server-state)" 2>/dev/null | grep -q running; then break; fi
    kill -0 "$server" 2>/dev/null || { cat "$work/server.out" >&2; exit 1; }
    sleep 1
done

# Step 3: the credential store; step 4: the datasource, its password from a properties file.
bash "$CONFIG_DIR/security/credential-store.sh" "$JBOSS_HOME" --controller="localhost:$MGMT_PORT"
if [ -n "$APP_USER" ]; then
    (umask 077; printf 'db.url=%s\ndb.user=%s\ndb.password=%s\ndb.owner.user=%s\ndb.owner.password=%s\n' \
        "$DB_URL" "$APP_USER" "$APP_PASSWORD" "$DB_USER" "$DB_PASSWORD" > "$work/pg.properties")
    cli --resolve-parameter-values --properties="$work/pg.properties" --file="$CONFIG_DIR/postgresql/datasource.cli"
    cli --resolve-parameter-values --properties="$work/pg.properties" \
        --file="$CONFIG_DIR/postgresql/migration-datasource.cli"
else
    (umask 077; printf 'db.url=%s\ndb.user=%s\ndb.password=%s\n' "$DB_URL" "$DB_USER" "$DB_PASSWORD" > "$work/pg.properties")
    cli --resolve-parameter-values --properties="$work/pg.properties" --file="$CONFIG_DIR/postgresql/datasource.cli"
fi
# Step 5: every other script, as they are (their ${...} stay expressions the server resolves at run time).
for script in $(find "$CONFIG_DIR" -maxdepth 1 -name '[0-9]*.cli' ! -name '10-datasource-h2.cli' | sort); do
    echo "--- $(basename "$script")"
    LANG=C.UTF-8 cli --file="$script"
done
# The test fixture.
cli --command="/system-property=kehu.demo-data:add(value=true)"
cli --command=shutdown >/dev/null
wait "$server" 2>/dev/null || true
server=""

cp "$CONF/standalone-pg.xml" "$CONF/standalone-pg.xml.configured"
echo "WildFly configured for Kehu CRM on PostgreSQL."
