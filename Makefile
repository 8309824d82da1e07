# Source-tree driver.  Builds, demos and checks every architecture in arch/
# that this machine has a compiler for, each out of tree in build/<arch>.
# To build for one target only, use configure in a directory of your own
# (see README.md).

all demo check bench:
	@sh tools/each-arch $@

# The initramfs demo (docs/initramfs.md): make boot ARCH=x86_64|aarch64.
ARCH = $(shell uname -m)
boot check-boot:
	@sh tools/each-arch $@ $(ARCH)

clean:
	rm -rf build

.PHONY: all demo check bench boot check-boot clean
