# Tests for the configured target (included by Makefile.in).
#
# test/<area>/<name>.c is a freestanding test program built with trapdoor-cc;
# test/driver/ is the host-side Check driver that runs them (under the
# runner, qemu-ARCH, for a foreign target); test/unit/ holds host-side Check
# unit tests of library internals.

TEST_SRCS = $(filter-out $(srcdir)/test/driver/% $(srcdir)/test/unit/% $(srcdir)/test/fuzz/% \
	$(srcdir)/test/translate/% $(srcdir)/test/trace/%, \
	$(wildcard $(srcdir)/test/*/*.c))
TEST_BINS = $(patsubst $(srcdir)/test/%.c,test/bin/%,$(TEST_SRCS))
TEST_CFLAGS = -std=c11 -O2 -Wall -Wextra -Werror -fstack-protector-strong -I$(srcdir)/test \
	$(if $(REDUCED),-DT_REDUCED_TABLE -include test/absent.h)

# A kernel but Linux (configure --syscalls): its table lacks calls, and a
# test's raw syscall(SYS_x) of one still builds, as number -1, which Linux
# and bin/td-translate answer with ENOSYS (t.h then skips the case).
REDUCED = $(filter-out linux,$(KERNEL))
test/absent.h: $(ABSENT_HDR)
	@mkdir -p $(@D)
	$(call msg,GEN,$@)sed -n 's/^	SYS_\([a-z0-9_]*\) = __SYS_ABSENT,$$/#define SYS_\1 (-1)/p' $< >$@

CHECK_CFLAGS = $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS = $(shell pkg-config --libs check 2>/dev/null)

# A test may include t.h and headers of its own area (test/<area>/*.h).
TEST_HDRS = $(wildcard $(srcdir)/test/*.h $(srcdir)/test/*/*.h)

test/bin/%: $(srcdir)/test/%.c $(TEST_HDRS) $(LIB_OUTPUTS) $(if $(REDUCED),test/absent.h)
	@mkdir -p $(@D)
	$(call msg,CC,$@)$(WRAPPER) $(TEST_CFLAGS) $< -o $@

# The math tests call the library, not the compiler's folded or inlined builtins.
test/bin/math/%: TEST_CFLAGS += -fno-builtin

# memmove's C version built into the test as hard as a compiler may take it.
test/bin/string/memmove: TEST_CFLAGS += -O3 -fno-builtin $(CFLAGS_AUTO) \
	-iquote $(srcdir)/src/internal -iquote $(srcdir)/arch/$(ARCH)

test/driver: $(srcdir)/test/driver/driver.c
	@pkg-config --exists check || { echo "make check needs Check: apt-get install check pkg-config" >&2; exit 1; }
	@mkdir -p $(@D)
	$(HOSTCC) -O2 -Wall -Wextra -Werror $(CHECK_CFLAGS) $< -o $@ $(CHECK_LIBS)

# Host-side Check unit tests of library internals: each test/unit/<name>.c is
# one translation unit for the host compiler, run natively by the driver
# (once, in the build whose target is the host).
UNIT_SRCS = $(if $(RUNNER),,$(wildcard $(srcdir)/test/unit/*.c))
UNIT_BINS = $(patsubst $(srcdir)/test/unit/%.c,test/unit/%,$(UNIT_SRCS))

# A unit test compiles library sources into itself: it depends on all of them.
test/unit/%: $(srcdir)/test/unit/%.c $(wildcard $(srcdir)/src/*/*.c $(srcdir)/src/internal/*.h)
	@mkdir -p $(@D)
	$(call msg,HOSTCC,$@)$(HOSTCC) -O2 -Wall -Wextra -Werror $(UNIT_CFLAGS) -iquote $(srcdir)/src/internal \
		$(CHECK_CFLAGS) $< -o $@ $(CHECK_LIBS)

# src/math's own flags, and glibc's functions called, never inlined or folded.
test/unit/math_diff: UNIT_CFLAGS = -fno-builtin -fno-math-errno -frounding-math
test/unit/math_diff: $(wildcard $(srcdir)/src/math/*.c) $(srcdir)/src/internal/libm.h

# The math differential test at ten times check's inputs (over 10^6 per function).
math-diff-full: test/unit/math_diff
	MATH_DIFF_SCALE=10 ./test/unit/math_diff

# The long double one: the same flags, and libquadmath's 113-bit functions as the reference.
test/unit/ldouble_diff: UNIT_CFLAGS = -fno-builtin -fno-math-errno -frounding-math
test/unit/ldouble_diff: CHECK_LIBS += -lquadmath
test/unit/ldouble_diff: $(wildcard $(srcdir)/src/math/*l.c) $(srcdir)/src/math/__math_tab.c \
	$(srcdir)/src/math/__rem_pio2l.c $(srcdir)/src/internal/libm.h $(srcdir)/src/internal/ldmath.h

ldouble-diff-full: test/unit/ldouble_diff
	MATH_DIFF_SCALE=10 ./test/unit/ldouble_diff

math-diff-full: ldouble-diff-full

# Header self-containment: gcc-compatible CC always, clang too when present.
CLANG_CC = $(if $(shell command -v clang),clang --target=$(TARGET) -nostdinc -isystem include \
	-isystem $(shell clang -print-resource-dir)/include)
HEADER_CCS = "$(CC) -nostdinc -isystem include -isystem $(CC_INCDIR) -std=c11" \
	"$(CC) -nostdinc -isystem include -isystem $(CC_INCDIR) -std=c99" \
	"$(CC) -nostdinc -isystem include -isystem $(CC_INCDIR) -std=gnu11" \
	$(if $(CLANG_CC),"$(CLANG_CC) -std=c11" "$(CLANG_CC) -std=c99" "$(CLANG_CC) -std=gnu11")

test/check-headers: $(srcdir)/test/check-headers.sh config.mak
	@mkdir -p $(@D)
	printf '#!/bin/sh\ncd "%s" && exec sh %s include %s\n' '$(CURDIR)' '$<' '$(HEADER_CCS)' >$@
	chmod +x $@

test/check-install: $(srcdir)/test/check-install.sh config.mak
	@mkdir -p $(@D)
	printf '#!/bin/sh\nexec sh %s "%s" "%s" %s\n' '$<' '$(CURDIR)' '$(srcdir)' '$(RUNNER)' >$@
	chmod +x $@

# trapdoor-cc sees only trapdoor's and the compiler's headers, links no host libc.
test/check-isolation: $(srcdir)/test/check-isolation.sh config.mak
	@mkdir -p $(@D)
	printf '#!/bin/sh\nexec sh %s "%s" "%s" "%s" %s\n' '$<' '$(CURDIR)' '$(CC_INCDIR)' '$(LIBGCC)' \
		'$(RUNNER)' >$@
	chmod +x $@

# What the printf macros link: floating point and strerror only where a call may need them.
test/check-printf-link: $(srcdir)/test/check-printf-link.sh config.mak
	@mkdir -p $(@D)
	printf '#!/bin/sh\nexec sh %s "%s"\n' '$<' '$(CURDIR)' >$@
	chmod +x $@

# -lm is trapdoor's (empty) libm.a, and the math functions come from libtrapdoor.a.
test/check-math-link: $(srcdir)/test/check-math-link.sh config.mak
	@mkdir -p $(@D)
	printf '#!/bin/sh\nexec sh %s "%s" "%s" %s\n' '$<' '$(CURDIR)' '$(srcdir)' '$(RUNNER)' >$@
	chmod +x $@

# The target's binutils: the compiler's own, else ARCH-linux-gnu-, llvm- or plain.
target_tool = $(or $(filter /%,$(shell $(CC) -print-prog-name=$(1) 2>/dev/null)), \
	$(shell command -v $(TARGET)-$(1) || command -v llvm-$(1)),$(1))
NM = $(call target_tool,nm)
READELF = $(call target_tool,readelf)

# The library calls only reserved or ISO C names; its internal names are hidden.
test/check-namespace: $(srcdir)/test/check-namespace.sh
	@mkdir -p $(@D)
	printf '#!/bin/sh\nexec sh %s "%s" "%s" "%s" "%s"\n' '$<' '$(CURDIR)' '$(NM)' '$(READELF)' '$(CC)' >$@
	chmod +x $@

# Private declarations only in src/internal headers; one shell path.
test/check-sources: $(srcdir)/test/check-sources.sh
	@mkdir -p $(@D)
	printf '#!/bin/sh\nexec sh %s "%s"\n' '$<' '$(srcdir)' >$@
	chmod +x $@

# The library's objects check the stack canary, but for the start-up code.
test/check-ssp: $(srcdir)/test/check-ssp.sh config.mak
	@mkdir -p $(@D)
	printf '#!/bin/sh\nexec sh %s "%s" "%s"\n' '$<' '$(CURDIR)' '$(NM)' >$@
	chmod +x $@

# The library with only the minimum set of calls (kernels/minimal), and its report.
test/check-minimal: $(srcdir)/test/check-minimal.sh config.mak
	@mkdir -p $(@D)
	printf '#!/bin/sh\nexec sh %s "%s" "%s" "%s" %s\n' '$<' '$(CURDIR)' '$(srcdir)' '$(ARCH)' \
		'$(RUNNER)' >$@
	chmod +x $@

# configure's options, errors and config.mak, in scratch directories.
test/check-configure: $(srcdir)/test/check-configure.sh config.mak
	@mkdir -p $(@D)
	printf '#!/bin/sh\nexec sh %s "%s"\n' '$<' '$(srcdir)' >$@
	chmod +x $@

# The trace test (test/trace/trace.c) runs against a trace build.  A build
# configured without --enable-trace rebuilds, with the trace, only the library
# objects the test's plain link pulls from libtrapdoor.a (ld -t -t names
# them) and links those and the trace before the archive, the start-up
# objects and the trace without the stack protector as Makefile.in has them.
TRACE_TEST = test/bin/trace/trace
TRACE_OBJ_DIR = test/trace/obj
ifeq ($(TRACE),yes)
$(TRACE_TEST): $(srcdir)/test/trace/trace.c $(TEST_HDRS) $(LIB_OUTPUTS)
	@mkdir -p $(@D)
	$(call msg,CC,$@)$(WRAPPER) $(TEST_CFLAGS) $< -o $@
else
$(TRACE_TEST): $(srcdir)/test/trace/trace.c $(TEST_HDRS) $(LIB_OUTPUTS) $(TRACE_SRCS) \
		obj/trace/trace_names.h
	@mkdir -p $(@D) $(TRACE_OBJ_DIR)
	$(call msg,CC,$@)set -e; \
	members=" $$($(WRAPPER) $(TEST_CFLAGS) $< -o $@ -Wl,-t,-t | \
		sed -n 's|.*libtrapdoor\.a)\(.*\)$$|\1|p; s|.*libtrapdoor\.a(\(.*\))$$|\1|p' | \
		tr '\n' ' ')"; \
	objs=; \
	for o in $(OBJS) $(TRACE_OBJS); do \
		case "$$members $(notdir $(TRACE_OBJS)) " in *" $${o##*/} "*) ;; *) continue ;; esac; \
		s=$(srcdir)/$${o#obj/}; s=$${s%.o}.c; [ -f "$$s" ] || s=$${s%.c}.S; \
		t=$(TRACE_OBJ_DIR)/$${o#obj/}; mkdir -p $${t%/*}; \
		case " $(STARTUP_OBJS) $(TRACE_OBJS) " in \
		*" $$o "*) ssp=-fno-stack-protector ;; *) ssp= ;; esac; \
		$(CC) $(LIB_CFLAGS) $(TRACE_CFLAGS) $$ssp -c $$s -o $$t; \
		objs="$$objs $$t"; \
	done; \
	$(WRAPPER) $(TEST_CFLAGS) $< $$objs -o $@
endif

# bin/td-translate on a program of a scrambled numbering (where it is built).
test/check-translate: $(srcdir)/test/check-translate.sh config.mak $(TRANSLATOR)
	@mkdir -p $(@D)
	printf '#!/bin/sh\nexec sh %s "%s" "%s" "%s" "%s"\n' '$<' '$(CURDIR)' '$(srcdir)' '$(ARCH)' '$(CC)' >$@
	chmod +x $@
HOST_TRANSLATE = $(if $(TRANSLATOR),test/check-translate)

# The trace test reads Linux's names and calls: not in another kernel's tree.
CHECK_TRACE = $(if $(REDUCED),,$(TRACE_TEST))
# qemu-user's default mips64el CPU (5KEf) ignores writes to the FCSR, so no
# rounding mode or flag could be set; MIPS64R2-generic models it.
QEMU_ENV = $(if $(filter mips64el,$(ARCH)),QEMU_CPU=MIPS64R2-generic)
check: $(HOST_TRANSLATE) $(CHECK_TRACE) $(TEST_BINS) $(UNIT_BINS) test/driver test/check-headers test/check-install \
		test/check-isolation test/check-configure test/check-printf-link test/check-namespace \
		test/check-sources test/check-ssp test/check-minimal test/check-math-link $(if $(BOOTABLE),$(INITRAMFS) test/check-boot)
	@if [ -n "$(RUNNER)" ] && ! command -v $(RUNNER) >/dev/null; then \
		echo "make check: $(RUNNER) is needed to run $(ARCH) programs: apt-get install qemu-user" >&2; \
		exit 1; fi
	$(QEMU_ENV) ./test/driver --arch $(if $(REDUCED),$(KERNEL)-)$(ARCH) $(if $(RUNNER),--runner $(RUNNER)) \
		--host test/check-headers --host test/check-install --host test/check-isolation \
		--host test/check-configure --host test/check-printf-link --host test/check-namespace \
		--host test/check-sources --host test/check-ssp --host test/check-minimal \
		--host test/check-math-link \
		$(if $(BOOTABLE),--host test/check-boot) $(addprefix --host ,$(HOST_TRANSLATE)) \
		$(addprefix --unit ,$(UNIT_BINS)) $(TEST_BINS) $(CHECK_TRACE)

.PHONY: check math-diff-full ldouble-diff-full

# Run by hand, not by check: test/fuzz/printf.c, a differential fuzzer of the
# printf core against the host glibc (x86_64 hosts), for FUZZ_SECONDS of CPU.
FUZZ_SECONDS = 600

test/fuzz/printf: $(srcdir)/test/fuzz/printf.c $(wildcard $(srcdir)/src/stdio/__fmt_*.c) \
		$(srcdir)/src/stdio/__vformat.c $(srcdir)/src/internal/format.h
	@mkdir -p $(@D)
	$(call msg,HOSTCC,$@)$(HOSTCC) -O2 -Wall -Wextra -Werror -iquote $(srcdir)/src/internal $< -o $@ -lm

fuzz-printf: test/fuzz/printf
	./test/fuzz/printf $(FUZZ_SECONDS) $(FUZZ_SEED)

.PHONY: fuzz-printf

# test/fuzz/dns.c: the DNS reply parser on mutated replies, under ASan and UBSan.
test/fuzz/dns: $(srcdir)/test/fuzz/dns.c $(srcdir)/test/network/dns.h $(srcdir)/src/internal/lookup.h \
		$(wildcard $(srcdir)/src/network/__dns_*.c)
	@mkdir -p $(@D)
	$(call msg,HOSTCC,$@)$(HOSTCC) -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
		-Wall -Wextra -Werror -iquote $(srcdir)/src/internal $< -o $@

fuzz-dns: test/fuzz/dns
	./test/fuzz/dns $(FUZZ_SECONDS) $(FUZZ_SEED)

# Run by hand: test/fuzz/gai_diff.c built with trapdoor and with the host's
# glibc; their getaddrinfo answers must be the same, line for line.
gai-diff: $(srcdir)/test/fuzz/gai_diff.c $(LIB_OUTPUTS)
	@mkdir -p test/fuzz
	$(WRAPPER) -O2 $< -o test/fuzz/gai_diff
	$(HOSTCC) -O2 $< -o test/fuzz/gai_diff_glibc
	$(RUNNER) ./test/fuzz/gai_diff >test/fuzz/gai_diff.out
	./test/fuzz/gai_diff_glibc | diff - test/fuzz/gai_diff.out && \
		echo "gai-diff: $$(wc -l <test/fuzz/gai_diff.out) combinations, all as glibc's"

.PHONY: fuzz-dns gai-diff

# src/math's own flags (Makefile.in), and glibc's functions called, never folded.
test/unit/transcendental_diff: UNIT_CFLAGS = -fno-builtin -fno-math-errno -frounding-math
test/unit/transcendental_diff: $(wildcard $(srcdir)/src/math/*.c) $(srcdir)/src/internal/mathfn.h

# Run by hand: test/unit/transcendental_diff.c over 10^6 random inputs per
# function (make check runs 10^5), printing the max ulp table of docs/math.md.
TRANS_DIFF_N = 1000000

transcendental-diff-full: test/unit/transcendental_diff
	TRANS_DIFF_N=$(TRANS_DIFF_N) TRANS_DIFF_REPORT=1 ./test/unit/transcendental_diff

.PHONY: transcendental-diff-full

# The same on the sources' FMA build, which x86_64's indirect functions choose on an FMA CPU;
# no contraction, as in the library's -std=c11 build.
test/unit/transcendental_diff_fma: UNIT_CFLAGS = -fno-builtin -fno-math-errno -frounding-math \
	-ffp-contract=off $(if $(filter x86_64,$(shell uname -m)),-mfma -mavx2)
test/unit/transcendental_diff_fma: $(srcdir)/test/unit/transcendental_diff.c \
	$(wildcard $(srcdir)/src/math/*.c) $(srcdir)/src/internal/mathfn.h

math-diff-full: transcendental-diff-full

# test/unit/gamma_diff.c the same way (make check: 10^5 inputs per function).
test/unit/gamma_diff: UNIT_CFLAGS = -fno-builtin -fno-math-errno -frounding-math
test/unit/gamma_diff: $(wildcard $(srcdir)/src/math/*.c) $(srcdir)/src/internal/mathfn.h \
	$(srcdir)/src/internal/lgamma.h

gamma-diff-full: test/unit/gamma_diff
	GAMMA_DIFF_N=$(TRANS_DIFF_N) GAMMA_DIFF_REPORT=1 ./test/unit/gamma_diff

.PHONY: gamma-diff-full
math-diff-full: gamma-diff-full

# test/unit/erf_diff.c: asinh acosh atanh erf erfc against glibc; the full
# run has ten times check's inputs and every float of a busy range.
test/unit/erf_diff: UNIT_CFLAGS = -fno-builtin -fno-math-errno -frounding-math
test/unit/erf_diff: $(wildcard $(srcdir)/src/math/*.c) $(srcdir)/src/internal/mathfn.h

erf-diff-full: test/unit/erf_diff
	ERF_DIFF_N=1000000 ERF_DIFF_REPORT=1 ./test/unit/erf_diff

.PHONY: erf-diff-full
math-diff-full: erf-diff-full
