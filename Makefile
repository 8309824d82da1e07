# Source-tree driver.  Builds, demos and checks every architecture in arch/
# that this machine has a compiler for, each out of tree in build/<arch>.
# To build for one target only, use configure in a directory of your own
# (see README.md).

all demo check bench:
	@sh tools/each-arch $@

clean:
	rm -rf build

.PHONY: all demo check bench clean
