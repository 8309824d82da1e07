#!/bin/sh
# run.sh DIR: callgrind instructions per character of each ctype loop, for
# ctype-trapdoor, ctype-glibc and ctype-musl in DIR: the instructions
# collected inside bench_OP less those of bench_none (the same loop with an
# empty test), divided by the 65536 characters.  Tenths are kept.
dir=$1
chars=65536
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

command -v valgrind >/dev/null || { echo "bench-ctype: needs valgrind (apt-get install valgrind)"; exit 1; }

# instructions LIB OP: Ir collected in bench_OP.
instructions() {
	valgrind --tool=callgrind --callgrind-out-file="$tmp/out" --toggle-collect="bench_$2" \
		"$dir/ctype-$1" "$2" 2>"$tmp/err" >/dev/null || { cat "$tmp/err" >&2; exit 1; }
	sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$tmp/err"
}

printf '%-16s %9s %9s %9s %9s %9s\n' "per char" trapdoor glibc musl td/glibc td/musl
for op in isalpha_macro isalpha_fn words_macro toupper_macro toupper_fn; do
	for lib in trapdoor glibc musl; do
		base=$(instructions $lib none)
		total=$(instructions $lib "$op")
		eval "$lib=\$(( (total - base) * 10 / chars ))"
	done
	r1=$((trapdoor * 100 / (glibc > 0 ? glibc : 1)))
	r2=$((trapdoor * 100 / (musl > 0 ? musl : 1)))
	printf '%-16s %7d.%d %7d.%d %7d.%d %6d.%02d %6d.%02d\n' "$op" \
		$((trapdoor / 10)) $((trapdoor % 10)) $((glibc / 10)) $((glibc % 10)) \
		$((musl / 10)) $((musl % 10)) $((r1 / 100)) $((r1 % 100)) $((r2 / 100)) $((r2 % 100))
done
