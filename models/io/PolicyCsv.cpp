#include "PolicyCsv.h"
