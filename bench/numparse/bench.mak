# bench/numparse: callgrind instructions per strtod call (short decimal,
# 17 digits, 60 digits), per sscanf("%d %s") call, and for one qsort of
# 100 000 ints, against trapdoor, glibc static and musl static (see
# bench/numparse/run.sh).

BENCH_GOALS += bench-numparse

NUM_BENCH_BINS = $(foreach l,trapdoor glibc musl,bench/numparse/num-$(l))

bench/numparse/num-trapdoor: $(srcdir)/bench/numparse/num.c $(LIB_OUTPUTS)
	@mkdir -p $(@D)
	$(call msg,CC,$@)$(WRAPPER) -std=c11 -O2 $< -o $@

bench/numparse/num-glibc: $(srcdir)/bench/numparse/num.c
	@mkdir -p $(@D)
	$(call msg,HOSTCC,$@)$(HOSTCC) -std=c11 -static -O2 $< -o $@

bench/numparse/num-musl: $(srcdir)/bench/numparse/num.c
	@mkdir -p $(@D)
	$(call msg,MUSLCC,$@)musl-gcc -std=c11 -static -O2 $< -o $@

ifeq ($(RUNNER),)
bench-numparse: $(NUM_BENCH_BINS)
	sh $(srcdir)/bench/numparse/run.sh bench/numparse
else
bench-numparse:
	@echo "bench-numparse: skipped on a foreign target ($(ARCH) through $(RUNNER))"
endif

.PHONY: bench-numparse
