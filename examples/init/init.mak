# The initramfs demo (docs/initramfs.md), included by examples/examples.mak:
# PID 1 and the programs its boot script runs, built with trapdoor-cc by the
# examples/% rule, packed by tools/mkinitramfs, booted by tools/boot-qemu.

INIT_BINS = $(patsubst $(srcdir)/examples/init/%.c,examples/init/%,$(wildcard $(srcdir)/examples/init/*.c))
INITRAMFS = boot/initramfs.cpio.gz
# This arch boots in make check when tools/boot-qemu knows it, and the
# build numbers its calls as Linux does (not configure --syscalls=hermit).
BOOTABLE := $(if $(filter-out linux,$(KERNEL)),,$(filter $(ARCH),$(shell sh $(srcdir)/tools/boot-qemu --arches)))

bin/mkcpio: $(srcdir)/tools/mkcpio.c
	@mkdir -p $(@D)
	$(call msg,HOSTCC,$@)$(HOSTCC) -O2 -Wall -Wextra -Werror $< -o $@

$(INITRAMFS): $(INIT_BINS) examples/hello bin/mkcpio $(srcdir)/examples/init/boot.script \
		$(srcdir)/tools/mkinitramfs
	@mkdir -p $(@D)
	$(call msg,CPIO,$@)sh $(srcdir)/tools/mkinitramfs $@ bin/mkcpio examples/init/init \
		$(srcdir)/examples/init/boot.script $(filter-out examples/init/init,$(INIT_BINS)) \
		examples/hello

initramfs: $(INITRAMFS)

boot: $(INITRAMFS)
	sh $(srcdir)/tools/boot-qemu $(ARCH) $(INITRAMFS)

test/check-boot: $(srcdir)/test/check-boot.sh config.mak
	@mkdir -p $(@D)
	printf '#!/bin/sh\nexec sh %s "%s" "%s" "%s"\n' '$<' '$(srcdir)' '$(ARCH)' '$(CURDIR)/$(INITRAMFS)' >$@
	chmod +x $@

check-boot: $(INITRAMFS) test/check-boot
	./test/check-boot

.PHONY: initramfs boot check-boot
