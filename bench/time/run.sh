#!/bin/sh
# run.sh DIR: callgrind instructions per call for tm-trapdoor, tm-glibc and
# tm-musl in DIR: collected in bench_CASE over 1000 calls, less bench_none's,
# divided by 1000.  The zone is Europe/Berlin's TZif file when the system
# has it, else the same rules as a TZ string.
dir=$1
iterations=1000
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

command -v valgrind >/dev/null || { echo "bench-time: needs valgrind (apt-get install valgrind)"; exit 1; }
if [ -f /usr/share/zoneinfo/Europe/Berlin ]; then TZ=Europe/Berlin; else TZ=CET-1CEST,M3.5.0,M10.5.0/3; fi
export TZ
echo "TZ=$TZ"

# instructions LIB CASE: Ir collected in bench_CASE.
instructions() {
	valgrind --tool=callgrind --callgrind-out-file="$tmp/out" --toggle-collect="bench_$2" \
		"$dir/tm-$1" "$2" 2>"$tmp/err" >/dev/null || { cat "$tmp/err" >&2; exit 1; }
	sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$tmp/err"
}

ratio() {
	r=$(($1 * 100 / ($2 > 0 ? $2 : 1)))
	printf '%d.%02d' $((r / 100)) $((r % 100))
}

cases='cgt clock_gettime(MONOTONIC)
syscall syscall(SYS_clock_gettime)
localtime localtime_r
strftime strftime("%Y-%m-%d_%H:%M:%S_%Z")'

printf '%-34s %10s %10s %10s %9s %9s\n' "instructions/call" trapdoor glibc musl td/glibc td/musl
echo "$cases" | while read -r name label; do
	for lib in trapdoor glibc musl; do
		base=$(instructions $lib none)
		total=$(instructions $lib "$name")
		eval "$lib=\$(( (total - base) / iterations ))"
	done
	printf '%-34s %10d %10d %10d %9s %9s\n' "$label" "$trapdoor" "$glibc" "$musl" \
		"$(ratio "$trapdoor" "$glibc")" "$(ratio "$trapdoor" "$musl")"
done
