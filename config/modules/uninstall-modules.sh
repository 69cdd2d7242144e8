#!/usr/bin/env bash
# Undo of install-modules.sh: removes Kehu CRM's server modules from the modules root of a WildFly installation.
# Only folders that install-modules.sh wrote (their module.xml carries Kehu CRM's marker comment) are removed; the
# distribution's own modules in system/layers are never touched.
#
# Usage: uninstall-modules.sh JBOSS_HOME [eclipselink] [postgresql] [oracle]     (default: all three)
# Undeploy Kehu CRM and remove its datasource first (config/undo/, config/postgresql/datasource-undo.cli ...), then
# stop or reload the server. Re-runnable.
set -euo pipefail

[ $# -ge 1 ] || { sed -n '2,8p' "$0" >&2; exit 2; }
JBOSS_HOME=$(cd "$1" && pwd)
shift
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(eclipselink postgresql oracle)
ROOT=$JBOSS_HOME/modules

for module in "${modules[@]}"; do
    case "$module" in
        eclipselink) dir=$ROOT/org/eclipse/persistence/main ;;
        postgresql)  dir=$ROOT/org/postgresql/main ;;
        oracle)      dir=$ROOT/com/oracle/ojdbc/main ;;
        *) echo "Unknown module '$module' (eclipselink, postgresql, oracle)" >&2; exit 2 ;;
    esac
    if [ -f "$dir/module.xml" ] && grep -q 'Installed for Kehu CRM' "$dir/module.xml"; then
        rm -rf "$dir"
        # Remove the parent folders the installation created, as far as they are empty now.
        parent=$(dirname "$dir")
        while [ "$parent" != "$ROOT" ] && rmdir "$parent" 2>/dev/null; do parent=$(dirname "$parent"); done
        echo "Removed $dir"
    else
        echo "Nothing of Kehu CRM in $dir"
    fi
done
