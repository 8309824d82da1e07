# bench/printf: callgrind instructions per printf call for %d,
# %s:%5d:%08x:%ld, %.3f and %g, and the stripped size of a printf-hello
# (with and without a floating-point conversion), against trapdoor, glibc
# static and musl static (see bench/printf/run.sh).

BENCH_GOALS += bench-printf

PRINTF_BENCH_PROGS = fmt hello hellofp
PRINTF_BENCH_BINS = $(foreach p,$(PRINTF_BENCH_PROGS),$(foreach l,trapdoor glibc musl,bench/printf/$(p)-$(l)))

bench/printf/%-trapdoor: $(srcdir)/bench/printf/%.c $(LIB_OUTPUTS)
	@mkdir -p $(@D)
	$(call msg,CC,$@)$(WRAPPER) -std=c11 -O2 $< -o $@

bench/printf/%-glibc: $(srcdir)/bench/printf/%.c
	@mkdir -p $(@D)
	$(call msg,HOSTCC,$@)$(HOSTCC) -std=c11 -static -O2 $< -o $@

bench/printf/%-musl: $(srcdir)/bench/printf/%.c
	@mkdir -p $(@D)
	$(call msg,MUSLCC,$@)musl-gcc -std=c11 -static -O2 $< -o $@

ifeq ($(RUNNER),)
bench-printf: $(PRINTF_BENCH_BINS)
	sh $(srcdir)/bench/printf/run.sh bench/printf
else
bench-printf:
	@echo "bench-printf: skipped on a foreign target ($(ARCH) through $(RUNNER))"
endif

.PHONY: bench-printf
