#!/usr/bin/env bash
# Installs what the test command needs beyond Java and Maven when it is missing (needs root; a no-op when all are
# present): Debian's Chromium and chromedriver for the browser tests (Selenium is always given these paths and never
# downloads a browser of its own), and curl and python3 for the smoke script (scripts/smoke-confluence.sh), which the
# tests run against the local host.
set -euo pipefail
missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
command -v curl >/dev/null || missing+=(curl)
command -v python3 >/dev/null || missing+=(python3)
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi
if [[ "$(id -u)" -ne 0 ]]; then
  echo "missing: ${missing[*]}; install them as root: apt-get install -y ${missing[*]}" >&2
  echo "(without Chromium the browser tests are skipped with a warning; without curl or python3 the smoke-script test fails)" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
