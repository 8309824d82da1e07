#include "lgamma.h"

/* Set by lgamma and lgammaf (not by their _r forms); a program may own the name. */
hidden int __signgam;

weak_alias(__signgam, signgam);
