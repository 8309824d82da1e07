# bench/math/fn.mak (included by bench/math/bench.mak): callgrind
# instructions per call of exp log pow sin cos atan2 against glibc static and
# musl static (see bench/math/run-fn.sh).

BENCH_GOALS += bench-mathfn

MATHFN_BENCH_BINS = $(foreach l,trapdoor glibc musl,bench/math/fn-$(l))

bench/math/fn-trapdoor: $(srcdir)/bench/math/fn.c $(LIB_OUTPUTS)
	@mkdir -p $(@D)
	$(call msg,CC,$@)$(WRAPPER) -std=c11 -O2 $< -o $@ -lm

bench/math/fn-glibc: $(srcdir)/bench/math/fn.c
	@mkdir -p $(@D)
	$(call msg,HOSTCC,$@)$(HOSTCC) -std=c11 -static -O2 $< -o $@ -lm

bench/math/fn-musl: $(srcdir)/bench/math/fn.c
	@mkdir -p $(@D)
	$(call msg,MUSLCC,$@)musl-gcc -std=c11 -static -O2 $< -o $@ -lm

ifeq ($(RUNNER),)
bench-mathfn: $(MATHFN_BENCH_BINS)
	sh $(srcdir)/bench/math/run-fn.sh bench/math
else
bench-mathfn:
	@echo "bench-mathfn: skipped on a foreign target ($(ARCH) through $(RUNNER))"
endif

.PHONY: bench-mathfn
