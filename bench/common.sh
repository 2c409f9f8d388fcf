# shellcheck shell=bash
# Shared by the bench lanes (sourced, not run): the launcher's helpers, the results directory, wrk,
# the database the lane measures, the application under test, and reading wrk's summary line.
# Each lane keeps what makes it that lane: its options, its request set, its runs and its report.

LANDINFO_HOME="${LANDINFO_HOME:-$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)}"
export LANDINFO_HOME
# shellcheck source=launcher/common.sh
. "$LANDINFO_HOME/launcher/common.sh"
# shellcheck source=launcher/cluster.sh
. "$LANDINFO_HOME/launcher/cluster.sh"
# shellcheck source=launcher/external.sh
. "$LANDINFO_HOME/launcher/external.sh"

# bench_results LANE: STAMP, WORK (scratch files and app.log) and REPORT for this run of LANE.
bench_results() {
    STAMP=$(date -u +%Y%m%dT%H%M%SZ)
    RESULTS="$LANDINFO_HOME/bench/results"
    WORK="$RESULTS/$STAMP-$1.work"
    # shellcheck disable=SC2034 # the lane writes its report there
    REPORT="$RESULTS/$STAMP-$1.txt"
    mkdir -p "$WORK"
}

# require_wrk WHY: installs wrk with apt-get when running as root, else says how to install it.
require_wrk() {
    command -v wrk >/dev/null 2>&1 && return 0
    if [ "$EUID" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing wrk (apt-get)..."
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null ||
            { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }
    else
        die "$1 Install it with: $(install_hint wrk)"
    fi
}

# bench_database: the private cluster's `landinfo`, or LANDINFO_DB_URL; exports the libpq PG* variables
# (so psql and pgbench need no connection options) and sets PSQL, the psql command line to use.
bench_database() {
    if external_database; then
        parse_jdbc_url "$LANDINFO_DB_URL"
        export PGHOST=$EXT_HOST PGPORT=$EXT_PORT PGDATABASE=$EXT_DB PGUSER=${LANDINFO_DB_USER:-landinfo} PGPASSWORD=${LANDINFO_DB_PASSWORD:-}
    else
        cluster_start
        use_private_database landinfo
        PGPORT=$(cluster_port)
        export PGHOST=127.0.0.1 PGPORT PGDATABASE=landinfo PGUSER=landinfo
    fi
    export PGOPTIONS="-c client_min_messages=warning"
    # shellcheck disable=SC2034 # the lanes run it
    PSQL=("$(psql_client)" -X -q -At -v ON_ERROR_STOP=1)
}

# start_app: uses the landinfo already listening on APP_PORT, or starts one (launch_app). Sets BASE_URL.
APP_PID=""
stop_app() {
    if [ -n "$APP_PID" ]; then kill -TERM "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
}
start_app() {
    if port_in_use "$APP_PORT"; then
        trap stop_app EXIT
        say "using the landinfo already listening on port $APP_PORT"
        BASE_URL="http://127.0.0.1:$APP_PORT"
    else
        launch_app
    fi
}

# launch_app [NAME=VALUE...]: starts a landinfo of this lane's own on APP_PORT (log in WORK/app.log), with the
# given settings added to its environment, and stops it when the lane exits, however it exits. A port already
# in use is an error: the lane must not measure a server it did not start. Sets BASE_URL and APP_PID.
launch_app() {
    trap stop_app EXIT
    port_in_use "$APP_PORT" &&
        die "port $APP_PORT is in use: this lane starts its own landinfo; stop what listens there or choose another with --port N"
    require_java
    build_if_needed
    say "starting landinfo on port $APP_PORT${1:+ with $*} (log: ${WORK#"$LANDINFO_HOME"/}/app.log)..."
    # shellcheck disable=SC2086
    env "$@" LANDINFO_PORT="$APP_PORT" java ${LANDINFO_JAVA_OPTS:-$SERVER_JAVA_OPTS} -jar "$JAR" serve >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 180); do
        port_in_use "$APP_PORT" && break
        kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$WORK/app.log" >&2; die "landinfo stopped while starting"; }
        sleep 1
    done
    port_in_use "$APP_PORT" || die "landinfo did not open port $APP_PORT in 180 s"
    BASE_URL="http://127.0.0.1:$APP_PORT"
}

# wrk_run THREADS CLIENTS SECONDS LUA [LUA ARGS...] -> the summary line "WRK requests=N duration_us=N ..."
# that the lane's Lua script prints when done.
wrk_run() {
    local t=$1 c=$2 secs=$3 lua=$4 out
    shift 4
    out=$(wrk -t"$t" -c"$c" -d"${secs}s" --latency -s "$lua" "$BASE_URL" -- "$@" 2>&1) ||
        { echo "$out" >&2; die "wrk failed"; }
    grep '^WRK ' <<<"$out" || { echo "$out" >&2; die "wrk printed no summary"; }
}

# wrk_field LINE NAME -> the number after " NAME=" in a summary line.
wrk_field() { local rest=${1#* "$2"=}; echo "${rest%% *}"; }

# wrk_bad LINE -> responses that do not count: non-2xx plus socket errors (connect, read, write, timeout).
wrk_bad() {
    awk '{s=0; for (i=1;i<=NF;i++) if ($i ~ /^(non2xx|connect|read|write|timeout)=/) {split($i,a,"="); s+=a[2]} print s}' <<<"$1"
}

# wrk_result LINE EXTRA_FIELD DECIMALS -> "per_second bad extra p50_ms p99_ms", latencies with DECIMALS decimals.
wrk_result() {
    awk -v r="$(wrk_field "$1" requests)" -v d="$(wrk_field "$1" duration_us)" -v bad="$(wrk_bad "$1")" \
        -v x="$(wrk_field "$1" "$2")" -v p50="$(wrk_field "$1" p50_us)" -v p99="$(wrk_field "$1" p99_us)" -v f="%.$3f" \
        'BEGIN { printf "%.1f %d %d " f " " f "\n", r / (d / 1e6), bad, x, p50 / 1000, p99 / 1000 }'
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
