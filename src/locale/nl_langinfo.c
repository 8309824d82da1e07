#include <langinfo.h>

/*
 * The C locale's character set is ASCII, named as glibc names it; items
 * the C locale does not define give "", as POSIX asks of an unknown item.
 */
char *nl_langinfo(nl_item item)
{
	static char codeset[] = "ANSI_X3.4-1968", empty[] = "";

	return item == CODESET ? codeset : empty;
}
