#!/usr/bin/env bash
# Renders scripts/icon/icon.svg to media/icon.png (128 × 128, the Marketplace / Open VSX icon) with Debian's
# chromium, headless, on a transparent background. Run after changing the SVG; the PNG is committed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
page="$(mktemp -d)"
trap 'rm -rf "$page"' EXIT
cp icon.svg "$page/icon.svg"
printf '<html><body style="margin:0;background:transparent"><img src="icon.svg" width="128" height="128"></body></html>' > "$page/icon.html"
"${CHROMIUM_PATH:-chromium}" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
  --window-size=128,128 --screenshot="$PWD/../../media/icon.png" "file://$page/icon.html" 2>/dev/null
