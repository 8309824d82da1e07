#!/bin/sh
# run.sh DIR: callgrind instruction counts per printf call for each format,
# for fmt-trapdoor, fmt-glibc and fmt-musl in DIR (instructions collected in
# bench_CASE over 1000 calls, less bench_none's, divided by 1000; stdout is
# /dev/null, so buffer flushes are included); then the stripped `size` text
# of hello and hellofp per libc.
dir=$1
iterations=1000
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

command -v valgrind >/dev/null || { echo "bench-printf: needs valgrind (apt-get install valgrind)"; exit 1; }

# instructions LIB CASE: Ir collected in bench_CASE.
instructions() {
	valgrind --tool=callgrind --callgrind-out-file="$tmp/out" --toggle-collect="bench_$2" \
		"$dir/fmt-$1" "$2" 2>"$tmp/err" >/dev/null || { cat "$tmp/err" >&2; exit 1; }
	sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$tmp/err"
}

cases='d %d
mixed %s:%5d:%08x:%ld
f3 %.3f
g %g'

printf '%-22s %10s %10s %10s %9s %9s\n' "instructions/call" trapdoor glibc musl td/glibc td/musl
echo "$cases" | while read -r name label; do
	for lib in trapdoor glibc musl; do
		base=$(instructions $lib none)
		total=$(instructions $lib "$name")
		eval "$lib=\$(( (total - base) / iterations ))"
	done
	r1=$((trapdoor * 100 / (glibc > 0 ? glibc : 1)))
	r2=$((trapdoor * 100 / (musl > 0 ? musl : 1)))
	printf '%-22s %10d %10d %10d %6d.%02d %6d.%02d\n' "$label" "$trapdoor" "$glibc" "$musl" \
		$((r1 / 100)) $((r1 % 100)) $((r2 / 100)) $((r2 % 100))
done

echo
printf '%-22s %10s %10s %10s\n' "stripped size text" trapdoor glibc musl
for prog in hello hellofp; do
	line=$prog
	for lib in trapdoor glibc musl; do
		strip -o "$tmp/s" "$dir/$prog-$lib"
		line="$line $(size "$tmp/s" | awk 'NR == 2 { print $1 }')"
	done
	printf '%-22s %10s %10s %10s\n' $line
done
