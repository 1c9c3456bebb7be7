#pragma once

#include "scan/scantypes.h"

// orphanscope-cli --discover: reads every text-like column of every database once, read-only,
// prints which hold CloudinaryField values and which embed delivery URLs (counts and a sample
// row), and ends with the --reference options to use. Returns the exit code.
int runDiscovery(const Orphanscope::ScanSettings &settings, bool quiet);
