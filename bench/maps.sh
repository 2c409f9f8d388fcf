#!/usr/bin/env bash
# ./landinfo bench maps — landinfo's map services against MapServer 8 on the same PostGIS views, side by
# side in one run: WMS GetMap 256×256 PNG (EPSG:3857) at 1, 2 and 4 clients, GetFeatureInfo at 2 clients,
# and vector tiles (MVT) at z14–z18 at 2 clients; requests/s of each server, p50/p99 and the ratio.
#
# The peer: Debian's MapServer 8 (cgi-mapserver), run as FastCGI under lighttpd (both installed with apt-get
# when missing), with a mapfile written for this run (WORK/mapserver/) from the database itself:
# - it reads what landinfo reads: GetMap publish.parcel_shapes.geom_3857, GetFeatureInfo publish.parcels
#   (the same 11 columns landinfo's answer carries), tiles publish.parcel_shapes; same database, same
#   connection settings (the libpq variables of bench_database), one pooled connection per process kept
#   between requests (CLOSE_CONNECTION=DEFER), as landinfo keeps its pool;
# - it draws what landinfo draws: one CLASS per land-use code of publish.land_use_palette (the palette
#   landinfo's PaletteSource reads; unknown codes #E6E6E6), outlines #3B2F2A 0.75 px up to 1:5 000 and
#   rgba(60,50,45,120) 0.5 px beyond, nothing beyond 1:25 000, white background, anti-aliased, 24-bit
#   PNG at zlib level 4 (landinfo's PngWriter level); scales computed with the 0.28 mm pixel of WMS 1.3.0
#   (RESOLUTION 90.714 dpi), so both switch styles at the same requests. Labels: GetMap requests are
#   centred on random parcels at z16, z17 and z18 (1:8 530, 1:4 265, 1:2 133); landinfo labels parcel
#   numbers from 1:2 500, so the z18 third of the requests carries labels on both sides: MapServer's LABEL
#   is the same font (fontconfig's sans-serif, which Java's SansSerif uses), 11 px, #1E1A18 with a white
#   1 px halo, centred, only where the number fits its parcel (MINFEATURESIZE AUTO), 2 px apart. MapServer
#   still labels somewhat more parcels: landinfo asks the number to fit the parcel's width at the label
#   point, MapServer only its bounding box (more text drawn on MapServer's side).
#   Area labels (landinfo from 1:1 100) occur at none of these scales. One difference stays: landinfo
#   fills every parcel first and strokes all outlines over the fills; MapServer strokes each parcel right
#   after filling it, so a neighbour's fill covers half of a shared edge (lines look a little lighter).
#   Copying landinfo's order would need a second layer, i.e. a second query per map, which is not fair.
# - GetFeatureInfo: INFO_FORMAT application/vnd.ogc.gml (GML 2, which both write natively; MapServer's
#   text/html needs templates, its JSON goes through OGR), FEATURE_COUNT=1, a 4-pixel tolerance on both,
#   no geometry in the answer (landinfo writes none), at z17 with the click at a random pixel placed on
#   the parcel's ST_PointOnSurface.
# - MVT: landinfo's /tiles/parcels/{z}/{x}/{y}.mvt against MapServer's tile mode
#   (mode=tile&tilemode=gmap&tile=x+y+z, a second mapfile whose output format is MVT): layer `parcels`,
#   the parcel id as feature id, attributes parcel_number, main_purpose, legal_area (typed), extent 4096,
#   edge buffer 4 px (EDGE_BUFFER counts 1/256 of the tile: landinfo's 64 of 4096). One difference stays:
#   MapServer selects the parcels meeting the tile and only clips to the buffer, landinfo also sends the
#   parcels that meet only the buffer (a few more features on landinfo's side). Tiles are those holding
#   random parcels, so dense areas come up as often as viewers look at them. Until landinfo serves tiles
#   (a 404), the MVT lines say "not available" and MapServer's figures are printed alone.
# - FastCGI processes: 4 (--procs), the largest number of concurrent clients here, so MapServer never
#   queues a request behind a busy process while landinfo's thread pool takes every request in flight;
#   on 2 cores more processes only add context switches, fewer would serialise the 4-client line.
#
# Protocol (docs/decisions/0020-fair-benchmarks.md): every request is drawn from the data with a fixed seed and
# used once per side: each line has its own requests, each round its own slice of them (--requests per
# run), each client walks its own part of the slice, so no server ever sees a request twice within a line,
# and landinfo and MapServer get exactly the same requests in the same order. landinfo's tile cache never
# answers: the lane starts a landinfo instance of its own with the cache turned off
# (LANDINFO_TILES_CACHE_SIZE=0), never measures a server that was already running (a port in use is an
# error), and after the runs reads the instance's own metrics (/actuator/prometheus): a tile-cache hit or
# put invalidates the MVT lines. So a second run, or a tile the sample check fetched first, is cut from the
# database like every other (docs/decisions/0151-bench-maps-measures-its-own-instance-without-tile-cache.md).
# The WMS keeps no answers: every GetMap is drawn, every GetFeatureInfo queried; only the land-use palette
# is kept (five minutes), configuration that MapServer reads from its mapfile. A run lasts --seconds or until its slice is exhausted, whichever comes first (maps.lua keeps the clock); it
# never wraps. A line with fewer than 1,000 distinct requests (the low zooms of a small database have
# fewer tiles) is printed but marked as not meeting the protocol. Runs are interleaved landinfo/MapServer per
# line, three rounds, medians reported; the side that goes first alternates per round, so neither always
# finds the pages the other just read in PostgreSQL's cache. A response that is not a 200 of the right
# type (an XML exception in a 200, an empty tile) invalidates the line. Before measuring, a few requests
# are checked on both sides and their answers kept in WORK (PNGs to compare the cartography by eye,
# GetFeatureInfo answers, tiles with ogrinfo's feature counts). The report gives the load average.
set -euo pipefail

# shellcheck source=bench/common.sh
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"
# shellcheck source=bench/mapserver.sh
. "$LANDINFO_HOME/bench/mapserver.sh"

# the options every lane against MapServer takes, and their defaults: bench/mapserver.sh (peer_option)
REQUESTS=${BENCH_REQUESTS:-5000}
SEED=${BENCH_SEED:-20251126}
# Which GetMap requests: "views" (default) draws what users look at across the whole demo set; "z16-18"
# is the pool of the first wave's figures (kept to compare old and new figures in one run).
POOL=views
ROUNDS=3
GETMAP_CLIENTS=(1 2 4)
GFI_CLIENTS=2
MVT_CLIENTS=2
MVT_ZOOMS=(14 15 16 17 18)
# Half the width of the Web Mercator square (EPSG:3857), metres.
ORIGIN=20037508.342789244

while [ $# -gt 0 ]; do
    case $1 in
        --pool) POOL=$2; shift 2 ;;
        -h|--help) peer_help "${BASH_SOURCE[0]}" 5000
                   echo "         --pool views|z16-18 (GetMap requests: views across all communes at 0.3-2.5 m/px, default; or the old tile-scale pool)"
                   exit 0 ;;
        *) peer_option "$@" ||
               die "bench maps: unknown option '$1' (--seconds N, --requests N, --port N, --mapserver-port N, --procs N, --pool views|z16-18)"
           shift 2 ;;
    esac
done
check_peer_options maps
case $POOL in views|z16-18) ;; *) die "bench maps: --pool is 'views' or 'z16-18', got '$POOL'" ;; esac
[ "$REQUESTS" -ge 334 ] || die "bench maps: --requests $REQUESTS is too few: three rounds of it must make the 1,000 distinct requests a line needs"

bench_results maps

#--- prerequisites: wrk, MapServer 8 (FastCGI-capable mapserv), lighttpd, GDAL's tools for the checks
require_wrk "wrk is needed for the load."
require_mapserver maps PBF
require_packages maps gdalinfo=gdal-bin ogrinfo=gdal-bin fc-match=fontconfig

#--- the database: the private cluster's `landinfo`, or LANDINFO_DB_URL
bench_database
current=$("${PSQL[@]}" -c "SELECT count(*) FROM publish.parcel_shapes" 2>/dev/null) ||
    die "cannot read publish.parcel_shapes from $PGDATABASE on $PGHOST:$PGPORT: run './landinfo run' once (migrations and demo data) first"
[ "$current" -ge 2000 ] || die "only $current current parcels in $PGDATABASE: the benchmark needs the demo data (./landinfo run, or ./landinfo demo-data)"

#--- the request sets, drawn once with a fixed seed
# Parcels in a seeded random order (md5 of seed and id), with a point on each one's surface in EPSG:3857.
# GetMap line k (clients 1, 2, 4) round r uses parcels k*3N + r*N + 1 .. +N; GetFeatureInfo the same
# numbers shifted past GetMap's; warm-up requests come after all measured ones. Tiles: the tiles holding
# the parcels, distinct, in the order the parcels' random order first reaches them (so dense areas come
# first, as often as viewers look at them).
N=$REQUESTS
WARM=1000
getmap_n=$(( ${#GETMAP_CLIENTS[@]} * ROUNDS * N ))
gfi_n=$(( ROUNDS * N ))
if [ $(( getmap_n + gfi_n + 2 * WARM )) -gt "$current" ]; then
    N=$(( (current - 2 * WARM) / ((${#GETMAP_CLIENTS[@]} + 1) * ROUNDS) ))
    [ $(( N * ROUNDS )) -ge 1000 ] || die "only $current current parcels: too few for 1,000 distinct requests per line"
    say "note: $current current parcels make at most $N distinct requests per run (not $REQUESTS)"
    getmap_n=$(( ${#GETMAP_CLIENTS[@]} * ROUNDS * N ))
    gfi_n=$(( ROUNDS * N ))
fi
picked=$(( getmap_n + gfi_n + 2 * WARM ))
say "drawing the requests (seed $SEED) from $current current parcels..."
"${PSQL[@]}" <<SQL
CREATE SCHEMA IF NOT EXISTS bench;
DROP TABLE IF EXISTS bench.maps_parcel;
CREATE TABLE bench.maps_parcel AS
SELECT row_number() OVER (ORDER BY h, id)::int AS i, id, h, ST_X(p) AS x, ST_Y(p) AS y
FROM (SELECT id, h, ST_PointOnSurface(geom_3857) AS p
      FROM (SELECT id, md5('$SEED:' || id) AS h, geom_3857 FROM publish.parcel_shapes
            ORDER BY 2, 1) s) t;
ALTER TABLE bench.maps_parcel ADD PRIMARY KEY (i);
DROP TABLE IF EXISTS bench.maps_tile;
CREATE TABLE bench.maps_tile AS
SELECT z, tx, ty, row_number() OVER (PARTITION BY z ORDER BY first)::int AS i
FROM (SELECT z, floor((x + $ORIGIN) / (2 * $ORIGIN / 2 ^ z))::int AS tx,
             floor(($ORIGIN - y) / (2 * $ORIGIN / 2 ^ z))::int AS ty, min(i) AS first
      FROM bench.maps_parcel, generate_series(14, 18) AS z
      GROUP BY 1, 2, 3) t;
SQL
mkdir -p "$WORK/requests"
# GetMap: 256×256 PNG views (not tile-aligned). Pool "views" (docs/benchmarks.md, "What GetMap requests
# represent"): the communes take turns (the k-th parcel of every commune in its seeded order, then the
# (k+1)-th...), so a rural commune with large fields weighs as much as a dense ward, where the parcel-weighted
# draw let the dense wards of Hà Nội make most requests; each view's ground resolution is drawn log-uniformly
# from 0.3 to 2.5 m per pixel (1:1 070 to 1:8 930: the scales at which officers and citizens read parcels,
# area labels from 1:1 100 included), converted to Web Mercator units at the parcel's latitude. Pool
# "z16-18" is the first wave's: parcel-weighted, exactly z16, z17 and z18 in turn.
if [ "$POOL" = views ]; then
    "${PSQL[@]}" <<SQL
DROP TABLE IF EXISTS bench.maps_view;
CREATE TABLE bench.maps_view AS
SELECT row_number() OVER (ORDER BY k, commune_code, h)::int AS i, commune_code, x, y, mpp,
       256 * mpp / cos(atan(sinh(y / 6378137.0))) AS s
FROM (SELECT p.commune_code, m.h, m.x, m.y,
             row_number() OVER (PARTITION BY p.commune_code ORDER BY m.h, m.id) AS k,
             exp(ln(0.3) + ('x' || substr(m.h, 5, 7))::bit(28)::int / 268435456.0 * ln(2.5 / 0.3)) AS mpp
      FROM bench.maps_parcel m JOIN publish.parcels p ON p.id = m.id) t;
ALTER TABLE bench.maps_view ADD PRIMARY KEY (i);
SQL
    view_table=bench.maps_view
    say "GetMap pool 'views': $("${PSQL[@]}" -c "SELECT count(DISTINCT commune_code) || ' communes, ' || round(min(mpp)::numeric, 2) || '-' || round(max(mpp)::numeric, 2) || ' m/px' FROM bench.maps_view WHERE i <= $getmap_n")"
else
    view_table="(SELECT i, x, y, 2 * $ORIGIN / 2 ^ (16 + i % 3) AS s FROM bench.maps_parcel) v"
fi
"${PSQL[@]}" -c "
SELECT format('SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=parcels&STYLES=&CRS=EPSG:3857&BBOX=%s,%s,%s,%s&WIDTH=256&HEIGHT=256&FORMAT=image/png',
              round((x - s / 2)::numeric, 2), round((y - s / 2)::numeric, 2), round((x + s / 2)::numeric, 2), round((y + s / 2)::numeric, 2))
FROM (SELECT i, x, y, s FROM $view_table
      WHERE i <= $getmap_n OR (i > $picked - $WARM AND i <= $picked) ORDER BY i) q" >"$WORK/requests/getmap.qs"
# GetFeatureInfo at z17: a random pixel (I, J from the parcel's hash) placed on the parcel's interior point.
"${PSQL[@]}" -c "
SELECT format('SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=parcels&QUERY_LAYERS=parcels&STYLES=&CRS=EPSG:3857&BBOX=%s,%s,%s,%s&WIDTH=256&HEIGHT=256&I=%s&J=%s&INFO_FORMAT=application/vnd.ogc.gml&FEATURE_COUNT=1',
              round(minx::numeric, 2), round((maxy - s)::numeric, 2), round((minx + s)::numeric, 2), round(maxy::numeric, 2), pi, pj)
FROM (SELECT i, pi, pj, s, x - (pi + 0.5) * s / 256 AS minx, y + (pj + 0.5) * s / 256 AS maxy
      FROM (SELECT i, x, y, 2 * $ORIGIN / 2 ^ 17 AS s, ('x' || substr(h, 1, 2))::bit(8)::int AS pi,
                   ('x' || substr(h, 3, 2))::bit(8)::int AS pj
            FROM bench.maps_parcel WHERE (i > $getmap_n AND i <= $getmap_n + $gfi_n) OR (i > $picked - 2 * $WARM AND i <= $picked - $WARM)) p
      ORDER BY i) q" >"$WORK/requests/gfi.qs"
declare -A TILES
for z in "${MVT_ZOOMS[@]}"; do
    "${PSQL[@]}" -c "SELECT format('%s %s %s %s', z, tx, ty, md5('$SEED:' || z || '/' || tx || '/' || ty)) FROM bench.maps_tile WHERE z = $z ORDER BY i" \
        >"$WORK/requests/tiles-z$z.zxy"
    TILES[$z]=$(wc -l <"$WORK/requests/tiles-z$z.zxy")
done

# The lines: name, kind (maps.lua), clients, request list, requests per run; WMS lists are query strings
# that both servers get as they are, tile lists z x y that each side writes as its own URL.
LINES=()
declare -A KIND CLIENTS_OF PER_RUN TITLE NOTE
k=0
for c in "${GETMAP_CLIENTS[@]}"; do
    l="getmap-c$c"; LINES+=("$l"); KIND[$l]=png; CLIENTS_OF[$l]=$c; PER_RUN[$l]=$N
    if [ "$POOL" = views ]; then TITLE[$l]="GetMap 256² PNG views"; else TITLE[$l]="GetMap 256² PNG z16-18"; fi
    sed -n "$(( k * ROUNDS * N + 1 )),$(( (k + 1) * ROUNDS * N ))p" "$WORK/requests/getmap.qs" >"$WORK/requests/$l.qs"
    k=$((k + 1))
done
tail -n "$WARM" "$WORK/requests/getmap.qs" >"$WORK/requests/warm-getmap.qs"
l="gfi-c$GFI_CLIENTS"; LINES+=("$l"); KIND[$l]=gml; CLIENTS_OF[$l]=$GFI_CLIENTS; PER_RUN[$l]=$N
TITLE[$l]="GetFeatureInfo GML z17"
head -n "$gfi_n" "$WORK/requests/gfi.qs" >"$WORK/requests/$l.qs"
tail -n "$WARM" "$WORK/requests/gfi.qs" >"$WORK/requests/warm-gfi.qs"
for z in "${MVT_ZOOMS[@]}"; do
    l="mvt-z$z"; LINES+=("$l"); KIND[$l]=mvt; CLIENTS_OF[$l]=$MVT_CLIENTS
    TITLE[$l]="MVT z$z"
    # The first tile of the zoom is the sample checked on both sides before measuring: the line takes
    # the next ones, a third of them per round at most, in a
    # shuffled order (by their hash) so that each round gets a like share of dense and sparse tiles;
    # warm-up tiles come from z18, past the measured ones.
    per=$(( (TILES[$z] - 1) / ROUNDS < N ? (TILES[$z] - 1) / ROUNDS : N ))
    PER_RUN[$l]=$per
    sed -n "2,$(( per * ROUNDS + 1 ))p" "$WORK/requests/tiles-z$z.zxy" | sort -k4,4 | cut -d' ' -f1-3 >"$WORK/requests/$l.zxy"
    [ $(( per * ROUNDS )) -ge 1000 ] || NOTE[$l]="only ${TILES[$z]} distinct z$z tiles hold parcels (< 1,000)"
done
last=${MVT_ZOOMS[-1]}
used=$(( ${PER_RUN["mvt-z$last"]} * ROUNDS + 1 ))
sed -n "$(( used + 1 )),$(( used + WARM ))p" "$WORK/requests/tiles-z$last.zxy" | cut -d' ' -f1-3 >"$WORK/requests/warm-mvt.zxy"

# Paths per side: landinfo /ogc/wms?<qs> and /tiles/parcels/z/x/y.mvt; MapServer /mapserv?map=WMS&<qs>
# and /mapserv?map=MVT&mode=tile&tilemode=gmap&layers=parcels&tile=x+y+z.
paths() { # FORMAT(qs|zxy) SIDE: request lines on stdin -> paths on stdout
    case "$1:$2" in
        qs:landinfo) sed 's|^|/ogc/wms?|' ;;
        qs:mapserver) sed 's|^|/mapserv?map=WMS\&|' ;;
        zxy:landinfo) awk '{ printf "/tiles/parcels/%s/%s/%s.mvt\n", $1, $2, $3 }' ;;
        zxy:mapserver) awk '{ printf "/mapserv?map=MVT&mode=tile&tilemode=gmap&layers=parcels&tile=%s+%s+%s\n", $2, $3, $1 }' ;;
    esac
}
request_file() { # LINE -> its request list
    if [ -f "$WORK/requests/$1.qs" ]; then echo "$WORK/requests/$1.qs"; else echo "$WORK/requests/$1.zxy"; fi
}

#--- MapServer's configuration: mapfiles from the database's palette, the MapServer 8 config, lighttpd
MS_DIR="$WORK/mapserver"
mkdir -p "$MS_DIR"
# the font Java's logical SansSerif resolves to through fontconfig on Debian
font=$(fc-match -f '%{file}' sans-serif 2>/dev/null || true)
[ -f "$font" ] || font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
printf 'sans %s\n' "$font" >"$MS_DIR/fonts.txt"

# One CLASS per land-use code (CLASSITEM main_purpose, plain string match), then the "unknown" grey;
# each class repeats the outlines and the label in full (an INCLUDE would be read again for every class
# of every request, a cost MapServer should not be charged for).
# 90.714 dpi = 1 / (0.28 mm in inches): MapServer's scale denominator then equals landinfo's (and OGC's).
outline_and_label='      # landinfo ParcelsLayer: dark 0.75 px outlines up to 1:5 000, light 0.5 px beyond
      STYLE OUTLINECOLOR 59 47 42 WIDTH 0.75 MAXSCALEDENOM 5000 END
      STYLE OUTLINECOLOR 60 50 45 OPACITY 47 WIDTH 0.5 MINSCALEDENOM 5000 END
      # số thửa from 1:2 500: same font and size, halo, centred, only where it fits, no collisions within
      # 2 px (landinfo LabelPlacer margin). MapServer draws SIZE s at s × 96/72 px, so 8.25 is 11 px.
      LABEL
        FONT "sans"
        SIZE 8.25
        BUFFER 2
        COLOR 30 26 24
        OUTLINECOLOR 255 255 255
        OUTLINEWIDTH 1
        POSITION CC
        MINFEATURESIZE AUTO
        PARTIALS FALSE
        MAXSCALEDENOM 2500
      END'
ms_class() { # NAME EXPRESSION|- COLOUR
    printf '    CLASS\n      NAME "%s"\n' "$1"
    [ "$2" = - ] || printf '      EXPRESSION "%s"\n' "$2"
    printf '      STYLE COLOR "%s" END\n%s\n    END\n' "$3" "$outline_and_label"
}
palette_classes=""
while IFS='|' read -r code colour; do
    palette_classes+=$(ms_class "$code" "$code" "$colour")$'\n'
done < <("${PSQL[@]}" -c "SELECT trim(code), upper(trim(fill_color)) FROM publish.land_use_palette ORDER BY 1")
[ -n "$palette_classes" ] || die "publish.land_use_palette is empty: the mapfile needs the land-use palette"
# landinfo's LandUsePalette.UNKNOWN, for a purpose the palette does not have
palette_classes+=$(ms_class unknown - "#E6E6E6")
ms_common() { # NAME -> the MAP header both mapfiles share
    cat <<EOF
  NAME "$1"
  STATUS ON
  SIZE 256 256
  MAXSIZE 4096
  UNITS METERS
  EXTENT 11000000 950000 12300000 2700000
  IMAGECOLOR 255 255 255
  RESOLUTION 90.714285714
  DEFRESOLUTION 90.714285714
  FONTSET "$MS_DIR/fonts.txt"
  PROJECTION "init=epsg:3857" END
EOF
}
ms_layer_source() { # the database (bench/mapserver.sh) in Web Mercator
    ms_connection
    echo '    PROJECTION "init=epsg:3857" END'
}
{
    echo "# written by bench/maps.sh for this run: the peer of landinfo's /ogc/wms"
    echo "MAP"
    ms_common landinfo_bench_wms
    cat <<EOF
  # 24-bit PNG like landinfo's (opaque RGB), at landinfo's zlib level
  OUTPUTFORMAT
    NAME "png"
    DRIVER "AGG/PNG"
    MIMETYPE "image/png"
    IMAGEMODE RGB
    EXTENSION "png"
    FORMATOPTION "COMPRESSION=4"
  END
  WEB
    METADATA
      "wms_title" "landinfo bench peer"
      "wms_onlineresource" "http://127.0.0.1:$MS_PORT/mapserv?map=WMS&"
      "wms_srs" "EPSG:3857"
      "wms_enable_request" "*"
      "wms_feature_info_mime_type" "application/vnd.ogc.gml"
    END
  END
  # WMS layer "parcels" is this group: GetMap draws parcels_map, GetFeatureInfo asks parcels_info.
  LAYER
    NAME "parcels_map"
    GROUP "parcels"
    TYPE POLYGON
    STATUS ON
$(ms_layer_source)
    DATA "geom_3857 from publish.parcel_shapes using unique id using srid=3857"
    MAXSCALEDENOM 25000
    CLASSITEM "main_purpose"
    LABELITEM "parcel_number"
    METADATA
      "wms_title" "parcels"
      "wms_enable_request" "GetMap GetCapabilities"
    END
$palette_classes
  END
  LAYER
    NAME "parcels_info"
    GROUP "parcels"
    TYPE POLYGON
    STATUS ON
$(ms_layer_source)
    DATA "geom_3857 from (SELECT id, national_id, commune_code, commune_name, survey_unit_code, survey_unit_name, sheet_number, parcel_number, main_purpose, purposes, legal_area, address, geom_3857 FROM publish.parcels) AS t using unique id using srid=3857"
    MAXSCALEDENOM 25000
    TEMPLATE "query"
    TOLERANCE 4
    TOLERANCEUNITS PIXELS
    METADATA
      "wms_title" "parcels"
      "wms_enable_request" "GetFeatureInfo"
      "gml_include_items" "national_id,commune_code,commune_name,survey_unit_code,survey_unit_name,sheet_number,parcel_number,main_purpose,purposes,legal_area,address"
      "gml_geometries" "none"
      "gml_featureid" "id"
    END
    CLASS NAME "parcel" END
  END
END
EOF
} >"$MS_DIR/wms.map"
{
    echo "# written by bench/maps.sh for this run: the peer of landinfo's /tiles/parcels"
    echo "MAP"
    ms_common landinfo_bench_mvt
    cat <<EOF
  IMAGETYPE "mvt"
  OUTPUTFORMAT
    NAME "mvt"
    DRIVER MVT
    MIMETYPE "application/vnd.mapbox-vector-tile"
    FORMATOPTION "EXTENT=4096"
    FORMATOPTION "EDGE_BUFFER=4"
  END
  WEB
    METADATA
      "wms_srs" "EPSG:3857"
    END
  END
  LAYER
    NAME "parcels"
    TYPE POLYGON
    STATUS ON
$(ms_layer_source)
    DATA "geom_3857 from publish.parcel_shapes using unique id using srid=3857"
    METADATA
      "gml_include_items" "parcel_number,main_purpose,legal_area"
      "gml_types" "auto"
    END
    CLASS NAME "parcel" END
  END
END
EOF
} >"$MS_DIR/mvt.map"
write_mapserver_config "$MS_DIR" "$MS_PORT" "$MS_PROCS" WMS="$MS_DIR/wms.map" MVT="$MS_DIR/mvt.map"

#--- start both servers; both are stopped when the lane exits, however it exits
# landinfo's tile cache off, so that no tile is ever answered from memory (checked after the runs).
start_both LANDINFO_TILES_CACHE_SIZE=0

#--- sanity: a few requests of each kind on both sides, answers kept for a human to compare
SAMPLES="$WORK/samples"
mkdir -p "$SAMPLES"
say "checking both servers on sample requests (answers in ${SAMPLES#"$LANDINFO_HOME"/})..."
# GetMap: six warm-up requests, two at each of z16, z17, z18; each PNG must be 256×256 and not blank.
n=0
while read -r qs; do
    n=$((n + 1))
    z=$(awk -F'BBOX=' -v o="$ORIGIN" '{ split($2, b, "[,&]"); printf "%d", log(2 * o / (b[3] - b[1])) / log(2) + 0.5 }' <<<"$qs")
    for side in landinfo mapserver; do
        path=$(paths qs "$side" <<<"$qs")
        out="$SAMPLES/getmap-z$z-$n-$side.png"
        read -r status ctype < <(fetch "$(url_of "$side" "$path")" "$out")
        if [ "$status" != 200 ] || [[ $ctype != image/png* ]]; then
            head -c 600 "$out" >&2; echo >&2; die "$side GetMap answered $status $ctype: $path"
        fi
        info=$(gdalinfo -stats "$out" 2>&1) || { echo "$info" >&2; die "$side GetMap: the PNG does not decode ($out)"; }
        grep -q '^Size is 256, 256' <<<"$info" || die "$side GetMap: not 256×256 ($out)"
        awk -F'STATISTICS_STDDEV=' 'NF > 1 && $2 + 0 > 0 { found = 1 } END { exit !found }' <<<"$info" ||
            die "$side GetMap: the image is blank ($out, $path)"
    done
done < <(head -n 6 "$WORK/requests/warm-getmap.qs")
# GetFeatureInfo: both must name the same parcel (its national ID).
gfi_same=0; gfi_checked=0
while read -r qs; do
    gfi_checked=$((gfi_checked + 1))
    ids=()
    for side in landinfo mapserver; do
        path=$(paths qs "$side" <<<"$qs")
        out="$SAMPLES/gfi-$gfi_checked-$side.xml"
        read -r status ctype < <(fetch "$(url_of "$side" "$path")" "$out")
        if [ "$status" != 200 ] || grep -q ServiceException "$out"; then
            head -c 600 "$out" >&2; echo >&2; die "$side GetFeatureInfo answered $status $ctype: $path"
        fi
        ids+=("$(grep -o 'national_id>[^<]*' "$out" | head -1 | cut -d'>' -f2)")
    done
    [ -n "${ids[0]}" ] && [ "${ids[0]}" = "${ids[1]}" ] && gfi_same=$((gfi_same + 1))
done < <(head -n 10 "$WORK/requests/warm-gfi.qs")
[ "$gfi_same" -eq "$gfi_checked" ] ||
    say "warning: GetFeatureInfo named the same parcel in only $gfi_same of $gfi_checked samples (see $SAMPLES/gfi-*)"
# Tiles: the first tile of each zoom (the densest, and not measured) from both; ogrinfo must read each
# (layer parcels), feature counts side by side.
declare -A MVT_WHY
mvt_counts=""
for z in "${MVT_ZOOMS[@]}"; do
    read -r tz tx ty _ <"$WORK/requests/tiles-z$z.zxy"
    counts=""
    for side in landinfo mapserver; do
        dir="$SAMPLES/mvt-$side/$tz/$tx"; mkdir -p "$dir"
        out="$dir/$ty.pbf"
        path=$(paths zxy "$side" <<<"$tz $tx $ty")
        read -r status ctype < <(fetch "$(url_of "$side" "$path")" "$out")
        if [ "$side" = landinfo ] && [ "$status" != 200 ]; then
            MVT_WHY[$z]="not available: landinfo answered $status at /tiles/parcels/$tz/$tx/$ty.mvt"
            counts="$counts landinfo n/a"
            continue
        fi
        [ "$status" = 200 ] || { head -c 600 "$out" >&2; echo >&2; die "$side tile $tz/$tx/$ty answered $status $ctype"; }
        features=$(ogrinfo -ro -al -so "$out" 2>/dev/null | sed -n 's/^Feature Count: //p' | awk '{ s += $1 } END { print s + 0 }')
        layers=$(ogrinfo -ro -q "$out" 2>/dev/null | sed -n 's/^[0-9]*: \([^ ]*\).*/\1/p' | paste -sd, -)
        [ "$features" -gt 0 ] || die "$side tile $tz/$tx/$ty: ogrinfo reads no features ($out)"
        [ "$layers" = parcels ] || say "warning: $side tile $tz/$tx/$ty has layer(s) '$layers', not 'parcels'"
        counts="$counts $side $features"
    done
    mvt_counts="$mvt_counts z$z:$counts;"
done
say "samples: GetMap PNGs 256×256 and drawn on both sides; GetFeatureInfo named the same parcel $gfi_same/$gfi_checked; tile features:$mvt_counts"

#--- runs
mkdir -p "$WORK/runs"
# slice LINE SIDE ROUND THREADS -> the prefix of the per-thread slice files of that run (cut once)
slice() {
    local line=$1 side=$2 round=$3 t=$4 list per first prefix
    list=$(request_file "$line"); per=${PER_RUN[$line]}
    prefix="$WORK/runs/$line.$side.r$round.t$t."
    if [ ! -f "${prefix}0" ]; then
        first=$(( (round - 1) * per + 1 ))
        sed -n "${first},$(( first + per - 1 ))p" "$list" | paths "${list##*.}" "$side" >"$WORK/runs/$line.$side.r$round.paths"
        split -n "l/$t" -d -a 1 "$WORK/runs/$line.$side.r$round.paths" "$prefix"
    fi
    echo "$prefix"
}
# run_wrk SIDE PREFIX KIND CLIENTS SECONDS LOG -> "rps bad exhausted p50_ms p99_ms"; wrk's output in LOG,
# the first refused answer (if any) in LOG.bad
run_wrk() {
    local side=$1 prefix=$2 kind=$3 c=$4 secs=$5 log=$6
    wrk_side "$side" $(( c < 2 ? c : 2 )) "$c" "$secs" "$LANDINFO_HOME/bench/maps.lua" "$log" "$prefix" "$kind"
    wrk_result "$WRK_SUMMARY" exhausted_threads 2
}
run_side() { # LINE SIDE ROUND -> as run_wrk
    local c=${CLIENTS_OF[$1]}
    run_wrk "$2" "$(slice "$1" "$2" "$3" $(( c < 2 ? c : 2 )))" "${KIND[$1]}" "$c" "$RUN_SECONDS" "$WORK/runs/$1.$2.r$3.log"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
#--- warm-up on requests that are not measured: landinfo's JIT (30 s, as bench lookup found it needs on
# 2 cores), both servers' connections and PostgreSQL's cache
mvt_live=""
for z in "${MVT_ZOOMS[@]}"; do [ -n "${MVT_WHY[$z]:-}" ] || mvt_live=1; done
warm() { # SIDE SECONDS_WMS SECONDS_MVT
    local side=$1 kind file fmt prefix
    for kind in png gml mvt; do
        case $kind in
            png) file="$WORK/requests/warm-getmap.qs"; fmt=qs ;;
            gml) file="$WORK/requests/warm-gfi.qs"; fmt=qs ;;
            mvt) file="$WORK/requests/warm-mvt.zxy"; fmt=zxy
                 { [ "$side" = mapserver ] || [ -n "$mvt_live" ]; } || continue ;;
        esac
        prefix="$WORK/runs/warm-$kind.$side.t2."
        [ -f "${prefix}0" ] || { paths "$fmt" "$side" <"$file" >"$WORK/runs/warm-$kind.$side.paths"
                                 split -n l/2 -d -a 1 "$WORK/runs/warm-$kind.$side.paths" "$prefix"; }
        read -r _ bad _ _ _ < <(run_wrk "$side" "$prefix" "$kind" 2 "$([ $kind = png ] && echo "$2" || echo "$3")" "$WORK/runs/warm-$kind.$side.log")
        [ "$bad" -eq 0 ] || say "warning: $bad refused answers from $side during the $kind warm-up (see $WORK/runs/warm-$kind.$side.log.bad)"
    done
}
say "warming up (landinfo 30 s, MapServer 6 s)..."
warm landinfo 20 5
warm mapserver 2 2

declare -A RPS P50 P99 BAD EXH SAMPLE
for round in $(seq 1 "$ROUNDS"); do
    read -r -a order <<<"$(sides_of "$round")"
    for line in "${LINES[@]}"; do
        msg=""
        for side in "${order[@]}"; do
            if [ "$side" = landinfo ] && [ "${KIND[$line]}" = mvt ] && [ -n "${MVT_WHY[${line#mvt-z}]:-}" ]; then
                msg="$msg, landinfo n/a"
                continue
            fi
            read -r rps bad exhausted p50 p99 < <(run_side "$line" "$side" "$round")
            tally "$line" "$side" "$round" "$rps" "$bad" "$exhausted" "$p50" "$p99"
        done
        say "round $round, ${TITLE[$line]}, ${CLIENTS_OF[$line]} client(s)${msg}"
    done
done

#--- the guarantee that landinfo's tile cache answered nothing: its own counters (Micrometer's cache.gets and
# cache.puts, tag cache=tiles), read from the instance this lane started
metric() { # PROMETHEUS_TEXT NAME [LABEL] -> the sum of the tile cache's samples of NAME (with LABEL, e.g. result="hit")
    awk -v name="$2" -v label="${3:-}" '$1 ~ "^" name "[{ ]" && index($1, "cache=\"tiles\"") && index($1, label) { s += $NF }
        END { printf "%d\n", s }' <<<"$1"
}
scrape=$(curl -s --max-time 10 "$LANDINFO_URL/actuator/prometheus") || die "cannot read $LANDINFO_URL/actuator/prometheus"
grep -q '^cache_gets_total{.*cache="tiles"' <<<"$scrape" || die "landinfo's metrics carry no tile-cache counters (cache_gets_total{cache=\"tiles\"})"
cache_hits=$(metric "$scrape" cache_gets_total 'result="hit"')
cache_misses=$(metric "$scrape" cache_gets_total 'result="miss"')
cache_puts=$(metric "$scrape" cache_puts_total)
CACHE_NOTE="landinfo's tile cache: off (LANDINFO_TILES_CACHE_SIZE=0); after the runs $cache_hits hits, $cache_puts tiles stored, $cache_misses tiles cut from the database"
if [ "$cache_hits" -ne 0 ] || [ "$cache_puts" -ne 0 ]; then
    CACHE_NOTE="$CACHE_NOTE: INVALID, the MVT lines may have been answered from memory"
    for z in "${MVT_ZOOMS[@]}"; do BAD["mvt-z$z.landinfo"]=$(( ${BAD["mvt-z$z.landinfo"]:-0} + cache_hits + cache_puts )); done
fi

#--- report
# shellcheck disable=SC2086 # the medians' samples are space-separated lists
{
    echo "landinfo bench maps — $STAMP"
    echo "landinfo $LANDINFO_URL (/ogc/wms, /tiles/parcels) vs MapServer $MS_VERSION ($MS_PROCS FastCGI processes under lighttpd $LIGHTTPD_VERSION, port $MS_PORT)"
    echo "data: publish.parcel_shapes / publish.parcels of $PGDATABASE on $PGHOST:$PGPORT, $current current parcels; mapfiles in ${MS_DIR#"$LANDINFO_HOME"/}"
    echo "GetMap pool: $POOL$( [ "$POOL" = views ] && echo ' (communes in turn, 0.3-2.5 m/px log-uniform)' || echo ' (parcel-weighted, z16/z17/z18 in turn)')"
    echo "requests: seed $SEED; per run and line $N distinct (MVT: at most a third of the zoom's distinct tiles), one slice per round, none repeated within a line"
    echo "a run lasts ${RUN_SECONDS} s or until its slice is used up; rates are the responses over the time from the first response to the last (maps.lua)"
    echo "runs: ${RUN_SECONDS} s each, $ROUNDS rounds interleaved landinfo/MapServer (first side alternating), medians; machine: $(nproc) cores, both servers + PostgreSQL + wrk on it"
    echo "load average (1, 5, 15 min) before the runs: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "$CACHE_NOTE"
    echo "samples: GetFeatureInfo named the same parcel in $gfi_same/$gfi_checked; tile features (first tile per zoom):$mvt_counts"
    echo
    report_header
    for line in "${LINES[@]}"; do
        li="$line.landinfo"; ms="$line.mapserver"
        m_rps=$(median ${RPS[$ms]}); m_p50=$(median ${P50[$ms]}); m_p99=$(median ${P99[$ms]})
        if [ -z "${RPS[$li]:-}" ]; then
            printf '%-24s %7d %8d %13s %8s %8s %14.0f %8.2f %8.2f %7s  %s\n' "${TITLE[$line]}" "${CLIENTS_OF[$line]}" "$(( PER_RUN[$line] * ROUNDS ))" \
                n/a - - "$m_rps" "$m_p50" "$m_p99" - "${MVT_WHY[${line#mvt-z}]}"
            continue
        fi
        verdict=""
        bad=$(( BAD[$li] + BAD[$ms] ))
        [ "$bad" -eq 0 ] || verdict="INVALID (${BAD[$li]} bad landinfo, ${BAD[$ms]} bad MapServer)"
        report_line "${TITLE[$line]}" "${CLIENTS_OF[$line]}" "$(( PER_RUN[$line] * ROUNDS ))" "$(median ${RPS[$li]})" "$(median ${P50[$li]})" \
            "$(median ${P99[$li]})" "$m_rps" "$m_p50" "$m_p99" "$verdict" "${NOTE[$line]:-}"
    done
    echo
    echo "ratio = landinfo / MapServer requests per second (medians of $ROUNDS runs); requests = distinct requests the line drew"
    for key in "${!SAMPLE[@]}"; do echo "first refused answer, $key: ${SAMPLE[$key]}"; done
} | tee "$REPORT"
say "written to bench/results/$STAMP-maps.txt"
