# shellcheck shell=bash
# shellcheck disable=SC2034  # the variables set here are for the script that sources this file
# Pieces shared by the speed benchmarks (bench/search-speed.sh, bench/match-speed.sh). Sourced; defines functions
# and, in bench_init, a few variables. Each script keeps its own options, measurements and report.
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#   bench_init                      ROOT (repository, also the working directory), JAVA, BENCH=target/bench
#   bench_jar                       JAR: the packaged portal, rebuilt when src/main is newer
#   bench_graph N                   GRAPH: target/bench/graph-N, generated once and reused
#   bench_loadgen                   LOADGEN: the load generator command (bench/loadgen/*.java compiled together)
#   bench_start_portal DATA LOG ARGS...   starts the portal on a free port: APP_PID, PORT, URL, HEALTH
#   bench_stop_portal               SIGTERM, then wait (for an EXIT trap)
#   bench_wait_ready TIMEOUT        READY_S: seconds from start to ready

# Neo4j page cache of the benchmark portal: the 100k store is about 740 MB; a page cache that holds it is what
# an operator would give Neo4j (BENCH_PAGE_CACHE overrides; reports state it).
BENCH_PAGE_CACHE=${BENCH_PAGE_CACHE:-1g}

bench_init() {
    ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    cd "$ROOT" || return 1
    # shellcheck source=.ci/jdk.sh
    source "$ROOT/.ci/jdk.sh"
    select_jdk >&2 || return 1
    JAVA="$JAVA_HOME/bin/java"
    BENCH=target/bench
    mkdir -p "$BENCH"
}

bench_jar() {
    JAR=$(ls -t target/brainbridge-*.jar 2>/dev/null | grep -v -- '-sources\|-javadoc\|-tests' | head -n 1 || true)
    if [[ -z $JAR || -n $(find src/main -newer "$JAR" -type f -print -quit) ]]; then
        echo "Building the jar (./mvnw -B -q -DskipTests package)"
        ./mvnw -B -q -DskipTests package
        JAR=$(ls -t target/brainbridge-*.jar | grep -v -- '-sources\|-javadoc\|-tests' | head -n 1)
    fi
}

bench_graph() {
    GRAPH=$BENCH/graph-$1
    if [[ ! -d $GRAPH/generated ]]; then
        echo "Generating $1 nodes into $GRAPH"
        bench/generate.sh --nodes "$1" --out "$GRAPH"
    fi
}

# The load generator is a few source files with no dependencies: compiled once per run so each call starts quickly.
bench_loadgen() {
    mkdir -p "$BENCH/loadgen"
    "$JAVA_HOME/bin/javac" -d "$BENCH/loadgen" bench/loadgen/*.java
    LOADGEN=("$JAVA" -cp "$BENCH/loadgen" LoadGenerator)
}

# bench_start_portal DATA LOG [portal arguments...]: the packaged portal on 127.0.0.1 and a random port, its store,
# index and admin token under DATA, the given extra arguments after the common ones. SERVER_OPTS: JVM options (array).
bench_start_portal() {
    local data=$1 log=$2
    shift 2
    PORT=$((20000 + RANDOM % 40000))
    URL=http://127.0.0.1:$PORT/graphql
    HEALTH=http://127.0.0.1:$PORT/actuator/health/readiness
    TOKEN=$data/admin-token
    echo "Starting the portal on port $PORT (log: $log)"
    PORTAL_STARTED=$(date +%s)
    "$JAVA" "${SERVER_OPTS[@]}" -jar "$JAR" \
        --server.port="$PORT" --server.address=127.0.0.1 \
        --brainbridge.graph.embedded.home="$data/neo4j" \
        --brainbridge.graph.embedded.page-cache="$BENCH_PAGE_CACHE" \
        --brainbridge.search.index-dir="$data/search" \
        --brainbridge.admin.token-file="$TOKEN" \
        "$@" >"$log" 2>&1 </dev/null &
    APP_PID=$!
}

bench_stop_portal() {
    if [[ -n ${APP_PID:-} ]]; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
}

bench_wait_ready() {
    "${LOADGEN[@]}" ready --health "$HEALTH" --timeout "$1"
    READY_S=$(($(date +%s) - PORTAL_STARTED))
    echo "Ready after ${READY_S} s"
}
