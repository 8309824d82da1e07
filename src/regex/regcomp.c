#include <regex.h>
#include <stdlib.h>
#include "regex_impl.h"

int regcomp(regex_t *restrict preg, const char *restrict pattern, int cflags)
{
	struct re_prog *prog = calloc(1, sizeof *prog);
	struct re_node *tree = 0;
	int root, err;

	if (!prog)
		return REG_ESPACE;
	prog->cflags = cflags;
	err = __re_parse(pattern, cflags, prog, &tree, &root);
	if (!err)
		err = __re_emit(prog, tree, root);
	free(tree);
	if (err) {
		free(prog->ins);
		free(prog->sets);
		free(prog);
		return err;
	}
	preg->re_nsub = prog->nsub;
	preg->__re_prog = prog;
	return 0;
}
