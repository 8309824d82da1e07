# Example programs (included by Makefile.in): examples/<name>.c is built with
# trapdoor-cc and run by "make demo", through the runner for a foreign target.

EXAMPLE_SRCS = $(wildcard $(srcdir)/examples/*.c)
EXAMPLE_BINS = $(patsubst $(srcdir)/examples/%.c,examples/%,$(EXAMPLE_SRCS))

examples/%: $(srcdir)/examples/%.c $(LIB_OUTPUTS)
	@mkdir -p $(@D)
	$(call msg,CC,$@)$(WRAPPER) -std=c11 -O2 -Wall -Wextra -Werror $< -o $@

demo: $(EXAMPLE_BINS)
	@for e in $(EXAMPLE_BINS); do \
		echo "-- $(ARCH): $(RUNNER)$(if $(RUNNER), )$$e one two"; \
		$(RUNNER) ./$$e one two || exit 1; \
	done

.PHONY: demo

include $(srcdir)/examples/init/init.mak
