#!/usr/bin/env bash
# Configures the build's WildFly for the test suite's second run, on PostgreSQL (mvn verify -Ppostgresql), the way
# IT configures its own server for PostgreSQL: the driver module from config/postgresql/modules with the driver jar,
# config/postgresql/datasource.cli (credential store and datasource KehuDS) with a properties file, then every other
# config/NN-*.cli script except the H2 datasource. Only the test fixture is added on top: the demo users and data the
# tests log in with (kehu.demo-data=true), which a production install never has.
#   configure-server.sh JBOSS_HOME DRIVER_JAR JDBC_URL DB_USER DB_PASSWORD
# Result: standalone/configuration/standalone-pg.xml.configured (the tests start from a copy of it).
set -euo pipefail

JBOSS_HOME=$(cd "$1" && pwd)
DRIVER_JAR=$2
DB_URL=$3
DB_USER=$4
DB_PASSWORD=$5
CONFIG_DIR=$(cd "$(dirname "$0")/../../../../config" && pwd)
CONF=$JBOSS_HOME/standalone/configuration

echo "Configuring WildFly at $JBOSS_HOME for Kehu CRM on PostgreSQL ($DB_URL) ..."
# 1. The driver module, as IT installs it.
MODULE=$JBOSS_HOME/modules/org/postgresql/main
mkdir -p "$MODULE"
cp "$CONFIG_DIR/postgresql/modules/org/postgresql/main/module.xml" "$MODULE/"
cp "$DRIVER_JAR" "$MODULE/postgresql.jar"

# 2. The distribution's configuration, then IT's scripts in their order.
[ -f "$CONF/standalone.xml.pristine" ] || { echo "Run the build's configure-server.sh first" >&2; exit 1; }
cp "$CONF/standalone.xml.pristine" "$CONF/standalone-pg.xml"
rm -f "$CONF/kehu-credentials.cs"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/postgresql.properties" <<PROPS
db.url=$DB_URL
db.user=$DB_USER
db.password=$DB_PASSWORD
store.password=kehu-test-store-$(date +%s)
admin.password=Unused-with-demo-data-1
PROPS
{
    echo "embed-server --server-config=standalone-pg.xml --std-out=discard"
    cat "$CONFIG_DIR/postgresql/datasource.cli"; echo
    for cli in $(find "$CONFIG_DIR" -maxdepth 1 -name '[0-9]*.cli' ! -name '10-datasource-h2.cli' | sort); do
        echo "# --- $(basename "$cli")"
        cat "$cli"; echo
    done
    echo "# --- test fixture: the demo users and data the tests use"
    echo "/system-property=kehu.demo-data:add(value=true)"
    echo "stop-embedded-server"
} > "$work/configure.cli"
JAVA_OPTS="${JAVA_OPTS:-} -Dfile.encoding=UTF-8" "$JBOSS_HOME/bin/jboss-cli.sh" --resolve-parameter-values \
    --properties="$work/postgresql.properties" --file="$work/configure.cli"
cp "$CONF/standalone-pg.xml" "$CONF/standalone-pg.xml.configured"
echo "WildFly configured for Kehu CRM on PostgreSQL."
