#include "TextDecoding.h"
