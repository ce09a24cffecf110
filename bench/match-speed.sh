#!/usr/bin/env bash
# Matching speed benchmark (issue 4): each matchmaking journey's first page, `connections` and `policyMatches` through
# GraphQL on a generated graph, with the load generator in a process of its own.
#
#   bench/match-speed.sh [--nodes 100000] [--clients 4] [--seconds 20] [--warmup 30] [--first-only] [--per 60]
#                        [--only OP,OP] [--keep] [--cold] [--data DIR] [--url URL --pid PID]
#
# 1. Generates a graph-seed folder of --nodes nodes (bench/generate.sh; kept in target/bench/ and reused).
# 2. Starts the packaged portal on a fresh data folder (target/bench/match-speed/data), seeds the graph and waits
#    until ready (search index built). --data DIR uses (and keeps) a data folder of your own instead: seeded on the
#    first run, reused as it is afterwards, which saves the minutes of seeding while you iterate. --url (with --pid,
#    for the CPU column) measures a portal that is already running instead of starting one.
# 3. Picks --per source ids per query from the graph (LoadGenerator match-inputs): investors, institutions,
#    enterprises, positions, talent with consent, actors of every kind for `similar` and `policyMatches`, pairs of
#    actors for `connections`.
# 4. Runs each query in turn with --clients concurrent clients for --seconds after a warm-up pass (every input once;
#    --cold leaves it out) and --warmup seconds of warm-up (30), with the selection sets the frontend uses. Every query
#    is first warmed in turn the same way (unrecorded), so that the first query measured does not pay for compiling
#    code the others share: the steady state of a portal that has run for a while, which the targets are judged on.
#    --first-only warms each query only just before it is measured (a portal minutes old: the first query measured
#    pays for the JIT); --warmup 5 shortens the warm-ups. --warm-all is accepted for older command lines.
# Results: bench/results/match-speed-<date>.md (machine, load, p50/p90/p99/max and server CPU per query, targets).
#
# Optional environment: BENCH_JAVA_OPTS (server JVM options, default -Xmx2g), BENCH_PAGE_CACHE (Neo4j page cache,
# default 1g), BENCH_READY_TIMEOUT (default 1800 s).
set -euo pipefail

NODES=100000
CLIENTS=4
SECONDS_PER_RUN=20
WARMUP_SECONDS=30
PER=60
ONLY=
KEEP=0
WARMUP_PASS=--warmup-pass
WARM_ALL=1
DATA=
EXTERNAL_URL=
EXTERNAL_PID=0
usage() {
    echo "usage: bench/match-speed.sh [--nodes N] [--clients C] [--seconds S] [--warmup S] [--first-only] [--per P] [--only OP,OP]" \
        "[--keep] [--cold]" \
        "[--data DIR] [--url URL --pid PID]" >&2
    exit 2
}
while (($#)); do
    case $1 in
    --nodes) NODES=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --seconds) SECONDS_PER_RUN=$2; shift 2 ;;
    --warmup) WARMUP_SECONDS=$2; shift 2 ;;
    --per) PER=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --cold) WARMUP_PASS=; shift ;;
    --warm-all) WARM_ALL=1; shift ;;
    --first-only) WARM_ALL=0; shift ;;
    --data) DATA=$2; shift 2 ;;
    --url) EXTERNAL_URL=$2; shift 2 ;;
    --pid) EXTERNAL_PID=$2; shift 2 ;;
    *) usage ;;
    esac
done
if ! [[ $NODES =~ ^[0-9]+$ && $CLIENTS =~ ^[0-9]+$ && $SECONDS_PER_RUN =~ ^[0-9]+$ && $PER =~ ^[0-9]+$ \
    && $EXTERNAL_PID =~ ^[0-9]+$ && $WARMUP_SECONDS =~ ^[0-9]+$ ]]; then
    echo "error: --nodes, --clients, --seconds, --warmup, --per and --pid take whole numbers" >&2
    exit 2
fi

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_init || exit 1
read -r -a SERVER_OPTS <<<"${BENCH_JAVA_OPTS:--Xmx2g}"
READY_TIMEOUT=${BENCH_READY_TIMEOUT:-1800}
WORK=$BENCH/match-speed
OPERATIONS=(investorMatches partnerMatches institutionMatches candidateMatches positionMatches similar connections
    policyMatches)
if [[ -n $ONLY ]]; then
    IFS=, read -r -a OPERATIONS <<<"$ONLY"
fi

bench_graph "$NODES"
bench_loadgen
mkdir -p "$WORK"
"${LOADGEN[@]}" match-inputs --graph "$GRAPH" --out "$WORK/inputs" --per "$PER"

if [[ -n $EXTERNAL_URL ]]; then
    URL=$EXTERNAL_URL
    APP_PID=
    PID_FOR_CPU=$EXTERNAL_PID
    STORE="a portal already running at $URL"
    JAR="(not started here)"
    SERVER_OPTS=("(not started here)")
    BENCH_PAGE_CACHE="(not known)"
else
    bench_jar
    FRESH=1
    if [[ -n $DATA ]]; then
        FRESH=0
        mkdir -p "$DATA"
        DATA=$(cd "$DATA" && pwd)
    else
        DATA=$WORK/data
        rm -rf "$DATA"
    fi
    # The criteria file by absolute path: the portal resolves a relative one against its working directory.
    bench_start_portal "$DATA" "$WORK/portal.log" \
        --brainbridge.seed.location="$ROOT/$GRAPH" \
        --brainbridge.policy.criteria="$ROOT/graph-seed/policy/criteria.yaml"
    cleanup() {
        bench_stop_portal
        if ((FRESH && !KEEP)); then rm -rf "$DATA"; fi
    }
    trap cleanup EXIT
    bench_wait_ready "$READY_TIMEOUT"
    PID_FOR_CPU=$APP_PID
    if ((FRESH)); then
        STORE="fresh store, seeded and indexed at start (ready after ${READY_S} s)"
    else
        STORE="store reused from $DATA (ready after ${READY_S} s)"
    fi
fi

RESULTS=$WORK/latency.tsv
: >"$RESULTS"
if ((WARM_ALL)); then
    for op in "${OPERATIONS[@]}"; do
        echo "Warming $op (not recorded)"
        "${LOADGEN[@]}" latency --url "$URL" --op "$op" --inputs "$WORK/inputs/$op.txt" --clients "$CLIENTS" \
            --warmup "$WARMUP_SECONDS" --seconds 1 $WARMUP_PASS >/dev/null
    done
fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Load average before measuring: $LOAD_BEFORE"
for op in "${OPERATIONS[@]}"; do
    "${LOADGEN[@]}" latency --url "$URL" --op "$op" --inputs "$WORK/inputs/$op.txt" --clients "$CLIENTS" \
        --warmup "$WARMUP_SECONDS" --seconds "$SECONDS_PER_RUN" --pid "$PID_FOR_CPU" --slowest 3 $WARMUP_PASS | tee -a "$RESULTS"
done
RSS_KB=0
if ((PID_FOR_CPU > 0)); then
    RSS_KB=$(awk '/VmHWM/ {print $2}' "/proc/$PID_FOR_CPU/status" 2>/dev/null || echo 0)
fi

OUT=bench/results/match-speed-$(date -u +%Y-%m-%d-%H%M%S).md
"${LOADGEN[@]}" match-report \
    --latency "$RESULTS" --out "$OUT" --nodes "$NODES" --clients "$CLIENTS" --seconds "$SECONDS_PER_RUN" \
    --per "$PER" --warmup "$WARMUP_SECONDS" --store "$STORE" --rss-kb "$RSS_KB" --load-before "$LOAD_BEFORE" ${WARMUP_PASS:+--warmup-pass} $( ((WARM_ALL)) && echo --warm-all) \
    --java "$("$JAVA" -version 2>&1 | head -n 1)" --server-opts "${SERVER_OPTS[*]}; Neo4j page cache ${BENCH_PAGE_CACHE}" \
    --commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
echo "Results: $OUT"
