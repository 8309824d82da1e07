# bench/spawn: spawn-and-wait latency by fork+execve, vfork+execve and
# posix_spawn, with the parent holding 0, 100 MB and 1 GB, against
# trapdoor, glibc static and musl static (see bench/spawn/run.sh).

BENCH_GOALS += bench-spawn

SPAWN_BENCH_SRC = $(srcdir)/bench/spawn/spawn.c

bench/spawn/tiny: $(srcdir)/bench/spawn/tiny.c
	@mkdir -p $(@D)
	$(call msg,HOSTCC,$@)$(HOSTCC) -static -O2 $< -o $@

bench/spawn/spawn-trapdoor: $(SPAWN_BENCH_SRC) $(LIB_OUTPUTS)
	@mkdir -p $(@D)
	$(call msg,CC,$@)$(WRAPPER) -O2 $< -o $@

bench/spawn/spawn-glibc: $(SPAWN_BENCH_SRC)
	@mkdir -p $(@D)
	$(call msg,HOSTCC,$@)$(HOSTCC) -static -O2 $< -o $@

bench/spawn/spawn-musl: $(SPAWN_BENCH_SRC)
	@mkdir -p $(@D)
	$(call msg,MUSLCC,$@)musl-gcc -static -O2 $< -o $@

ifeq ($(RUNNER),)
bench-spawn: bench/spawn/tiny bench/spawn/spawn-trapdoor bench/spawn/spawn-glibc bench/spawn/spawn-musl
	sh $(srcdir)/bench/spawn/run.sh bench/spawn
else
bench-spawn:
	@echo "bench-spawn: skipped on a foreign target ($(ARCH) through $(RUNNER))"
endif

.PHONY: bench-spawn
