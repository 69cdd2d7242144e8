#!/usr/bin/env bash
# Kehu CRM's install test: the README's IT installation, step by step, on a pristine WildFly next to another
# application, and its removal with the undo scripts.
#
#   1. unpacks org.wildfly:wildfly-dist (the version of pom.xml) from the local Maven repository into
#      crm-ear/target/install-test and starts it with port offset 500 (HTTP 8580, management 10490);
#   2. deploys an unrelated one-servlet application (other-app/, HTTP BASIC against the server's default security
#      domain and a user of its ApplicationRealm) and records how it behaves and the whole configuration
#      (:read-resource(recursive=true));
#   3. installs Kehu CRM as the README says: modules, credential store, PostgreSQL datasource (database
#      kehu_install, owned by its own login role), 20/30/40 scripts, restart with the first administrator's password
#      in the environment, deploy crm.ear; checks readiness, the administrator's login (only with that password),
#      no demo users, the session cookie's flags, no secret in clear text in the configuration or its history, and
#      that the other application behaves as before;
#   4. the Oracle driver: the ojdbc11 module and config/oracle/datasource.cli against a closed port must give a
#      connection error, not a class-loading error;
#   5. undeploys Kehu CRM, runs every undo script in reverse order, reloads, and compares the configuration with the
#      one recorded in 2.
#
# Needs: `mvn verify -DskipTests` run before (crm-ear/target/crm.ear and crm-ear/target/module-jars, or copies of them
# named by KEHU_EAR and KEHU_MODULE_JARS, e.g. while another build rewrites target/), a JDK (javac, keytool),
# curl, PostgreSQL on 127.0.0.1:5432 prepared by .ci/postgresql.sh (run by this script), the ports above free.
# Prints each check, the time of each phase, and at the end "N passed, N failed"; exits non-zero on any failure.
# Run as root or as a user that can run .ci/postgresql.sh.
set -uo pipefail

# The whole script is one function, read completely before it runs.
main() {

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../../.." && pwd)
CONFIG=$ROOT/config
TARGET=$ROOT/crm-ear/target
EAR=${KEHU_EAR:-$TARGET/crm.ear}
JARS=${KEHU_MODULE_JARS:-$TARGET/module-jars}
M2=${MAVEN_REPO:-$HOME/.m2/repository}
WILDFLY_VERSION=$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' "$ROOT/pom.xml")
JAKARTAEE_VERSION=$(sed -n 's:.*<version.jakartaee>\(.*\)</version.jakartaee>.*:\1:p' "$ROOT/pom.xml")
OFFSET=${KEHU_INSTALL_PORT_OFFSET:-500}
HTTP_PORT=$((8080 + OFFSET))
HTTPS_PORT=$((8443 + OFFSET))
MGMT_PORT=$((9990 + OFFSET))
WORK=$TARGET/install-test
JBOSS_HOME=$WORK/wildfly-$WILDFLY_VERSION
CONF=$JBOSS_HOME/standalone/configuration

# What IT chooses; distinctive values, so that the test can look for them where they must not be.
DB_NAME=kehu_install
DB_USER=kehu_install
DB_PASSWORD='Db-Secret-7f3k2'
ADMIN_PASSWORD='Kehu-Install-9q4w!'   # meets the password policy (12+ characters, not a common password)
TLS_PASSWORD='Tls-Secret-3m6p1'
OTHER_USER=otheruser
OTHER_PASSWORD='Other-Pass-5z8x!'

passed=0
failed=0
failures=()
phase_name=""
phase_start=0

pass() { passed=$((passed + 1)); echo "  PASS  $1"; }
fail() { failed=$((failed + 1)); failures+=("$1"); echo "  FAIL  $1${2:+ -- $2}"; }
# check NAME COMMAND...: passes when the command succeeds.
check() { local name=$1; shift; if "$@"; then pass "$name"; else fail "$name"; fi; }
phase() {
    local now; now=$(date +%s)
    [ -z "$phase_name" ] || echo "  ($phase_name: $((now - phase_start)) s)"
    phase_name=$1
    phase_start=$now
    [ -z "$1" ] || echo "== $1"
}
die() { fail "$1" "${2:-}"; finish; }
finish() {
    phase ""
    [ ${#failures[@]} -eq 0 ] || printf 'failed: %s\n' "${failures[@]}"
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ] && exit 0 || exit 1
}

cli() { "$JBOSS_HOME/bin/jboss-cli.sh" --connect --controller="localhost:$MGMT_PORT" "$@"; }
cli_json() { cli --output-json --command="$1" 2>&1; }

server_pid() { cat "$WORK/server.pid" 2>/dev/null; }
start_server() {
    # standalone.sh writes the server's process id to JBOSS_PIDFILE; the trap below stops it in any case.
    JBOSS_PIDFILE=$WORK/server.pid LAUNCH_JBOSS_IN_BACKGROUND=1 \
        nohup "$JBOSS_HOME/bin/standalone.sh" -Djboss.socket.binding.port-offset="$OFFSET" \
        >> "$WORK/server.out" 2>&1 &
    wait_running
}
wait_running() {
    local i
    for i in $(seq 1 300); do
        cli_json ":read-attribute(name=server-state)" 2>/dev/null | grep -q '"result" : "running"' && return 0
        sleep 1
    done
    return 1
}
stop_server() {
    local pid; pid=$(server_pid)
    [ -n "$pid" ] || return 0
    cli --command=shutdown >/dev/null 2>&1
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill "$pid" 2>/dev/null
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
    rm -f "$WORK/server.pid"
}
trap stop_server EXIT

# The unrelated application's behaviour, one line per observation (the session cookie without its value).
other_app_behaviour() {
    local url="http://localhost:$HTTP_PORT/other/hello" jar; jar=$(mktemp)
    echo "with user: $(curl -s -o /dev/null -w '%{http_code}' -u "$OTHER_USER:$OTHER_PASSWORD" -c "$jar" "$url")"
    echo "body: $(curl -s -u "$OTHER_USER:$OTHER_PASSWORD" -b "$jar" "$url")"
    echo "without user: $(curl -s -o /dev/null -w '%{http_code}' "$url")"
    echo "wrong password: $(curl -s -o /dev/null -w '%{http_code}' -u "$OTHER_USER:wrong" "$url")"
    echo "Kehu's administrator: $(curl -s -o /dev/null -w '%{http_code}' -u "admin:$ADMIN_PASSWORD" "$url")"
    echo "challenge: $(curl -s -D - -o /dev/null "$url" | grep -i '^WWW-Authenticate' | tr -d '\r')"
    echo "session cookie: $(curl -s -D - -o /dev/null -u "$OTHER_USER:$OTHER_PASSWORD" "$url" \
        | grep -i '^Set-Cookie' | sed 's/=[^;]*;/=...;/' | tr -d '\r')"
    rm -f "$jar"
}

# The whole configuration (:read-resource(recursive=true), without runtime attributes). Stripped, as volatile: only
# the response header that reports the process state (e.g. reload-required), which is not configuration.
snapshot() {
    cli --command=":read-resource(recursive=true)" > "$1.raw" 2>&1
    sed -e '/^    "response-headers" => /d' -e 's/^    },$/    }/' "$1.raw" > "$1"
}

# --- FORM login to Kehu CRM over HTTPS (the install turns it on, and plain HTTP is redirected): GET a protected page
# (session), POST j_security_check with the session cookie.
# Success is the container's redirect to the requested page (302); a refused login forwards to the login page (200).
kehu_login_status() {
    local jar; jar=$(mktemp)
    curl -s -k -o /dev/null -c "$jar" "https://localhost:$HTTPS_PORT/crm/"
    curl -s -k -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" \
        --data-urlencode "j_username=$1" --data-urlencode "j_password=$2" \
        "https://localhost:$HTTPS_PORT/crm/j_security_check"
    rm -f "$jar"
}

# =====================================================================================================================
phase "preconditions"
for tool in curl javac jar java keytool; do command -v "$tool" >/dev/null 2>&1 || die "$tool is installed"; done
[ -f "$EAR" ] || die "crm.ear is built" "$EAR missing: run mvn verify -DskipTests first"
for jar in eclipselink.jar org.eclipse.persistence.asm.jar postgresql.jar ojdbc11.jar; do
    [ -f "$JARS/$jar" ] || die "module jar $jar is built" "$JARS/$jar missing: run mvn verify -DskipTests first"
done
DIST=$M2/org/wildfly/wildfly-dist/$WILDFLY_VERSION/wildfly-dist-$WILDFLY_VERSION.tar.gz
API=$M2/jakarta/platform/jakarta.jakartaee-api/$JAKARTAEE_VERSION/jakarta.jakartaee-api-$JAKARTAEE_VERSION.jar
[ -f "$DIST" ] || die "WildFly distribution in the local Maven repository" "$DIST"
[ -f "$API" ] || die "Jakarta EE API in the local Maven repository" "$API"
if (exec 3<>/dev/tcp/127.0.0.1/$HTTP_PORT) 2>/dev/null || (exec 3<>/dev/tcp/127.0.0.1/$MGMT_PORT) 2>/dev/null; then
    die "ports $HTTP_PORT and $MGMT_PORT are free"
fi
pass "tools, crm.ear, module jars, WildFly $WILDFLY_VERSION and free ports"

# =====================================================================================================================
phase "bare WildFly with another application"
rm -rf "$WORK"
mkdir -p "$WORK"
tar xzf "$DIST" -C "$WORK" || die "unpack WildFly"
base_module_sum=$(sha1sum "$JBOSS_HOME/modules/system/layers/base/org/eclipse/persistence/main/module.xml" | cut -d' ' -f1)
# The other application's user, in WildFly's own ApplicationRealm.
"$JBOSS_HOME/bin/add-user.sh" -a -s -u "$OTHER_USER" -p "$OTHER_PASSWORD" -g guest >/dev/null 2>&1 \
    || die "add-user.sh -a"
mkdir -p "$WORK/other/classes" "$WORK/other/war/WEB-INF/classes"
javac -d "$WORK/other/war/WEB-INF/classes" -cp "$API" "$HERE/other-app/HelloServlet.java" || die "compile other-app"
cp "$HERE/other-app/WEB-INF/web.xml" "$WORK/other/war/WEB-INF/"
(cd "$WORK/other/war" && jar cf "$WORK/other.war" .) || die "package other.war"
start_server || die "bare server starts" "see $WORK/server.out"
pass "bare WildFly $WILDFLY_VERSION started (port offset $OFFSET)"
cli --command="deploy $WORK/other.war" >/dev/null || die "deploy other.war"
other_app_behaviour > "$WORK/other-before.txt"
sed 's/^/        /' "$WORK/other-before.txt"
check "other application: 200 for its user" grep -q '^with user: 200$' "$WORK/other-before.txt"
check "other application: 401 without a user" grep -q '^without user: 401$' "$WORK/other-before.txt"
check "other application: its session counts visits" grep -q 'visits=2' "$WORK/other-before.txt"
# Recorded after a reload, as the final state will be (after a reload the model also lists a deployment's
# undefined "archive" flag).
cli --command=reload > /dev/null 2>&1
wait_running || die "server running after reload"
snapshot "$WORK/config-before.txt"
check "configuration recorded" grep -q '"outcome" => "success"' "$WORK/config-before.txt"

# =====================================================================================================================
phase "install Kehu CRM by the README's IT steps"
# Step 1: the server modules (EclipseLink and the PostgreSQL driver).
bash "$CONFIG/modules/install-modules.sh" "$JBOSS_HOME" "$JARS" eclipselink postgresql | sed 's/^/        /'
check "step 1: modules installed" test "${PIPESTATUS[0]}" -eq 0
# Step 2: the database, owned by its login role (PostgreSQL 15: the owner may create tables).
KEHU_PG_USER=$DB_USER KEHU_PG_PASSWORD=$DB_PASSWORD bash "$ROOT/.ci/postgresql.sh" "$DB_NAME" | sed 's/^/        /'
check "step 2: database $DB_NAME owned by $DB_USER" test "${PIPESTATUS[0]}" -eq 0
# Step 3: the credential store.
bash "$CONFIG/security/credential-store.sh" "$JBOSS_HOME" --controller="localhost:$MGMT_PORT" | sed 's/^/        /'
check "step 3: credential store" test "${PIPESTATUS[0]}" -eq 0
# Step 4: the properties file and the datasource.
umask_before=$(umask); umask 077
cat > "$WORK/postgresql.properties" <<EOF
db.url=jdbc:postgresql://127.0.0.1:5432/$DB_NAME
db.user=$DB_USER
db.password=$DB_PASSWORD
EOF
umask "$umask_before"
cli --resolve-parameter-values --properties="$WORK/postgresql.properties" \
    --file="$CONFIG/postgresql/datasource.cli" > "$WORK/step4.out" 2>&1
check "step 4: PostgreSQL datasource" test $? -eq 0
cli --command="/subsystem=datasources/data-source=KehuDS:test-connection-in-pool" > "$WORK/test-connection.out" 2>&1
check "step 4: KehuDS connects to PostgreSQL" grep -q '"outcome" => "success"' "$WORK/test-connection.out"
bash "$CONFIG/security/credential-store.sh" "$JBOSS_HOME" --controller="localhost:$MGMT_PORT" | sed 's/^/        /'
check "step 4: store files readable by the server's user only" \
    test "$(stat -c %a "$CONF/kehu-keys.cs")$(stat -c %a "$CONF/kehu-credentials.cs")" = 600600
# Step 5: security, server settings, churn check and mail, health and metrics.
for script in 20-security 30-server 40-churn 50-observability 60-batch; do
    LANG=C.UTF-8 cli --file="$CONFIG/$script.cli" > "$WORK/$script.out" 2>&1
    check "step 5: $script.cli" test $? -eq 0
done
# Re-runnable: a second run changes nothing and fails nothing.
for script in 20-security 30-server 40-churn 50-observability 60-batch; do
    LANG=C.UTF-8 cli --file="$CONFIG/$script.cli" > "$WORK/$script-again.out" 2>&1
    check "step 5: $script.cli runs a second time" test $? -eq 0
done
# Optional step (README: Listening address, HTTPS and memory): the company's certificate, HTTP to HTTPS for /crm.
keytool -genkeypair -alias crm -keyalg RSA -keysize 2048 -validity 2 -dname "CN=kehu-install-test" \
    -storetype PKCS12 -keystore "$WORK/crm.p12" -storepass "$TLS_PASSWORD" -keypass "$TLS_PASSWORD" > /dev/null 2>&1
check "HTTPS: a PKCS#12 key store with the server's certificate" test -s "$WORK/crm.p12"
umask 077
printf 'tls.keystore=%s\ntls.password=%s\ntls.public-port=%s\ntls.previous-ssl-context=applicationSSC\n' \
    "$WORK/crm.p12" "$TLS_PASSWORD" "$HTTPS_PORT" > "$WORK/https.properties"
umask "$umask_before"
for run in first second; do
    cli --resolve-parameter-values --properties="$WORK/https.properties" --file="$CONFIG/https/https.cli" \
        > "$WORK/https-$run.out" 2>&1
    check "HTTPS: config/https/https.cli ($run run)" test $? -eq 0
done
# Step 6: restart with the first administrator's password in the server's environment (first start only).
stop_server
export KEHU_ADMIN_INITIAL_PASSWORD=$ADMIN_PASSWORD
start_server
check "step 6: server restarted with KEHU_ADMIN_INITIAL_PASSWORD in its environment" test $? -eq 0
unset KEHU_ADMIN_INITIAL_PASSWORD
# Step 7: deploy.
cli --command="deploy $EAR" > "$WORK/deploy.out" 2>&1
check "step 7: crm.ear deployed" test $? -eq 0

# =====================================================================================================================
phase "checks of the installed Kehu CRM"
ready=$(curl -s -w ' %{http_code}' "http://localhost:$MGMT_PORT/health/ready")
echo "        /health/ready: $ready"
# MicroProfile Health's format (config/50-observability.cli): the overall status first, then one entry per check.
check "readiness answers ready (200, status UP, crm.ear OK)" bash -c \
    '[[ "$1" == "{\"status\":\"UP\""*" 200" && "$1" == *"\"crm.ear\":\"OK\""* ]]' _ "$ready"
check "readiness includes Kehu CRM's database check, UP" grep -qE '"name" ?: ?"kehu-database", ?"status" ?: ?"UP"' \
    <<<"$(tr -d '\n' <<<"$ready" | sed 's/  */ /g')"
cli --command="/core-service=module-loading:module-info(name=org.eclipse.persistence)" > "$WORK/module-info.out" 2>&1
# The distribution's module of that name holds only the jipijapa adapter: EclipseLink's own packages in the loaded
# module mean Kehu CRM's module (modules root) is the one in use, and its filter keeps the jar's jakarta/** out.
check "EclipseLink is loaded from Kehu CRM's module (modules root)" \
    grep -q '"org/eclipse/persistence/jpa"' "$WORK/module-info.out"
check "EclipseLink's module takes no jakarta/** classes of its own" bash -c \
    "! grep -q '\"jakarta/persistence\"' '$WORK/module-info.out'"
check "the distribution's own org.eclipse.persistence module.xml is unchanged" test "$(sha1sum \
    "$JBOSS_HOME/modules/system/layers/base/org/eclipse/persistence/main/module.xml" | cut -d' ' -f1)" = "$base_module_sum"
status=$(kehu_login_status admin "$ADMIN_PASSWORD")
check "administrator logs in with the configured initial password (302, got $status)" test "$status" = 302
status=$(kehu_login_status admin "wrong-$ADMIN_PASSWORD")
check "administrator with a wrong password is refused (got $status)" test "$status" = 200
status=$(kehu_login_status manager manager)
check "no demo user: manager/manager is refused (got $status)" test "$status" = 200
status=$(kehu_login_status admin admin)
check "no demo user: admin/admin is refused (got $status)" test "$status" = 200
check "no demo data switch in the configuration" bash -c \
    "! grep -q 'kehu.demo-data' '$CONF/standalone.xml'"
# The HTTPS listener, with Kehu CRM's certificate (above).
cookie=$(curl -s -k -D - -o /dev/null "https://localhost:$HTTPS_PORT/crm/" | grep -i '^Set-Cookie: JSESSIONID' | tr -d '\r')
echo "        https: $(sed 's/JSESSIONID=[^;]*;/JSESSIONID=...;/' <<<"$cookie")"
check "Kehu CRM's session cookie is HttpOnly" grep -qi 'HttpOnly' <<<"$cookie"
check "Kehu CRM's session cookie is SameSite=Lax" grep -qi 'SameSite=Lax' <<<"$cookie"
check "Kehu CRM's session cookie is limited to /crm" grep -qi 'path=/crm' <<<"$cookie"
check "Kehu CRM's session cookie over HTTPS is Secure" grep -qi '; *secure' <<<"$cookie"
https_headers=$(curl -s -D - -o /dev/null "http://localhost:$HTTP_PORT/crm/login.xhtml?lang=en" | tr -d '\r')
check "HTTPS: plain HTTP for /crm is redirected to https://localhost:$HTTPS_PORT/crm/..." grep -qiE \
    "^Location: https://localhost:$HTTPS_PORT/crm/login.xhtml\\?lang=en" <<<"$https_headers"
check "HTTPS: the listener presents Kehu CRM's certificate" bash -c \
    "curl -s -k -v -o /dev/null 'https://localhost:$HTTPS_PORT/crm/' 2>&1 | grep -q 'CN=kehu-install-test'"
check "HTTPS: the key store password is nowhere in the configuration" bash -c "! grep -rqF -- '$TLS_PASSWORD' '$CONF'"
check "the administrator's password is nowhere in the configuration or its history" \
    bash -c "! grep -rqF -- '$ADMIN_PASSWORD' '$CONF'"
check "the database password is nowhere in the configuration or its history" \
    bash -c "! grep -rqF -- '$DB_PASSWORD' '$CONF'"
check "the credential store's password is an encrypted expression" \
    grep -q 'credential-store name="kehu-store".*' <(tr -d '\n' < "$CONF/standalone.xml" | grep -o '<credential-store name="kehu-store".\{0,400\}' | grep 'ENC::kehu:')
check "the server's default security domains are unchanged (other)" test \
    "$(cli_json '/subsystem=undertow:read-attribute(name=default-security-domain)' | grep -o '"result" : "[^"]*"')$(cli_json '/subsystem=ejb3:read-attribute(name=default-security-domain)' | grep -o '"result" : "[^"]*"')" \
    = '"result" : "other""result" : "other"'
check "the server's log handler FILE (server.log) is still there" grep -q '"outcome" => "success"' \
    <(cli --command="/subsystem=logging/periodic-rotating-file-handler=FILE:read-resource")
check "Kehu CRM logs to its own file kehu.log" test -s "$JBOSS_HOME/standalone/log/kehu.log"
for listener in http-listener=default https-listener=https; do
    check "upload limit 110100480 on $listener" grep -q '110100480' \
        <(cli --command="/subsystem=undertow/server=default-server/$listener:read-attribute(name=max-post-size)")
done
other_app_behaviour > "$WORK/other-installed.txt"
check "the other application behaves exactly as before" diff "$WORK/other-before.txt" "$WORK/other-installed.txt"

# =====================================================================================================================
phase "remove Kehu CRM with the undo scripts"
cli --command="undeploy crm.ear" > "$WORK/undeploy.out" 2>&1
check "undeploy crm.ear" test $? -eq 0
for script in undo/60-batch-undo undo/50-observability-undo undo/40-churn-undo undo/30-server-undo undo/20-security-undo; do
    cli --file="$CONFIG/$script.cli" > "$WORK/$(basename "$script").out" 2>&1
    check "$script.cli" test $? -eq 0
done
cli --resolve-parameter-values --properties="$WORK/https.properties" --file="$CONFIG/https/https-undo.cli" \
    > "$WORK/https-undo.out" 2>&1
check "https/https-undo.cli" test $? -eq 0
# The realm's service (which uses KehuDS) goes with the reload; then the datasource and its driver can go.
cli --command=reload > /dev/null 2>&1
wait_running
check "server running after reload" test $? -eq 0
cli --file="$CONFIG/postgresql/datasource-undo.cli" > "$WORK/datasource-undo.out" 2>&1
check "postgresql/datasource-undo.cli" test $? -eq 0

# =====================================================================================================================
phase "Oracle driver module and datasource (closed port)"
bash "$CONFIG/modules/install-modules.sh" "$JBOSS_HOME" "$JARS" oracle | sed 's/^/        /'
check "ojdbc11 module installed" test "${PIPESTATUS[0]}" -eq 0
umask 077
cat > "$WORK/oracle.properties" <<EOF
db.url=jdbc:oracle:thin:@//127.0.0.1:1/KEHU
db.user=KEHU
db.password=$DB_PASSWORD
EOF
umask "$umask_before"
cli --resolve-parameter-values --properties="$WORK/oracle.properties" \
    --file="$CONFIG/oracle/datasource.cli" > "$WORK/oracle-datasource.out" 2>&1
check "config/oracle/datasource.cli accepted" test $? -eq 0
cli --command="/subsystem=datasources/data-source=KehuDS:test-connection-in-pool" > "$WORK/oracle-test.out" 2>&1
sed -n 's/.*"failure-description" => "\(.\{0,300\}\).*/        \1/p' "$WORK/oracle-test.out"
check "Oracle: a connection error (IO Error / Connection refused)" grep -qiE 'IO Error|Connection refused|ORA-17002' "$WORK/oracle-test.out"
check "Oracle: no class-loading error" bash -c \
    "! grep -qiE 'ClassNotFound|NoClassDefFound|not installed|WFLYJCA0041|Failed to load module|ModuleNotFound' '$WORK/oracle-test.out' '$WORK/oracle-datasource.out'"
cli --file="$CONFIG/oracle/datasource-undo.cli" > "$WORK/oracle-undo.out" 2>&1
check "oracle/datasource-undo.cli" test $? -eq 0

# =====================================================================================================================
phase "the configuration after the undo scripts"
cli --file="$CONFIG/undo/credential-store-undo.cli" > "$WORK/credential-store-undo.out" 2>&1
check "undo/credential-store-undo.cli" test $? -eq 0
rm -f "$CONF/kehu-credentials.cs" "$CONF/kehu-keys.cs"
bash "$CONFIG/modules/uninstall-modules.sh" "$JBOSS_HOME" | sed 's/^/        /'
check "modules/uninstall-modules.sh" test "${PIPESTATUS[0]}" -eq 0
cli --command=reload > /dev/null 2>&1
wait_running
check "server running after reload" test $? -eq 0
# Every undo script a second time: re-runnable, nothing left to do.
for script in undo/60-batch-undo undo/50-observability-undo undo/40-churn-undo undo/30-server-undo undo/20-security-undo \
              https/https-undo postgresql/datasource-undo oracle/datasource-undo undo/credential-store-undo; do
    if [ "$script" = https/https-undo ]; then
        cli --resolve-parameter-values --properties="$WORK/https.properties" --file="$CONFIG/$script.cli" > /dev/null 2>&1
    else
        cli --file="$CONFIG/$script.cli" > /dev/null 2>&1
    fi
    check "$script.cli runs a second time" test $? -eq 0
done
snapshot "$WORK/config-after.txt"
if diff "$WORK/config-before.txt" "$WORK/config-after.txt" > "$WORK/config.diff"; then
    pass "configuration after the undo scripts equals the one before the install"
else
    sed 's/^/        /' "$WORK/config.diff" | head -60
    fail "configuration after the undo scripts equals the one before the install" "see $WORK/config.diff"
fi
check "no Kehu CRM module left in the modules root" bash -c \
    "! grep -rl 'Installed for Kehu CRM' '$JBOSS_HOME/modules' --include=module.xml"
other_app_behaviour > "$WORK/other-after.txt"
check "the other application still behaves exactly as before" diff "$WORK/other-before.txt" "$WORK/other-after.txt"

stop_server
finish
}

main "$@"
