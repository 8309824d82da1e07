#!/bin/sh
# run.sh DIR: callgrind instruction counts of sysif-trapdoor, sysif-glibc and
# sysif-musl in DIR: per stat call (bench_stat over 1,000 files less
# bench_none's loop, divided by 1,000) and per readdir call (one
# opendir/readdir/closedir pass over 1,000 entries plus . and .., divided by
# the 1,003 readdir calls), on a scratch directory in /tmp.
dir=$1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

command -v valgrind >/dev/null || { echo "bench-sysif: needs valgrind (apt-get install valgrind)"; exit 1; }

# instructions LIB CASE FUNCTION: Ir collected in FUNCTION.
instructions() {
	valgrind --tool=callgrind --callgrind-out-file="$tmp/out" --toggle-collect="$3" \
		"$dir/sysif-$1" "$tmp/files" "$2" 2>"$tmp/err" >/dev/null || { cat "$tmp/err" >&2; exit 1; }
	sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$tmp/err"
}

ratio() {
	r=$(($1 * 100 / ($2 > 0 ? $2 : 1)))
	printf '%d.%02d' $((r / 100)) $((r % 100))
}

printf '%-28s %10s %10s %10s %9s %9s\n' "instructions/call" trapdoor glibc musl td/glibc td/musl
for name in stat readdir; do
	for lib in trapdoor glibc musl; do
		total=$(instructions $lib $name "bench_$name")
		if [ $name = stat ]; then
			base=$(instructions $lib none bench_none)
			eval "$lib=\$(( (total - base) / 1000 ))"
		else
			eval "$lib=\$(( total / 1003 ))"
		fi
	done
	label="stat(file)"
	[ $name = readdir ] && label="readdir(1,000 entries)"
	printf '%-28s %10d %10d %10d %9s %9s\n' "$label" "$trapdoor" "$glibc" "$musl" \
		"$(ratio "$trapdoor" "$glibc")" "$(ratio "$trapdoor" "$musl")"
done
