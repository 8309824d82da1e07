#!/bin/sh
# run-fn.sh DIR: callgrind instructions per call of exp log pow sin cos atan2
# for fn-trapdoor, fn-glibc and fn-musl in DIR: Ir collected in bench_CASE
# over 1000 calls, less bench_none's, divided by 1000.  glibc picks its FMA
# versions where the CPU (and valgrind) has FMA; trapdoor and musl are built
# for the x86-64 baseline, so the glibc_nofma column is glibc told by its
# tunable to take the versions without FMA (what it runs on a CPU without).
dir=$1
iterations=1000
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

command -v valgrind >/dev/null || { echo "bench-mathfn: needs valgrind (apt-get install valgrind)"; exit 1; }

# instructions LIB CASE: Ir collected in bench_CASE.
instructions() {
	tunable=
	case $1 in glibc_nofma) set -- glibc "$2"; tunable=glibc.cpu.hwcaps=-AVX2,-FMA ;; esac
	GLIBC_TUNABLES=$tunable valgrind --tool=callgrind --callgrind-out-file="$tmp/out" --toggle-collect="bench_$2" \
		"$dir/fn-$1" "$2" 2>"$tmp/err" >/dev/null || { cat "$tmp/err" >&2; exit 1; }
	sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$tmp/err"
}

ratio() {
	r=$(($1 * 100 / ($2 > 0 ? $2 : 1)))
	printf '%d.%02d' $((r / 100)) $((r % 100))
}

printf '%-10s %9s %9s %12s %9s %9s %9s %9s\n' "Ir/call" trapdoor glibc glibc_nofma musl \
	td/glibc td/nofma td/musl
for name in exp log pow sin cos atan2; do
	for lib in trapdoor glibc glibc_nofma musl; do
		base=$(instructions $lib none)
		total=$(instructions $lib $name)
		eval "$lib=\$(( (total - base) / iterations ))"
	done
	printf '%-10s %9d %9d %12d %9d %9s %9s %9s\n' "$name" "$trapdoor" "$glibc" "$glibc_nofma" \
		"$musl" "$(ratio "$trapdoor" "$glibc")" "$(ratio "$trapdoor" "$glibc_nofma")" \
		"$(ratio "$trapdoor" "$musl")"
done
