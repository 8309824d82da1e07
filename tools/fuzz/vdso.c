/*
 * A fuzzer of the vDSO symbol lookup, run by hand on the host (not part of
 * make check), best under the sanitizers:
 *
 *   cc -O1 -g -fsanitize=address,undefined -iquote src/internal -iquote arch/x86_64 \
 *      tools/fuzz/vdso.c -o /tmp/fuzz-vdso
 *   /tmp/fuzz-vdso SEED THOUSAND_CASES
 *
 * Each case copies the host's own vDSO image, changes a few bytes (the
 * headers, the dynamic section, the symbol and version tables, or
 * anywhere), puts it in a buffer exactly as long as its (changed) PT_LOAD
 * says -- the lookup takes the mapping to be that long, as the kernel maps
 * it -- so the sanitizer sees any read past it, and looks up clock_gettime
 * and a missing name.  A crash or sanitizer report is a finding; so is an
 * address returned outside the image.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The host's <sys/auxv.h> brings <elf.h>, whose names the library's vdso.h defines itself. */
#define _SYS_AUXV_H 1
#define AT_SYSINFO_EHDR 33
unsigned long getauxval(unsigned long type);

#define __getauxval fz_getauxval
#define __vdso_sym fz_vdso_sym
#include "../../src/time/__vdso_sym.c"

static uintptr_t image;

unsigned long fz_getauxval(unsigned long type)
{
	return type == AT_SYSINFO_EHDR ? image : 0;
}

static uint64_t rng;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

int main(int argc, char **argv)
{
	const Ehdr *eh = (const Ehdr *)getauxval(AT_SYSINFO_EHDR);
	struct image im, claim;
	const Phdr *dyn;
	unsigned long long cases, found = 0;
	unsigned char *copy;

	if (argc < 3)
		return fprintf(stderr, "usage: fuzz-vdso SEED THOUSAND_CASES\n"), 2;
	if (!eh || !load(eh, &im, &dyn))
		return fprintf(stderr, "fuzz-vdso: the host offers no vDSO\n"), 2;
	rng = strtoull(argv[1], 0, 0) * 0x9e3779b97f4a7c15u | 1;
	cases = strtoull(argv[2], 0, 0) * 1000;
	for (unsigned long long c = 0; c < cases; c++) {
		/* Page-aligned and exactly the image's length: its first page stands in for the mapping. */
		copy = aligned_alloc(4096, (im.size + 4095) & ~(uintptr_t)4095);
		memcpy(copy, eh, im.size);
		for (int k = (int)(next() % 8) + 1; k > 0; k--) {
			size_t at = next() % 4 ? next() % im.size : next() % 128;

			copy[at] = next() % 2 ? (unsigned char)next() : copy[at] ^ (unsigned char)(1u << (next() % 8));
		}
		claim = im;
		if (load((const Ehdr *)copy, &claim, &dyn) && claim.size != im.size) {
			unsigned char *sized = aligned_alloc(4096, (claim.size + 4095) & ~(uintptr_t)4095);

			memset(sized, 0, claim.size);
			memcpy(sized, copy, claim.size < im.size ? claim.size : im.size);
			free(copy);
			copy = sized;
		}
		image = (uintptr_t)copy;
		void *f = fz_vdso_sym(VDSO_CGT_SYM, VDSO_CGT_VER);

		if (f && ((uintptr_t)f < image || (uintptr_t)f >= image + (claim.size > im.size ? claim.size : im.size))) {
			printf("case %llu: address %p outside the image\n", c, f);
			return 1;
		}
		found += f != 0;
		fz_vdso_sym("__no_such_symbol", 0);
		free(copy);
	}
	printf("%llu cases, clock_gettime still found in %llu\n", cases, found);
	return 0;
}
