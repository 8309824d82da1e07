# bench/time: callgrind instructions per clock_gettime(CLOCK_MONOTONIC) call
# (through the library, then through syscall()), per localtime_r and per
# strftime call, against trapdoor, glibc static and musl static (see
# bench/time/run.sh).

BENCH_GOALS += bench-time

TIME_BENCH_BINS = $(foreach l,trapdoor glibc musl,bench/time/tm-$(l))

bench/time/tm-trapdoor: $(srcdir)/bench/time/tm.c $(LIB_OUTPUTS)
	@mkdir -p $(@D)
	$(call msg,CC,$@)$(WRAPPER) -std=c11 -O2 $< -o $@

bench/time/tm-glibc: $(srcdir)/bench/time/tm.c
	@mkdir -p $(@D)
	$(call msg,HOSTCC,$@)$(HOSTCC) -std=c11 -static -O2 $< -o $@

bench/time/tm-musl: $(srcdir)/bench/time/tm.c
	@mkdir -p $(@D)
	$(call msg,MUSLCC,$@)musl-gcc -std=c11 -static -O2 $< -o $@

ifeq ($(RUNNER),)
bench-time: $(TIME_BENCH_BINS)
	sh $(srcdir)/bench/time/run.sh bench/time
else
bench-time:
	@echo "bench-time: skipped on a foreign target ($(ARCH) through $(RUNNER))"
endif

.PHONY: bench-time
