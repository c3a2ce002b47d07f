# Shared by bin/run and bin/test: find Python 3.12+, make .venv, install the project.
# Django 6.1 needs Python 3.12 or newer (see docs/decisions/0001-python-and-django.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

python_ok() {
  "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1
}

find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3.14 python3.13 python3.12 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
      command -v "$candidate"; return 0
    fi
  done
  # pyenv keeps interpreters that are installed but not selected.
  for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[2-9]*/bin/python3; do
    if [ -x "$candidate" ] && python_ok "$candidate"; then echo "$candidate"; return 0; fi
  done
  # Last resort on a machine with Internet access: uv brings a managed Python.
  if command -v uv >/dev/null 2>&1 && uv python install 3.12 >/dev/null 2>&1; then
    uv python find 3.12; return 0
  fi
  return 1
}

ensure_venv() {
  local extras="$1"
  if [ ! -x "$VENV/bin/python" ] || ! python_ok "$VENV/bin/python"; then
    local python
    python="$(find_python)" || {
      echo "Pansocial needs Python 3.12 or newer (Django 6.1). Install python3.12 (or uv) and retry." >&2
      exit 1
    }
    say "Creating .venv with $python"
    rm -rf "$VENV"
    "$python" -m venv "$VENV"
  fi
  local stamp="$VENV/.installed-$extras"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    say "Installing dependencies ($extras)"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    if [ "$extras" = "run" ]; then
      "$VENV/bin/python" -m pip install --quiet -e .
    else
      "$VENV/bin/python" -m pip install --quiet -e ".[$extras]"
    fi
    touch "$stamp"
  fi
  export PATH="$VENV/bin:$PATH"
}

apt_install() {
  # Install Debian packages when missing (root or sudo).
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Missing Debian packages: $*; install them as root (apt-get install $*)." >&2
      return 1
    fi
  fi
  say "Installing Debian packages: $*"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
