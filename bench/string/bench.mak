# make bench: string functions under callgrind, trapdoor against glibc and
# musl static builds of the same program (bench/string/run.sh).

BENCH_GOALS += bench-string

bench/string/str-trapdoor: $(srcdir)/bench/string/str.c $(LIB_OUTPUTS)
	@mkdir -p $(@D)
	$(WRAPPER) -O2 $< -o $@

# The same with the generic C versions of the functions an arch may replace
# (what aarch64 runs), to measure them on this machine too.
BENCH_GENERIC_STRING = $(patsubst %,bench/string/generic/%.o,memcpy memmove memset memchr strlen \
	memcmp strchr)

bench/string/generic/%.o: $(srcdir)/src/string/%.c | $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(LIB_CFLAGS) -c $< -o $@

bench/string/str-generic: $(srcdir)/bench/string/str.c $(BENCH_GENERIC_STRING) $(LIB_OUTPUTS)
	@mkdir -p $(@D)
	$(WRAPPER) -O2 $< $(BENCH_GENERIC_STRING) -o $@

bench/string/str-glibc: $(srcdir)/bench/string/str.c
	@mkdir -p $(@D)
	$(HOSTCC) -O2 -static $< -o $@

bench/string/str-musl: $(srcdir)/bench/string/str.c
	@mkdir -p $(@D)
	musl-gcc -O2 -static $< -o $@

ifeq ($(RUNNER),)
bench-string: bench/string/str-trapdoor bench/string/str-generic bench/string/str-glibc \
		bench/string/str-musl
	sh $(srcdir)/bench/string/run.sh bench/string
else
bench-string:
	@echo "bench-string: skipped: the glibc and musl builds to compare with are for the host, not $(ARCH)"
endif

.PHONY: bench-string
