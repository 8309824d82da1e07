# make bench: libm functions under callgrind, trapdoor against glibc and musl
# static builds of the same program (bench/math/run.sh).  BENCH_MATH_OPS
# chooses the functions (default: all that bench/math/math.c knows).

BENCH_GOALS += bench-math
BENCH_MATH_OPS = sqrt floor

bench/math/math-trapdoor: $(srcdir)/bench/math/math.c $(LIB_OUTPUTS)
	@mkdir -p $(@D)
	$(WRAPPER) -O2 $< -o $@ -lm

bench/math/math-glibc: $(srcdir)/bench/math/math.c
	@mkdir -p $(@D)
	$(HOSTCC) -O2 -static $< -o $@ -lm

bench/math/math-musl: $(srcdir)/bench/math/math.c
	@mkdir -p $(@D)
	musl-gcc -O2 -static $< -o $@ -lm

ifeq ($(RUNNER),)
bench-math: bench/math/math-trapdoor bench/math/math-glibc bench/math/math-musl
	sh $(srcdir)/bench/math/run.sh bench/math $(BENCH_MATH_OPS)
else
bench-math:
	@echo "bench-math: skipped: the glibc and musl builds to compare with are for the host, not $(ARCH)"
endif

.PHONY: bench-math

# exp log pow sin cos atan2: bench/math/fn.mak.
include $(srcdir)/bench/math/fn.mak
