#!/bin/sh
# run-fn.sh DIR: callgrind instructions per call of exp log pow sin cos atan2
# asinh erf erfc (or the cases in MATHFN_CASES)
# for fn-trapdoor, fn-glibc and fn-musl in DIR: Ir collected in bench_CASE
# over 1000 calls, less bench_none's, divided by 1000.  glibc and trapdoor
# pick their FMA versions where the CPU (and valgrind) has FMA; musl is built
# for the x86-64 baseline.  The td_base and glibc_nofma columns are the same
# binaries told to take their versions without FMA (what they run on a CPU
# without): trapdoor by TRAPDOOR_CPU_BASELINE, glibc by its tunable.
dir=$1
iterations=1000
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

command -v valgrind >/dev/null || { echo "bench-mathfn: needs valgrind (apt-get install valgrind)"; exit 1; }

# instructions LIB CASE: Ir collected in bench_CASE.
instructions() {
	tunable= baseline=
	case $1 in
	glibc_nofma) set -- glibc "$2"; tunable=glibc.cpu.hwcaps=-AVX2,-FMA ;;
	td_base) set -- trapdoor "$2"; baseline=1 ;;
	esac
	env GLIBC_TUNABLES=$tunable ${baseline:+TRAPDOOR_CPU_BASELINE=1} valgrind --tool=callgrind --callgrind-out-file="$tmp/out" --toggle-collect="bench_$2" \
		"$dir/fn-$1" "$2" 2>"$tmp/err" >/dev/null || { cat "$tmp/err" >&2; exit 1; }
	sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$tmp/err"
}

ratio() {
	r=$(($1 * 100 / ($2 > 0 ? $2 : 1)))
	printf '%d.%02d' $((r / 100)) $((r % 100))
}

printf '%-8s %8s %8s %8s %11s %6s %9s %9s %9s %9s\n' "Ir/call" trapdoor td_base glibc glibc_nofma \
	musl td/glibc base/nofma td/musl base/musl
for name in ${MATHFN_CASES:-exp log pow sin cos atan2 asinh erf erfc tgamma lgamma}; do
	for lib in trapdoor td_base glibc glibc_nofma musl; do
		base=$(instructions $lib none)
		total=$(instructions $lib $name)
		eval "$lib=\$(( (total - base) / iterations ))"
	done
	printf '%-8s %8d %8d %8d %11d %6d %9s %9s %9s %9s\n' "$name" "$trapdoor" "$td_base" "$glibc" \
		"$glibc_nofma" "$musl" "$(ratio "$trapdoor" "$glibc")" "$(ratio "$td_base" "$glibc_nofma")" \
		"$(ratio "$trapdoor" "$musl")" "$(ratio "$td_base" "$musl")"
done
