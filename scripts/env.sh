# Sourced by ./datakart, ./run-tests, ./bench and .ci/run: finds a JDK >= 21 and Maven.
# The machine's default java may be older (17), so PATH is not trusted: JAVA_HOME is set here.

datakart_jdk_feature() {  # prints the feature version of the JDK at $1, or nothing
  local home=$1 v
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$home/release")
  fi
  if [ -z "${v:-}" ]; then
    v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
        sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p')
  fi
  case "$v" in 1) v= ;; esac   # 1.8 and older
  printf '%s' "$v"
}

datakart_find_jdk() {  # sets JAVA_HOME to a JDK >= 21, preferring the one already set
  local min=21 best= bestv=0 d v candidates=()
  [ -n "${DATAKART_JAVA_HOME:-}" ] && candidates+=("$DATAKART_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for d in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/*jdk* /usr/local/*jdk* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$d" ] && candidates+=("$d")
  done
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for d in "${candidates[@]}"; do
    v=$(datakart_jdk_feature "$d")
    [ -n "$v" ] && [ "$v" -ge "$min" ] || continue
    # an explicitly chosen JDK wins as soon as it qualifies
    if [ "$d" = "${DATAKART_JAVA_HOME:-}" ] || [ "$d" = "${JAVA_HOME:-}" ]; then best=$d; bestv=$v; break; fi
    if [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
  done
  if [ -z "$best" ]; then
    echo "datakart: no JDK $min or newer found (looked at JAVA_HOME and /usr/lib/jvm)." >&2
    echo "datakart: install one (e.g. apt-get install openjdk-21-jdk) or set DATAKART_JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME=$best
  DATAKART_JDK_FEATURE=$bestv
  # Maven's bundled Guava warns about sun.misc.Unsafe on JDK 23+; the flag only exists there
  if [ "$bestv" -ge 23 ]; then
    case " ${MAVEN_OPTS:-} " in *sun-misc-unsafe*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
  fi
}

datakart_find_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "datakart: Maven (mvn) not found on PATH; install it (apt-get install maven)." >&2
    return 1
  fi
}
