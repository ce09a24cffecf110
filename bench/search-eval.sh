#!/usr/bin/env bash
# BrainBridge search-quality evaluation: nDCG@10 and recall@10 of our search against Neo4j's own full-text index,
# on graph-seed/ with the judgments in graph-seed/judgments/search.tsv.
#
#   bench/search-eval.sh [SEED_FOLDER [JUDGMENTS_TSV]]
#
# Compiles the main classes, then runs org.brainbridge.search.evaluation.SearchEvaluation on a fresh temporary store
# and index (the evaluation creates and removes them itself). Results go to bench/results/search-eval-<date>.md.
# See docs/search.md, "Measuring quality".
#
# Optional environment:
#   BENCH_JAVA_OPTS   extra JVM options, e.g. "-Xmx1g" (recorded in the results)
set -euo pipefail

if (($# > 2)); then
    echo "usage: bench/search-eval.sh [SEED_FOLDER [JUDGMENTS_TSV]]" >&2
    exit 2
fi
# Paths given are taken from the caller's folder; the defaults are the repository's own (shown relative in the report).
SEED=graph-seed
JUDGMENTS=graph-seed/judgments/search.tsv
if (($# >= 1)); then SEED=$(realpath -m -- "$1"); fi
if (($# >= 2)); then JUDGMENTS=$(realpath -m -- "$2"); fi

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
if [[ ! -d $SEED || ! -f $JUDGMENTS ]]; then
    echo "error: seed folder '$SEED' or judgments file '$JUDGMENTS' does not exist" >&2
    exit 2
fi
read -r -a EXTRA_JAVA_OPTS <<<"${BENCH_JAVA_OPTS:-}"

# shellcheck source=.ci/jdk.sh
source "$ROOT/.ci/jdk.sh"
select_jdk || exit 1
JAVA="$JAVA_HOME/bin/java"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/brainbridge-search-eval.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "Compiling (./mvnw -q -B -DskipTests -DskipFrontend compile)"
./mvnw -q -B -DskipTests -DskipFrontend compile
# Compile and test scope: the class path the tests run with, so the evaluation sees the same libraries.
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
CLASSPATH_ALL="$ROOT/target/classes:$(<"$WORK/classpath.txt")"

COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "unknown")
if [[ -n $(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null | head -n 1) ]]; then
    COMMIT="$COMMIT (with uncommitted changes)"
fi
LABEL="Commit $COMMIT; JVM options: ${BENCH_JAVA_OPTS:-none (defaults)}; run with \`bench/search-eval.sh\`"

mkdir -p "$ROOT/bench/results"
STAMP=$(date +%Y-%m-%d)
OUT="$ROOT/bench/results/search-eval-$STAMP.md"
if [[ -e $OUT ]]; then
    OUT="$ROOT/bench/results/search-eval-$STAMP-$(date +%H%M%S).md"
fi

"$JAVA" ${EXTRA_JAVA_OPTS[@]+"${EXTRA_JAVA_OPTS[@]}"} -cp "$CLASSPATH_ALL" \
    org.brainbridge.search.evaluation.SearchEvaluation \
    --seed "$SEED" --judgments "$JUDGMENTS" --out "$OUT" --label "$LABEL"
