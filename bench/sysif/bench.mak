# bench/sysif: callgrind instructions per stat call and per readdir call over
# a directory of 1,000 entries, against trapdoor, glibc static and musl
# static (see bench/sysif/run.sh).

BENCH_GOALS += bench-sysif

SYSIF_BENCH_BINS = $(foreach l,trapdoor glibc musl,bench/sysif/sysif-$(l))

bench/sysif/sysif-trapdoor: $(srcdir)/bench/sysif/sysif.c $(LIB_OUTPUTS)
	@mkdir -p $(@D)
	$(call msg,CC,$@)$(WRAPPER) -std=c11 -O2 $< -o $@

bench/sysif/sysif-glibc: $(srcdir)/bench/sysif/sysif.c
	@mkdir -p $(@D)
	$(call msg,HOSTCC,$@)$(HOSTCC) -std=c11 -static -O2 $< -o $@

bench/sysif/sysif-musl: $(srcdir)/bench/sysif/sysif.c
	@mkdir -p $(@D)
	$(call msg,MUSLCC,$@)musl-gcc -std=c11 -static -O2 $< -o $@

ifeq ($(RUNNER),)
bench-sysif: $(SYSIF_BENCH_BINS)
	sh $(srcdir)/bench/sysif/run.sh bench/sysif
else
bench-sysif:
	@echo "bench-sysif: skipped on a foreign target ($(ARCH) through $(RUNNER))"
endif

.PHONY: bench-sysif
