#!/usr/bin/env bash
# Configures a WildFly installation for Kehu CRM with the scripts of config/:
#   1. installs the server module EclipseLink (org.eclipse.persistence) with config/modules/install-modules.sh,
#   2. runs every config/NN-*.cli script, in order, against an embedded (offline) server.
# The build calls it after unpacking WildFly; IT can call it on a fresh installation too:
#   bash config/build/configure-server.sh /opt/wildfly /path/to/module-jars
# It re-applies everything to a pristine standalone.xml whenever a script changes, and does nothing otherwise.
set -euo pipefail

JBOSS_HOME=$(cd "$1" && pwd)
MODULE_JARS=${2:-}
CONFIG_DIR=$(cd "$(dirname "$0")/.." && pwd)
CONF=$JBOSS_HOME/standalone/configuration
MARKER=$CONF/.kehu-configured

checksum=$( { cat "$0"; find "$CONFIG_DIR" -maxdepth 1 -name '*.cli' | sort | xargs cat;
              find "$CONFIG_DIR/modules" -type f | sort | xargs cat; } | sha1sum | cut -d' ' -f1)
if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$checksum" ]; then
    echo "WildFly at $JBOSS_HOME is already configured for Kehu CRM."
    exit 0
fi

echo "Configuring WildFly at $JBOSS_HOME for Kehu CRM ..."
# Always start from the configuration the distribution shipped.
[ -f "$CONF/standalone.xml.pristine" ] || cp "$CONF/standalone.xml" "$CONF/standalone.xml.pristine"
cp "$CONF/standalone.xml.pristine" "$CONF/standalone.xml"
rm -rf "$CONF/standalone_xml_history"

# Server modules: EclipseLink, installed by the same script IT runs (into the modules root, not the base layer).
[ -n "$MODULE_JARS" ] || { echo "Usage: $0 JBOSS_HOME MODULE_JAR_FOLDER" >&2; exit 2; }
bash "$CONFIG_DIR/modules/install-modules.sh" "$JBOSS_HOME" "$MODULE_JARS" eclipselink

# The .cli scripts run unchanged against a running server (jboss-cli.sh --connect --file=...);
# here they run inside one embedded server.
script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
    echo "embed-server --server-config=standalone.xml --std-out=discard"
    for cli in $(find "$CONFIG_DIR" -maxdepth 1 -name '[0-9]*.cli' | sort); do
        echo "# --- $(basename "$cli")"
        cat "$cli"
        echo
    done
    echo "stop-embedded-server"
} > "$script"
# The scripts are UTF-8 (Chinese default values), whatever the machine's locale.
JAVA_OPTS="${JAVA_OPTS:-} -Dfile.encoding=UTF-8" "$JBOSS_HOME/bin/jboss-cli.sh" --file="$script"

# The configured state without any deployment: integration tests start from a copy of it (standalone-it.xml).
cp "$CONF/standalone.xml" "$CONF/standalone.xml.configured"
echo "$checksum" > "$MARKER"
echo "WildFly configured for Kehu CRM."
