#define _GNU_SOURCE
#include <string.h>
#include "string_impl.h"

static int digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Longer digit run first, then the bytes: integers compare by value. */
static int by_length(const unsigned char *a, const unsigned char *b)
{
	int diff = *a - *b;

	for (; digit(*a); a++, b++)
		if (!digit(*b))
			return 1;
	return digit(*b) ? -1 : diff;
}

/*
 * GNU's version order.  At the first difference, what decides is the digit
 * run the common prefix ends in: none or an integer ("9" < "10") compares by
 * length; a run of zeros alone puts the longer run first ("000" < "00"),
 * as a fraction would; a fraction ("01" < "010" < "09") compares by bytes.
 */
int __strverscmp(const char *l, const char *r)
{
	const unsigned char *a = (const void *)l, *b = (const void *)r;
	size_t i = 0, j, k;
	int da, db;

	while (a[i] == b[i]) {
		if (!a[i])
			return 0;
		i++;
	}
	for (j = i; j > 0 && digit(a[j - 1]); j--)
		;
	da = digit(a[i]);
	db = digit(b[i]);
	if (j == i)
		return da && db && a[i] != '0' && b[i] != '0' ? by_length(a + i, b + i) : a[i] - b[i];
	if (a[j] != '0')
		return da && db ? by_length(a + i, b + i) : da != db ? da - db : a[i] - b[i];
	for (k = j; k < i && a[k] == '0'; k++)
		;
	if (k == i && da != db)
		return db - da;
	return a[i] - b[i];
}

weak_alias(__strverscmp, strverscmp);
