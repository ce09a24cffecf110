#!/usr/bin/env bash
# Search speed benchmark: ours (Lucene, the `search` and `suggest` queries) beside Neo4j's full-text index, on a
# generated graph, with the load generator in a process of its own.
#
#   bench/search-speed.sh [--nodes 100000] [--clients 4] [--seconds 20] [--keep]
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
# Results: bench/results/search-speed-<date>.md with the machine's description.
#
# Optional environment: BENCH_JAVA_OPTS (server JVM options, default -Xmx2g), BENCH_PAGE_CACHE (Neo4j page cache,
# default 1g), BENCH_READY_TIMEOUT (default 1800 s).
set -euo pipefail

NODES=100000
CLIENTS=4
SECONDS_PER_RUN=20
KEEP=0
while (($#)); do
    case $1 in
    --nodes) NODES=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --seconds) SECONDS_PER_RUN=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "usage: bench/search-speed.sh [--nodes N] [--clients C] [--seconds S] [--keep]" >&2; exit 2 ;;
    esac
done
if ! [[ $NODES =~ ^[0-9]+$ && $CLIENTS =~ ^[0-9]+$ && $SECONDS_PER_RUN =~ ^[0-9]+$ ]]; then
    echo "error: --nodes, --clients and --seconds take whole numbers" >&2
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
RATE='{ name items megabytes seconds perSecond mbPerSecond }'

echo "Preparing the baseline (copy text, build the full-text index)"
PREPARE=$(call "mutation { benchmarkPrepareBaseline $RATE }")
echo "Rebuilds"
REBUILD_OURS=$(call "mutation { benchmarkRebuild(engine: \"OURS\") $RATE }")
REBUILD_NEO=$(call "mutation { benchmarkRebuild(engine: \"NEO4J\") $RATE }")
echo "Analysis"
ANALYSIS_OURS=$(call "mutation { benchmarkAnalysis(engine: \"OURS\", nodes: 20000) $RATE }")
ANALYSIS_NEO=$(call "mutation { benchmarkAnalysis(engine: \"NEO4J\", nodes: 20000) $RATE }")

RESULTS=$WORK/latency.tsv
: >"$RESULTS"
run() { "${LOADGEN[@]}" "$@" --url "$URL" --token "$TOKEN" --clients "$CLIENTS" --warmup 5 --seconds "$SECONDS_PER_RUN" | tee -a "$RESULTS"; }
echo "Query alone (inside the server, $CLIENTS threads)"
run alone --engine OURS --op search --inputs "$WORK/inputs/queries.txt"
run alone --engine OURS --op searchUncached --inputs "$WORK/inputs/queries.txt"
run alone --engine NEO4J --op search --inputs "$WORK/inputs/queries.txt"
run alone --engine OURS --op searchFull --inputs "$WORK/inputs/queries.txt"
run alone --engine OURS --op suggest --inputs "$WORK/inputs/prefixes.txt"
run alone --engine NEO4J --op suggest --inputs "$WORK/inputs/prefixes.txt"
echo "Through GraphQL ($CLIENTS clients in a separate process)"
run latency --op search --inputs "$WORK/inputs/queries.txt"
run latency --op searchUncached --inputs "$WORK/inputs/queries.txt"
run latency --op baseline --inputs "$WORK/inputs/queries.txt"
run latency --op searchFull --inputs "$WORK/inputs/queries.txt"
run latency --op suggest --inputs "$WORK/inputs/prefixes.txt"
run latency --op baselineSuggest --inputs "$WORK/inputs/prefixes.txt"
echo "Change visible in search"
"${LOADGEN[@]}" visibility --url "$URL" --token "$TOKEN" --engine OURS --ids "$WORK/inputs/ids.txt" --count 20 | tee -a "$RESULTS"
"${LOADGEN[@]}" visibility --url "$URL" --token "$TOKEN" --engine NEO4J --ids "$WORK/inputs/ids.txt" --count 20 | tee -a "$RESULTS"
RSS_KB=$(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0)

OUT=bench/results/search-speed-$(date -u +%Y-%m-%d-%H%M%S).md
"$JAVA" -cp "$BENCH/loadgen" LoadGenerator report \
    --latency "$RESULTS" --out "$OUT" --nodes "$NODES" --clients "$CLIENTS" --seconds "$SECONDS_PER_RUN" \
    --ready "$READY_S" --rss-kb "$RSS_KB" --java "$("$JAVA" -version 2>&1 | head -n 1)" \
    --server-opts "${SERVER_OPTS[*]}; Neo4j page cache ${BENCH_PAGE_CACHE}" --commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
    --rate "$PREPARE" --rate "$REBUILD_OURS" --rate "$REBUILD_NEO" --rate "$ANALYSIS_OURS" --rate "$ANALYSIS_NEO"
echo "Results: $OUT"
