#!/usr/bin/env bash
# npm run test:selfhost (as root; run through the e2e lock: flock /tmp/e2e.lock npm run test:selfhost)
# Proves the self-hosting path on a real browser: packs the CRX and update.xml (npm run pack:crx),
# serves them on localhost, writes a Chromium force-install policy pointing at update.xml, and
# waits for the extension's service worker to appear under the documented id. Always removes the
# policy file. Not part of `npm test`: a machine-wide force-install would reach the other tests' browsers.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || { echo "skipped: needs root to write /etc/chromium/policies/managed"; exit 0; }
ID=akcknpgacfjfmbpipjakmabpfejpndam
PORT=${PORT:-8765}
DEBUG_PORT=${DEBUG_PORT:-9333}
WORK=$(mktemp -d)
POLICY=/etc/chromium/policies/managed/postwise-selfhost-test.json
cleanup() { rm -f "$POLICY"; [ -n "${BROWSER_PID:-}" ] && kill "$BROWSER_PID" 2>/dev/null; [ -n "${SERVER_PID:-}" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

npm run -s pack:crx -- ${NO_BUILD:+--no-build} --codebase "http://127.0.0.1:$PORT/postwise.crx" --out "$WORK/site"
mv "$WORK"/site/postwise-*.crx "$WORK/site/postwise.crx"
(cd "$WORK/site" && exec python3 -m http.server "$PORT" --bind 127.0.0.1 >"$WORK/server.log" 2>&1) &
SERVER_PID=$!
mkdir -p "$(dirname "$POLICY")"
echo "{\"ExtensionInstallForcelist\": [\"$ID;http://127.0.0.1:$PORT/update.xml\"]}" >"$POLICY"
"${CHROMIUM_PATH:-/usr/bin/chromium}" --headless=new --no-sandbox --disable-gpu --user-data-dir="$WORK/profile" \
  --remote-debugging-port="$DEBUG_PORT" about:blank >"$WORK/browser.log" 2>&1 &
BROWSER_PID=$!
for i in $(seq 1 60); do
  sleep 1
  if curl -s "http://127.0.0.1:$DEBUG_PORT/json/list" | grep -q "chrome-extension://$ID/"; then
    echo "ok: force-installed $ID from update.xml in ${i}s"
    grep -E 'GET /(update.xml|postwise.crx)' "$WORK/server.log" | sed 's/?.*HTTP/ HTTP/'
    exit 0
  fi
done
echo "FAIL: $ID not installed within 60 s"; cat "$WORK/server.log"; exit 1
