#!/usr/bin/env bash
# Runs a benchmark of bench/ against a fresh Relais (not part of the test suite).
#   bash bench/run.sh RegistrationBench
#   bash bench/run.sh PublicBench [x10]     (needs wrk: installed with apt-get when missing)
#   bash bench/run.sh CrowdBench            (issue 18 goals table in one run; needs wrk too)
# Builds the WAR and the launcher, compiles bench/ into target/bench-classes, then runs the
# class named. Uses a fresh embedded PostgreSQL in target/bench-pg, or RELAIS_DB_URL's database
# if that is a demo or bench database (the benchmark refuses any other).
set -euo pipefail
cd "$(dirname "$0")/.."
bench="${1:-RegistrationBench}"
shift || true
if { [ "$bench" = PublicBench ] || [ "$bench" = CrowdBench ]; } && ! command -v wrk >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends wrk
fi
mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$cp" bench/*.java
# Relais itself runs with the heap recommended for production (docs/performance.md, run D).
export RELAIS_HEAP="${RELAIS_HEAP:-512m}"
exec java -Xmx1g ${JAVA_OPTS:-} -Djava.io.tmpdir=target/tmp -cp "target/bench-classes:$cp" "$bench" "$(pwd)" "$@"
