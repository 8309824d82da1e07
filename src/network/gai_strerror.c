#include <netdb.h>

const char *gai_strerror(int err)
{
	static const char *const msg[] = {
		"Success",
		"Bad value for ai_flags",
		"Name or service not known",
		"Temporary failure in name resolution",
		"Non-recoverable failure in name resolution",
		"No address associated with hostname",
		"ai_family not supported",
		"ai_socktype not supported",
		"Servname not supported for ai_socktype",
		"Address family for hostname not supported",
		"Memory allocation failure",
		"System error",
		"Argument buffer overflow",
	};

	return err <= 0 && err >= -12 ? msg[-err] : "Unknown error";
}
