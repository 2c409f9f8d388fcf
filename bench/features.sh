#!/usr/bin/env bash
# ./landinfo bench features — landinfo's feature services against MapServer 8 on the same view, side by side in
# one run: WFS 2.0 GetFeature of about 100 parcels as GeoJSON and as GML 3.2, OGC API – Features items (limit 100),
# each at 1, 2 and 4 clients, and whole-commune exports (WFS 2.0 GetFeature of every parcel of one commune, as
# GeoJSON and as GML 3.2) at 1 client; requests/s (exports: features/s) of each server, p50/p99 and the ratio.
#
# The peer: Debian's MapServer 8 (cgi-mapserver) as FastCGI under lighttpd, set up as `bench maps` sets it up
# (bench/mapserver.sh), with a mapfile written for this run (WORK/mapserver/features.map):
# - one layer `parcels` on publish.parcels, the view landinfo's feature type `parcels` reads, with the same 16
#   properties (national_id ... restricted), typed (gml_types auto: integers, decimals and booleans as numbers in
#   JSON), `id` as the feature id, geometry `geom` in EPSG:4326; same database and connection settings, one pooled
#   connection per process kept between requests (bench/mapserver.sh);
# - its WFS (/mapserv?map=FEAT&SERVICE=WFS...) answers GetFeature in GML 3.2 natively and in GeoJSON through OGR
#   (OUTPUTFORMAT geojson, written to the client as it is produced, 9 decimals); its OGC API (MapServer 8's
#   OGCAPI, "oga_enable_request" "*", /mapserv/FEAT/ogcapi/collections/parcels/items) in GeoJSON natively;
#   geometry precision 9 decimals everywhere (landinfo writes 9 decimals in degrees, ≈ 0.1 mm: decision 0206);
# - the same requests otherwise: WFS 2.0 KVP with BBOX=lat,lon,lat,lon,urn:ogc:def:crs:EPSG::4326, no COUNT,
#   default srsName (EPSG:4326) on both; OGC API f=json&limit=100&bbox=lon,lat,lon,lat (CRS84) on both.
# Differences that stay (seen in the samples): MapServer's GML carries a gml:boundedBy per feature and indents,
# about 40 % more bytes than landinfo's; its WFS GeoJSON (OGR) has no feature id and writes booleans as 0/1; its
# OGC API writes the boolean as a string. Both count numberMatched in WFS 2.0 and OGC API answers.
#
# Requests (docs/decisions/0193-bench-features-windows-sized-to-100-features.md): bbox windows centred on
# parcels drawn with a fixed seed, the communes taking turns (as bench maps' views pool), each window a square on
# the ground sized from the local density so that it holds about 100 parcels: its half-side is the distance to
# the K-th nearest parcel (interior points, metres-true, K chosen so that a window meets ~100 on average) times
# √π/2. Every line has its own windows, each round its own slice of them, each client its own part of the slice
# (one connection per wrk thread, so answers arrive in request order), so no server sees a request twice within
# a line and both servers get the same requests in the same order. Exports: the communes in a seeded order,
# round r exporting communes r, r+3, ... on both sides (with fewer than three communes every round exports all
# of them: the line then repeats requests and says so); an export line never has 1,000 distinct requests, so it
# is indicative by the protocol and measures features per second over whole answers (curl, one at a time).
#
# Protocol (docs/decisions/0020-fair-benchmarks.md): runs interleaved landinfo/MapServer per line, three rounds,
# medians, the side that goes first alternating per round; a run lasts --seconds or until its slice is used up
# (the wrk script keeps the clock, bench/walk.lua). An answer that is not a 200 of the right type (an exception
# report, a body that is not a feature collection) is bad; so is a request whose feature count on one side
# differs from the other side's by more than the tolerance (2 features or 5 %, the larger): both counts are
# written by the wrk script per answer and compared request by request after the rounds. Any bad answer makes
# the line INVALID. Lines with fewer than 1,000 distinct requests are indicative only. landinfo's own instance
# is started by the lane (a port in use is an error), so nothing from an earlier run answers (neither the WFS
# nor the OGC API keeps answers; decision 0151), with LANDINFO_WFS_MAX_COUNT raised to the largest commune so
# the export is one WFS answer, as an officer's instance would be configured. Before measuring, a few requests of
# each kind are checked on both sides and kept in WORK/samples; the report gives features and kilobytes per
# answer on each side, and the load average.
set -euo pipefail

# shellcheck source=bench/common.sh
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"
# shellcheck source=bench/mapserver.sh
. "$LANDINFO_HOME/bench/mapserver.sh"

# the options every lane against MapServer takes, and their defaults: bench/mapserver.sh (peer_option)
REQUESTS=${BENCH_REQUESTS:-3000}
SEED=${BENCH_SEED:-20261207}
ROUNDS=3
CLIENTS=(1 2 4)
# interior points of the K nearest parcels span a window that meets about 100 parcels (on the ci set K=72 gave
# 94.5 on average; the report prints the counts the servers answered)
KNN=77
WARM=2000
EXPORTS=1

while [ $# -gt 0 ]; do
    case $1 in
        --no-exports) EXPORTS=0; shift ;;
        -h|--help) peer_help "${BASH_SOURCE[0]}" 3000
                   echo "         --no-exports (leave out the whole-commune export lines)"
                   exit 0 ;;
        *) peer_option "$@" ||
               die "bench features: unknown option '$1' (--seconds N, --requests N, --port N, --mapserver-port N, --procs N, --no-exports)"
           shift 2 ;;
    esac
done
check_peer_options features

bench_results features

#--- prerequisites: wrk, MapServer 8 with WFS and OGC API, lighttpd, curl
require_wrk "wrk is needed for the load."
require_mapserver features WFS_SERVER OGCAPI_SERVER

#--- the database: the private cluster's `landinfo`, or LANDINFO_DB_URL
bench_database
current=$("${PSQL[@]}" -c "SELECT count(*) FROM publish.parcels" 2>/dev/null) ||
    die "cannot read publish.parcels from $PGDATABASE on $PGHOST:$PGPORT: run './landinfo run' once (migrations and demo data) first"
[ "$current" -ge 2000 ] || die "only $current current parcels in $PGDATABASE: the benchmark needs the demo data (./landinfo demo-data)"

#--- the request sets, drawn once with a fixed seed
# Parcels' interior points, x scaled by cos(latitude) so that distances are true on the ground (in degrees of
# latitude); centres: the communes take turns (the k-th parcel of every commune in its seeded order, then the
# (k+1)-th...). Each line takes ROUNDS × N centres, the warm-up WARM more.
KINDS=(wfs-json wfs-gml oapi)
N=$REQUESTS
lines_n=$(( ${#KINDS[@]} * ${#CLIENTS[@]} ))
if [ $(( lines_n * ROUNDS * N + WARM )) -gt "$current" ]; then
    N=$(( (current - WARM) / (lines_n * ROUNDS) ))
    say "note: $current current parcels make at most $N distinct requests per run (not $REQUESTS)"
fi
[ "$N" -ge 4 ] || die "only $current current parcels: too few for the request sets (each client needs its own)"
picked=$(( lines_n * ROUNDS * N + WARM ))
say "drawing $picked bbox windows (seed $SEED) from $current current parcels..."
"${PSQL[@]}" <<SQL
CREATE SCHEMA IF NOT EXISTS bench;
DROP TABLE IF EXISTS bench.features_window, bench.features_parcel;
CREATE TABLE bench.features_parcel AS
SELECT id, commune_code, md5('$SEED:' || id) AS h, ST_X(p) AS lon, ST_Y(p) AS lat,
       ST_MakePoint(ST_X(p) * cos(radians(ST_Y(p))), ST_Y(p)) AS q
FROM (SELECT id, commune_code, ST_PointOnSurface(geom) AS p FROM publish.parcels) t;
CREATE INDEX ON bench.features_parcel USING gist (q);
ANALYZE bench.features_parcel;
CREATE TABLE bench.features_window AS
SELECT c.i, c.lon, c.lat, k.r * sqrt(pi()) / 2 AS hy, k.r * sqrt(pi()) / 2 / cos(radians(c.lat)) AS hx
FROM (SELECT row_number() OVER (ORDER BY k, commune_code, h)::int AS i, lon, lat, q
      FROM (SELECT *, row_number() OVER (PARTITION BY commune_code ORDER BY h, id) AS k FROM bench.features_parcel) t) c
CROSS JOIN LATERAL (SELECT max(d) AS r FROM (SELECT c.q <-> n.q AS d FROM bench.features_parcel n
                                             ORDER BY c.q <-> n.q LIMIT $KNN) s) k
WHERE c.i <= $picked;
ALTER TABLE bench.features_window ADD PRIMARY KEY (i);
SQL
mkdir -p "$WORK/requests"
# One line per window: "minlon minlat maxlon maxlat", 7 decimals; each side writes it as its own URL (paths).
"${PSQL[@]}" -F' ' -c "SELECT round((lon - hx)::numeric, 7), round((lat - hy)::numeric, 7), round((lon + hx)::numeric, 7), round((lat + hy)::numeric, 7)
                       FROM bench.features_window ORDER BY i" >"$WORK/requests/windows.bbox"

# The lines: name, kind, clients, request list (N per round); warm-up windows come after all measured ones.
LINES=()
declare -A KIND CLIENTS_OF TITLE
k=0
for kind in "${KINDS[@]}"; do
    for c in "${CLIENTS[@]}"; do
        l="$kind-c$c"; LINES+=("$l"); KIND[$l]=$kind; CLIENTS_OF[$l]=$c
        case $kind in
            wfs-json) TITLE[$l]="WFS 2.0 GeoJSON ~100" ;;
            wfs-gml) TITLE[$l]="WFS 2.0 GML 3.2 ~100" ;;
            oapi) TITLE[$l]="OGC API items 100" ;;
        esac
        sed -n "$(( k * ROUNDS * N + 1 )),$(( (k + 1) * ROUNDS * N ))p" "$WORK/requests/windows.bbox" >"$WORK/requests/$l.bbox"
        k=$((k + 1))
    done
done
tail -n "$WARM" "$WORK/requests/windows.bbox" >"$WORK/requests/warm.bbox"

# Exports: communes in a seeded order with their parcel counts.
"${PSQL[@]}" -F' ' -c "SELECT commune_code, count(*) FROM publish.parcels GROUP BY 1 ORDER BY md5('$SEED:' || commune_code)" \
    >"$WORK/requests/communes.txt"
COMMUNES=$(wc -l <"$WORK/requests/communes.txt")
largest=$(awk '$2 > m { m = $2 } END { print m + 0 }' "$WORK/requests/communes.txt")

# Paths per side for a kind: landinfo /ogc/wfs and /ogc/features, MapServer /mapserv?map=FEAT and
# /mapserv/FEAT/ogcapi. WFS 2.0 BBOX in urn:ogc:def:crs:EPSG::4326 is latitude first; OGC API bbox is CRS84.
WFS_QS='SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=parcels'
GML32='application%2Fgml%2Bxml%3B%20version%3D3.2'
paths() { # KIND SIDE: "minlon minlat maxlon maxlat" lines on stdin -> paths on stdout
    local wfs items json
    if [ "$2" = landinfo ]; then
        wfs="/ogc/wfs?$WFS_QS"; items=/ogc/features/collections/parcels/items; json=application%2Fjson
    else
        wfs="/mapserv?map=FEAT&$WFS_QS"; items=/mapserv/FEAT/ogcapi/collections/parcels/items; json=geojson
    fi
    case $1 in
        wfs-json) awk -v p="$wfs" -v f="$json" '{ printf "%s&BBOX=%s,%s,%s,%s,urn:ogc:def:crs:EPSG::4326&OUTPUTFORMAT=%s\n", p, $2, $1, $4, $3, f }' ;;
        wfs-gml) awk -v p="$wfs" -v f="$GML32" '{ printf "%s&BBOX=%s,%s,%s,%s,urn:ogc:def:crs:EPSG::4326&OUTPUTFORMAT=%s\n", p, $2, $1, $4, $3, f }' ;;
        oapi) awk -v p="$items" '{ printf "%s?f=json&limit=100&bbox=%s,%s,%s,%s\n", p, $1, $2, $3, $4 }' ;;
    esac
}
# export_path FORMAT(json|gml) SIDE CODE COUNT -> the WFS 2.0 GetFeature of every parcel of the commune
export_path() {
    local filter
    filter=$(printf '<fes:Filter xmlns:fes="http://www.opengis.net/fes/2.0"><fes:PropertyIsEqualTo><fes:ValueReference>commune_code</fes:ValueReference><fes:Literal>%s</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>' "$3" |
        sed -e 's/%/%25/g' -e 's/ /%20/g' -e 's/</%3C/g' -e 's/>/%3E/g' -e 's/"/%22/g' -e 's/=/%3D/g' -e 's/:/%3A/g' -e 's|/|%2F|g')
    local fmt
    if [ "$1" = json ]; then fmt=$([ "$2" = landinfo ] && echo application%2Fjson || echo geojson); else fmt=$GML32; fi
    if [ "$2" = landinfo ]; then printf '/ogc/wfs?%s' "$WFS_QS"; else printf '/mapserv?map=FEAT&%s' "$WFS_QS"; fi
    printf '&COUNT=%s&OUTPUTFORMAT=%s&FILTER=%s\n' "$4" "$fmt" "$filter"
}

#--- MapServer's configuration: the mapfile, the MapServer 8 config, lighttpd (bench/mapserver.sh)
MS_DIR="$WORK/mapserver"
mkdir -p "$MS_DIR"
PROPS="national_id,commune_code,commune_name,survey_unit_code,survey_unit_name,sheet_number,parcel_number,main_purpose,purposes,legal_area,computed_area,address,version,valid_from,valid_to,restricted"
cat >"$MS_DIR/features.map" <<EOF
# written by bench/features.sh for this run: the peer of landinfo's /ogc/wfs and /ogc/features
MAP
  NAME "landinfo_bench_features"
  STATUS ON
  UNITS DD
  # an image size MapServer never draws: without one it logs an error on every WFS and OGC API request
  SIZE 256 256
  EXTENT 102 8 110 24
  PROJECTION "init=epsg:4326" END
  # GeoJSON for the WFS through OGR, streamed to the client, 9 decimals like landinfo's
  OUTPUTFORMAT
    NAME "geojson"
    DRIVER "OGR/GEOJSON"
    MIMETYPE "application/json; subtype=geojson"
    FORMATOPTION "STORAGE=stream"
    FORMATOPTION "FORM=SIMPLE"
    FORMATOPTION "LCO:COORDINATE_PRECISION=9"
  END
  WEB
    METADATA
      "ows_title" "landinfo bench peer"
      "ows_onlineresource" "http://127.0.0.1:$MS_PORT/mapserv?map=FEAT&"
      "oga_onlineresource" "http://127.0.0.1:$MS_PORT/mapserv/FEAT/ogcapi"
      "ows_srs" "EPSG:4326"
      "wfs_enable_request" "*"
      "oga_enable_request" "*"
      "wfs_getfeature_formatlist" "geojson"
      "ows_geometry_precision" "9"
    END
  END
  LAYER
    NAME "parcels"
    TYPE POLYGON
    STATUS ON
$(ms_connection)
    PROJECTION "init=epsg:4326" END
    DATA "geom from (SELECT id, $PROPS, geom FROM publish.parcels) AS t using unique id using srid=4326"
    TEMPLATE "query"
    METADATA
      "ows_title" "parcels"
      "gml_include_items" "$PROPS"
      "gml_featureid" "id"
      "gml_types" "auto"
      "gml_geometries" "geom"
      "gml_geom_type" "multipolygon"
      "wfs_geometry_precision" "9"
      "oga_geometry_precision" "9"
    END
  END
END
EOF
write_mapserver_config "$MS_DIR" "$MS_PORT" "$MS_PROCS" FEAT="$MS_DIR/features.map"

#--- start both servers; both are stopped when the lane exits, however it exits
# an export is one WFS answer: the count bound raised to the largest commune (an officer's instance would be)
start_both LANDINFO_WFS_MAX_COUNT=$(( largest > 10000 ? largest : 10000 ))
# features_in FILE KIND(json|gml) -> the number of features in an answer (as features.lua counts them)
features_in() {
    local needle='<wfs:member>'
    [ "$2" = gml ] || needle='"Feature"'
    { grep -o -F "$needle" "$1" || true; } | wc -l
}
format_of() { case $1 in wfs-gml) echo gml ;; *) echo json ;; esac; }

#--- sanity: the first warm-up windows of each kind on both sides, answers kept for a human to compare
SAMPLES="$WORK/samples"
mkdir -p "$SAMPLES"
say "checking both servers on sample requests (answers in ${SAMPLES#"$LANDINFO_HOME"/})..."
sample_note=""
for kind in "${KINDS[@]}"; do
    fmt=$(format_of "$kind"); n=0; lf=0; mf=0
    while read -r bbox; do
        n=$((n + 1))
        for side in landinfo mapserver; do
            path=$(paths "$kind" "$side" <<<"$bbox")
            out="$SAMPLES/$kind-$n-$side.$fmt"
            read -r status ctype < <(fetch "$(url_of "$side" "$path")" "$out")
            if [ "$status" != 200 ] || grep -q -e ExceptionReport -e '"code"' "$out"; then
                head -c 800 "$out" >&2; echo >&2; die "$side $kind answered $status $ctype: $path"
            fi
            f=$(features_in "$out" "$fmt")
            [ "$f" -gt 0 ] || die "$side $kind answered no features ($out): $path"
            if [ "$side" = landinfo ]; then lf=$((lf + f)); else mf=$((mf + f)); fi
        done
    done < <(head -n 5 "$WORK/requests/warm.bbox")
    sample_note="$sample_note $kind: landinfo $lf, MapServer $mf features in $n answers;"
done
say "samples:$sample_note"

#--- runs
mkdir -p "$WORK/runs"
# slice LINE SIDE ROUND -> the prefix of the per-thread slice files of that run (cut once): one thread per
# client, request k of the slice to thread k mod clients, the same for both sides
slice() {
    local line=$1 side=$2 round=$3 c=${CLIENTS_OF[$1]} prefix first
    prefix="$WORK/runs/$line.$side.r$round.t"
    if [ ! -f "${prefix}0" ]; then
        first=$(( (round - 1) * N + 1 ))
        sed -n "${first},$(( first + N - 1 ))p" "$WORK/requests/$line.bbox" | paths "${KIND[$line]}" "$side" |
            awk -v p="$prefix" -v c="$c" '{ print > (p ((NR - 1) % c)) }'
    fi
    echo "$prefix"
}
# run_wrk SIDE PREFIX FORMAT CLIENTS SECONDS LOG -> "rps bad exhausted p50_ms p99_ms bytes answers"; wrk's output in
# LOG, the first refused answer (if any) in LOG.bad, each answer's "features bytes" in LOG.counts.<thread>
run_wrk() {
    local side=$1 prefix=$2 fmt=$3 c=$4 secs=$5 log=$6
    wrk_side "$side" "$c" "$c" "$secs" "$LANDINFO_HOME/bench/features.lua" "$log" "$prefix" "$fmt" "$log.counts."
    echo "$(wrk_result "$WRK_SUMMARY" exhausted_threads 2) $(wrk_field "$WRK_SUMMARY" bytes) $(wrk_field "$WRK_SUMMARY" wrk_requests)"
}
run_side() { # LINE SIDE ROUND -> as run_wrk
    run_wrk "$2" "$(slice "$1" "$2" "$3")" "$(format_of "${KIND[$1]}")" "${CLIENTS_OF[$1]}" "$RUN_SECONDS" "$WORK/runs/$1.$2.r$3.log"
}
# compare_counts LINE ROUND -> "compared mismatched landinfo_features mapserver_features landinfo_bytes mapserver_bytes":
# each request both sides answered in that round, thread by thread; the first mismatch goes to runs/LINE.r.mismatch
compare_counts() {
    local line=$1 round=$2 c=${CLIENTS_OF[$1]} t li ms
    for t in $(seq 0 $((c - 1))); do
        li="$WORK/runs/$line.landinfo.r$round.log.counts.$t"; ms="$WORK/runs/$line.mapserver.r$round.log.counts.$t"
        [ -f "$li" ] && [ -f "$ms" ] || continue
        # wrk calls request() once on thread 0 before the run, to check the script: that line is never sent
        paste -d' ' "$li" "$ms" <(tail -n +$(( t == 0 ? 2 : 1 )) "$WORK/runs/$line.landinfo.r$round.t$t") | awk 'NF >= 5'
    done | awk -v out="$WORK/runs/$line.r$round.mismatch" '{
        n++; lf += $1; mf += $3; lb += $2; mb += $4
        d = $1 > $3 ? $1 - $3 : $3 - $1; m = $1 > $3 ? $1 : $3
        if (d > 2 && d > 0.05 * m) { bad++; if (bad == 1) print "landinfo " $1 ", MapServer " $3 " features: " $5 > out }
    } END { printf "%d %d %d %d %d %d\n", n, bad, lf, mf, lb, mb }'
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
#--- warm-up on windows that are not measured: landinfo's JIT (30 s, as bench lookup found it needs on 2 cores),
# both servers' connections and PostgreSQL's cache
warm() { # SIDE SECONDS
    local side=$1 kind prefix
    for kind in "${KINDS[@]}"; do
        prefix="$WORK/runs/warm-$kind.$side.t"
        [ -f "${prefix}0" ] || paths "$kind" "$side" <"$WORK/requests/warm.bbox" | awk -v p="$prefix" '{ print > (p ((NR - 1) % 2)) }'
        read -r _ bad _ _ _ _ _ < <(run_wrk "$side" "$prefix" "$(format_of "$kind")" 2 "$2" "$WORK/runs/warm-$kind.$side.log")
        [ "$bad" -eq 0 ] || say "warning: $bad refused answers from $side during the $kind warm-up (see $WORK/runs/warm-$kind.$side.log.bad)"
    done
}
say "warming up (landinfo $(( 3 * ${BENCH_WARM_SECONDS:-10} )) s, MapServer $(( 3 * 2 )) s)..."
warm landinfo "${BENCH_WARM_SECONDS:-10}"
warm mapserver 2

# export_run FORMAT SIDE ROUND -> "features bytes seconds first_byte_ms bad": the round's communes one after the
# other; an answer that is not a 200 or whose features differ from the commune's parcels is bad
export_run() {
    local fmt=$1 side=$2 round=$3 features=0 bytes=0 secs=0 first=0 bad=0 code expected out result status ctype size total ttfb got
    while read -r code expected; do
        out="$WORK/runs/export-$fmt.$side.r$round.$code.$fmt"
        result=$(curl -s -o "$out" -w '%{http_code}|%{content_type}|%{size_download}|%{time_total}|%{time_starttransfer}' \
            --max-time 600 "$(url_of "$side" "$(export_path "$fmt" "$side" "$code" "$expected")")") || result="000|-|0|0|0"
        IFS='|' read -r status ctype size total ttfb <<<"$result"
        got=$(features_in "$out" "$fmt")
        if [ "$status" != 200 ] || [ "$got" -ne "$expected" ]; then
            bad=$((bad + 1))
            [ -f "$WORK/runs/export-$fmt.$side.bad" ] || echo "$code: $status $ctype, $got of $expected features: $(head -c 200 "$out")" >"$WORK/runs/export-$fmt.$side.bad"
        fi
        features=$((features + got)); bytes=$((bytes + size))
        secs=$(awk -v a="$secs" -v b="$total" 'BEGIN { print a + b }')
        first=$(awk -v a="$first" -v b="$ttfb" 'BEGIN { print (a > b ? a : b) }')
        rm -f "$out"
    done < <(export_communes "$round")
    echo "$features $bytes $secs $(awk -v f="$first" 'BEGIN { printf "%.0f", f * 1000 }') $bad"
}
export_communes() { # ROUND -> "code parcels" of the communes that round exports
    if [ "$COMMUNES" -ge "$ROUNDS" ]; then awk -v r="$1" -v n="$ROUNDS" '(NR - 1) % n == r - 1' "$WORK/requests/communes.txt"
    else cat "$WORK/requests/communes.txt"; fi
}
EXPORT_LINES=()
[ "$EXPORTS" -eq 0 ] || EXPORT_LINES=(json gml)

declare -A RPS P50 P99 BAD EXH SAMPLE CMP MISMATCH LF MF LB MB TTFB MBS
for round in $(seq 1 "$ROUNDS"); do
    read -r -a order <<<"$(sides_of "$round")"
    for line in "${LINES[@]}"; do
        msg=""
        for side in "${order[@]}"; do
            read -r rps bad exhausted p50 p99 _ _ < <(run_side "$line" "$side" "$round")
            tally "$line" "$side" "$round" "$rps" "$bad" "$exhausted" "$p50" "$p99"
        done
        read -r n mism lf mf lb mb < <(compare_counts "$line" "$round")
        CMP[$line]=$(( ${CMP[$line]:-0} + n )); MISMATCH[$line]=$(( ${MISMATCH[$line]:-0} + mism ))
        LF[$line]=$(( ${LF[$line]:-0} + lf )); MF[$line]=$(( ${MF[$line]:-0} + mf ))
        LB[$line]=$(( ${LB[$line]:-0} + lb )); MB[$line]=$(( ${MB[$line]:-0} + mb ))
        say "round $round, ${TITLE[$line]}, ${CLIENTS_OF[$line]} client(s)${msg}; features compared on $n requests$([ "$mism" -eq 0 ] || echo ", $mism beyond the tolerance")"
    done
    for fmt in "${EXPORT_LINES[@]}"; do
        msg=""
        for side in "${order[@]}"; do
            key="export-$fmt.$side"
            read -r features bytes secs ttfb bad < <(export_run "$fmt" "$side" "$round")
            rate=$(awk -v f="$features" -v s="$secs" 'BEGIN { printf "%.1f", (s > 0 ? f / s : 0) }')
            RPS[$key]="${RPS[$key]:-} $rate"; TTFB[$key]="${TTFB[$key]:-} $ttfb"
            MBS[$key]="${MBS[$key]:-} $(awk -v b="$bytes" -v s="$secs" 'BEGIN { printf "%.2f", (s > 0 ? b / s / 1e6 : 0) }')"
            BAD[$key]=$(( ${BAD[$key]:-0} + bad ))
            msg="$msg, $side $rate features/s ($features features, $(( bytes / 1000000 )) MB in $secs s, first byte $ttfb ms$([ "$bad" -eq 0 ] || echo ", $bad bad"))"
        done
        say "round $round, commune export $fmt${msg}"
    done
done

#--- report
# shellcheck disable=SC2086 # the medians' samples are space-separated lists
{
    echo "landinfo bench features — $STAMP"
    echo "landinfo $LANDINFO_URL (/ogc/wfs, /ogc/features) vs MapServer $MS_VERSION ($MS_PROCS FastCGI processes under lighttpd $LIGHTTPD_VERSION, port $MS_PORT; WFS and OGC API)"
    echo "data: publish.parcels of $PGDATABASE on $PGHOST:$PGPORT, $current current parcels in $COMMUNES communes; mapfile in ${MS_DIR#"$LANDINFO_HOME"/}"
    echo "requests: seed $SEED; bbox windows around parcels (communes in turn) sized to meet ~100 parcels (K=$KNN); per run and line $N distinct, one slice per round, none repeated within a line"
    echo "a run lasts ${RUN_SECONDS} s or until its slice is used up; rates are the responses over the time from the first response to the last (walk.lua); one wrk thread per client"
    echo "runs: $ROUNDS rounds interleaved landinfo/MapServer (first side alternating), medians; machine: $(nproc) cores, both servers + PostgreSQL + wrk on it"
    echo "load average (1, 5, 15 min) before the runs: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "samples:$sample_note"
    echo
    report_header
    note=""
    [ $(( N * ROUNDS )) -ge 1000 ] || note="$(( N * ROUNDS )) distinct requests (< 1,000)"
    for line in "${LINES[@]}"; do
        li="$line.landinfo"; ms="$line.mapserver"
        verdict=""
        [ $(( BAD[$li] + BAD[$ms] + MISMATCH[$line] )) -eq 0 ] ||
            verdict="INVALID (${BAD[$li]} bad landinfo, ${BAD[$ms]} bad MapServer, ${MISMATCH[$line]} feature counts apart)"
        report_line "${TITLE[$line]}" "${CLIENTS_OF[$line]}" "$(( N * ROUNDS ))" "$(median ${RPS[$li]})" "$(median ${P50[$li]})" \
            "$(median ${P99[$li]})" "$(median ${RPS[$ms]})" "$(median ${P50[$ms]})" "$(median ${P99[$ms]})" "$verdict" "$note"
    done
    if [ "${#EXPORT_LINES[@]}" -gt 0 ]; then
        echo
        printf '%-24s %9s %16s %10s %8s %16s %10s %8s %7s  %s\n' export communes "landinfo feat/s" "1st byte" "MB/s" "MapServer feat/s" "1st byte" "MB/s" ratio verdict
        for fmt in "${EXPORT_LINES[@]}"; do
            li="export-$fmt.landinfo"; ms="export-$fmt.mapserver"
            verdict="indicative only: $COMMUNES communes$([ "$COMMUNES" -ge "$ROUNDS" ] || echo ", repeated in every round")"
            [ $(( BAD[$li] + BAD[$ms] )) -eq 0 ] || verdict="INVALID (${BAD[$li]} bad landinfo, ${BAD[$ms]} bad MapServer); $verdict"
            awk -v name="commune, WFS $([ "$fmt" = json ] && echo GeoJSON || echo 'GML 3.2')" -v n="$COMMUNES" \
                -v li="$(median ${RPS[$li]})" -v lf="$(median ${TTFB[$li]})" -v lm="$(median ${MBS[$li]})" \
                -v ms="$(median ${RPS[$ms]})" -v mf="$(median ${TTFB[$ms]})" -v mm="$(median ${MBS[$ms]})" -v verdict="$verdict" 'BEGIN {
                printf "%-24s %9d %16.0f %8.0f ms %8.1f %16.0f %8.0f ms %8.1f %7.2f  %s\n", name, n, li, lf, lm, ms, mf, mm, (ms > 0 ? li / ms : 0), verdict }'
        done
    fi
    echo
    echo "ratio = landinfo / MapServer requests (exports: features) per second, medians of $ROUNDS runs; requests = distinct requests the line drew"
    echo "answers compared request by request (features per answer, landinfo / MapServer; kB per answer):"
    for line in "${LINES[@]}"; do
        awk -v name="${TITLE[$line]}, ${CLIENTS_OF[$line]} client(s)" -v n="${CMP[$line]}" -v lf="${LF[$line]}" -v mf="${MF[$line]}" \
            -v lb="${LB[$line]}" -v mb="${MB[$line]}" -v bad="${MISMATCH[$line]}" 'BEGIN {
            if (n == 0) { printf "  %-40s no request answered by both\n", name; exit }
            printf "  %-40s %6d requests, %.1f / %.1f features, %.1f / %.1f kB, %d beyond the tolerance\n", name, n, lf / n, mf / n, lb / n / 1000, mb / n / 1000, bad }'
    done
    for f in "$WORK"/runs/*.mismatch "$WORK"/runs/export-*.bad; do [ -s "$f" ] && echo "first difference, $(basename "$f"): $(cat "$f")"; done
    for key in "${!SAMPLE[@]}"; do echo "first refused answer, $key: ${SAMPLE[$key]}"; done
} | tee "$REPORT"
say "written to bench/results/$STAMP-features.txt"
