#!/usr/bin/env bash
# Installs Kehu CRM's server modules into a WildFly installation, without touching the distribution's own files:
#   eclipselink  EclipseLink as the JPA provider module org.eclipse.persistence
#                (eclipselink.jar with its jakarta/** packages filtered out, org.eclipse.persistence.asm.jar, and
#                the distribution's own jipijapa-eclipselink adapter, found in the base layer at install time)
#   postgresql   the PostgreSQL JDBC driver module org.postgresql (postgresql.jar)
#   oracle       the Oracle JDBC driver module com.oracle.ojdbc (ojdbc11.jar)
#
# Usage: install-modules.sh JBOSS_HOME JAR_FOLDER [eclipselink] [postgresql] [oracle]     (default: eclipselink)
#
# JAR_FOLDER holds the jars under these names (the build puts them in crm-ear/target/module-jars; versions are
# pinned in pom.xml):
#   eclipselink.jar                  org.eclipse.persistence:eclipselink
#   org.eclipse.persistence.asm.jar  org.eclipse.persistence:org.eclipse.persistence.asm
#   postgresql.jar                   org.postgresql:postgresql
#   ojdbc11.jar                      com.oracle.database.jdbc:ojdbc11
#
# The modules go into $JBOSS_HOME/modules/<name>/main (the modules root, outside system/layers/base). JBoss Modules
# searches the root before the layers, so Kehu CRM's org.eclipse.persistence is the one loaded, while the
# distribution's module.xml stays as shipped and WildFly updates can replace the base layer freely. After a WildFly
# update, run this script again: it points the module at the adapter jar of the updated distribution.
# Re-runnable. Run it while the server is stopped, or reload the server afterwards. Undo: uninstall-modules.sh.
set -euo pipefail

if [ $# -lt 2 ]; then
    sed -n '2,25p' "$0" >&2
    exit 2
fi
JBOSS_HOME=$(cd "$1" && pwd)
JARS=$(cd "$2" && pwd)
shift 2
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(eclipselink)
HERE=$(cd "$(dirname "$0")" && pwd)
CONFIG_DIR=$(cd "$HERE/.." && pwd)
ROOT=$JBOSS_HOME/modules
BASE=$ROOT/system/layers/base

[ -f "$JBOSS_HOME/jboss-modules.jar" ] || { echo "Not a WildFly installation: $JBOSS_HOME" >&2; exit 1; }

# copy_jar SOURCE_NAME TARGET_DIR: the jar must be there; copied under the name module.xml uses.
copy_jar() {
    [ -f "$JARS/$1" ] || { echo "Missing $JARS/$1 (see the head of $0 for where it comes from)" >&2; exit 1; }
    cp "$JARS/$1" "$2/$1"
}

for module in "${modules[@]}"; do
    case "$module" in
        eclipselink)
            dir=$ROOT/org/eclipse/persistence/main
            # The distribution's adapter: its file name carries WildFly's version, so it is looked up, not assumed.
            adapter=$(find "$BASE/org/eclipse/persistence/main" -maxdepth 1 -name 'jipijapa-eclipselink-*.jar' | sort | tail -1)
            [ -n "$adapter" ] || { echo "No jipijapa-eclipselink jar in $BASE/org/eclipse/persistence/main" >&2; exit 1; }
            mkdir -p "$dir"
            copy_jar eclipselink.jar "$dir"
            copy_jar org.eclipse.persistence.asm.jar "$dir"
            # A path relative to the module folder, so that the installation can be moved.
            rel=../../../../system/layers/base/org/eclipse/persistence/main/$(basename "$adapter")
            sed "s#@JIPIJAPA_ECLIPSELINK_JAR@#$rel#" "$HERE/org/eclipse/persistence/main/module.xml" > "$dir/module.xml"
            echo "Installed org.eclipse.persistence in $dir (adapter $(basename "$adapter"))"
            ;;
        postgresql)
            dir=$ROOT/org/postgresql/main
            mkdir -p "$dir"
            copy_jar postgresql.jar "$dir"
            cp "$CONFIG_DIR/postgresql/modules/org/postgresql/main/module.xml" "$dir/module.xml"
            echo "Installed org.postgresql in $dir"
            ;;
        oracle)
            dir=$ROOT/com/oracle/ojdbc/main
            mkdir -p "$dir"
            copy_jar ojdbc11.jar "$dir"
            cp "$CONFIG_DIR/oracle/modules/com/oracle/ojdbc/main/module.xml" "$dir/module.xml"
            echo "Installed com.oracle.ojdbc in $dir"
            ;;
        *)
            echo "Unknown module '$module' (eclipselink, postgresql, oracle)" >&2
            exit 2
            ;;
    esac
done
