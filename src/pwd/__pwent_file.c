#include "etc_impl.h"

FILE *__pwent_file;
