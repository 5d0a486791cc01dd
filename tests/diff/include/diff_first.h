/* Read first, through --include. */
#define SCALE 3
