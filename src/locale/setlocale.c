#include <locale.h>
#include <string.h>

/*
 * The C locale is the only one: asking for it by name ("C", "POSIX") or for
 * the environment's choice ("") succeeds and changes nothing, since a static
 * program has no locale data to load; any other name is unavailable.
 */
char *setlocale(int category, const char *locale)
{
	static char c[] = "C";

	if (category < LC_CTYPE || category > LC_ALL)
		return 0;
	if (locale && *locale && strcmp(locale, "C") && strcmp(locale, "POSIX"))
		return 0;
	return c;
}
