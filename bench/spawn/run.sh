#!/bin/sh
# run.sh DIR: the spawn benchmark matrix.  DIR holds spawn-trapdoor,
# spawn-glibc, spawn-musl and tiny.  Prints a Markdown table of median
# spawn-and-wait latencies (µs) and the ratios trapdoor/glibc and
# trapdoor/musl, then how flat each libc's posix_spawn is from 0 to 1 GB.
#
# Each point is the median of ROUNDS medians; within a round the three
# libcs run back to back, so that a machine busy with other work slows
# them alike.  A round is REPS spawns, except fork + execve with 1 GB
# (BIG_FORK_REPS): copying the page tables of 1 GB takes tens of ms a time.
set -e
dir=$1
rounds=${SPAWN_ROUNDS:-5}
reps=${SPAWN_REPS:-100}
big_fork_reps=${SPAWN_BIG_FORK_REPS:-10}
out=$dir/results.txt

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

: >"$out"
echo "| method | parent memory | trapdoor µs | glibc µs | musl µs | trapdoor/glibc | trapdoor/musl |"
echo "|---|---|---|---|---|---|---|"
for mb in 0 100 1024; do
	for m in fork vfork spawn spawnfail; do
		n=$reps
		[ "$m" = fork ] && [ "$mb" = 1024 ] && n=$big_fork_reps
		: >"$dir/round.txt"
		r=0
		while [ $r -lt "$rounds" ]; do
			for lib in trapdoor glibc musl; do
				echo "$lib $("$dir/spawn-$lib" $m $mb $n "$dir/tiny" | cut -d' ' -f3)" >>"$dir/round.txt"
			done
			r=$((r + 1))
		done
		t=$(awk '$1 == "trapdoor" { print $2 }' "$dir/round.txt" | median)
		g=$(awk '$1 == "glibc" { print $2 }' "$dir/round.txt" | median)
		u=$(awk '$1 == "musl" { print $2 }' "$dir/round.txt" | median)
		echo "$m $mb $t $g $u" >>"$out"
		awk -v m=$m -v mb=$mb -v t=$t -v g=$g -v u=$u -v n=$n -v r=$rounds 'BEGIN {
			printf "| %s (%d x %d) | %d MB | %d | %d | %d | %.2f | %.2f |\n", m, r, n, mb, t, g, u, t / g, t / u }'
	done
done
echo
awk '$1 == "spawn" && $2 == 0 { t0 = $3; g0 = $4; u0 = $5 }
     $1 == "spawn" && $2 == 1024 { printf "posix_spawn, 1 GB over 0 MB: trapdoor %.2f, glibc %.2f, musl %.2f\n", $3 / t0, $4 / g0, $5 / u0 }
     $1 == "spawnfail" && $2 == 0 { f0 = $3; h0 = $4; v0 = $5 }
     $1 == "spawnfail" && $2 == 1024 { printf "failed posix_spawn, 1 GB over 0 MB: trapdoor %.2f, glibc %.2f, musl %.2f\n", $3 / f0, $4 / h0, $5 / v0 }' \
	"$out"
rm -f "$out" "$dir/round.txt"
