#!/usr/bin/env bash
# ./landinfo bench transactions — cadastral transactions through the REST API with every rule checked:
# splits (POST /api/v1/transactions, kind SPLIT, one cutting line) and merges (kind MERGE, two adjacent
# parcels of the same holders), at 1, 2 and 4 concurrent clients; transactions per second and p50/p99
# latency. Meant for a database of at least one million parcels (./landinfo demo-data --province 01
# --parcels 1000000); it says so when the database is smaller.
#
# Protocol: every request is a distinct, valid transaction prepared beforehand from the data (fixed
# seed): splits cut a parcel without restrictions across its oriented envelope's long side, through its
# centroid, and only where both halves keep the minimum split area of their purpose; merges re-join the
# two children of a split made by an earlier run of this benchmark (adjacent, same holders, same sheet).
# Each request is sent once (If-Match names the version it was prepared against), so every one commits
# or the line is invalid: any non-2xx response, or a client running out of prepared requests,
# invalidates the line. Runs: 3 rounds of (splits 1/2/4 clients, then merges 1/2/4), medians reported.
# The benchmark changes the register (that is what it measures): run it on a database you can reload.
set -euo pipefail

# shellcheck source=bench/common.sh
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

RUN_SECONDS=${BENCH_SECONDS:-10}
PER_RUN=${BENCH_TX_PER_RUN:-1000}
SEED=${BENCH_SEED:-20251125}
APP_PORT=${LANDINFO_PORT:-8080}
ROUNDS=3
CLIENTS=(1 2 4)

while [ $# -gt 0 ]; do
    case $1 in
        --seconds) RUN_SECONDS=$2; shift 2 ;;
        --per-run) PER_RUN=$2; shift 2 ;;
        --port) APP_PORT=$2; shift 2 ;;
        -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
                   echo "options: --seconds N (per run, default 10)  --per-run N (prepared transactions per run, default 1000)  --port N"; exit 0 ;;
        *) die "bench transactions: unknown option '$1' (--seconds N, --per-run N, --port N)" ;;
    esac
done

bench_results transactions

require_wrk "wrk is needed."

bench_database

current=$("${PSQL[@]}" -c "SELECT count(*) FROM parcel_version WHERE end_lifespan IS NULL" 2>/dev/null) ||
    die "cannot read parcels from $PGDATABASE on $PGHOST:$PGPORT: load data first (./landinfo run, or ./landinfo demo-data)"
[ "$current" -ge 1000 ] || die "only $current current parcels: the benchmark needs demo data"
[ "$current" -ge 1000000 ] || say "note: $current current parcels; issue 3 asks for a database of at least one million (./landinfo demo-data --province 01 --parcels 1000000)"

STOCK=${BENCH_TX_STOCK:-2000}
need=$(( STOCK + PER_RUN * ${#CLIENTS[@]} * ROUNDS ))
# Merges take only the children of this run's splits: a child left by an earlier run may also be drawn as a
# split candidate below, and the two would collide (404 for whichever comes second).
RUN_START=$("${PSQL[@]}" -c "SELECT now()")
say "preparing $need split transactions (seed $SEED) from $current current parcels..."
"${PSQL[@]}" <<SQL
CREATE SCHEMA IF NOT EXISTS bench;
DROP TABLE IF EXISTS bench.tx_split;
CREATE TABLE bench.tx_split AS
WITH cand AS (
    SELECT pv.parcel_id, pv.version, pv.geom_tm3, pv.geom, pr.code AS province,
           (SELECT u.purpose_code FROM parcel_land_use u WHERE u.parcel_version_id = pv.id ORDER BY u.area DESC, u.purpose_code LIMIT 1) AS purpose
    FROM parcel_version pv
    JOIN admin_unit c  ON c.id = pv.commune_id
    JOIN admin_unit pr ON pr.id = c.parent_id
    WHERE pv.end_lifespan IS NULL AND ST_NumGeometries(pv.geom_tm3) = 1 AND ST_NumInteriorRings(ST_GeometryN(pv.geom_tm3, 1)) = 0
      AND NOT EXISTS (SELECT 1 FROM restriction r WHERE r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL)
      AND EXISTS (SELECT 1 FROM land_right lr WHERE lr.parcel_id = pv.parcel_id AND lr.end_lifespan IS NULL)
    ORDER BY md5('$SEED:' || pv.parcel_id)
    LIMIT $(( need * 3 ))
), axis AS (
    SELECT cand.*, ST_ExteriorRing(ST_OrientedEnvelope(geom_tm3)) AS ring, ST_Centroid(geom_tm3) AS ctr,
           coalesce(m.minimum_area, 0) AS min_area, m.minimum_frontage AS min_frontage
    FROM cand
    LEFT JOIN LATERAL (SELECT m.minimum_area, m.minimum_frontage FROM minimum_split_area m
                       WHERE m.purpose_code = cand.purpose AND (m.province_code = cand.province OR m.province_code IS NULL)
                       ORDER BY m.province_code NULLS LAST LIMIT 1) m ON true
), short AS (
    -- The shorter side of the oriented envelope: a line parallel to it through the centroid halves the long side.
    SELECT axis.*,
           CASE WHEN ST_Distance(ST_PointN(ring, 1), ST_PointN(ring, 2)) <= ST_Distance(ST_PointN(ring, 2), ST_PointN(ring, 3))
                THEN ST_X(ST_PointN(ring, 2)) - ST_X(ST_PointN(ring, 1)) ELSE ST_X(ST_PointN(ring, 3)) - ST_X(ST_PointN(ring, 2)) END AS dx,
           CASE WHEN ST_Distance(ST_PointN(ring, 1), ST_PointN(ring, 2)) <= ST_Distance(ST_PointN(ring, 2), ST_PointN(ring, 3))
                THEN ST_Y(ST_PointN(ring, 2)) - ST_Y(ST_PointN(ring, 1)) ELSE ST_Y(ST_PointN(ring, 3)) - ST_Y(ST_PointN(ring, 2)) END AS dy
    FROM axis
), line AS (
    SELECT short.*, ST_MakeLine(ST_Translate(ctr, -1.5 * dx, -1.5 * dy), ST_Translate(ctr, 1.5 * dx, 1.5 * dy)) AS blade
    FROM short WHERE dx <> 0 OR dy <> 0
), pieces AS (
    SELECT line.*, ST_Split(geom_tm3, blade) AS parts FROM line
), fronted AS (
    -- Where a minimum frontage applies, each child that touches a road parcel (DGT) must keep that much of
    -- it, as the split rule checks: the road edges within 5 mm of the child's boundary, measured per child.
    SELECT pieces.*,
           ST_Length(ST_Intersection(ST_Boundary(ST_GeometryN(parts, 1)), road.buffered)) AS front1,
           ST_Length(ST_Intersection(ST_Boundary(ST_GeometryN(parts, 2)), road.buffered)) AS front2
    FROM pieces
    LEFT JOIN LATERAL (
        SELECT ST_Buffer(ST_Union(r.geom_tm3), 0.005) AS buffered
        FROM parcel_version r JOIN parcel_land_use u ON u.parcel_version_id = r.id AND u.purpose_code = 'DGT'
        WHERE r.end_lifespan IS NULL AND r.geom && ST_Expand(pieces.geom, 0.000001)
          AND ST_SRID(r.geom_tm3) = ST_SRID(pieces.geom_tm3)) road ON true
    WHERE ST_NumGeometries(parts) = 2
)
SELECT row_number() OVER (ORDER BY md5('$SEED:split:' || parcel_id))::int AS i, parcel_id, version,
       ST_AsGeoJSON(ST_Transform(blade, 4326), 9) AS blade
FROM fronted
WHERE least(ST_Area(ST_GeometryN(parts, 1)), ST_Area(ST_GeometryN(parts, 2))) >= greatest(min_area * 1.05, 5)
  AND (min_frontage IS NULL OR ((coalesce(front1, 0) = 0 OR front1 >= min_frontage * 1.05)
                            AND (coalesce(front2, 0) = 0 OR front2 >= min_frontage * 1.05)))
LIMIT $need;
SQL
prepared=$("${PSQL[@]}" -c "SELECT count(*) FROM bench.tx_split")
[ "$prepared" -ge "$need" ] || say "warning: only $prepared splits prepared of $need wanted; later runs may run out (invalid lines)"

# split_file OFFSET COUNT FILE: the prepared splits i in (OFFSET, OFFSET+COUNT] as request lines.
split_file() {
    "${PSQL[@]}" -c "SELECT format('\"%s.%s\"', parcel_id, version) || chr(9) || json_build_object(
            'kind', 'SPLIT', 'legalBasis', 'Benchmark: tách thửa theo đường cắt', 'reason', 'bench transactions',
            'change', json_build_object('parcelId', parcel_id, 'cuttingLines', json_build_array(blade::json)))::text
        FROM bench.tx_split WHERE i > $1 AND i <= $1 + $2 ORDER BY i" >"$3"
}

# merge_file COUNT FILE: pairs of current children of this benchmark's splits, not merged yet.
merge_file() {
    "${PSQL[@]}" -c "SELECT format('\"%s.1\", \"%s.1\"', a, b) || chr(9) || json_build_object(
            'kind', 'MERGE', 'legalBasis', 'Benchmark: hợp thửa', 'reason', 'bench transactions',
            'change', json_build_object('parcelIds', json_build_array(a, b)))::text
        FROM (SELECT l1.child_parcel_id AS a, l2.child_parcel_id AS b
              FROM parcel_lineage l1
              JOIN parcel_lineage l2 ON l2.transaction_id = l1.transaction_id AND l2.parent_parcel_id = l1.parent_parcel_id
                                    AND l1.child_parcel_id < l2.child_parcel_id
              JOIN cadastral_transaction t ON t.id = l1.transaction_id AND t.kind = 'SPLIT' AND t.created_by = 'bench-officer'
                                          AND t.committed_at >= '$RUN_START'
              JOIN parcel p1 ON p1.id = l1.child_parcel_id AND p1.end_lifespan IS NULL
              JOIN parcel p2 ON p2.id = l2.child_parcel_id AND p2.end_lifespan IS NULL
              ORDER BY md5('$SEED:merge:' || l1.child_parcel_id) LIMIT $1) x" >"$2"
}

start_app

# run_wrk CLIENTS FILE -> "tps bad exhausted p50_ms p99_ms"
run_wrk() {
    local line
    # one thread per client: transactions.lua gives each thread its own share of FILE
    line=$(wrk_run "$1" "$1" "$RUN_SECONDS" "$LANDINFO_HOME/bench/transactions.lua" "$2" "$1") || return 1
    wrk_result "$line" exhausted_threads 1
}

# Merges undo this benchmark's own splits (two children of one parent, same holders, adjacent by
# construction), so they need children to merge: the measured split runs make too few for the merge runs
# at 2 and 4 clients, which would run out (an invalid line). A stock of splits made first, not measured,
# supplies the rest.
say "splitting $STOCK parcels for the merge runs to merge back (not measured)..."
split_file 0 "$STOCK" "$WORK/stock.txt"
read -r _ bad _ _ _ < <(wrk_result "$(wrk_run 2 2 "$(( STOCK / 20 + 10 ))" "$LANDINFO_HOME/bench/transactions.lua" "$WORK/stock.txt" 2)" exhausted_threads 1)
[ "$bad" -eq 0 ] || say "note: $bad stock splits refused (see $WORK/stock.txt.refused)"

declare -A TPS P50 P99 BAD
offset=$STOCK
for round in $(seq 1 "$ROUNDS"); do
    for c in "${CLIENTS[@]}"; do
        split_file "$offset" "$PER_RUN" "$WORK/split-$round-$c.txt"
        offset=$(( offset + PER_RUN ))
        read -r tps bad ex p50 p99 < <(run_wrk "$c" "$WORK/split-$round-$c.txt")
        key="split $c"; TPS[$key]="${TPS[$key]:-} $tps"; P50[$key]="${P50[$key]:-} $p50"; P99[$key]="${P99[$key]:-} $p99"
        BAD[$key]=$(( ${BAD[$key]:-0} + bad + ex ))
        say "round $round, splits, $c client(s): $tps tx/s, p50 $p50 ms, p99 $p99 ms ($bad non-2xx, $ex exhausted)"
        [ "$bad" -eq 0 ] || say "  refused: $(cut -f1 "$WORK/split-$round-$c.txt.refused" | sort | uniq -c | tr -s ' \n' ' ')(bodies in $WORK/split-$round-$c.txt.refused)"
    done
    for c in "${CLIENTS[@]}"; do
        merge_file "$PER_RUN" "$WORK/merge-$round-$c.txt"
        read -r tps bad ex p50 p99 < <(run_wrk "$c" "$WORK/merge-$round-$c.txt")
        key="merge $c"; TPS[$key]="${TPS[$key]:-} $tps"; P50[$key]="${P50[$key]:-} $p50"; P99[$key]="${P99[$key]:-} $p99"
        BAD[$key]=$(( ${BAD[$key]:-0} + bad + ex ))
        say "round $round, merges, $c client(s): $tps tx/s, p50 $p50 ms, p99 $p99 ms ($bad non-2xx, $ex exhausted)"
        [ "$bad" -eq 0 ] || say "  refused: $(cut -f1 "$WORK/merge-$round-$c.txt.refused" | sort | uniq -c | tr -s ' \n' ' ')(bodies in $WORK/merge-$round-$c.txt.refused)"
    done
done

{
    echo "landinfo bench transactions — $STAMP"
    echo "POST /api/v1/transactions (wrk), every rule checked; $current current parcels at start; seed $SEED"
    echo "runs: ${RUN_SECONDS} s each, 3 rounds of splits then merges at 1/2/4 clients, medians; machine: $(nproc) cores, app + PostgreSQL + load generator on it"
    echo
    printf '%-7s %8s %10s %9s %9s  %s\n' kind clients "tx/s" "p50 ms" "p99 ms" verdict
    for kind in split merge; do
        for c in "${CLIENTS[@]}"; do
            key="$kind $c"
            # shellcheck disable=SC2086
            printf '%-7s %8d %10.1f %9.1f %9.1f  %s\n' "$kind" "$c" "$(median ${TPS[$key]})" "$(median ${P50[$key]})" "$(median ${P99[$key]})" \
                "$([ "${BAD[$key]}" -eq 0 ] && echo valid || echo "INVALID (${BAD[$key]} non-2xx or exhausted)")"
        done
    done
} | tee "$REPORT"
say "written to bench/results/$STAMP-transactions.txt"
