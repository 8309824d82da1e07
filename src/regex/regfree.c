#include <regex.h>
#include <stdlib.h>
#include "regex_impl.h"

void regfree(regex_t *preg)
{
	struct re_prog *prog = preg->__re_prog;

	if (prog) {
		free(prog->ins);
		free(prog->sets);
		free(prog);
	}
	preg->__re_prog = 0;
}
