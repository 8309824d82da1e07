/* bsearch, abs/labs/llabs, div/ldiv/lldiv, getsubopt, quick_exit. */
#define _DEFAULT_SOURCE
#include <limits.h>
#include <stdlib.h>
#include "t.h"

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

static int calls;

static int counting_cmp(const void *a, const void *b)
{
	calls++;
	return cmp_int(a, b);
}

static void searching(void)
{
	static int v[1000];
	int key, bad = 0;

	for (int i = 0; i < 1000; i++)
		v[i] = 2 * i;
	for (key = -1; key <= 2000; key++) {
		int *r = bsearch(&key, v, 1000, sizeof *v, cmp_int);

		if (key >= 0 && key < 2000 && key % 2 == 0 ? r != &v[key / 2] : r != NULL)
			bad++;
	}
	t_eq("bsearch_every_key", bad, 0);
	key = 4;
	t_true("bsearch_empty", bsearch(&key, v, 0, sizeof *v, cmp_int) == NULL, "found in empty");
	key = 0;
	t_true("bsearch_one", bsearch(&key, v, 1, sizeof *v, cmp_int) == v, "missed");
	key = 1998;
	calls = 0;
	bsearch(&key, v, 1000, sizeof *v, counting_cmp);
	t_true("bsearch_log_n", calls <= 11, "more than 11 comparisons for 1000");
}

static void arithmetic(void)
{
	div_t d = div(-7, 2);
	ldiv_t ld = ldiv(LONG_MIN, 1);
	lldiv_t lld = lldiv(7, -2);

	t_eq("abs", abs(-5), 5);
	t_eq("abs_max", abs(-INT_MAX), INT_MAX);
	t_eq("labs", labs(-LONG_MAX), LONG_MAX);
	t_eq("llabs", llabs(-LLONG_MAX), LLONG_MAX);
	t_true("div_truncates", d.quot == -3 && d.rem == -1, "wrong");
	t_true("ldiv_min", ld.quot == LONG_MIN && ld.rem == 0, "wrong");
	t_true("lldiv_neg_den", lld.quot == -3 && lld.rem == 1, "wrong");
}

static void subopts(void)
{
	char *const keys[] = { "ro", "rw", "size", NULL };
	char opts[] = "ro,size=10,bogus=1,rw,,size", *p = opts, *val;

	t_eq("getsubopt_ro", getsubopt(&p, keys, &val), 0);
	t_true("getsubopt_ro_no_value", val == NULL, "value set");
	t_eq("getsubopt_size", getsubopt(&p, keys, &val), 2);
	t_str("getsubopt_size_value", val, "10");
	t_eq("getsubopt_unknown", getsubopt(&p, keys, &val), -1);
	t_str("getsubopt_unknown_whole", val, "bogus=1");
	t_eq("getsubopt_rw", getsubopt(&p, keys, &val), 1);
	t_eq("getsubopt_empty_field", getsubopt(&p, keys, &val), -1);
	t_eq("getsubopt_last", getsubopt(&p, keys, &val), 2);
	t_true("getsubopt_last_no_value", val == NULL, "value set");
	t_eq("getsubopt_end", getsubopt(&p, keys, &val), -1);
	t_true("getsubopt_prefix_not_match", (p = "sizes", getsubopt(&p, keys, &val)) == -1,
	       "matched a prefix");
}

static void h1(void) { t_out("1"); }
static void h2(void) { t_out("2"); }
static void never(void) { t_out("atexit"); }
static void many(void) { t_out("."); }

static void quick(void)
{
	atexit(never);
	at_quick_exit(h1);
	at_quick_exit(h2);
	quick_exit(9);
}

static void quick_many(void)
{
	for (int i = 0; i < 100; i++)
		if (at_quick_exit(many))
			_exit(1);
	at_quick_exit(h1);
	quick_exit(0);
}

int main(void)
{
	char out[256], want[128];
	int st;

	searching();
	arithmetic();
	subopts();
	st = t_capture(quick, out, sizeof out);
	T_EXITED("quick_exit_status", st, 9);
	t_str("quick_exit_handlers_only", out, "21");
	st = t_capture(quick_many, out, sizeof out);
	T_EXITED("at_quick_exit_no_limit_status", st, 0);
	want[0] = '1';
	memset(want + 1, '.', 100);
	want[101] = 0;
	t_str("at_quick_exit_100_handlers", out, want);
	return t_done();
}
