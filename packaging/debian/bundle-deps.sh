#!/usr/bin/env bash
# The libraries of the system that a frozen bundle loads: every ELF file in BUNDLE is run through
# ldd the way the bundle's bootloader runs it (LD_LIBRARY_PATH=BUNDLE/_internal), and each library
# that resolves outside the bundle is printed once, as a path. With --packages, the Debian
# packages that ship them (dpkg -S) instead. Exits 1, naming them on stderr, when any library
# is "not found".
#   packaging/debian/bundle-deps.sh [--packages] BUNDLE
set -euo pipefail
packages=0
if [[ ${1:-} == --packages ]]; then packages=1; shift; fi
bundle=$(realpath "${1:?usage: bundle-deps.sh [--packages] BUNDLE}")
internal="$bundle/_internal"

is_elf() { [[ $(head -c4 "$1" | od -An -c | tr -d ' ') == '177ELF' ]]; }

declare -A libs=() missing=()
while IFS= read -r -d '' file; do
  is_elf "$file" || continue
  while read -r name arrow path _rest; do
    [[ $arrow == "=>" ]] || continue
    if [[ $path == not ]]; then missing["$name (needed by ${file#"$bundle"/})"]=1; continue; fi
    [[ $path == /* && $path != "$bundle"/* ]] && libs["$path"]=1
  done < <(LD_LIBRARY_PATH="$internal" ldd "$file" 2>/dev/null || true)
done < <(find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) -print0)

if ((${#missing[@]})); then
  printf 'not found: %s\n' "${!missing[@]}" | sort >&2
  exit 1
fi
if ((!packages)); then
  printf '%s\n' "${!libs[@]}" | sort
  exit 0
fi
# dpkg knows a file by the path its package installed, /lib or /usr/lib (merged /usr).
for path in "${!libs[@]}"; do
  real=$(realpath "$path")
  for candidate in "$path" "$real" "${real#/usr}" "/usr$real"; do
    if owner=$(dpkg -S "$candidate" 2>/dev/null); then
      echo "${owner%%:*}"
      continue 2
    fi
  done
  echo "no Debian package ships $path" >&2
  exit 1
done | sort -u
