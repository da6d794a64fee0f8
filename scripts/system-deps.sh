#!/usr/bin/env bash
# Installs the Debian packages named as arguments when they are missing.
# Elsewhere, says what to install by hand. Used by the Makefile; safe to run again.
set -euo pipefail
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie \
     && command -v pdftoppm >/dev/null 2>&1; then
    exit 0
  fi
  cat >&2 <<MSG
docparse needs Tesseract 5 with the Vietnamese language data, and poppler.
This is not a Debian/Ubuntu machine, so install them yourself, then run make again:
  macOS (Homebrew):  brew install tesseract tesseract-lang poppler
  Windows:           the UB Mannheim Tesseract installer (tick "Vietnamese"), and poppler
                     for Windows; put both bin folders on PATH
  Fedora:            dnf install tesseract tesseract-langpack-vie poppler-utils
Debian packages wanted: ${missing[*]}
MSG
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "docparse: please install as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "docparse: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
