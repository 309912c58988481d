# Shared by the jobs/ launchers: where the project is, building it when stale, and how to start a JVM
# that runs Spark. Source it; do not run it.
CT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}

# Spark's JavaModuleOptions: every JVM that runs Spark needs them (a test keeps this file in step).
ct_jvm_opens() {
  grep -v '^\s*$' "$CT_ROOT/jobs/jvm.options" | tr '\n' ' '
}

# Builds (compile + class path file) when the build is missing or older than any source file.
ct_build_if_stale() {
  local stamp="$CT_ROOT/target/.ct-build-stamp"
  if [ -f "$stamp" ] && [ -f "$CT_ROOT/target/classpath.txt" ] &&
    [ -z "$(find "$CT_ROOT/pom.xml" "$CT_ROOT/src/main" -newer "$stamp" -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  echo "ct: building the project (the first build downloads Spark and CoreNLP, about 810 MB, into ~/.m2) ..." >&2
  local log
  log=$(mktemp)
  if ! (cd "$CT_ROOT" && mvn -B -q -DskipTests -Dspotless.check.skip=true compile) >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "ct: build failed" >&2
    return 1
  fi
  rm -f "$log"
  touch "$stamp"
}

ct_classpath() {
  echo "$CT_ROOT/target/classes:$(cat "$CT_ROOT/target/classpath.txt")"
}

# Runs a Java main class with Spark's options. CT_HEAP sets the heap (default 6g: CoreNLP's models
# need about 1 GB per JVM, Spark's local executors share the rest).
ct_java() {
  local main=$1
  shift
  # shellcheck disable=SC2046
  exec java -Xmx"${CT_HEAP:-6g}" $(ct_jvm_opens) ${CT_JAVA_OPTS:-} \
    -Dlog4j2.configurationFile=classpath:log4j2-ct.properties \
    -cp "$(ct_classpath)" "$main" "$@"
}
