#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "env.h"

/*
 * The environment starts as the kernel's array on the stack.  The first
 * change copies it into an array the library owns and grows; a program that
 * then points environ at an array of its own gets that one copied in turn,
 * never freed.  Strings the library made (setenv's) are listed in owned[]
 * and freed when replaced or removed, so setting one variable over and over
 * does not grow the heap; strings a program gave (putenv's) stay its own.
 */
static char **env_array;
static size_t env_cap;
static char **owned;
static size_t n_owned, owned_cap;

static void release(char *s)
{
	for (size_t i = 0; i < n_owned; i++) {
		if (owned[i] == s) {
			owned[i] = owned[--n_owned];
			free(s);
			return;
		}
	}
}

static size_t count(void)
{
	size_t n = 0;

	while (__environ && __environ[n])
		n++;
	return n;
}

/* Make __environ the library's array, with room for need entries and the NULL. */
static int reserve(size_t need)
{
	size_t n = count(), cap = (need + 1) * 2;
	char **a;

	if (__environ == env_array && need < env_cap)
		return 0;
	if (__environ && __environ == env_array) {
		a = realloc(env_array, cap * sizeof *a);
		if (!a)
			return -1;
	} else {
		a = malloc(cap * sizeof *a);
		if (!a)
			return -1;
		if (n)
			memcpy(a, __environ, n * sizeof *a);
		a[n] = NULL;
		free(env_array);
	}
	__environ = env_array = a;
	env_cap = cap;
	return 0;
}

static int note_owned(char *s)
{
	if (n_owned == owned_cap) {
		size_t cap = owned_cap ? owned_cap * 2 : 16;
		char **o = realloc(owned, cap * sizeof *o);

		if (!o)
			return -1;
		owned = o;
		owned_cap = cap;
	}
	owned[n_owned++] = s;
	return 0;
}

static int matches(const char *e, const char *name, size_t n)
{
	return !strncmp(e, name, n) && e[n] == '=';
}

/* Drop the variables of that name from index i on, keeping the others' order. */
static void remove_from(size_t i, const char *name, size_t n)
{
	char **e = __environ + i, **keep = e;

	for (; *e; e++) {
		if (matches(*e, name, n))
			release(*e);
		else
			*keep++ = *e;
	}
	*keep = NULL;
}

int __env_put(char *entry, size_t n, int owned_entry)
{
	size_t len = count(), i;

	if (reserve(len + 1) || (owned_entry && note_owned(entry))) {
		errno = ENOMEM;
		return -1;
	}
	for (i = 0; i < len && !matches(__environ[i], entry, n); i++)
		;
	if (i == len) {
		__environ[len] = entry;
		__environ[len + 1] = NULL;
		return 0;
	}
	if (__environ[i] != entry)
		release(__environ[i]);
	__environ[i] = entry;
	remove_from(i + 1, entry, n);
	return 0;
}

void __env_remove(const char *name, size_t n)
{
	if (__environ)
		remove_from(0, name, n);
}

void __env_clear(void)
{
	while (n_owned)
		free(owned[--n_owned]);
	free(env_array);
	env_array = NULL;
	env_cap = 0;
	__environ = NULL;
}
