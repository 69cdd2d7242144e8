#!/usr/bin/env bash
# Kehu CRM: creates the credential store kehu-store in which the datasource scripts (config/postgresql/datasource.cli,
# config/oracle/datasource.cli) keep the database password, without any password in clear text in the server's
# configuration (standalone.xml) or its history (standalone_xml_history):
#   1. credential-store.cli: the secret-key store kehu-keys (an AES key in a file, no password) and the encrypted
#      expression resolver "kehu";
#   2. a random password for kehu-store, which nobody needs to know: only its encrypted form ${ENC::kehu:...} goes
#      into the configuration (as the store's credential-reference), decrypted by the server with kehu-keys;
#   3. the permissions of both store files: readable and writable by the server's user only (chmod 600).
#
# Usage, on the server's machine, as the user the server runs as, against the running server:
#   bash config/security/credential-store.sh JBOSS_HOME [jboss-cli options, e.g. --controller=localhost:9990]
# Re-runnable (an existing store is kept). Run it again after the datasource script: the store file is written when
# the first password goes in, and this run restricts its permissions too.
# Undo: config/undo/credential-store-undo.cli (after the datasource's undo), then delete the two files.
set -euo pipefail

[ $# -ge 1 ] || { sed -n '2,16p' "$0" >&2; exit 2; }
JBOSS_HOME=$(cd "$1" && pwd)
shift
HERE=$(cd "$(dirname "$0")" && pwd)
cli() { "$JBOSS_HOME/bin/jboss-cli.sh" --connect "$@"; }
# One operation's result as JSON, for the few values this script needs.
json() { cli "${CLI_OPTS[@]}" --output-json --command="$1"; }
CLI_OPTS=("$@")

umask 077
cli "${CLI_OPTS[@]}" --file="$HERE/credential-store.cli" >/dev/null

# The resolver "kehu" in a list that existed before (another application's encrypted expressions).
if ! json "/subsystem=elytron/expression=encryption:read-attribute(name=resolvers)" | grep -q '"name" : "kehu"'; then
    cli "${CLI_OPTS[@]}" --command="/subsystem=elytron/expression=encryption:list-add(name=resolvers, value={name=kehu, credential-store=kehu-keys, secret-key=key})" >/dev/null
fi

if ! json "/subsystem=elytron/credential-store=kehu-store:read-resource" | grep -q '"outcome" : "success"'; then
    password=$(head -c 30 /dev/urandom | base64 | tr -d '/+=\n')
    # The clear password goes to the server in a file only this user can read, never on a command line.
    tmp=$(mktemp)
    trap 'rm -f "$tmp"' EXIT
    echo "/subsystem=elytron/expression=encryption:create-expression(resolver=kehu, clear-text=\"$password\")" > "$tmp"
    expression=$(cli "${CLI_OPTS[@]}" --output-json --file="$tmp" | grep -o '\${ENC::kehu:[^}"]*}')
    unset password
    [ -n "$expression" ] || { echo "Could not encrypt the credential store's password" >&2; exit 1; }
    echo "/subsystem=elytron/credential-store=kehu-store:add(path=kehu-credentials.cs, relative-to=jboss.server.config.dir, create=true, credential-reference={clear-text=\"$expression\"})" > "$tmp"
    cli "${CLI_OPTS[@]}" --file="$tmp" >/dev/null
    echo "Credential store kehu-store created (its password encrypted with kehu-keys)."
else
    echo "Credential store kehu-store already there."
fi

config_dir=$(json "/path=jboss.server.config.dir:read-attribute(name=path)" | sed -n 's/.*"result" : "\(.*\)".*/\1/p')
for file in kehu-keys.cs kehu-credentials.cs; do
    if [ -f "$config_dir/$file" ]; then
        chmod 600 "$config_dir/$file"
        echo "$config_dir/$file: $(stat -c '%A %U' "$config_dir/$file")"
    fi
done
