#include <regex.h>
#include <string.h>

/* glibc's texts, so that a program's messages read the same on both. */
static const char *const messages[] = {
	[REG_NOERROR] = "Success",
	[REG_NOMATCH] = "No match",
	[REG_BADPAT] = "Invalid regular expression",
	[REG_ECOLLATE] = "Invalid collation character",
	[REG_ECTYPE] = "Invalid character class name",
	[REG_EESCAPE] = "Trailing backslash",
	[REG_ESUBREG] = "Invalid back reference",
	[REG_EBRACK] = "Unmatched [, [^, [:, [., or [=",
	[REG_EPAREN] = "Unmatched ( or \\(",
	[REG_EBRACE] = "Unmatched \\{",
	[REG_BADBR] = "Invalid content of \\{\\}",
	[REG_ERANGE] = "Invalid range end",
	[REG_ESPACE] = "Memory exhausted",
	[REG_BADRPT] = "Invalid preceding regular expression",
	[REG_EEND] = "Premature end of regular expression",
	[REG_ESIZE] = "Regular expression too big",
	[REG_ERPAREN] = "Unmatched ) or \\)",
};

size_t regerror(int errcode, const regex_t *restrict preg, char *restrict errbuf, size_t errbuf_size)
{
	const char *msg = "Unknown error";
	size_t n;

	(void)preg;
	if (errcode >= 0 && (size_t)errcode < sizeof messages / sizeof *messages)
		msg = messages[errcode];
	n = strlen(msg) + 1;
	if (errbuf_size) {
		size_t k = n < errbuf_size ? n : errbuf_size;
		memcpy(errbuf, msg, k - 1);
		errbuf[k - 1] = 0;
	}
	return n;
}
