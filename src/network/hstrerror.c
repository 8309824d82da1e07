#include <netdb.h>

const char *hstrerror(int err)
{
	switch (err) {
	case HOST_NOT_FOUND: return "Unknown host";
	case TRY_AGAIN: return "Host name lookup failure";
	case NO_RECOVERY: return "Unknown server error";
	case NO_DATA: return "No address associated with name";
	default: return "Resolver internal error";
	}
}
