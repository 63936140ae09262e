#!/usr/bin/env bash
# Installs code-server (a real VS Code: workbench + Node extension host) into .vscode-test/code-server/,
# offline (npm registry + Debian apt only), for the integration and e2e tests in test/harness/.
# Idempotent: does nothing when the right version is already installed.
#
#   bash scripts/install-code-server.sh          # CODE_SERVER_VERSION overrides the pin (must accept Node 20)
#
# Why the odd environment below:
# - code-server 4.100.3 (= VS Code 1.100.3) is the newest release whose engines/postinstall accept Node 20.
# - its native 'kerberos' module builds from source: needs libkrb5-dev.
# - its postinstall refuses to run as root unless npm_config_unsafe_perm=true.
# - node-pty's postinstall runs `npx node-gyp`; the machine's npmrc has yes=false, so npx would refuse.
# - @vscode/ripgrep@1.15.11's postinstall downloads rg 13.0.0 from GitHub unless its cache in $TMPDIR
#   already holds the tarball: we pre-fill it with Debian's rg (also 13.0.0).
# - the browser client is Debian's chromium (playwright-core never downloads a browser).
set -euo pipefail

VERSION=${CODE_SERVER_VERSION:-4.100.3}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEST="$ROOT/.vscode-test/code-server"
ENTRY="$DEST/node_modules/code-server/out/node/entry.js"
log() { echo "[install-code-server] $*"; }

# --- Debian packages -------------------------------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- already there? --------------------------------------------------------------------------------
installed=$(node -p "try { require('$DEST/node_modules/code-server/package.json').version } catch { '' }" 2>/dev/null || true)
if [ "$installed" = "$VERSION" ] && [ -f "$ENTRY" ] && [ -f "$DEST/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]; then
  log "code-server $VERSION already installed in $DEST"
  exit 0
fi

# --- install ---------------------------------------------------------------------------------------
log "installing code-server@$VERSION into $DEST (takes 1-4 min)"
start=$(date +%s)
mkdir -p "$DEST"
TMP="$DEST/.tmp"; rm -rf "$TMP"; mkdir -p "$TMP"
export TMPDIR="$TMP"
# a package.json of its own, so the project's package.json / lock file are never touched
cat > "$DEST/package.json" <<EOF
{ "name": "serverless-notes-code-server", "private": true, "description": "test-only: code-server for test/harness (see scripts/install-code-server.sh)" }
EOF
rm -rf "$DEST/node_modules" "$DEST/package-lock.json"

# pre-fill @vscode/ripgrep's download cache with Debian's rg 13.0.0
rg_version=$(rg --version | awk 'NR==1 {print $2}')  # awk reads it all: no SIGPIPE under pipefail
[ "$rg_version" = "13.0.0" ] || log "warning: Debian rg is $rg_version, @vscode/ripgrep expects 13.0.0 (search in the workbench may misbehave)"
mkdir -p "$TMP/vscode-ripgrep-cache-1.15.11" "$TMP/rg-pack"
cp "$(command -v rg)" "$TMP/rg-pack/rg"
tar czf "$TMP/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$TMP/rg-pack" rg

(
  cd "$DEST"
  npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$VERSION" > "$TMP/npm-install.log" 2>&1
) || { log "npm install failed; last lines of $TMP/npm-install.log:"; tail -40 "$TMP/npm-install.log"; exit 1; }

[ -f "$ENTRY" ] || { log "install finished but $ENTRY is missing"; exit 1; }
rm -rf "$TMP"
log "code-server $VERSION installed in $(( $(date +%s) - start )) s"
