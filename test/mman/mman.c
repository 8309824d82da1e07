/* mmap, munmap, mprotect, mremap, madvise, mincore. */
#define _DEFAULT_SOURCE	/* mincore */
#include <fcntl.h>
#include <stdint.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include "t.h"

#define ANON (MAP_PRIVATE | MAP_ANONYMOUS)
#define RW (PROT_READ | PROT_WRITE)
#define BAD_ADVICE 12345
#define FAR_OFFSET ((off_t)5 << 30)
/*
 * qemu-user runs a 32-bit guest inside one host reservation of its whole
 * address space and keeps its own page table, which takes mprotect and
 * mremap of unmapped guest pages as success; the cases compare the raw call.
 */
#define QEMU_RESERVED_VA "qemu-user (32-bit guest in a reserved host range) maps unmapped pages"

static size_t page;
static volatile char *probe;

/* Whether the raw mmap2 of the page at FAR_OFFSET shows the bytes 4 GB below it. */
static int raw_far_map_truncated(int fd)
{
#ifdef SYS_mmap2
	char *p = (char *)syscall(SYS_mmap2, 0, page, PROT_READ, MAP_SHARED, fd, FAR_OFFSET / 4096);
	int low = p != MAP_FAILED && !memcmp(p, "low", 3);

	if (p != MAP_FAILED)
		munmap(p, page);
	return low;
#else
	(void)fd;
	return 0;
#endif
}

static char *map(size_t len)
{
	return mmap(NULL, len, RW, ANON, -1, 0);
}

/* stderr goes to /dev/null: qemu-user reports its guest's fatal signals there. */
static void quiet_stderr(void)
{
	int fd = open("/dev/null", O_WRONLY);

	dup2(fd, STDERR_FILENO);
	close(fd);
}

static void write_probe(void)
{
	quiet_stderr();
	*probe = 1;
}

static void read_probe(void)
{
	quiet_stderr();
	(void)*probe;
}

static void mmap_cases(void)
{
	char path[64], buf[8] = { 0 }, *p;
	int fd;

	p = map(3 * page);
	t_true("mmap_anon", p != MAP_FAILED, "anonymous mmap failed");
	t_eq("mmap_anon_zero_filled", p[0] | p[3 * page - 1], 0);
	p[0] = 'a';
	p[3 * page - 1] = 'z';
	t_eq("mmap_anon_writable", p[0] + p[3 * page - 1], 'a' + 'z');
	t_eq("munmap", munmap(p, 3 * page), 0);
	probe = p;
	T_KILLED("access_after_munmap_sigsegv", t_in_child(read_probe), SIGSEGV);

	T_ERR("mmap_len_0_einval", mmap(NULL, 0, RW, ANON, -1, 0), EINVAL);
	T_ERR("mmap_unaligned_offset_einval", mmap(NULL, page, RW, ANON, -1, 1), EINVAL);
	T_ERR("mmap_half_page_offset_einval", mmap(NULL, page, RW, ANON, -1, page / 2), EINVAL);
	T_ERR("mmap_huge_len_enomem", mmap(NULL, SIZE_MAX - page, RW, ANON, -1, 0), ENOMEM);
	T_ERR("mmap_ptrdiff_max_enomem", mmap(NULL, PTRDIFF_MAX, RW, ANON, -1, 0), ENOMEM);
#if SIZE_MAX > 0xffffffff
	/*
	 * Below PTRDIFF_MAX, so the kernel decides.  A 32-bit process may have
	 * room for any length below PTRDIFF_MAX: there the case has no length.
	 */
	T_ERR("mmap_beyond_address_space_enomem", mmap(NULL, (size_t)1 << 62, RW, ANON, -1, 0), ENOMEM);
#endif
	T_ERR("mmap_no_share_type_einval", mmap(NULL, page, RW, MAP_ANONYMOUS, -1, 0), EINVAL);
	T_ERR("mmap_bad_fd_ebadf", mmap(NULL, page, RW, MAP_PRIVATE, -1, 0), EBADF);

	fd = open(t_tmpname(path, "mmap"), O_RDWR | O_CREAT | O_TRUNC, 0600);
	for (size_t i = 0; i < page; i += 4)
		write(fd, "data", 4);
	p = mmap(NULL, page, RW, MAP_SHARED, fd, 0);
	t_true("mmap_file_shared", p != MAP_FAILED, "mmap of the scratch file failed");
	if (p == MAP_FAILED)
		return;
	t_eq("mmap_file_contents", memcmp(p, "datadata", 8), 0);
	memcpy(p, "DATA", 4);
	t_eq("munmap_file", munmap(p, page), 0);
	lseek(fd, 0, SEEK_SET);
	read(fd, buf, 6);
	t_str("mmap_shared_write_reaches_file", buf, "DATAda");
	p = mmap(NULL, page, PROT_READ, MAP_PRIVATE, fd, page);
	t_true("mmap_file_offset_past_end_maps", p != MAP_FAILED, "mmap at offset page failed");
	probe = p;
	T_KILLED("mmap_page_past_eof_sigbus", t_in_child(read_probe), SIGBUS);
	munmap(p, page);
	/* A 64-bit offset reaches the kernel whole (mmap2's page units on 32-bit arches). */
	lseek(fd, FAR_OFFSET, SEEK_SET);
	write(fd, "far", 3);
	lseek(fd, (uint32_t)FAR_OFFSET, SEEK_SET);
	write(fd, "low", 3);
	if (t_under_qemu() && raw_far_map_truncated(fd)) {
		t_skip("mmap_offset_beyond_4gb", "qemu-user before 8.1 truncates mmap2's offset to 32 bits");
	} else {
		p = mmap(NULL, page, PROT_READ, MAP_SHARED, fd, FAR_OFFSET);
		t_true("mmap_offset_beyond_4gb", p != MAP_FAILED && !memcmp(p, "far", 3),
		       "the page at 5 GB did not map, or held other bytes");
		if (p != MAP_FAILED)
			munmap(p, page);
	}
	T_ERR("mmap_negative_offset_eoverflow", mmap(NULL, page, PROT_READ, MAP_SHARED, fd,
						     -(off_t)page), EOVERFLOW);
	close(fd);
	fd = open(path, O_RDONLY);
	T_ERR("mmap_shared_write_on_rdonly_fd_eacces", mmap(NULL, page, RW, MAP_SHARED, fd, 0),
	      EACCES);
	close(fd);
	unlink(path);

	p = map(2 * page);
	munmap(p + page, page);
	t_true("mmap_fixed", mmap(p + page, page, RW, ANON | MAP_FIXED, -1, 0) == p + page,
	       "MAP_FIXED did not map at the address asked");
	T_ERR("mmap_fixed_unaligned_einval", mmap(p + 1, page, RW, ANON | MAP_FIXED, -1, 0), EINVAL);
	munmap(p, 2 * page);
}

static void munmap_mprotect_cases(void)
{
	char *p = map(3 * page);

	T_ERR("munmap_len_0_einval", munmap(p, 0), EINVAL);
	T_ERR("munmap_unaligned_einval", munmap(p + 1, page), EINVAL);
	t_eq("munmap_last_page", munmap(p + 2 * page, page), 0);
	t_eq("munmap_unmapped_range_ok", munmap(p + 2 * page, page), 0);

	t_eq("mprotect_read_only", mprotect(p, page, PROT_READ), 0);
	probe = p;
	T_KILLED("write_read_only_page_sigsegv", t_in_child(write_probe), SIGSEGV);
	probe = p + page;
	T_EXITED("write_next_page_still_fine", t_in_child(write_probe), 0);
	t_eq("mprotect_none", mprotect(p, page, PROT_NONE), 0);
	probe = p;
	T_KILLED("read_prot_none_page_sigsegv", t_in_child(read_probe), SIGSEGV);
	t_eq("mprotect_back_to_rw", mprotect(p, page, RW), 0);
	p[0] = 5;
	t_eq("mprotect_rw_writable", p[0], 5);
	T_ERR("mprotect_unaligned_einval", mprotect(p + 1, page, PROT_READ), EINVAL);
	T_ERR("mprotect_bad_prot_einval", mprotect(p, page, 0x100), EINVAL);
	munmap(p, 2 * page);
	if (t_under_qemu() && syscall(SYS_mprotect, p, page, PROT_READ) == 0)
		t_skip("mprotect_unmapped_enomem", QEMU_RESERVED_VA);
	else
		T_ERR("mprotect_unmapped_enomem", mprotect(p, page, PROT_READ), ENOMEM);
}

static void mremap_cases(void)
{
	char *p = map(2 * page), *q, *r;

	p[0] = 'x';
	/* Growing the first page in place would run into the second. */
	T_ERR("mremap_grow_in_place_blocked_enomem", mremap(p, page, 2 * page, 0), ENOMEM);
	q = mremap(p, page, 4 * page, MREMAP_MAYMOVE);
	t_true("mremap_maymove_grows", q != MAP_FAILED, "mremap MREMAP_MAYMOVE failed");
	if (q == MAP_FAILED)
		return;
	t_eq("mremap_keeps_data", q[0], 'x');
	q[4 * page - 1] = 'y';
	t_eq("mremap_new_part_writable", q[4 * page - 1], 'y');
	t_true("mremap_shrink_in_place", mremap(q, 4 * page, page, 0) == q,
	       "shrinking moved the mapping");
	r = map(page);
	munmap(r, page);
	t_true("mremap_fixed", mremap(q, page, page, MREMAP_MAYMOVE | MREMAP_FIXED, r) == r,
	       "MREMAP_FIXED did not move to the address asked");
	t_eq("mremap_fixed_keeps_data", r[0], 'x');
	T_ERR("mremap_huge_enomem", mremap(r, page, SIZE_MAX - page, MREMAP_MAYMOVE), ENOMEM);
	T_ERR("mremap_ptrdiff_max_enomem", mremap(r, page, PTRDIFF_MAX, MREMAP_MAYMOVE), ENOMEM);
	T_ERR("mremap_unaligned_einval", mremap(r + 1, page, 2 * page, MREMAP_MAYMOVE), EINVAL);
	T_ERR("mremap_bad_flags_einval", mremap(r, page, 2 * page, 0x100), EINVAL);
	T_ERR("mremap_fixed_without_maymove_einval", mremap(r, page, page, MREMAP_FIXED, q), EINVAL);
	munmap(p + page, page);
	munmap(r, page);
	q = t_under_qemu() ? (char *)syscall(SYS_mremap, r, page, 2 * page, MREMAP_MAYMOVE) : MAP_FAILED;
	if (q != MAP_FAILED) {
		munmap(q, 2 * page);
		t_skip("mremap_unmapped_efault", QEMU_RESERVED_VA);
	} else {
		T_ERR("mremap_unmapped_efault", mremap(r, page, 2 * page, MREMAP_MAYMOVE), EFAULT);
	}
	munmap(p, 2 * page);
}

static void madvise_cases(void)
{
	char *p = map(2 * page);

	p[0] = 'x';
	t_eq("madvise_normal", madvise(p, 2 * page, MADV_NORMAL), 0);
	t_eq("madvise_willneed", madvise(p, 2 * page, MADV_WILLNEED), 0);
	t_eq("madvise_dontneed", madvise(p, page, MADV_DONTNEED), 0);
	t_eq("madvise_dontneed_zeroes_private_anon", p[0], 0);
	T_ERR("madvise_unaligned_einval", madvise(p + 1, page, MADV_NORMAL), EINVAL);
	/* qemu-user takes any advice, on any range, as a hint it may drop. */
	if (t_under_qemu() && syscall(SYS_madvise, p, page, BAD_ADVICE) == 0) {
		t_skip("madvise_bad_advice_einval", "qemu-user accepts any advice");
		t_skip("madvise_unmapped_enomem", "qemu-user accepts any advice");
		munmap(p, 2 * page);
		return;
	}
	T_ERR("madvise_bad_advice_einval", madvise(p, page, BAD_ADVICE), EINVAL);
	munmap(p, 2 * page);
	T_ERR("madvise_unmapped_enomem", madvise(p, page, MADV_WILLNEED), ENOMEM);
}

static void mincore_cases(void)
{
	unsigned char vec[3] = { 0xf0, 0xf0, 0xf0 };
	char *p = map(3 * page);

	p[0] = 1;
	p[2 * page] = 1;
	t_eq("mincore", mincore(p, 3 * page, vec), 0);
	t_eq("mincore_touched_pages_resident", (vec[0] & 1) + (vec[2] & 1), 2);
	T_ERR("mincore_unaligned_einval", mincore(p + 1, page, vec), EINVAL);
	munmap(p, 3 * page);
	T_ERR("mincore_unmapped_enomem", mincore(p, page, vec), ENOMEM);
}

int main(void)
{
	page = getauxval(AT_PAGESZ);
	mmap_cases();
	munmap_mprotect_cases();
	mremap_cases();
	madvise_cases();
	mincore_cases();
	return t_done();
}
