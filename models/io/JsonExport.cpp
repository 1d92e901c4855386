#include "JsonExport.h"
