// foi-read: reads one untrusted file in its own process, under the limits foi-index asks for
// (foi/formats/sandbox.h). Not run by hand.
#include "foi/formats/sandbox.h"

int main(int argc, char** argv) { return foi::formats::run_sandbox_reader(argc, argv); }
