# shellcheck shell=bash
# Shared by the lanes that measure landinfo against MapServer (sourced after common.sh, not run): the options they
# all take, the packages, MapServer 8 as FastCGI under lighttpd, its connection to the database the lane measures,
# the MapServer config file that names the lane's mapfiles, starting and stopping both, fetching one answer for the
# sample checks, one wrk run of a side and what the interleaved rounds keep of it, and the report's table.
# Each lane writes its own mapfiles (what makes the comparison fair is particular to what it measures), requests,
# checks and report.

MAPSERV=/usr/lib/cgi-bin/mapserv

#--- the options every lane against MapServer takes (its own follow in the lane): seconds per run, distinct
# requests per run and line (the lane sets REQUESTS' default), landinfo's port (an instance the lane starts and
# stops, not ./landinfo run's 8080), lighttpd's port, MapServer's FastCGI processes
RUN_SECONDS=${BENCH_SECONDS:-5}
APP_PORT=${LANDINFO_BENCH_PORT:-8093}
MS_PORT=${LANDINFO_MAPSERVER_PORT:-8092}
MS_PROCS=4

# peer_option NAME VALUE: takes one of those options (the caller shifts 2); false for any other.
peer_option() {
    case $1 in
        --seconds) RUN_SECONDS=$2 ;;
        --requests) REQUESTS=$2 ;;
        --port) APP_PORT=$2 ;;
        --mapserver-port) MS_PORT=$2 ;;
        --procs) MS_PROCS=$2 ;;
        *) return 1 ;;
    esac
}

# peer_help SCRIPT DEFAULT_REQUESTS: the lane's header comment, then those options (the lane adds its own).
peer_help() {
    sed -n '2,/^set -euo/p' "$1" | sed -e '$d' -e 's/^# \{0,1\}//'
    echo "options: --seconds N (per run, default 5)  --requests N (distinct requests per run and line, default $2)"
    echo "         --port N (the landinfo this lane starts, default 8093)  --mapserver-port N (lighttpd, default 8092)  --procs N (MapServer FastCGI processes, default 4)"
}

# check_peer_options LANE: those options' values must be positive whole numbers.
check_peer_options() {
    local v
    for v in "$RUN_SECONDS" "$REQUESTS" "$APP_PORT" "$MS_PORT" "$MS_PROCS"; do
        [[ $v =~ ^[1-9][0-9]*$ ]] || die "bench $1: options take positive whole numbers, got '$v'"
    done
}

# require_packages LANE COMMAND=PACKAGE...: installs the missing packages with apt-get when running as root,
# else says how to install them.
require_packages() {
    local lane=$1 missing=() cmd pkg pair
    shift
    for pair in "$@"; do
        cmd=${pair%%=*}; pkg=${pair#*=}
        [ -x "$cmd" ] || command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ "${#missing[@]}" -gt 0 ] || return 0
    if [ "$EUID" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing ${missing[*]} (apt-get)..."
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null ||
            { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; } ||
            die "apt-get could not install ${missing[*]}"
        [[ " ${missing[*]} " != *" lighttpd "* ]] ||
            say "note: where systemd runs, Debian's lighttpd package also starts its own service on port 80; this lane does not use it (systemctl disable --now lighttpd)"
    else
        die "bench $lane needs ${missing[*]}. Install them with: $(install_hint "${missing[@]}")"
    fi
}

# require_mapserver LANE [SUPPORTS...]: Debian's MapServer 8 built with FastCGI and each named SUPPORTS= (e.g.
# PBF, OGCAPI_SERVER), lighttpd and curl (installed when missing, see require_packages). Sets MS_VERSION and
# LIGHTTPD_VERSION.
require_mapserver() {
    local lane=$1 feature
    shift
    require_packages "$lane" "$MAPSERV=cgi-mapserver" lighttpd=lighttpd curl=curl
    MS_VERSION=$("$MAPSERV" -v | sed -n 's/^MapServer version \([^ ]*\).*/\1/p')
    case $MS_VERSION in 8.*) ;; *) die "MapServer 8 is needed, $MAPSERV is '${MS_VERSION:-unknown}'" ;; esac
    for feature in FASTCGI "$@"; do
        "$MAPSERV" -v | grep -q "SUPPORTS=$feature" || die "$MAPSERV is built without $feature"
    done
    LIGHTTPD_VERSION=$(lighttpd -v 2>&1 | sed -n 's/^lighttpd\/\([^ ]*\).*/\1/p')
}

# ms_connection: a layer's connection to the lane's database (the libpq variables of bench_database), one
# pooled connection per process kept between requests (CLOSE_CONNECTION=DEFER), as landinfo keeps its pool.
ms_connection() {
    local conninfo="host=$PGHOST port=$PGPORT dbname=$PGDATABASE user=$PGUSER"
    [ -z "${PGPASSWORD:-}" ] || conninfo="$conninfo password=$PGPASSWORD"
    cat <<EOF
    CONNECTIONTYPE POSTGIS
    CONNECTION "$conninfo"
    PROCESSING "CLOSE_CONNECTION=DEFER"
EOF
}

# write_mapserver_config DIR PORT PROCS ALIAS=MAPFILE...: DIR/mapserver.conf (the MapServer 8 config naming the
# mapfiles by alias: /mapserv?map=ALIAS, /mapserv/ALIAS/ogcapi/...) and DIR/lighttpd.conf (PROCS mapserv
# processes behind /mapserv on 127.0.0.1:PORT).
write_mapserver_config() {
    local dir=$1 port=$2 procs=$3 pair
    shift 3
    {
        echo "CONFIG"
        echo "  ENV"
        echo "    MS_MAP_NO_PATH \"1\""
        echo "    MS_ERRORFILE \"$dir/mapserver-errors.log\""
        echo "  END"
        echo "  MAPS"
        for pair in "$@"; do echo "    ${pair%%=*} \"${pair#*=}\""; done
        echo "  END"
        echo "END"
    } >"$dir/mapserver.conf"
    # lighttpd spawns the mapserv processes itself (bin-path) and hands them the config through the environment.
    cat >"$dir/lighttpd.conf" <<EOF
server.modules = ("mod_fastcgi")
server.bind = "127.0.0.1"
server.port = $port
server.document-root = "$dir"
server.errorlog = "$dir/lighttpd-error.log"
server.max-keep-alive-requests = 1000000
server.max-keep-alive-idle = 30
fastcgi.server = ( "/mapserv" => ((
    "socket" => "$dir/mapserv.socket",
    "bin-path" => "$MAPSERV",
    "max-procs" => $procs,
    "check-local" => "disable",
    "bin-environment" => ( "MAPSERVER_CONFIG_FILE" => "$dir/mapserver.conf"$( [ -z "${PGPASSWORD:-}" ] || printf ', "PGPASSWORD" => "%s"' "$PGPASSWORD" ) ),
    "bin-copy-environment" => ( "PATH", "LANG", "PROJ_DATA", "PROJ_LIB" )
)) )
EOF
}

#--- lighttpd and its mapserv processes; stopped when the lane exits, however it exits (the lane's EXIT trap)
LIGHTTPD_PID=""
# lighttpd leaves the mapserv processes it spawned running when it stops (they wait for their next
# request), so they are stopped by their own ids, taken while lighttpd is still their parent. mapserv
# exits from inside its SIGTERM handler, which now and then hangs (seen: 1 of 4 processes after a run),
# so whatever still runs 3 s later gets SIGKILL.
stop_mapserver() {
    [ -n "$LIGHTTPD_PID" ] || return 0
    local children pid alive
    children=$(ps -o pid= --ppid "$LIGHTTPD_PID" 2>/dev/null | tr -s ' \n' ' ') || true
    kill -TERM "$LIGHTTPD_PID" 2>/dev/null || true
    wait "$LIGHTTPD_PID" 2>/dev/null || true
    LIGHTTPD_PID=""
    [ -n "${children// /}" ] || return 0
    # shellcheck disable=SC2086 # a list of process ids
    kill -TERM $children 2>/dev/null || true
    for _ in 1 2 3 4 5 6; do
        alive=""
        for pid in $children; do
            [ "$(ps -o stat= -p "$pid" 2>/dev/null | cut -c1)" = Z ] || ! kill -0 "$pid" 2>/dev/null || alive="$alive $pid"
        done
        [ -n "$alive" ] || return 0
        sleep 0.5
    done
    # shellcheck disable=SC2086
    kill -KILL $alive 2>/dev/null || true
}

# start_mapserver DIR PORT PROCS: lighttpd with DIR/lighttpd.conf (write_mapserver_config); a port in use is an
# error. Sets LIGHTTPD_PID and MAPSERVER_URL.
start_mapserver() {
    local dir=$1 port=$2 procs=$3
    port_in_use "$port" && die "port $port is in use: choose another for MapServer with --mapserver-port N"
    lighttpd -tt -f "$dir/lighttpd.conf" >/dev/null || die "lighttpd refuses $dir/lighttpd.conf"
    say "starting MapServer $MS_VERSION ($procs FastCGI processes under lighttpd $LIGHTTPD_VERSION) on port $port..."
    lighttpd -D -f "$dir/lighttpd.conf" >"$dir/lighttpd.out" 2>&1 &
    LIGHTTPD_PID=$!
    for _ in $(seq 1 30); do
        port_in_use "$port" && break
        kill -0 "$LIGHTTPD_PID" 2>/dev/null || { cat "$dir/lighttpd.out" "$dir/lighttpd-error.log" >&2 2>/dev/null; die "lighttpd stopped while starting"; }
        sleep 1
    done
    port_in_use "$port" || die "lighttpd did not open port $port in 30 s"
    # shellcheck disable=SC2034 # the lanes use it
    MAPSERVER_URL="http://127.0.0.1:$port"
}

# start_both NAME=VALUE...: landinfo of the lane's own with these settings (launch_app, common.sh) and MapServer with
# MS_DIR's configuration; both are stopped when the lane exits, however it exits. Sets LANDINFO_URL.
start_both() {
    launch_app "$@"
    trap 'stop_mapserver; stop_app' EXIT
    LANDINFO_URL=$BASE_URL
    start_mapserver "$MS_DIR" "$MS_PORT" "$MS_PROCS"
}

url_of() { # SIDE PATH -> the full URL
    if [ "$1" = landinfo ]; then echo "$LANDINFO_URL$2"; else echo "$MAPSERVER_URL$2"; fi
}

# fetch URL OUT -> "status content-type" (body in OUT), for the sample checks before the runs
fetch() {
    curl -s -o "$2" -w '%{http_code} %{content_type}\n' --max-time 120 "$1" || echo "000 -"
}

#--- the runs: one wrk run of one side, and what the rounds keep of it

# wrk_side SIDE THREADS CLIENTS SECONDS LUA LOG [LUA ARGS...]: wrk with a walk.lua script (bench/walk.lua) against
# SIDE; sets WRK_SUMMARY to the script's summary line. wrk's output in LOG, the first refused answer (if any) in LOG.bad.
wrk_side() {
    local side=$1 t=$2 c=$3 secs=$4 lua=$5 log=$6 out
    shift 6
    out=$(wrk -t"$t" -c"$c" -d"${secs}s" --timeout 30s --latency -s "$lua" "$(url_of "$side" "")" -- "$@" 2>&1) ||
        { echo "$out" >&2; die "wrk failed ($log)"; }
    echo "$out" >"$log"
    WRK_SUMMARY=$(grep '^WRK ' <<<"$out") || { echo "$out" >&2; die "wrk printed no summary ($log)"; }
    { grep '^WRKBAD ' <<<"$out" || true; } | head -1 | cut -c8- >"$log.bad"
}

# sides_of ROUND -> the order the sides run in that round: the side that goes first alternates.
sides_of() {
    if [ $(($1 % 2)) -eq 1 ]; then echo landinfo mapserver; else echo mapserver landinfo; fi
}

# tally LINE SIDE ROUND RPS BAD EXHAUSTED P50_MS P99_MS: a run's figures added to the lane's RPS, P50, P99, BAD,
# EXH and SAMPLE (associative arrays, key LINE.SIDE; SAMPLE the first refused answer, from the run's LOG.bad), and
# its part of the round's line to msg.
tally() {
    local key="$1.$2" rps=$4 bad=$5 exhausted=$6 p50=$7 p99=$8
    RPS[$key]="${RPS[$key]:-} $rps"; P50[$key]="${P50[$key]:-} $p50"; P99[$key]="${P99[$key]:-} $p99"
    BAD[$key]=$(( ${BAD[$key]:-0} + bad )); EXH[$key]=$(( ${EXH[$key]:-0} + exhausted ))
    [ "$bad" -eq 0 ] || [ -n "${SAMPLE[$key]:-}" ] || SAMPLE[$key]=$(cat "$WORK/runs/$1.$2.r$3.log.bad")
    msg="$msg, $2 $rps req/s (p50 $p50 ms, p99 $p99 ms$([ "$bad" -eq 0 ] || echo ", $bad bad")$([ "$exhausted" -eq 0 ] || echo ", slice done"))"
}

#--- the report's table of lines, landinfo beside MapServer

report_header() {
    printf '%-24s %7s %8s %13s %8s %8s %14s %8s %8s %7s  %s\n' line clients requests "landinfo r/s" "p50 ms" "p99 ms" "MapServer r/s" "p50 ms" "p99 ms" ratio verdict
}

# report_line NAME CLIENTS REQUESTS LANDINFO_RPS P50 P99 MAPSERVER_RPS P50 P99 VERDICT NOTE: one line of the table;
# an empty VERDICT is the ratio's, a NOTE says why the line is indicative only.
report_line() {
    awk -v name="$1" -v c="$2" -v n="$3" -v li="$4" -v lp50="$5" -v lp99="$6" -v ms="$7" -v mp50="$8" -v mp99="$9" \
        -v verdict="${10}" -v note="${11}" 'BEGIN {
        ratio = ms > 0 ? li / ms : 0
        if (verdict == "") verdict = ratio >= 1.0 ? "ok (>= 1.0)" : "below 1.0"
        if (note != "") verdict = verdict "; indicative only: " note
        printf "%-24s %7d %8d %13.0f %8.2f %8.2f %14.0f %8.2f %8.2f %7.2f  %s\n", name, c, n, li, lp50, lp99, ms, mp50, mp99, ratio, verdict }'
}
