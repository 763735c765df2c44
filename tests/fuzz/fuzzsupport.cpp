#include "fuzzsupport.h"

// The one start of every target: the application, before libFuzzer's first input.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    TaktFuzz::start(argc, argv);
    return 0;
}
