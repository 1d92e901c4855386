#pragma once

// Include QCustomPlot through this header. Debian's qcustomplot.h (2.1) uses Qt's
// `foreach` in two inline loops, and the project builds with QT_NO_FOREACH, which removes
// that macro; a range-based stand-in is defined for the header's own use only.
#ifndef foreach
#define PWB_FOREACH_SHIM
#define foreach(declaration, container) for (declaration : container)
#endif
#include <qcustomplot.h>
#ifdef PWB_FOREACH_SHIM
#undef foreach
#undef PWB_FOREACH_SHIM
#endif
