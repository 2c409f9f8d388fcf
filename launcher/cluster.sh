# The private PostgreSQL 15 + PostGIS 3 cluster under ./var/pg, and the databases landinfo uses in it.
# Sourced by ./landinfo after common.sh.
#
#   var/pg/data  the cluster (initdb), owned by the OS user that runs it
#   var/pg/log   postgresql.log
#   var/pg/run   the Unix socket
#
# It listens on 127.0.0.1:$LANDINFO_DB_PORT only, with trust authentication: any local user can
# connect, no remote host can. Use LANDINFO_DB_URL for anything shared.

PG_BIN=/usr/lib/postgresql/15/bin
PG_EXTENSIONS=/usr/share/postgresql/15/extension
# var/pg may be a symbolic link (see prepare_pg_root): the server is always given the real path.
set_pg_root() {
    PG_ROOT=$1
    PG_DATA="$PG_ROOT/data"
    PG_LOG="$PG_ROOT/log"
    PG_RUN="$PG_ROOT/run"
}
set_pg_root "$(readlink -f "$LANDINFO_HOME/var/pg" 2>/dev/null || echo "$LANDINFO_HOME/var/pg")"
DB_PORT="${LANDINFO_DB_PORT:-55432}"
PG_PACKAGES="postgresql-15 postgresql-15-postgis-3"

# initdb and pg_ctl refuse to run as root: as root the cluster belongs to the `postgres` OS user.
pg_owner() {
    if [ "$EUID" -eq 0 ]; then echo postgres; else id -un; fi
}

as_pg() {
    if [ "$EUID" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# PostgreSQL 15 and PostGIS 3 from Debian's packages, installed with apt-get when we may.
ensure_pg_packages() {
    if [ -x "$PG_BIN/initdb" ] && [ -f "$PG_EXTENSIONS/postgis.control" ] && [ -f "$PG_EXTENSIONS/btree_gist.control" ]; then
        return 0
    fi
    if [ "$EUID" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        die "Thiếu PostgreSQL 15 + PostGIS 3 / PostgreSQL 15 with PostGIS 3 is needed. Install it with:
    $(install_hint $PG_PACKAGES)
or point landinfo at an existing database with LANDINFO_DB_URL (see README.md)."
    fi
    say "installing $PG_PACKAGES (apt-get)..."
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q $PG_PACKAGES; then
        apt-get update -q && apt-get install -y -q $PG_PACKAGES || die "apt-get could not install $PG_PACKAGES"
    fi
}

# The postgres OS user comes with the Debian package; create a system user if it is somehow missing.
ensure_pg_user() {
    [ "$EUID" -eq 0 ] || return 0
    id postgres >/dev/null 2>&1 && return 0
    say "creating the system user 'postgres' to own the private cluster"
    useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/sh postgres
}

# Makes var/pg exist and belong to the cluster owner. When that user cannot reach the repository
# (a parent directory is not traversable, e.g. a clone under /root), the cluster lives under
# /var/lib/landinfo and var/pg is a symbolic link to it.
prepare_pg_root() {
    mkdir -p "$LANDINFO_HOME/var"
    if [ "$EUID" -eq 0 ] && [ ! -e "$LANDINFO_HOME/var/pg" ] && ! runuser -u postgres -- test -x "$LANDINFO_HOME/var" 2>/dev/null; then
        local elsewhere
        elsewhere="/var/lib/landinfo/pg-$(printf '%s' "$LANDINFO_HOME" | sha1sum | cut -c1-12)"
        say "user postgres cannot reach $LANDINFO_HOME: the cluster goes to $elsewhere (var/pg links to it)"
        mkdir -p "$elsewhere"
        ln -sfn "$elsewhere" "$LANDINFO_HOME/var/pg"
        set_pg_root "$elsewhere"
    fi
    mkdir -p "$PG_ROOT" "$PG_LOG" "$PG_RUN"
    if [ "$EUID" -eq 0 ]; then
        chown -R postgres:postgres "$PG_ROOT"
        runuser -u postgres -- test -w "$PG_ROOT" ||
            die "user postgres cannot write to $PG_ROOT: make its parent directories traversable (chmod o+x) or set LANDINFO_DB_URL"
    fi
}

cluster_initialised() { [ -f "$PG_DATA/PG_VERSION" ]; }

cluster_running() {
    cluster_initialised && [ -f "$PG_DATA/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1
}

# The port the running cluster listens on (line 4 of postmaster.pid), else the configured one.
cluster_port() {
    if cluster_running; then sed -n 4p "$PG_DATA/postmaster.pid"; else echo "$DB_PORT"; fi
}

cluster_init() {
    local locale=C
    if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then locale=C.UTF-8; fi
    say "creating the private PostgreSQL cluster in var/pg/data (initdb)..."
    local start=$SECONDS
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --encoding=UTF8 --locale="$locale" \
        --auth-local=trust --auth-host=trust >"$PG_LOG/initdb.log" 2>&1 ||
        { cat "$PG_LOG/initdb.log" >&2; die "initdb failed (log above, also in var/pg/log/initdb.log)"; }
    echo "include_if_exists = 'landinfo.conf'" | as_pg tee -a "$PG_DATA/postgresql.conf" >/dev/null
    say "cluster created in $((SECONDS - start)) s"
}

# landinfo.conf = the committed settings + where this cluster listens.
write_cluster_conf() {
    {
        cat "$LANDINFO_HOME/launcher/postgresql.conf"
        echo
        echo "# Written by ./landinfo at start: where this cluster listens."
        echo "listen_addresses = '127.0.0.1'"
        echo "port = $DB_PORT"
        echo "unix_socket_directories = '$PG_RUN'"
    } | as_pg tee "$PG_DATA/landinfo.conf" >/dev/null
}

cluster_start() {
    ensure_pg_packages
    ensure_pg_user
    prepare_pg_root
    cluster_initialised || cluster_init
    if cluster_running; then
        local running_port
        running_port=$(cluster_port)
        [ "$running_port" = "$DB_PORT" ] ||
            die "the private cluster is already running on port $running_port, not $DB_PORT: run './landinfo db stop' first or set LANDINFO_DB_PORT=$running_port"
        return 0
    fi
    if port_in_use "$DB_PORT"; then
        die "Cổng $DB_PORT đang bận / port $DB_PORT on 127.0.0.1 is taken by another program. Free it or choose another port, e.g. LANDINFO_DB_PORT=55442 ./landinfo ..."
    fi
    write_cluster_conf
    say "starting PostgreSQL on 127.0.0.1:$DB_PORT (log: var/pg/log/postgresql.log)..."
    if ! as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG/postgresql.log" -w -t 120 start >/dev/null; then
        tail -n 20 "$PG_LOG/postgresql.log" >&2 || true
        die "PostgreSQL did not start (log above: var/pg/log/postgresql.log)"
    fi
}

cluster_stop() {
    if ! cluster_running; then
        say "the private cluster is not running"
        return 0
    fi
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
    say "stopped the private cluster"
}

# psql as the cluster's superuser: psql_super DATABASE [psql args...]
psql_super() {
    local db=$1; shift
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(cluster_port)" -U postgres -d "$db" "$@"
}

# Role landinfo, and a database owned by it with the extensions only a superuser may create.
# provision_database NAME [fresh]: `fresh` drops the database first.
provision_database() {
    local db=$1 fresh=${2:-}
    psql_super postgres <<SQL
SELECT 'CREATE ROLE landinfo LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'landinfo')
\gexec
-- CREATEDB: the migration tests prove the schema on a scratch database of their own.
ALTER ROLE landinfo CREATEDB;
-- pg_signal_backend: DROP DATABASE ... WITH (FORCE) on a test's own database must also end the autovacuum
-- worker that may be in it, and PostgreSQL 15 lets only members of this role end a process with no user.
SELECT 'GRANT pg_signal_backend TO landinfo' WHERE NOT pg_has_role('landinfo', 'pg_signal_backend', 'MEMBER')
\gexec
SELECT 'DROP DATABASE IF EXISTS $db WITH (FORCE)' WHERE '$fresh' = 'fresh'
\gexec
SELECT 'CREATE DATABASE $db OWNER landinfo' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db')
\gexec
SQL
    # spatial_ref_sys belongs to the superuser who created postgis; the migrations add the VN-2000
    # TM-3 zones to it as landinfo, so landinfo may write there (and nowhere else it does not own).
    # template1 gets the same, so databases landinfo creates itself (the migration tests' scratch
    # database) have PostGIS without a superuser.
    local target
    for target in template1 "$db"; do
        psql_super "$target" 2>&1 <<'SQL' | grep -v 'already exists, skipping' >&2 || true
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS btree_gist;
GRANT SELECT, INSERT, UPDATE, DELETE ON spatial_ref_sys TO landinfo;
SQL
    done
}

# Exports what the jar and the tests read to reach database NAME of the private cluster.
use_private_database() {
    export LANDINFO_DB_URL="jdbc:postgresql://127.0.0.1:$(cluster_port)/$1"
    export LANDINFO_DB_USER=landinfo
    export LANDINFO_DB_PASSWORD=
}

cluster_status() {
    if ! cluster_initialised; then
        echo "private cluster: not created yet (./landinfo db start creates it in var/pg)"
        return 3
    fi
    if cluster_running; then
        local port
        port=$(cluster_port)
        echo "private cluster: running on 127.0.0.1:$port (data: var/pg/data, log: var/pg/log/postgresql.log)"
        "$PG_BIN/psql" -X -At -h 127.0.0.1 -p "$port" -U postgres -d postgres -c \
            "SELECT '  database ' || datname || ': ' || pg_size_pretty(pg_database_size(datname)) FROM pg_database WHERE datname LIKE 'landinfo%' ORDER BY 1"
        echo "  JDBC URL: jdbc:postgresql://127.0.0.1:$port/landinfo (user landinfo, no password)"
    else
        echo "private cluster: stopped (data: var/pg/data; ./landinfo db start)"
        return 3
    fi
}
