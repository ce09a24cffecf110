#!/usr/bin/env bash
# BrainBridge matching-quality evaluation: precision@5, nDCG@10 and MRR@10 per journey for our engine and, in the
# same run, the text-only, most-connected and random baselines.
#
#   bench/match-eval.sh [options] [SEED_FOLDER [JUDGMENTS_TSV]]
#
# Without a folder it generates one deterministically (bench/generate.sh, 10,000 nodes, seed 20261129, with planted
# matchmaking cases) into target/match-eval/seed-<N> (reused when present) and measures on its held-out judgments
# (judgments/matching-heldout.tsv). With a folder and no judgments file it takes FOLDER/judgments/matching-heldout.tsv.
# Compiles the main classes, then runs org.brainbridge.matching.evaluation.MatchEvaluation on a fresh temporary store
# and index; results go to bench/results/match-eval-<date>.md. See docs/matching.md, "Quality".
#
# Options:
#   --nodes N         size of the generated folder (default 10000)
#   --tuning          measure on the tuning judgments (judgments/matching-tuning.tsv) instead of the held-out ones
#   --tune            search the weights on the tuning judgments and print them as configuration (no report)
#   --store DIR       keep the store and index in DIR (seeded once, reused): for re-measuring after a scoring change
#   --property K=V    a brainbridge.matching.* setting for this run, e.g. brainbridge.matching.weights.investor.text=1
#
# Optional environment:
#   BENCH_JAVA_OPTS   extra JVM options, e.g. "-Xmx2g" (recorded in the results)
set -euo pipefail

usage() {
    echo "usage: bench/match-eval.sh [--nodes N] [--tuning | --tune] [--store DIR] [--property K=V]... [SEED_FOLDER [JUDGMENTS_TSV]]" >&2
    exit 2
}

NODES=10000
SET=heldout
TUNE=false
STORE=
PROPERTIES=()
POSITIONAL=()
while (($# > 0)); do
    case $1 in
    --nodes) (($# >= 2)) || usage; NODES=$2; shift 2 ;;
    --tuning) SET=tuning; shift ;;
    --tune) TUNE=true; SET=tuning; shift ;;
    --store) (($# >= 2)) || usage; STORE=$(realpath -m -- "$2"); shift 2 ;;
    --property) (($# >= 2)) || usage; PROPERTIES+=(--property "$2"); shift 2 ;;
    -h | --help) usage ;;
    -*) echo "error: unknown option $1" >&2; usage ;;
    *) POSITIONAL+=("$1"); shift ;;
    esac
done
((${#POSITIONAL[@]} <= 2)) || usage
if [[ ! $NODES =~ ^[0-9]+$ ]]; then
    echo "error: --nodes takes a whole number, was '$NODES'" >&2
    exit 2
fi

# Paths given are taken from the caller's folder.
SEED=
JUDGMENTS=
if ((${#POSITIONAL[@]} >= 1)); then SEED=$(realpath -m -- "${POSITIONAL[0]}"); fi
if ((${#POSITIONAL[@]} >= 2)); then JUDGMENTS=$(realpath -m -- "${POSITIONAL[1]}"); fi

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

if [[ -z $SEED ]]; then
    SEED=target/match-eval/seed-$NODES
    if [[ ! -f $SEED/judgments/matching-$SET.tsv ]]; then
        echo "Generating $SEED (bench/generate.sh --nodes $NODES)"
        bench/generate.sh --nodes "$NODES" --out "$SEED" --judgments
    fi
fi
if [[ -z $JUDGMENTS ]]; then
    JUDGMENTS=$SEED/judgments/matching-$SET.tsv
fi
if [[ ! -d $SEED ]]; then
    echo "error: seed folder '$SEED' does not exist" >&2
    exit 2
fi
if [[ ! -f $JUDGMENTS ]]; then
    echo "error: judgments file '$JUDGMENTS' does not exist" >&2
    exit 2
fi
read -r -a EXTRA_JAVA_OPTS <<<"${BENCH_JAVA_OPTS:-}"

# shellcheck source=.ci/jdk.sh
source "$ROOT/.ci/jdk.sh"
select_jdk || exit 1
JAVA="$JAVA_HOME/bin/java"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/brainbridge-match-eval.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "Compiling (./mvnw -q -B -DskipTests -DskipFrontend compile)"
./mvnw -q -B -DskipTests -DskipFrontend compile
# Compile and test scope: the class path the tests run with, so the evaluation sees the same libraries.
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
CLASSPATH_ALL="$ROOT/target/classes:$(<"$WORK/classpath.txt")"

ARGS=(--seed "$SEED" --judgments "$JUDGMENTS")
if [[ -n $STORE ]]; then ARGS+=(--store "$STORE"); fi
ARGS+=(${PROPERTIES[@]+"${PROPERTIES[@]}"})

if [[ $TUNE == true ]]; then
    exec "$JAVA" ${EXTRA_JAVA_OPTS[@]+"${EXTRA_JAVA_OPTS[@]}"} -cp "$CLASSPATH_ALL" \
        org.brainbridge.matching.evaluation.MatchEvaluation "${ARGS[@]}" --tune
fi

COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "unknown")
if [[ -n $(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null | head -n 1) ]]; then
    COMMIT="$COMMIT (with uncommitted changes)"
fi
LABEL="Commit $COMMIT; JVM options: ${BENCH_JAVA_OPTS:-none (defaults)}"
if ((${#PROPERTIES[@]} > 0)); then LABEL="$LABEL; settings: ${PROPERTIES[*]}"; fi
LABEL="$LABEL; run with \`bench/match-eval.sh\`"

mkdir -p "$ROOT/bench/results"
STAMP=$(date +%Y-%m-%d)
OUT="$ROOT/bench/results/match-eval-$STAMP.md"
if [[ -e $OUT ]]; then
    OUT="$ROOT/bench/results/match-eval-$STAMP-$(date +%H%M%S).md"
fi

"$JAVA" ${EXTRA_JAVA_OPTS[@]+"${EXTRA_JAVA_OPTS[@]}"} -cp "$CLASSPATH_ALL" \
    org.brainbridge.matching.evaluation.MatchEvaluation "${ARGS[@]}" --out "$OUT" --label "$LABEL"
