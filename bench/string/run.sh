#!/bin/sh
# run.sh DIR: callgrind instruction counts per call of each string function,
# for str-trapdoor, str-generic (trapdoor with the generic C versions of the
# functions an arch replaces), str-glibc and str-musl in DIR.  Each count is the
# instructions collected inside bench_OP over 1000 calls, less those of
# bench_none (the loop and an empty call), divided by 1000.  Callgrind
# counts each iteration of a rep-prefixed instruction as one instruction.
# Then, with hyperfine, the median wall time of whole runs.
dir=$1
iterations=1000
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

command -v valgrind >/dev/null || { echo "bench-string: needs valgrind (apt-get install valgrind)"; exit 1; }

# instructions LIB OP N OFFSET: Ir collected in bench_OP.
instructions() {
	valgrind --tool=callgrind --callgrind-out-file="$tmp/out" --toggle-collect="bench_$2" \
		"$dir/str-$1" "$2" "$3" "$4" 2>"$tmp/err" >/dev/null || { cat "$tmp/err" >&2; exit 1; }
	sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$tmp/err"
}

# Cases: OP N OFFSET LABEL
cases="memcpy 32 0 memcpy_32B
memcpy 4096 0 memcpy_4KB
memcpy 4096 1 memcpy_4KB_src+1
memmove 4096 0 memmove_4KB_backward
memset 32 0 memset_32B
memset 4096 0 memset_4KB
memchr 1024 0 memchr_1KB
strlen 10 0 strlen_10B
strlen 1024 0 strlen_1KB
strlen 1024 3 strlen_1KB_+3
memcmp 1024 0 memcmp_1KB_equal
strcmp 1024 0 strcmp_1KB_equal
strcpy 1024 0 strcpy_1KB
strchr 1024 0 strchr_1KB"

printf '%-22s %10s %10s %10s %10s %9s %9s\n' case trapdoor generic-C glibc musl td/glibc td/musl
echo "$cases" | while read -r op n off label; do
	line=$label
	for lib in trapdoor generic glibc musl; do
		base=$(instructions $lib none "$n" "$off")
		total=$(instructions $lib "$op" "$n" "$off")
		eval "$lib=\$(( (total - base) / iterations ))"
	done
	# Ratios in hundredths, as sh has only integers.
	r1=$((trapdoor * 100 / (glibc > 0 ? glibc : 1)))
	r2=$((trapdoor * 100 / (musl > 0 ? musl : 1)))
	printf '%-22s %10d %10d %10d %10d %6d.%02d %6d.%02d\n' "$line" "$trapdoor" "$generic" "$glibc" "$musl" \
		$((r1 / 100)) $((r1 % 100)) $((r2 / 100)) $((r2 % 100))
done

# Wall time: hyperfine's median of whole runs of ROUNDS x 1000 calls, start-up included.
command -v hyperfine >/dev/null || { echo "wall time: skipped (no hyperfine)"; exit 0; }
echo
printf '%-22s %8s %10s %10s %10s %9s %9s\n' "wall time (ms)" calls trapdoor glibc musl td/glibc td/musl
wall="memcpy 32 0 20000 memcpy_32B
memcpy 4096 0 1000 memcpy_4KB
memset 4096 0 1000 memset_4KB
memchr 1024 0 2000 memchr_1KB
strlen 10 0 20000 strlen_10B
strlen 1024 0 2000 strlen_1KB"
echo "$wall" | while read -r op n off rounds label; do
	for lib in trapdoor glibc musl; do
		hyperfine -N --runs 7 --warmup 1 --export-csv "$tmp/$lib.csv" \
			"$dir/str-$lib $op $n $off $rounds" >/dev/null 2>&1 || exit 1
		# Columns: command,mean,stddev,median,...: the median in seconds, as microseconds.
		eval "$lib=\$(awk -F, 'NR == 2 { printf \"%d\", \$4 * 1000000 }' \"\$tmp/\$lib.csv\")"
	done
	r1=$((trapdoor * 100 / (glibc > 0 ? glibc : 1)))
	r2=$((trapdoor * 100 / (musl > 0 ? musl : 1)))
	printf '%-22s %7dk %6d.%03d %6d.%03d %6d.%03d %6d.%02d %6d.%02d\n' "$label" "$rounds" \
		$((trapdoor / 1000)) $((trapdoor % 1000)) $((glibc / 1000)) $((glibc % 1000)) \
		$((musl / 1000)) $((musl % 1000)) $((r1 / 100)) $((r1 % 100)) $((r2 / 100)) $((r2 % 100))
done
