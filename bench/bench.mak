# Benchmarks (included by Makefile.in).  Run them one at a time (no -j): they
# share the machine with nothing else then.  bench/<name>/bench.mak adds a goal to
# BENCH_GOALS; "make bench" runs them all.  Each compares the same program
# built against trapdoor, glibc (static) and musl (musl-gcc -static).

BENCH_GOALS =
-include $(wildcard $(srcdir)/bench/*/bench.mak)

bench: $(BENCH_GOALS)

.PHONY: bench
