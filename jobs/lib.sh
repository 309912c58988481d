# Shared by the jobs/ launchers: where the project is, building it when stale, and how to start a JVM
# that runs Spark. Source it; do not run it.
CT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}

# Spark's JavaModuleOptions: every JVM that runs Spark needs them (a test keeps this file in step).
ct_jvm_opens() {
  grep -v '^\s*$' "$CT_ROOT/jobs/jvm.options" | tr '\n' ' '
}

# Builds (compile + class path file) when the build is missing or older than any source file.
# CT_SKIP_BUILD=1 trusts the existing build (tests that run these scripts inside `mvn verify`).
ct_build_if_stale() {
  if [ -n "${CT_SKIP_BUILD:-}" ]; then
    return 0
  fi
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

# A property of the project's pom.xml, e.g. ct_pom_property spark.version.
ct_pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$CT_ROOT/pom.xml" | sed -n 1p
}

# Spark's own jars, one path a line: what a Spark installation holds (Spark SQL and its
# dependencies, resolved alone at the project's Spark version; jobs/cluster/spark-distribution.pom.xml).
ct_spark_jars() {
  local out="$CT_ROOT/target/spark-distribution.txt"
  if [ ! -s "$out" ] || [ "$CT_ROOT/pom.xml" -nt "$out" ]; then
    local goal args log
    goal="org.apache.maven.plugins:maven-dependency-plugin:$(ct_pom_property dependency.plugin.version):build-classpath"
    args=(-B -q -f "$CT_ROOT/jobs/cluster/spark-distribution.pom.xml" "$goal"
      "-Dspark.version=$(ct_pom_property spark.version)" -Dmdep.outputFile="$out")
    log=$(mktemp)
    # Offline first: the project's build has already fetched every jar this needs.
    if ! mvn -o "${args[@]}" >"$log" 2>&1 && ! mvn "${args[@]}" >"$log" 2>&1; then
      cat "$log" >&2
      rm -f "$log" "$out"
      echo "ct: could not resolve Spark's jars" >&2
      return 1
    fi
    rm -f "$log"
  fi
  tr ':' '\n' <"$out" | grep -v '^\s*$'
}

# The project's own dependencies a Spark cluster lacks (CoreNLP and its models, picocli, ...): the
# runtime class path without Spark's jars, one path a line.
ct_app_jars() {
  tr ':' '\n' <"$CT_ROOT/target/classpath.txt" | grep -v '^\s*$' | grep -vxF -f <(ct_spark_jars)
}

# The project's classes and resources as one jar (what spark-submit ships as the application),
# rebuilt when the classes are newer. Printed path: target/concern-tracker-app.jar.
ct_app_jar() {
  local jar="$CT_ROOT/target/concern-tracker-app.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$CT_ROOT/target/classes" -newer "$jar" -print -quit)" ]; then
    local tmp="$jar.tmp.$$"
    jar --create --file "$tmp" -C "$CT_ROOT/target/classes" . && mv -f "$tmp" "$jar"
  fi
  echo "$jar"
}
