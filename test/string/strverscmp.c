/* strverscmp: GNU's version order, and versionsort's building block. */
#define _GNU_SOURCE
#include <string.h>
#include "t.h"

/* Each strictly before the next, as glibc orders them. */
static const char *const order[] = {
	"", "000", "00", "01", "010", "0100", "09", "099x", "0", "1", "1.001", "1.01", "1.1", "1.2", "1.10", "1.10a",
	"1.10b", "2", "9", "9z", "10", "10z", "a", "a00", "a01", "a0", "a1", "a1b", "a2", "a12",
	"abc009", "abc9", "abc10", "b",
};

int main(void)
{
	size_t i, j, n = sizeof order / sizeof order[0];
	int bad = 0, got, want;

	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++) {
			got = strverscmp(order[i], order[j]);
			want = i < j ? -1 : i > j;
			if ((got > 0) - (got < 0) != want) {
				t_begin("strverscmp_pair");
				t_fail();
				t_out(order[i]);
				t_out(" vs ");
				t_out(order[j]);
				t_out("\n");
				bad = 1;
			}
		}
	if (!bad)
		t_eq("strverscmp_total_order", 0, 0);
	t_eq("strverscmp_equal", strverscmp("v1.2.3", "v1.2.3"), 0);
	t_true("strverscmp_bytes_unsigned", strverscmp("a\xff", "a") > 0 && strverscmp("\x80", "z") > 0,
		"bytes above 127 compared signed");
	t_true("versions", strverscmp("libfoo-1.9.so", "libfoo-1.10.so") < 0 && strverscmp("img12", "img2") > 0,
		"a version pair out of order");
	return t_done();
}
