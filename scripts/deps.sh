#!/usr/bin/env bash
# Installs the Debian 12 packages vias-console needs, only those missing.
# Idempotent; uses sudo when not run as root.
#   scripts/deps.sh            build + run dependencies
#   scripts/deps.sh --test     also what the test suite needs (clang for the
#                              fuzzers, openpyxl to reread XLSX files, Xvfb, CJK fonts)
#   scripts/deps.sh --bench    also what scripts/bench.sh needs (python3 merges the results)
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev libvulkan-dev
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
  qtkeychain-qt6-dev libxlsxwriter-dev libsimdjson-dev fonts-noto-cjk
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(clang libclang-rt-14-dev python3 python3-openpyxl xvfb xauth openssl)
elif [[ "${1:-}" == "--bench" ]]; then
  packages+=(python3)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >/dev/null
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
