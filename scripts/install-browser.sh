#!/usr/bin/env bash
# Installs Debian's Chromium and chromedriver for the browser tests when they are missing (needs root; a no-op when
# both are present). Selenium is always given these paths and never downloads a browser of its own.
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
if [[ "$(id -u)" -ne 0 ]]; then
  echo "chromium/chromedriver are missing; install them as root: apt-get install -y chromium chromium-driver" >&2
  echo "(without them the browser tests are skipped with a warning)" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium chromium-driver
