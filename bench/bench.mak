# Benchmarks (included by Makefile.in).  bench/<name>/bench.mak adds a goal to
# BENCH_GOALS; "make bench" runs them all.  Each compares the same program
# built against trapdoor, glibc (static) and musl (musl-gcc -static).

BENCH_GOALS =
-include $(wildcard $(srcdir)/bench/*/bench.mak)

bench: $(BENCH_GOALS)

.PHONY: bench
