#!/usr/bin/env bash
# Prepares a Debian 12 machine (or this checkout) to build and test iter8fn. Idempotent:
# installs only what is missing, reinstalls npm packages only when the lock file changed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf 'setup: %s\n' "$*"; }

# Debian packages: prometheus (the tests run a real one), wrk (load generation) and chromium (the
# report page is tested in a real browser, driven by playwright-core).
# Commands and packages are listed side by side: command:package.
missing_commands=()
missing_packages=()
for pair in prometheus:prometheus wrk:wrk chromium:chromium; do
  command_name=${pair%%:*}
  package_name=${pair##*:}
  if command -v "$command_name" >/dev/null 2>&1; then
    say "$command_name found ($(command -v "$command_name"))"
  else
    missing_commands+=("$command_name")
    missing_packages+=("$package_name")
  fi
done

if ((${#missing_packages[@]} > 0)); then
  if [[ $(id -u) -eq 0 ]]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo -n)
  else
    say "need root (or sudo) to install: ${missing_packages[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  say "installing ${missing_packages[*]} (apt-get)"
  "${as_root[@]}" apt-get update -qq
  # --no-install-recommends: prometheus otherwise pulls node-exporter, ipmitool, snmp, ...; chromium
  # runs headless, so it needs none of its desktop recommendations either.
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing_packages[@]}" >/dev/null
  for command_name in "${missing_commands[@]}"; do
    command -v "$command_name" >/dev/null 2>&1 || { say "$command_name still missing after install" >&2; exit 1; }
  done
  say "installed ${missing_packages[*]}"
fi

# npm packages, only when node_modules is missing or stale: npm writes node_modules/.package-lock.json
# on every install, so a newer package-lock.json means the dependencies changed since.
# `npm install` (which keeps to the lock file) rather than `npm ci`: the registry reachable here lacks
# the other platforms' optional binaries of unrs-resolver (used by Jest 30), and `npm ci` refuses a
# lock file whose optional entries it cannot resolve, while `npm install` installs this platform's.
if [[ ! -d node_modules || ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "npm install (from package-lock.json)"
  npm install --no-audit --no-fund --loglevel=error
else
  say "node_modules up to date"
fi

say "npm run build"
npm run build --silent
say "done"
