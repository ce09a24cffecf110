# shellcheck shell=bash
# Picks a JDK 21 or newer for BrainBridge. Sourced by .ci/run and bench/startup.sh; defines functions only.
#
#   source .ci/jdk.sh
#   select_jdk || exit 1     # exports JAVA_HOME and puts $JAVA_HOME/bin first on PATH
#
# Order: $JAVA_HOME if its java is 21 or newer; otherwise the newest JDK among
# /usr/lib/jvm/temurin-*-jdk-* and /usr/lib/jvm/java-2*-openjdk-* whose bin/java reports 21 or newer.

BRAINBRIDGE_MIN_JAVA=21

# Prints the major version a java binary reports ("17", "21", "25"; "1.8.0_x" gives 8), or nothing.
java_major() {
    local java=$1 line version
    [[ -x $java ]] || return 1
    line=$("$java" -version 2>&1 | head -n 1) || return 1
    [[ $line =~ \"([^\"]+)\" ]] || return 1
    version=${BASH_REMATCH[1]}
    if [[ $version == 1.* ]]; then
        version=${version#1.}
    fi
    version=${version%%[!0-9]*}
    [[ -n $version ]] || return 1
    printf '%s\n' "$version"
}

# Prints the full version string a java binary reports ("21.0.5", "25").
java_version_string() {
    local line
    line=$("$1" -version 2>&1 | head -n 1) || return 1
    [[ $line =~ \"([^\"]+)\" ]] || return 1
    printf '%s\n' "${BASH_REMATCH[1]}"
}

select_jdk() {
    local major candidate best="" best_major=0 best_version="" version
    if [[ -n ${JAVA_HOME:-} ]]; then
        if major=$(java_major "$JAVA_HOME/bin/java") && ((major >= BRAINBRIDGE_MIN_JAVA)); then
            best=$JAVA_HOME
        else
            echo "JAVA_HOME=$JAVA_HOME is not a JDK $BRAINBRIDGE_MIN_JAVA or newer; looking in /usr/lib/jvm" >&2
        fi
    fi
    if [[ -z $best ]]; then
        for candidate in /usr/lib/jvm/temurin-*-jdk-* /usr/lib/jvm/java-2*-openjdk-*; do
            [[ -d $candidate ]] || continue
            major=$(java_major "$candidate/bin/java") || continue
            ((major >= BRAINBRIDGE_MIN_JAVA)) || continue
            version=$(java_version_string "$candidate/bin/java") || version=$major
            if ((major > best_major)) || { ((major == best_major)) &&
                [[ $(printf '%s\n%s\n' "$best_version" "$version" | sort -V | tail -n 1) == "$version" ]]; }; then
                best=$candidate
                best_major=$major
                best_version=$version
            fi
        done
    fi
    if [[ -z $best ]]; then
        echo "error: BrainBridge needs a JDK $BRAINBRIDGE_MIN_JAVA or newer, and none was found." >&2
        echo "  Looked at JAVA_HOME (${JAVA_HOME:-unset}), /usr/lib/jvm/temurin-*-jdk-* and /usr/lib/jvm/java-2*-openjdk-*." >&2
        echo "  Install one (for example Debian's openjdk-21-jdk or a Temurin JDK) or point JAVA_HOME at it." >&2
        return 1
    fi
    export JAVA_HOME=$best
    export PATH="$JAVA_HOME/bin:$PATH"
    echo "JDK: $JAVA_HOME"
    "$JAVA_HOME/bin/java" -version 2>&1 | sed 's/^/  /'
}
