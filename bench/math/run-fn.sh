#!/bin/sh
# run.sh DIR: callgrind instructions per call of exp log pow sin cos atan2
# for fn-trapdoor, fn-glibc and fn-musl in DIR: Ir collected in bench_CASE
# over 1000 calls, less bench_none's, divided by 1000.
dir=$1
iterations=1000
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

command -v valgrind >/dev/null || { echo "bench-mathfn: needs valgrind (apt-get install valgrind)"; exit 1; }

# instructions LIB CASE: Ir collected in bench_CASE.
instructions() {
	valgrind --tool=callgrind --callgrind-out-file="$tmp/out" --toggle-collect="bench_$2" \
		"$dir/fn-$1" "$2" 2>"$tmp/err" >/dev/null || { cat "$tmp/err" >&2; exit 1; }
	sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$tmp/err"
}

ratio() {
	r=$(($1 * 100 / ($2 > 0 ? $2 : 1)))
	printf '%d.%02d' $((r / 100)) $((r % 100))
}

printf '%-18s %10s %10s %10s %9s %9s\n' "instructions/call" trapdoor glibc musl td/glibc td/musl
for name in exp log pow sin cos atan2; do
	for lib in trapdoor glibc musl; do
		base=$(instructions $lib none)
		total=$(instructions $lib $name)
		eval "$lib=\$(( (total - base) / iterations ))"
	done
	printf '%-18s %10d %10d %10d %9s %9s\n' "$name" "$trapdoor" "$glibc" "$musl" \
		"$(ratio "$trapdoor" "$glibc")" "$(ratio "$trapdoor" "$musl")"
done
