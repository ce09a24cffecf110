#!/usr/bin/env bash
# BrainBridge start-up benchmark: seconds from `java -jar` to ready, and resident memory when idle.
#
#   bench/startup.sh [RUNS]          RUNS defaults to 3 (1 to 20)
#
# Each run measures two starts of the packaged portal on a data folder of its own:
#   first   – an empty data folder: the embedded Neo4j store is created and the graph is seeded from graph-seed/;
#   restart – the same folder again: the store exists and is already seeded.
# "Ready" is the first `GET http://127.0.0.1:<port>/actuator/health` answering status UP (timeout 120 s). The process
# then idles for 10 s and its VmRSS is read from /proc/<pid>/status. Then it is stopped with SIGTERM.
# Results go to bench/results/startup-<date>.md. See bench/README.md.
#
# Optional environment:
#   BENCH_JAVA_OPTS      extra JVM options, e.g. "-Xmx512m" (recorded in the results)
#   BENCH_READY_TIMEOUT  seconds to wait for ready (default 120)
#   BENCH_IDLE_SECONDS   seconds to idle before reading RSS (default 10)
set -euo pipefail

usage() {
    echo "usage: bench/startup.sh [RUNS]   (RUNS: 1 to 20, default 3)" >&2
}

RUNS=${1:-3}
if ! [[ $RUNS =~ ^[0-9]+$ ]] || ((RUNS < 1 || RUNS > 20)); then
    usage
    exit 2
fi
READY_TIMEOUT=${BENCH_READY_TIMEOUT:-120}
IDLE_SECONDS=${BENCH_IDLE_SECONDS:-10}
if ! [[ $READY_TIMEOUT =~ ^[0-9]+$ && $IDLE_SECONDS =~ ^[0-9]+$ ]] || ((READY_TIMEOUT < 1 || READY_TIMEOUT > 3600 || IDLE_SECONDS > 600)); then
    echo "error: BENCH_READY_TIMEOUT must be 1..3600 and BENCH_IDLE_SECONDS 0..600 (whole seconds)" >&2
    exit 2
fi
read -r -a EXTRA_JAVA_OPTS <<<"${BENCH_JAVA_OPTS:-}"

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# shellcheck source=.ci/jdk.sh
source "$ROOT/.ci/jdk.sh"
select_jdk || exit 1
JAVA="$JAVA_HOME/bin/java"

for tool in curl sort grep; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "error: $tool is needed and not installed" >&2
        exit 1
    fi
done

# ---------------------------------------------------------------------------------------------------------------------
# Helpers

# Milliseconds since the epoch (bash 5's EPOCHREALTIME; date otherwise).
now_ms() {
    if [[ -n ${EPOCHREALTIME:-} ]]; then
        local us=${EPOCHREALTIME/[.,]/}
        echo $((10#$us / 1000))
    else
        date +%s%3N
    fi
}

# 12345 ms -> 12.34
fmt_s() {
    printf '%d.%02d' $(($1 / 1000)) $((($1 % 1000) / 10))
}

# kB -> MiB with one decimal
fmt_mib() {
    local tenths=$((($1 * 10 + 512) / 1024))
    printf '%d.%d' $((tenths / 10)) $((tenths % 10))
}

# Median of integers (the mean of the middle two for an even count).
median() {
    local sorted n
    mapfile -t sorted < <(printf '%s\n' "$@" | sort -n)
    n=${#sorted[@]}
    if ((n % 2)); then
        echo "${sorted[n / 2]}"
    else
        echo $(((sorted[n / 2 - 1] + sorted[n / 2]) / 2))
    fi
}

# The packaged jar, newest first; nothing when there is none.
find_jar() {
    local jar newest=""
    for jar in target/brainbridge-*.jar; do
        [[ -f $jar ]] || continue
        case $jar in
        *-sources.jar | *-javadoc.jar | *-tests.jar) continue ;;
        esac
        if [[ -z $newest || $jar -nt $newest ]]; then
            newest=$jar
        fi
    done
    if [[ -n $newest ]]; then
        printf '%s\n' "$newest"
    fi
}

# A TCP port on 127.0.0.1 that nothing listens on (bounded number of tries).
free_port() {
    local attempt port
    for ((attempt = 0; attempt < 100; attempt++)); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

read_status_kb() { # pid field -> kB
    local key value
    while read -r key value _; do
        if [[ $key == "$2:" ]]; then
            echo "$value"
            return 0
        fi
    done <"/proc/$1/status"
    return 1
}

curl_local() {
    curl --noproxy '*' -fsS "$@"
}

# ---------------------------------------------------------------------------------------------------------------------
# The jar: built once if missing.

JAR=$(find_jar)
if [[ -z $JAR ]]; then
    echo "No target/brainbridge-*.jar: building it (./mvnw -B -q -DskipTests package)"
    ./mvnw -B -q -DskipTests package
    JAR=$(find_jar)
    if [[ -z $JAR ]]; then
        echo "error: the build finished but target/brainbridge-*.jar is still missing" >&2
        exit 1
    fi
fi
echo "Jar: $JAR"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/brainbridge-bench.XXXXXX")
KEEP_WORK=0
APP_PID=""

stop_app() {
    local i
    [[ -n $APP_PID ]] || return 0
    kill -TERM "$APP_PID" 2>/dev/null || true
    for ((i = 0; i < 600; i++)); do # at most 60 s
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$APP_PID" 2>/dev/null; then
        echo "warning: process $APP_PID did not stop within 60 s of SIGTERM; sending SIGKILL" >&2
        kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

cleanup() {
    stop_app
    if ((KEEP_WORK)); then
        echo "Kept the data folders and logs in $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------------------------
# One measured start. Sets R_READY_MS, R_STARTED, R_RSS_KB, R_HWM_KB, R_NODES, R_RELS, R_SEEDED, R_STOP_MS.

measure() {
    local dir=$1 log=$2 port start deadline body i stop_start started_line graph
    port=$(free_port) || {
        echo "error: no free port found on 127.0.0.1" >&2
        return 1
    }
    start=$(now_ms)
    "$JAVA" ${EXTRA_JAVA_OPTS[@]+"${EXTRA_JAVA_OPTS[@]}"} -jar "$JAR" \
        --server.port="$port" \
        --server.address=127.0.0.1 \
        --brainbridge.graph.embedded.home="$dir/neo4j" \
        --brainbridge.admin.token-file="$dir/admin-token" \
        --brainbridge.search.index-dir="$dir/search" \
        --brainbridge.seed.location="$ROOT/graph-seed" \
        >"$log" 2>&1 </dev/null &
    APP_PID=$!

    deadline=$((start + READY_TIMEOUT * 1000))
    R_READY_MS=""
    for ((i = 0; i < READY_TIMEOUT * 20 + 20; i++)); do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            echo "error: the portal exited before it was ready; last lines of $log:" >&2
            tail -n 40 "$log" >&2 || true
            return 1
        fi
        body=$(curl_local --max-time 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null) || body=""
        if [[ $body == *'"status":"UP"'* ]]; then
            R_READY_MS=$(($(now_ms) - start))
            break
        fi
        (($(now_ms) < deadline)) || break
        sleep 0.1
    done
    if [[ -z $R_READY_MS ]]; then
        echo "error: not ready within $READY_TIMEOUT s; last lines of $log:" >&2
        tail -n 40 "$log" >&2 || true
        return 1
    fi

    sleep "$IDLE_SECONDS"
    R_RSS_KB=$(read_status_kb "$APP_PID" VmRSS) || R_RSS_KB=0
    R_HWM_KB=$(read_status_kb "$APP_PID" VmHWM) || R_HWM_KB=0

    # After the memory reading: what the graph holds (a sanity check that the seed was loaded before "ready").
    R_NODES="?"
    R_RELS="?"
    graph=$(curl_local --max-time 30 -H 'Content-Type: application/json' \
        -d '{"query":"{ stats { totalNodes totalRelationships } }"}' \
        "http://127.0.0.1:$port/graphql" 2>/dev/null) || graph=""
    if [[ $graph =~ \"totalNodes\":([0-9]+) ]]; then R_NODES=${BASH_REMATCH[1]}; fi
    if [[ $graph =~ \"totalRelationships\":([0-9]+) ]]; then R_RELS=${BASH_REMATCH[1]}; fi

    stop_start=$(now_ms)
    stop_app
    R_STOP_MS=$(($(now_ms) - stop_start))

    started_line=$(grep -oE 'Started [A-Za-z0-9_$]+ in [0-9.]+ seconds' "$log" | head -n 1 || true)
    if [[ $started_line =~ in\ ([0-9.]+)\ seconds ]]; then
        R_STARTED=${BASH_REMATCH[1]}
    else
        R_STARTED="—"
    fi
    if grep -q 'Seed loaded' "$log"; then R_SEEDED=yes; else R_SEEDED=no; fi
}

# ---------------------------------------------------------------------------------------------------------------------
# The runs

ROWS=()
FIRST_MS=()
FIRST_RSS=()
RESTART_MS=()
RESTART_RSS=()
NODE_COUNTS=()

echo "Runs: $RUNS (first start on an empty data folder, then a restart on it); idle wait ${IDLE_SECONDS} s"
for ((run = 1; run <= RUNS; run++)); do
    dir="$WORK/run-$run"
    mkdir -p "$dir"
    for phase in first restart; do
        if ! measure "$dir" "$dir/$phase.log"; then
            KEEP_WORK=1
            exit 1
        fi
        echo "  run $run, $phase: ready in $(fmt_s "$R_READY_MS") s, idle RSS $(fmt_mib "$R_RSS_KB") MiB," \
            "nodes $R_NODES, seed loaded: $R_SEEDED"
        ROWS+=("| $run | $phase | $(fmt_s "$R_READY_MS") | $R_STARTED | $(fmt_mib "$R_RSS_KB") | $(fmt_mib "$R_HWM_KB") | $R_NODES | $R_RELS | $R_SEEDED | $(fmt_s "$R_STOP_MS") |")
        NODE_COUNTS+=("$R_NODES")
        if [[ $phase == first ]]; then
            FIRST_MS+=("$R_READY_MS")
            FIRST_RSS+=("$R_RSS_KB")
        else
            RESTART_MS+=("$R_READY_MS")
            RESTART_RSS+=("$R_RSS_KB")
        fi
    done
done

# ---------------------------------------------------------------------------------------------------------------------
# The report

TARGET_READY_MS=20000
TARGET_RSS_KB=$((1024 * 1024))

verdict() { # value limit
    if (($1 <= $2)); then echo "yes"; else echo "**no**"; fi
}

median_row() { # label ms-array-name rss-array-name
    local -n ms_values=$2 rss_values=$3
    local ms rss
    ms=$(median "${ms_values[@]}")
    rss=$(median "${rss_values[@]}")
    echo "| $1 | $(fmt_s "$ms") | $(fmt_mib "$rss") | $(verdict "$ms" "$TARGET_READY_MS") | $(verdict "$rss" "$TARGET_RSS_KB") |"
}

CPUS=$(nproc 2>/dev/null || echo "?")
CPU_MODEL="unknown"
if [[ -r /proc/cpuinfo ]]; then
    while IFS=: read -r key value; do
        if [[ $key == "model name"* ]]; then
            CPU_MODEL=${value# }
            break
        fi
    done </proc/cpuinfo
fi
CPU_QUOTA=""
if [[ -r /sys/fs/cgroup/cpu.max ]]; then
    CPU_QUOTA=$(</sys/fs/cgroup/cpu.max)
fi
OS="unknown"
if [[ -r /etc/os-release ]]; then
    while IFS='=' read -r key value; do
        if [[ $key == PRETTY_NAME ]]; then
            OS=${value//\"/}
        fi
    done </etc/os-release
fi
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "unknown")
if [[ -n $(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null | head -n 1) ]]; then
    COMMIT="$COMMIT (with uncommitted changes)"
fi
JAR_TIME=$(date -r "$JAR" '+%Y-%m-%d %H:%M:%S' 2>/dev/null || echo "unknown")

mkdir -p "$ROOT/bench/results"
STAMP=$(date +%Y-%m-%d)
OUT="$ROOT/bench/results/startup-$STAMP.md"
if [[ -e $OUT ]]; then
    OUT="$ROOT/bench/results/startup-$STAMP-$(date +%H%M%S).md"
fi

CONSISTENT="yes"
for count in "${NODE_COUNTS[@]}"; do
    if [[ $count != "${NODE_COUNTS[0]}" || $count == "?" ]]; then
        CONSISTENT="no"
    fi
done

{
    echo "# BrainBridge start-up benchmark — $(date '+%Y-%m-%d %H:%M:%S %Z')"
    echo
    echo "Measured with \`bench/startup.sh $RUNS\` (see [bench/README.md](../README.md))."
    echo
    echo "- Jar: \`$JAR\` (built $JAR_TIME), commit $COMMIT"
    echo "- JVM options: ${BENCH_JAVA_OPTS:-none (defaults)}"
    echo "- Ready: first \`GET /actuator/health\` answering \`UP\`, timed from launching \`java -jar\`"
    echo "- Idle RSS: \`VmRSS\` of the java process after ${IDLE_SECONDS} s idle; peak RSS: \`VmHWM\` at the same moment"
    echo "- Targets: ready in ≤ 20 s on 2 cores; ≤ 1 GiB (1024 MiB) resident when idle"
    echo
    echo "## Runs"
    echo
    echo "\`first\`: empty data folder, the graph is seeded. \`restart\`: the same folder, already seeded."
    echo "\"Spring Started\" is the time Spring Boot logs before the start-up runners (schema, seed) run."
    echo
    echo "| run | start | seconds to ready | Spring \"Started\" (s) | idle RSS (MiB) | peak RSS (MiB) | domain nodes | relationships | seed loaded | stop (s) |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "## Median"
    echo
    echo "| start | seconds to ready | idle RSS (MiB) | ready ≤ 20 s | RSS ≤ 1 GiB |"
    echo "|---|---|---|---|---|"
    median_row "first (seeds the graph)" FIRST_MS FIRST_RSS
    median_row "restart (seeded)" RESTART_MS RESTART_RSS
    echo
    if [[ $CPUS != 2 ]]; then
        echo "Note: the targets are set for 2 cores; this machine has $CPUS."
        echo
    fi
    if [[ $CONSISTENT != yes ]]; then
        echo "Note: the domain node counts differ between starts (or could not be read): check that the seed had"
        echo "finished before the health endpoint reported UP."
        echo
    fi
    echo "## Machine"
    echo
    echo "- CPUs (nproc): $CPUS"
    if [[ -n $CPU_QUOTA ]]; then
        echo "- cgroup CPU limit (cpu.max): \`$CPU_QUOTA\`"
    fi
    echo "- CPU model: $CPU_MODEL"
    echo "- OS: $OS (kernel $(uname -r))"
    echo "- Memory (\`free -h\`):"
    echo
    echo '```'
    free -h 2>/dev/null || echo "free: not available"
    echo '```'
    echo
    echo "- Java (\`java -version\`, $JAVA_HOME):"
    echo
    echo '```'
    "$JAVA" -version 2>&1
    echo '```'
} >"$OUT"

echo
echo "Results: $OUT"
echo
cat "$OUT"
