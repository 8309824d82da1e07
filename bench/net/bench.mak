# bench/net: callgrind instructions per call of poll on 64 descriptors,
# inet_pton, and getaddrinfo of a numeric host and of an /etc/hosts name,
# against trapdoor, glibc static and musl static (see bench/net/run.sh).

BENCH_GOALS += bench-net

NET_BENCH_BINS = $(foreach l,trapdoor glibc musl,bench/net/net-$(l))

bench/net/net-trapdoor: $(srcdir)/bench/net/net.c $(LIB_OUTPUTS)
	@mkdir -p $(@D)
	$(call msg,CC,$@)$(WRAPPER) -std=c11 -O2 $< -o $@

bench/net/net-glibc: $(srcdir)/bench/net/net.c
	@mkdir -p $(@D)
	$(call msg,HOSTCC,$@)$(HOSTCC) -std=c11 -static -O2 $< -o $@

bench/net/net-musl: $(srcdir)/bench/net/net.c
	@mkdir -p $(@D)
	$(call msg,MUSLCC,$@)musl-gcc -std=c11 -static -O2 $< -o $@

ifeq ($(RUNNER),)
bench-net: $(NET_BENCH_BINS)
	sh $(srcdir)/bench/net/run.sh bench/net
else
bench-net:
	@echo "bench-net: skipped on a foreign target ($(ARCH) through $(RUNNER))"
endif

.PHONY: bench-net
