#include "ScoreCsv.h"
