# shellcheck shell=bash
# Shared by the lanes that measure landinfo against MapServer (sourced after common.sh, not run): the packages,
# MapServer 8 as FastCGI under lighttpd, its connection to the database the lane measures, the MapServer config
# file that names the lane's mapfiles, starting and stopping both, and fetching one answer for the sample checks.
# Each lane writes its own mapfiles (what makes the comparison fair is particular to what it measures).

MAPSERV=/usr/lib/cgi-bin/mapserv

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

# fetch URL OUT -> "status content-type" (body in OUT), for the sample checks before the runs
fetch() {
    curl -s -o "$2" -w '%{http_code} %{content_type}\n' --max-time 120 "$1" || echo "000 -"
}
