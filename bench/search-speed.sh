#!/usr/bin/env bash
# Search speed benchmark: ours (Lucene, the `search` and `suggest` queries) beside Neo4j's full-text index, on a
# generated graph, with the load generator in a process of its own.
#
#   bench/search-speed.sh [--nodes 100000] [--clients 4] [--seconds 20] [--warmup 20] [--first-only] [--keep]
#
# 1. Generates a graph-seed folder of --nodes nodes (bench/generate.sh; kept in target/bench/ and reused).
# 2. Starts the packaged portal on a fresh data folder with brainbridge.benchmark.enabled=true (which adds the
#    baseline's GraphQL fields and the admin-only measurement mutations), seeds the graph and waits until ready.
# 3. Builds the baseline's full-text index over the same text our documents hold (names, texts, neighbour names).
# 4. Measures, each engine beside the other:
#    - full rebuild (nodes/s); analysis on one thread (MB/s of UTF-8 input);
#    - the query alone inside the server (search, suggestions) with --clients threads;
#    - through GraphQL over HTTP from bench/loadgen/LoadGenerator.java with --clients concurrent clients;
#    - a change visible in search: rename a node, then search for the new name until it is found.
#    Latency is measured in the steady state, as bench/match-speed.sh does: every operation is first warmed in turn
#    (unrecorded, --warmup seconds each), then each runs --warmup seconds more before --seconds are recorded (through
#    GraphQL after a pass over every input). --first-only warms each operation only just before it is measured (5 s
#    unless --warmup says otherwise): a portal minutes old, whose first runs pay for the JIT.
# Results: bench/results/search-speed-<date>.md with the machine's description.
#
# Optional environment: BENCH_JAVA_OPTS (server JVM options, default -Xmx2g), BENCH_PAGE_CACHE (Neo4j page cache,
# default 1g), BENCH_READY_TIMEOUT (default 1800 s).
set -euo pipefail

NODES=100000
CLIENTS=4
SECONDS_PER_RUN=20
WARMUP_SECONDS=
WARM_ALL=1
KEEP=0
while (($#)); do
    case $1 in
    --nodes) NODES=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --seconds) SECONDS_PER_RUN=$2; shift 2 ;;
    --warmup) WARMUP_SECONDS=$2; shift 2 ;;
    --first-only) WARM_ALL=0; shift ;;
    --keep) KEEP=1; shift ;;
    *) echo "usage: bench/search-speed.sh [--nodes N] [--clients C] [--seconds S] [--warmup S] [--first-only] [--keep]" >&2; exit 2 ;;
    esac
done
WARMUP_SECONDS=${WARMUP_SECONDS:-$( ((WARM_ALL)) && echo 20 || echo 5)}
if ! [[ $NODES =~ ^[0-9]+$ && $CLIENTS =~ ^[0-9]+$ && $SECONDS_PER_RUN =~ ^[0-9]+$ && $WARMUP_SECONDS =~ ^[0-9]+$ ]]; then
    echo "error: --nodes, --clients, --seconds and --warmup take whole numbers" >&2
    exit 2
fi

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_init || exit 1
read -r -a SERVER_OPTS <<<"${BENCH_JAVA_OPTS:--Xmx2g}"
READY_TIMEOUT=${BENCH_READY_TIMEOUT:-1800}
WORK=$BENCH/search-speed

bench_jar
bench_graph "$NODES"
bench_loadgen

rm -rf "$WORK"
mkdir -p "$WORK"
"${LOADGEN[@]}" inputs --graph "$GRAPH" --judgments graph-seed/judgments/search.tsv --out "$WORK/inputs"

bench_start_portal "$WORK/data" "$WORK/portal.log" \
    --brainbridge.benchmark.enabled=true \
    --brainbridge.seed.location="$GRAPH"
cleanup() {
    bench_stop_portal
    if ((!KEEP)); then rm -rf "$WORK/data"; fi
}
trap cleanup EXIT
bench_wait_ready "$READY_TIMEOUT"

call() { "${LOADGEN[@]}" call --url "$URL" --token "$TOKEN" --document "$1"; }
RATE='{ name items megabytes seconds perSecond mbPerSecond cpuSeconds }'

echo "Preparing the baseline (copy text, build the full-text index)"
PREPARE=$(call "mutation { benchmarkPrepareBaseline $RATE }")
echo "Rebuilds"
REBUILD_OURS=$(call "mutation { benchmarkRebuild(engine: \"OURS\") $RATE }")
REBUILD_NEO=$(call "mutation { benchmarkRebuild(engine: \"NEO4J\") $RATE }")
echo "Where a rebuild's time goes"
PARTS=$(call "mutation { benchmarkRebuildParts(nodes: $NODES) $RATE }")
echo "Analysis"
ANALYSIS_OURS=$(call "mutation { benchmarkAnalysis(engine: \"OURS\", nodes: 20000) $RATE }")
ANALYSIS_NEO=$(call "mutation { benchmarkAnalysis(engine: \"NEO4J\", nodes: 20000) $RATE }")

RESULTS=$WORK/latency.tsv
: >"$RESULTS"
# Each measured operation: the query alone inside the server, then through GraphQL (with a pass over every input).
ALONE=("OURS search queries" "OURS searchUncached queries" "NEO4J search queries" "OURS searchFull queries"
    "OURS suggest prefixes" "NEO4J suggest prefixes")
THROUGH=("search queries" "searchUncached queries" "baseline queries" "searchFull queries" "suggest prefixes"
    "baselineSuggest prefixes")
WARMUP_PASS=$( ((WARM_ALL)) && echo --warmup-pass || true)
alone() { "${LOADGEN[@]}" alone --url "$URL" --token "$TOKEN" --clients "$CLIENTS" --engine "$1" --op "$2" --inputs "$WORK/inputs/$3.txt" "${@:4}"; }
through() { "${LOADGEN[@]}" latency --url "$URL" --token "$TOKEN" --clients "$CLIENTS" --op "$1" --inputs "$WORK/inputs/$2.txt" "${@:3}"; }
if ((WARM_ALL)); then
    echo "Warming every operation in turn (${WARMUP_SECONDS} s each, not recorded)"
    for spec in "${ALONE[@]}"; do read -r -a a <<<"$spec"; alone "${a[@]}" --warmup "$WARMUP_SECONDS" --seconds 1 >/dev/null; done
    for spec in "${THROUGH[@]}"; do read -r -a a <<<"$spec"; through "${a[@]}" --warmup "$WARMUP_SECONDS" --seconds 1 --warmup-pass >/dev/null; done
fi
echo "Query alone (inside the server, $CLIENTS threads)"
for spec in "${ALONE[@]}"; do
    read -r -a a <<<"$spec"
    alone "${a[@]}" --warmup "$WARMUP_SECONDS" --seconds "$SECONDS_PER_RUN" | tee -a "$RESULTS"
done
echo "Through GraphQL ($CLIENTS clients in a separate process)"
for spec in "${THROUGH[@]}"; do
    read -r -a a <<<"$spec"
    # shellcheck disable=SC2086
    through "${a[@]}" --warmup "$WARMUP_SECONDS" --seconds "$SECONDS_PER_RUN" --pid "$APP_PID" $WARMUP_PASS | tee -a "$RESULTS"
done
echo "Change visible in search"
"${LOADGEN[@]}" visibility --url "$URL" --token "$TOKEN" --engine OURS --ids "$WORK/inputs/ids.txt" --count 20 | tee -a "$RESULTS"
"${LOADGEN[@]}" visibility --url "$URL" --token "$TOKEN" --engine NEO4J --ids "$WORK/inputs/ids.txt" --count 20 | tee -a "$RESULTS"
RSS_KB=$(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0)

OUT=bench/results/search-speed-$(date -u +%Y-%m-%d-%H%M%S).md
"$JAVA" -cp "$BENCH/loadgen" LoadGenerator report \
    --latency "$RESULTS" --out "$OUT" --nodes "$NODES" --clients "$CLIENTS" --seconds "$SECONDS_PER_RUN" \
    --warmup "$WARMUP_SECONDS" $( ((WARM_ALL)) && echo --warm-all) \
    --ready "$READY_S" --rss-kb "$RSS_KB" --java "$("$JAVA" -version 2>&1 | head -n 1)" \
    --server-opts "${SERVER_OPTS[*]}; Neo4j page cache ${BENCH_PAGE_CACHE}" --commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
    --rate "$PREPARE" --rate "$REBUILD_OURS" --rate "$REBUILD_NEO" --rate "$ANALYSIS_OURS" --rate "$ANALYSIS_NEO" \
    --parts "$PARTS"
echo "Results: $OUT"
