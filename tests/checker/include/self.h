/* includes itself: an endless #include */
#include "self.h"
