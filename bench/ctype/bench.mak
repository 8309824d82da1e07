# make bench: ctype loops under callgrind, trapdoor against glibc and musl
# static builds of the same program (bench/ctype/run.sh).

BENCH_GOALS += bench-ctype

bench/ctype/ctype-trapdoor: $(srcdir)/bench/ctype/ctype.c $(LIB_OUTPUTS)
	@mkdir -p $(@D)
	$(WRAPPER) -O2 $< -o $@

bench/ctype/ctype-glibc: $(srcdir)/bench/ctype/ctype.c
	@mkdir -p $(@D)
	$(HOSTCC) -O2 -static $< -o $@

bench/ctype/ctype-musl: $(srcdir)/bench/ctype/ctype.c
	@mkdir -p $(@D)
	musl-gcc -O2 -static $< -o $@

ifeq ($(RUNNER),)
bench-ctype: bench/ctype/ctype-trapdoor bench/ctype/ctype-glibc bench/ctype/ctype-musl
	sh $(srcdir)/bench/ctype/run.sh bench/ctype
else
bench-ctype:
	@echo "bench-ctype: skipped: the glibc and musl builds to compare with are for the host, not $(ARCH)"
endif

.PHONY: bench-ctype
