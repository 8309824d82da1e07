#!/bin/sh
# run.sh DIR: callgrind instruction counts for num-trapdoor, num-glibc and
# num-musl in DIR: per call for the strtod and sscanf cases (collected in
# bench_CASE over 1000 calls, less bench_none's, divided by 1000), in total
# for one qsort of 100 000 ints.
dir=$1
iterations=1000
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

command -v valgrind >/dev/null || { echo "bench-numparse: needs valgrind (apt-get install valgrind)"; exit 1; }

# instructions LIB CASE FUNCTION: Ir collected in FUNCTION.
instructions() {
	valgrind --tool=callgrind --callgrind-out-file="$tmp/out" --toggle-collect="$3" \
		"$dir/num-$1" "$2" 2>"$tmp/err" >/dev/null || { cat "$tmp/err" >&2; exit 1; }
	sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$tmp/err"
}

ratio() {
	r=$(($1 * 100 / ($2 > 0 ? $2 : 1)))
	printf '%d.%02d' $((r / 100)) $((r % 100))
}

cases='short strtod("3.1ddd")
digits17 strtod("0.1234567890123ddd")
long strtod(60_digits_e-30)
sscanf sscanf("12ddd_hellod","%d_%s")
qsort qsort(1e5_ints)_total'

printf '%-34s %10s %10s %10s %9s %9s\n' "instructions/call" trapdoor glibc musl td/glibc td/musl
echo "$cases" | while read -r name label; do
	for lib in trapdoor glibc musl; do
		if [ "$name" = qsort ]; then
			eval "$lib=\$(instructions $lib qsort bench_qsort)"
		else
			fn=bench_short
			[ "$name" = sscanf ] && fn=bench_sscanf
			base=$(instructions $lib none bench_none)
			total=$(instructions $lib "$name" $fn)
			eval "$lib=\$(( (total - base) / iterations ))"
		fi
	done
	printf '%-34s %10d %10d %10d %9s %9s\n' "$label" "$trapdoor" "$glibc" "$musl" \
		"$(ratio "$trapdoor" "$glibc")" "$(ratio "$trapdoor" "$musl")"
done
