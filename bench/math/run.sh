#!/bin/sh
# run.sh DIR [OP...]: callgrind instructions per call of each libm function,
# for math-trapdoor, math-glibc and math-musl in DIR: the instructions
# collected inside bench_run less those of the same loop calling an empty
# function ("none"), divided by the 65536 calls.  Tenths are kept.
dir=$1
shift
ops=${*:-sqrt floor}
calls=65536
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

command -v valgrind >/dev/null || { echo "bench-math: needs valgrind (apt-get install valgrind)"; exit 1; }

# instructions LIB OP: Ir collected in bench_run.
instructions() {
	valgrind --tool=callgrind --callgrind-out-file="$tmp/out" --toggle-collect=bench_run \
		"$dir/math-$1" "$2" 2>"$tmp/err" >/dev/null || { cat "$tmp/err" >&2; exit 1; }
	sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$tmp/err"
}

printf '%-10s %9s %9s %9s %9s %9s\n' "per call" trapdoor glibc musl td/glibc td/musl
for op in $ops; do
	for lib in trapdoor glibc musl; do
		base=$(instructions $lib none)
		total=$(instructions $lib "$op")
		eval "$lib=\$(( (total - base) * 10 / calls ))"
	done
	r1=$((trapdoor * 100 / (glibc > 0 ? glibc : 1)))
	r2=$((trapdoor * 100 / (musl > 0 ? musl : 1)))
	printf '%-10s %7d.%d %7d.%d %7d.%d %6d.%02d %6d.%02d\n' "$op" \
		$((trapdoor / 10)) $((trapdoor % 10)) $((glibc / 10)) $((glibc % 10)) \
		$((musl / 10)) $((musl % 10)) $((r1 / 100)) $((r1 % 100)) $((r2 / 100)) $((r2 % 100))
done
