/* sched_getaffinity sched_setaffinity sched_getcpu and the CPU_* macros; personality, klogctl, swapon, setfsuid. */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <sys/fsuid.h>
#include <sys/klog.h>
#include <sys/personality.h>
#include <sys/swap.h>
#include "t.h"

static void macros(void)
{
	cpu_set_t a, b, c;
	cpu_set_t *big;
	size_t size = CPU_ALLOC_SIZE(2000), word = sizeof(unsigned long);

	CPU_ZERO(&a);
	t_eq("cpu_zero_count", CPU_COUNT(&a), 0);
	CPU_SET(0, &a);
	CPU_SET(63, &a);
	CPU_SET(1023, &a);
	CPU_SET(1024, &a);
	t_eq("cpu_count", CPU_COUNT(&a), 3);
	t_eq("cpu_isset_1023", CPU_ISSET(1023, &a), 1);
	t_eq("cpu_isset_outside", CPU_ISSET(1024, &a), 0);
	t_eq("cpu_isset_clear", CPU_ISSET(1, &a), 0);
	CPU_CLR(63, &a);
	t_eq("cpu_clr", CPU_ISSET(63, &a), 0);
	CPU_ZERO(&b);
	CPU_SET(0, &b);
	CPU_SET(5, &b);
	CPU_AND(&c, &a, &b);
	t_eq("cpu_and", CPU_COUNT(&c), 1);
	CPU_OR(&c, &a, &b);
	t_eq("cpu_or", CPU_COUNT(&c), 3);
	CPU_XOR(&c, &a, &b);
	t_eq("cpu_xor", CPU_COUNT(&c) * 10 + CPU_ISSET(5, &c), 21);
	t_eq("cpu_equal_no", CPU_EQUAL(&a, &b), 0);
	b = a;
	t_eq("cpu_equal_yes", CPU_EQUAL(&a, &b), 1);
	t_eq("cpu_setsize", CPU_SETSIZE, 1024);
	t_eq("cpu_set_t_bits", (long long)sizeof(cpu_set_t) * 8, 1024);
	t_eq("cpu_alloc_size", (long long)size, (long long)((2000 + 8 * word - 1) / (8 * word) * word));
	big = CPU_ALLOC(2000);
	t_true("cpu_alloc", big != NULL, "NULL");
	CPU_ZERO_S(size, big);
	CPU_SET_S(1999, size, big);
	CPU_SET_S(size * 8, size, big);
	t_eq("cpu_set_s_high", CPU_ISSET_S(1999, size, big), 1);
	t_eq("cpu_count_s", CPU_COUNT_S(size, big), 1);
	CPU_FREE(big);
}

static void affinity(void)
{
	cpu_set_t all, one, got;
	int first, n;
	cpu_set_t *big;
	size_t size = CPU_ALLOC_SIZE(4096);

	memset(&all, 0xff, sizeof all);
	t_eq("getaffinity", sched_getaffinity(0, sizeof all, &all), 0);
	n = CPU_COUNT(&all);
	t_true("getaffinity_count", n >= 1, "no CPU");
	t_eq("getaffinity_is_sysconf", n, sysconf(_SC_NPROCESSORS_ONLN));
	for (first = 0; !CPU_ISSET(first, &all); first++)
		;
	CPU_ZERO(&one);
	CPU_SET(first, &one);
	t_eq("setaffinity_one", sched_setaffinity(0, sizeof one, &one), 0);
	t_eq("getaffinity_one", sched_getaffinity(0, sizeof got, &got), 0);
	t_eq("round_trip_equal", CPU_EQUAL(&got, &one), 1);
	t_eq("sched_getcpu_pinned", sched_getcpu(), first);
	t_eq("setaffinity_back", sched_setaffinity(0, sizeof all, &all), 0);
	sched_getaffinity(0, sizeof got, &got);
	t_eq("round_trip_back", CPU_EQUAL(&got, &all), 1);
	big = CPU_ALLOC(4096);
	memset(big, 0xff, size);
	t_eq("getaffinity_large", sched_getaffinity(0, size, big), 0);
	t_eq("getaffinity_large_rest_cleared", CPU_COUNT_S(size, big), n);
	CPU_FREE(big);
	CPU_ZERO(&one);
	T_ERR("setaffinity_empty_einval", sched_setaffinity(0, sizeof one, &one), EINVAL);
	T_ERR("getaffinity_tiny_einval", sched_getaffinity(0, 1, &got), EINVAL);
	T_ERR("getaffinity_esrch", sched_getaffinity(0x3ffffff0, sizeof got, &got), ESRCH);
}

/* Child: a personality flag set and read back. */
static void persona(void)
{
	int now = personality(0xffffffff);

	if (now < 0)
		_exit(1);
	if (personality((unsigned long)now | ADDR_NO_RANDOMIZE) != now)
		_exit(2);
	if (personality(0xffffffff) != (now | ADDR_NO_RANDOMIZE))
		_exit(3);
	_exit(0);
}

static void system_calls(void)
{
	int r;

	T_EXITED("personality_round_trip", t_in_child(persona), 0);
	t_eq("per_linux32", PER_LINUX32, 8);
	errno = 0;
	r = klogctl(10, NULL, 0);
	if (r < 0 && errno == EPERM)
		t_skip("klogctl_size", "reading the kernel log is not permitted here");
	else
		t_true("klogctl_size", r > 0, "no log buffer size");
	T_ERR("klogctl_bad_type", klogctl(99, NULL, 0), EINVAL);
	T_ERR("swapon_missing", swapon("/nonexistent/trapdoor", 0), geteuid() ? EPERM : ENOENT);
	T_ERR("swapoff_missing", swapoff("/nonexistent/trapdoor"), geteuid() ? EPERM : ENOENT);
	t_eq("setfsuid_query", setfsuid((uid_t)-1), geteuid());
	t_eq("setfsgid_query", setfsgid((gid_t)-1), getegid());
}

int main(void)
{
	macros();
	affinity();
	system_calls();
	return t_done();
}
