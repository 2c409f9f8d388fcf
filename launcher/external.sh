# An existing PostgreSQL given by LANDINFO_DB_URL (+ LANDINFO_DB_USER, LANDINFO_DB_PASSWORD): landinfo
# then starts no cluster. Sourced by ./landinfo after cluster.sh.

external_database() { [ -n "${LANDINFO_DB_URL:-}" ]; }

# Splits LANDINFO_DB_URL (jdbc:postgresql://host[:port]/database[?...]) into EXT_HOST, EXT_PORT, EXT_DB.
parse_jdbc_url() {
    local url=$1
    if [[ $url =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+)(\?.*)?$ ]]; then
        EXT_HOST=${BASH_REMATCH[1]}
        EXT_PORT=${BASH_REMATCH[3]:-5432}
        EXT_DB=${BASH_REMATCH[4]}
        EXT_QUERY=${BASH_REMATCH[5]:-}
    else
        die "LANDINFO_DB_URL must look like jdbc:postgresql://host:5432/database, got '$url'"
    fi
}

psql_client() {
    if [ -x "$PG_BIN/psql" ]; then echo "$PG_BIN/psql"
    elif command -v psql >/dev/null 2>&1; then command -v psql
    else die "psql is needed for this. Install it with: $(install_hint postgresql-client)"
    fi
}

# psql on the database of LANDINFO_DB_URL (or on database $EXT_PSQL_DB of the same server).
external_psql() {
    parse_jdbc_url "$LANDINFO_DB_URL"
    PGPASSWORD="${LANDINFO_DB_PASSWORD:-}" "$(psql_client)" -X -h "$EXT_HOST" -p "$EXT_PORT" \
        -U "${LANDINFO_DB_USER:-landinfo}" -d "${EXT_PSQL_DB:-$EXT_DB}" "$@"
}

# With LANDINFO_DB_URL, tests get a fresh database landinfo_test on the same server (the app's own
# database is never touched by tests). The user needs CREATEDB (and pg_signal_backend, or a test that drops its
# own database can meet an autovacuum worker it may not end), and must be able to create the
# postgis and btree_gist extensions (superuser) or have them in template1.
external_fresh_test_database() {
    parse_jdbc_url "$LANDINFO_DB_URL"
    local test_db=landinfo_test
    [ "$EXT_DB" != "$test_db" ] || die "LANDINFO_DB_URL already names $test_db: set LANDINFO_TEST_DB_URL to run tests in it as it is"
    say "creating a fresh database $test_db on $EXT_HOST:$EXT_PORT for the tests..."
    EXT_PSQL_DB=postgres external_psql -q -v ON_ERROR_STOP=1 \
        -c "DROP DATABASE IF EXISTS $test_db WITH (FORCE)" -c "CREATE DATABASE $test_db" ||
        die "could not create database $test_db as ${LANDINFO_DB_USER:-landinfo} (needs CREATEDB). Alternatively set LANDINFO_TEST_DB_URL to a disposable database that has postgis and btree_gist."
    EXT_PSQL_DB=$test_db external_psql -q -v ON_ERROR_STOP=1 \
        -c 'CREATE EXTENSION IF NOT EXISTS postgis' -c 'CREATE EXTENSION IF NOT EXISTS btree_gist' ||
        die "could not create the postgis/btree_gist extensions in $test_db (needs a superuser, or the extensions in template1)."
    export LANDINFO_DB_URL="jdbc:postgresql://$EXT_HOST:$EXT_PORT/$test_db$EXT_QUERY"
}
