#!/usr/bin/env bash
# The cluster drill (issue 20; not part of the test suite): two Payara Micro instances clustered on
# Payara's data grid behind HAProxy, one PostgreSQL, 200 signed-in participants browsing and
# registering, instance A killed with SIGKILL mid-run. Exits 1 on any breach (docs/operations.md).
#   flock -x /tmp/relais-cpu.lock bash bench/cluster-drill.sh
# Installs Debian's haproxy with apt-get when it is missing, as bench/run.sh does for wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v haproxy >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends haproxy
fi
haproxy -v | head -1
exec bash bench/run.sh "${1:-ClusterDrill}" "${@:2}"
