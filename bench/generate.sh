#!/usr/bin/env bash
# Generates a FICTIONAL graph-seed folder of any size (org.brainbridge.generator.GraphSeedGenerator).
#
#   bench/generate.sh --nodes 100000 [--out DIR] [--seed S] [--base DIR] [--no-policy]
#
# Arguments are passed to the generator as they are (see bench/README.md, "Generated seed folders"). The folder
# gets DIR/generated/ (one CSV per node kind and relationship type) and, unless --no-policy, copies of
# BASE/taxonomy and BASE/policy, so it loads on its own:
#   java -jar target/brainbridge-*.jar --brainbridge.seed.location=DIR
# The JDK is chosen like CI does (.ci/jdk.sh). The classes are compiled first if they are missing or older than the
# sources; the class path comes from Maven and is cached in target/generator-classpath.txt.
#
# Optional environment:
#   GENERATOR_JAVA_OPTS   JVM options (default: -Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1)
#                         Add -Dgenerator.verbose=true for the CPU time of each phase.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# shellcheck source=.ci/jdk.sh
source "$ROOT/.ci/jdk.sh"
select_jdk >&2 || exit 1

MAIN_CLASS=org.brainbridge.generator.GraphSeedGenerator
CLASS_FILE=target/classes/org/brainbridge/generator/GraphSeedGenerator.class
CLASSPATH_FILE=target/generator-classpath.txt

if [[ ! -f $CLASS_FILE ]] || [[ -n $(find src/main/java src/main/resources -newer "$CLASS_FILE" -type f -print -quit 2>/dev/null) ]]; then
    echo "Compiling (./mvnw -q -B -DskipTests -DskipFrontend compile)" >&2
    ./mvnw -q -B -DskipTests -DskipFrontend compile
fi
if [[ ! -s $CLASSPATH_FILE || pom.xml -nt $CLASSPATH_FILE ]]; then
    echo "Resolving the class path (./mvnw -q dependency:build-classpath)" >&2
    ./mvnw -q -B -DskipFrontend dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$CLASSPATH_FILE" >&2
fi

# A run is short and its methods are big: C2's compile time costs more CPU than its faster code saves (at 1M nodes,
# measured here: 27 s of CPU with C1 only, 40 s with C2), so the default stops at C1. The live set is small (plans and
# names, a few hundred MB at 1M nodes), so 1 GB of heap is plenty; the parallel collector suits the allocation rate.
read -r -a JAVA_OPTS <<<"${GENERATOR_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1}"
exec "$JAVA_HOME/bin/java" "${JAVA_OPTS[@]}" -cp "target/classes:$(<"$CLASSPATH_FILE")" "$MAIN_CLASS" "$@"
