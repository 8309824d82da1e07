# bench/malloc: allocator workloads and the cost of one malloc + free pair,
# each program built against trapdoor, glibc (static) and musl (static).

BENCH_GOALS += bench-malloc

BM_DIR = bench/malloc
BM_PROGS = $(foreach p,work pair,$(foreach l,trapdoor glibc musl,$(BM_DIR)/$(p).$(l))) \
	$(BM_DIR)/reuse.trapdoor
BM_CFLAGS = -O2

$(BM_DIR)/%.trapdoor: $(srcdir)/bench/malloc/%.c $(srcdir)/bench/malloc/large.h $(LIB_OUTPUTS)
	@mkdir -p $(@D)
	$(call msg,CC,$@)$(WRAPPER) $(BM_CFLAGS) $< -o $@

$(BM_DIR)/%.glibc: $(srcdir)/bench/malloc/%.c $(srcdir)/bench/malloc/large.h
	@mkdir -p $(@D)
	$(call msg,CC,$@)cc -static $(BM_CFLAGS) $< -o $@

$(BM_DIR)/%.musl: $(srcdir)/bench/malloc/%.c $(srcdir)/bench/malloc/large.h
	@mkdir -p $(@D)
	$(call msg,CC,$@)musl-gcc -static $(BM_CFLAGS) $< -o $@

$(BM_DIR)/runner: $(srcdir)/bench/malloc/runner.c
	@mkdir -p $(@D)
	$(call msg,HOSTCC,$@)$(HOSTCC) -O2 -Wall -Wextra -Werror $< -o $@

ifeq ($(RUNNER),)
bench-malloc: $(BM_PROGS) $(BM_DIR)/runner
	./$(BM_DIR)/runner $(BM_DIR)
else
bench-malloc:
	@echo "bench-malloc: skipped on a foreign target ($(ARCH) runs under $(RUNNER))"
endif

.PHONY: bench-malloc
