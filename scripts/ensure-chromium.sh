#!/usr/bin/env bash
# Browser tests use Debian's Chromium (Playwright cannot download its own browser here).
set -euo pipefail
browser="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
echo "Chromium not found at $browser: installing Debian's chromium package…"
if [ "$(id -u)" -ne 0 ]; then
  echo "Please run: sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "Installed $("$browser" --version)"
