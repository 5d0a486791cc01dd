/* Included by preproc.bt (through -I): its #defines reach the script. */
#ifndef DIFF_DEFS_H
#define DIFF_DEFS_H
#include <linux/types.h>
#define BASE 100	/* a comment after the value */
#define TAG "calls"
#ifdef NOT_DEFINED
#define BASE 7
#endif
#endif
