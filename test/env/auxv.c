/* getauxval: the auxiliary vector start-up found after envp. */
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include "t.h"

extern char _start[];

/* A type no kernel has given out (they stop in the 50s). */
#define AT_UNKNOWN 12345

int main(void)
{
	unsigned long page = getauxval(AT_PAGESZ);
	const unsigned char *rnd = (const unsigned char *)getauxval(AT_RANDOM);
	unsigned char copy[16];
	char *map;
	int p[2], any = 0;

	t_true("at_pagesz_power_of_two", page >= 4096 && !(page & (page - 1)),
	       "AT_PAGESZ is not a power of two >= 4096");
	/* The real page size: unmapping at AT_PAGESZ works, at half of it does not. */
	map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	t_true("at_pagesz_mmap", map != MAP_FAILED, "mmap of two pages failed");
	t_eq("mmap_aligned_to_at_pagesz", (unsigned long)map % page, 0);
	T_ERR("munmap_half_page_einval", munmap(map + page / 2, page / 2), EINVAL);
	t_eq("munmap_at_pagesz_boundary", munmap(map + page, page), 0);
	munmap(map, page);

	t_true("at_random_set", rnd != NULL, "AT_RANDOM is 0");
	/* The kernel reads the 16 bytes through the pointer: EFAULT if they are not there. */
	t_eq("at_random_pipe", pipe(p), 0);
	t_eq("at_random_16_readable_bytes", write(p[1], rnd, 16), 16);
	t_eq("at_random_bytes_read_back", read(p[0], copy, 16), 16);
	for (int i = 0; i < 16; i++)
		any |= copy[i];
	t_true("at_random_not_all_zero", any != 0, "16 random bytes are all zero");
	t_eq("at_random_bytes_same", memcmp(copy, rnd, 16), 0);

	t_eq("at_entry_is__start", getauxval(AT_ENTRY), (unsigned long)_start);
	t_true("at_phdr_set", getauxval(AT_PHDR) != 0, "AT_PHDR is 0");
	/* The size of one program header: Elf64_Phdr or Elf32_Phdr. */
	t_eq("at_phent", getauxval(AT_PHENT), sizeof(void *) == 8 ? 56 : 32);
	t_eq("at_uid", getauxval(AT_UID), syscall(SYS_getuid));

	errno = 0;
	t_eq("getauxval_unknown_type_0", getauxval(AT_UNKNOWN), 0);
	t_eq("getauxval_unknown_type_enoent", errno, ENOENT);
	errno = 0;
	t_eq("getauxval_at_null_0", getauxval(AT_NULL), 0);
	t_eq("getauxval_at_null_enoent", errno, ENOENT);
	errno = EDOM;
	getauxval(AT_PAGESZ);
	t_eq("getauxval_found_leaves_errno", errno, EDOM);
	return t_done();
}
