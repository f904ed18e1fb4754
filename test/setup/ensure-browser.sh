#!/usr/bin/env bash
# npm test runs the widget's browser tests in Debian's chromium (never a downloaded browser build). On a fresh
# machine where we are root with apt, install it (and CJK fonts, or Japanese renders as boxes); otherwise say how.
set -euo pipefail
has_fonts() { fc-list 2>/dev/null | grep -qi 'noto sans cjk'; }
if [ -x /usr/bin/chromium ] && has_fonts; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "npm test: installing Debian chromium and fonts-noto-cjk for the browser tests (once)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi
echo "npm test: the browser tests need Debian's chromium at /usr/bin/chromium and fonts-noto-cjk:" >&2
echo "  sudo apt-get install -y chromium fonts-noto-cjk" >&2
exit 1
