/* getcwd with a NULL buffer allocates it, as glibc and musl do. */
#include <limits.h>
#include <malloc.h>
#include "t.h"

int main(void)
{
	char want[PATH_MAX], *p;

	t_eq("chdir_tmp", chdir("/tmp"), 0);
	p = getcwd(NULL, 0);
	t_str("null_0_allocates", p, "/tmp");
	t_true("null_0_exact_block", p && malloc_usable_size(p) >= 5, "block too short");
	free(p);
	p = getcwd(NULL, 100);
	t_str("null_size_allocates", p, "/tmp");
	t_true("null_size_block_of_size", p && malloc_usable_size(p) >= 100, "block shorter than size");
	free(p);
	T_ERR("null_size_too_small_erange", getcwd(NULL, 3) ? 0 : -1, ERANGE);
	t_eq("chdir_root", chdir("/"), 0);
	p = getcwd(NULL, 0);
	t_str("null_0_root", p, "/");
	free(p);
	t_str("caller_buffer_still_works", getcwd(want, sizeof want), "/");
	T_ERR("caller_buffer_size_0_einval", getcwd(want, 0) ? 0 : -1, EINVAL);
	return t_done();
}
