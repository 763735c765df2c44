# Sourced by scripts/check-build-deps and scripts/check-runtime-deps: what a list of Debian
# packages brings with it, and which package owns a file, from the installed packages' own
# metadata (dpkg), so that the checks need no network and no tool a fresh machine lacks.

# Prints, one per line, the packages in "$@" and everything they depend on (Depends and
# Pre-Depends, recursively; every installed alternative of "a | b"; a virtual package through
# the installed packages that provide it). Recommends do not count: scripts/deps.sh installs
# with --no-install-recommends.
takt_dependency_closure() {
  dpkg-query -W -f='${Package}\t${Status}\t${Depends}, ${Pre-Depends}\t${Provides}\n' 2>/dev/null |
    awk -F '\t' -v roots="$*" '
      function clean(name) {
        sub(/^[ \t]+/, "", name); sub(/[ \t]*\(.*$/, "", name); sub(/:.*$/, "", name)
        sub(/[ \t]+$/, "", name)
        return name
      }
      $2 ~ /install ok installed/ {
        installed[$1] = 1
        deps[$1] = $3
        n = split($4, provided, ",")
        for (i = 1; i <= n; i++) {
          p = clean(provided[i])
          if (p != "") providers[p] = providers[p] " " $1
        }
      }
      function visit(name,    list, n, i, alternatives, m, j, dep, k, via, q) {
        if (name == "" || seen[name]) return
        seen[name] = 1
        if (!(name in installed)) {
          # A virtual package: whatever installed package provides it.
          q = split(providers[name], via, " ")
          for (k = 1; k <= q; k++) visit(via[k])
          return
        }
        n = split(deps[name], list, ",")
        for (i = 1; i <= n; i++) {
          m = split(list[i], alternatives, "|")
          for (j = 1; j <= m; j++) {
            dep = clean(alternatives[j])
            if (dep != "" && ((dep in installed) || (dep in providers))) visit(dep)
          }
        }
      }
      END {
        n = split(roots, r, /[ \t\n]+/)
        for (i = 1; i <= n; i++) visit(r[i])
        for (name in seen) if (name in installed) print name
      }'
}

# Prints the package that owns FILE (without its architecture), or nothing. On a merged /usr
# the loader says /lib/... where dpkg knows /usr/lib/..., or the other way round.
takt_owning_package() {
  local candidate owner
  for candidate in "$1" "$(readlink -f "$1")" "/usr$1" "${1#/usr}"; do
    [ -n "$candidate" ] || continue
    owner=$(dpkg-query -S "$candidate" 2>/dev/null | head -n 1 | sed 's/:.*//; s/,.*//') || true
    if [ -n "$owner" ]; then
      echo "$owner"
      return 0
    fi
  done
  return 0
}
