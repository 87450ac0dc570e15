#!/usr/bin/env bash
# Throwaway servers for the integration tests (tests/sync):
#   - PostgreSQL 15 on 127.0.0.1 (scram-sha-256), database openmayor_test
#   - nginx with WebDAV (Basic auth) at http://127.0.0.1:PORT/dav/
#
# Usage: test-servers.sh start|stop|env [BUILD_DIR]
#   start  starts both (stopping any left over from an earlier start first), waits until
#          they answer, and writes the state file; non-zero exit with the server log on failure
#   stop   stops both and removes their temp dirs; safe to run any number of times
#   env    prints the export lines, for: eval "$(test-servers.sh env build)"
# State file: $OPENMAYOR_TEST_STATE, else BUILD_DIR/test-servers.env (BUILD_DIR default: build).
# It holds, as export lines:
#   OPENMAYOR_TEST_PG_URL        postgresql://postgres@127.0.0.1:PORT/openmayor_test
#   OPENMAYOR_TEST_PG_PASSWORD
#   OPENMAYOR_TEST_DAV_URL       http://127.0.0.1:PORT/dav/
#   OPENMAYOR_TEST_DAV_USER
#   OPENMAYOR_TEST_DAV_PASSWORD
# Ports: OPENMAYOR_TEST_PG_PORT (default 55432) and OPENMAYOR_TEST_DAV_PORT (default 58080)
# are the first tried; the next free port is taken when one is busy.
# Runs as root (servers run as postgres / www-data through runuser) or as a normal user.
set -euo pipefail

readonly DB_NAME=openmayor_test
readonly DAV_USER=openmayor
readonly NGINX_DAV_EXT=/usr/lib/nginx/modules/ngx_http_dav_ext_module.so

cmd=${1:-}
build_dir=${2:-build}
state=${OPENMAYOR_TEST_STATE:-$build_dir/test-servers.env}
case $state in /*) ;; *) state=$PWD/$state ;; esac

log() { echo "test-servers: $*" >&2; }
die() {
    log "ERROR: $*"
    exit 1
}

is_root() { ((EUID == 0)); }

# True while the process runs. A server that daemonized is re-parented to PID 1, which in
# containers may never reap it: a zombie (state Z) counts as gone.
alive() {
    local st
    kill -0 "$1" 2>/dev/null || return 1
    st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
    [[ $st != Z ]]
}

# Runs a command as the given service user when root, else as ourselves.
as_user() {
    local user=$1
    shift
    if is_root; then runuser -u "$user" -- "$@"; else "$@"; fi
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
    local port=$1 last=$(($1 + 100))
    while port_busy "$port"; do
        port=$((port + 1))
        ((port < last)) || die "no free port in $1..$last"
    done
    echo "$port"
}

random_password() { openssl rand -hex 12; }

find_pg_bin() {
    local dir
    for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        [[ -x $dir/initdb && -x $dir/pg_ctl ]] && { echo "$dir"; return; }
    done
    die "PostgreSQL server binaries not found (install postgresql-15: tests/support/debian-packages.sh)"
}

append_state() { printf '%s\n' "$@" >>"$state"; }

# ---------------------------------------------------------------------------- PostgreSQL
start_postgres() {
    local pgbin pgroot password port tries
    pgbin=$(find_pg_bin)
    [[ -x $pgbin/psql && -x $pgbin/pg_isready ]] || die "psql/pg_isready missing in $pgbin (postgresql-client-15)"
    pgroot=$(mktemp -d "${TMPDIR:-/tmp}/openmayor-pg.XXXXXX")
    append_state "OPENMAYOR_TEST_PGBIN=$(printf %q "$pgbin")" \
        "OPENMAYOR_TEST_PGROOT=$(printf %q "$pgroot")"
    is_root && chown postgres: "$pgroot"
    password=$(random_password)
    printf '%s\n' "$password" >"$pgroot/pw"
    is_root && chown postgres: "$pgroot/pw"
    chmod 600 "$pgroot/pw"

    (cd "$pgroot" && as_user postgres "$pgbin/initdb" -D "$pgroot/data" -U postgres \
        --pwfile="$pgroot/pw" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 --no-sync) >"$pgroot/initdb.log" 2>&1 ||
        { cat "$pgroot/initdb.log" >&2; die "initdb failed"; }
    rm -f "$pgroot/pw"

    port=${OPENMAYOR_TEST_PG_PORT:-55432}
    for tries in 1 2 3; do
        port=$(free_port "$port")
        if (cd "$pgroot" && as_user postgres "$pgbin/pg_ctl" -D "$pgroot/data" -l "$pgroot/log" \
            -w -t 30 -o "-c listen_addresses=127.0.0.1 -p $port -k $pgroot -c fsync=off \
-c synchronous_commit=off -c full_page_writes=off" start) >/dev/null 2>&1; then
            break
        fi
        if grep -q 'already in use' "$pgroot/log" 2>/dev/null && ((tries < 3)); then
            log "port $port taken meanwhile, trying another"
            port=$((port + 1))
            continue
        fi
        tail -n 30 "$pgroot/log" >&2 || true
        die "PostgreSQL did not start (log above)"
    done

    local i
    for i in $(seq 1 60); do
        "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 1 && break
        ((i < 60)) || { tail -n 30 "$pgroot/log" >&2; die "PostgreSQL not ready on port $port"; }
        sleep 0.5
    done

    # Over TCP with the password: proves scram auth works as the tests will use it.
    PGPASSWORD=$password PGCONNECT_TIMEOUT=10 "$pgbin/psql" -X -q -v ON_ERROR_STOP=1 \
        "postgresql://postgres@127.0.0.1:$port/postgres" \
        -c "CREATE DATABASE $DB_NAME ENCODING 'UTF8' TEMPLATE template0" >/dev/null ||
        die "cannot create database $DB_NAME over 127.0.0.1:$port with the password"

    append_state \
        "export OPENMAYOR_TEST_PG_URL=postgresql://postgres@127.0.0.1:$port/$DB_NAME" \
        "export OPENMAYOR_TEST_PG_PASSWORD=$password"
    log "PostgreSQL ready: postgresql://postgres@127.0.0.1:$port/$DB_NAME (data $pgroot)"
}

stop_postgres() {
    local pgroot=${OPENMAYOR_TEST_PGROOT:-} pgbin=${OPENMAYOR_TEST_PGBIN:-} pid
    [[ -n $pgroot && -d $pgroot ]] || return 0
    if [[ -f $pgroot/data/postmaster.pid ]]; then
        pid=$(head -n 1 "$pgroot/data/postmaster.pid")
        if [[ -n $pgbin ]]; then
            (cd "$pgroot" && as_user postgres "$pgbin/pg_ctl" -D "$pgroot/data" -m fast -w -t 20 stop) \
                >/dev/null 2>&1 || true
        fi
        if [[ -n $pid ]] && alive "$pid"; then
            log "PostgreSQL (pid $pid) still running, killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -rf "$pgroot"
    log "PostgreSQL stopped"
}

# ---------------------------------------------------------------------------- nginx WebDAV
start_dav() {
    local davroot password port hash code i
    command -v nginx >/dev/null || PATH=$PATH:/usr/sbin
    command -v nginx >/dev/null || die "nginx not found (tests/support/debian-packages.sh)"
    [[ -f $NGINX_DAV_EXT ]] || die "$NGINX_DAV_EXT missing (package libnginx-mod-http-dav-ext)"
    command -v curl >/dev/null || die "curl not found"

    davroot=$(mktemp -d "${TMPDIR:-/tmp}/openmayor-dav.XXXXXX")
    append_state "OPENMAYOR_TEST_DAVROOT=$(printf %q "$davroot")"
    chmod 755 "$davroot"
    mkdir -p "$davroot/www/dav" "$davroot/tmp"
    is_root && chown -R www-data: "$davroot/www/dav" "$davroot/tmp"

    password=$(random_password)
    hash=$(openssl passwd -apr1 "$password")
    printf '%s:%s\n' "$DAV_USER" "$hash" >"$davroot/htpasswd"
    if is_root; then
        chown root:www-data "$davroot/htpasswd"
        chmod 640 "$davroot/htpasswd"
    fi

    port=$(free_port "${OPENMAYOR_TEST_DAV_PORT:-58080}")
    {
        echo "load_module $NGINX_DAV_EXT;"
        is_root && echo "user www-data;"
        cat <<EOF
worker_processes 1;
pid $davroot/nginx.pid;
error_log $davroot/error.log warn;
events { worker_connections 128; }
http {
    access_log $davroot/access.log;
    client_body_temp_path $davroot/tmp/body;
    proxy_temp_path $davroot/tmp/proxy;
    fastcgi_temp_path $davroot/tmp/fastcgi;
    uwsgi_temp_path $davroot/tmp/uwsgi;
    scgi_temp_path $davroot/tmp/scgi;
    default_type application/octet-stream;
    client_max_body_size 512m;
    server {
        listen 127.0.0.1:$port;
        server_name localhost;
        root $davroot/www;
        location /dav/ {
            dav_methods PUT DELETE MKCOL COPY MOVE;
            dav_ext_methods PROPFIND OPTIONS;
            create_full_put_path on;
            dav_access user:rw group:rw all:r;
            autoindex on;
            auth_basic "openmayor-test";
            auth_basic_user_file $davroot/htpasswd;
        }
    }
}
EOF
    } >"$davroot/nginx.conf"

    nginx -p "$davroot" -e "$davroot/error.log" -c "$davroot/nginx.conf" -t >"$davroot/check.log" 2>&1 ||
        { cat "$davroot/check.log" >&2; die "nginx configuration invalid"; }
    nginx -p "$davroot" -e "$davroot/error.log" -c "$davroot/nginx.conf" 2>"$davroot/start.log" ||
        { cat "$davroot/start.log" "$davroot/error.log" >&2 2>/dev/null; die "nginx did not start"; }

    # Ready when an authenticated PUT creates a file (proves auth and upload permissions).
    local url=http://127.0.0.1:$port/dav/
    for i in $(seq 1 50); do
        code=$(curl --noproxy '*' -s -o /dev/null -w '%{http_code}' --max-time 2 -u "$DAV_USER:$password" \
            -T "$davroot/nginx.conf" "${url}.ready" 2>/dev/null) || code=000
        [[ $code == 201 || $code == 204 ]] && break
        if ((i == 50)); then
            tail -n 30 "$davroot/error.log" >&2
            die "WebDAV not ready at $url (last PUT status $code)"
        fi
        sleep 0.1
    done
    curl --noproxy '*' -s -o /dev/null --max-time 2 -u "$DAV_USER:$password" -X DELETE "${url}.ready" || true

    append_state \
        "export OPENMAYOR_TEST_DAV_URL=$url" \
        "export OPENMAYOR_TEST_DAV_USER=$DAV_USER" \
        "export OPENMAYOR_TEST_DAV_PASSWORD=$password"
    log "WebDAV ready: $url (user $DAV_USER, root $davroot)"
}

stop_dav() {
    local davroot=${OPENMAYOR_TEST_DAVROOT:-} pid i
    [[ -n $davroot && -d $davroot ]] || return 0
    if [[ -f $davroot/nginx.pid ]]; then
        pid=$(cat "$davroot/nginx.pid")
        if [[ -n $pid ]] && alive "$pid" && kill -QUIT "$pid" 2>/dev/null; then
            for i in $(seq 1 50); do
                alive "$pid" || break
                ((i < 50)) || { log "nginx (pid $pid) still running, killing it"; kill -KILL "$pid" 2>/dev/null || true; }
                sleep 0.1
            done
        fi
    fi
    rm -rf "$davroot"
    log "WebDAV stopped"
}

# ---------------------------------------------------------------------------- commands
do_stop() {
    if [[ ! -f $state ]]; then
        log "nothing to stop ($state absent)"
        return 0
    fi
    # Our own file, written by start; the subshell keeps its variables out of this shell.
    (
        set +u
        # shellcheck disable=SC1090
        source "$state"
        stop_dav
        stop_postgres
    )
    rm -f "$state"
}

do_start() {
    [[ -f $state ]] && { log "servers of an earlier start found: stopping them first"; do_stop; }
    mkdir -p "$(dirname "$state")"
    : >"$state"
    chmod 600 "$state"
    # Whatever fails from here on: tear down what was started, keep the non-zero exit.
    trap 'rc=$?; if ((rc != 0)); then log "start failed, cleaning up"; do_stop; fi' EXIT
    (start_postgres)
    (start_dav)
    trap - EXIT
    log "state written to $state"
}

case $cmd in
    start) do_start ;;
    stop) do_stop ;;
    env)
        [[ -f $state ]] || die "no servers running ($state absent): run '$0 start' first"
        grep '^export ' "$state"
        ;;
    *)
        echo "usage: $0 start|stop|env [BUILD_DIR]   (state file: \$OPENMAYOR_TEST_STATE or BUILD_DIR/test-servers.env)" >&2
        exit 1
        ;;
esac
