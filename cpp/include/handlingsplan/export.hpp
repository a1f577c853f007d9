// Which symbols a shared libhandlingsplan exports. The library is compiled with hidden
// visibility, and every public header declares its namespace between HANDLINGSPLAN_BEGIN_API and
// HANDLINGSPLAN_END_API (`#pragma GCC visibility push(default)` ... `pop`, which GCC and Clang
// both apply to the later definitions of what is declared there): everything the installed
// headers declare is exported (classes with their vtables and type info, so that a caller
// catches the library's errors by type) and the helpers in cpp/src (handlingsplan::detail) are
// not. Harmless in a static library. On Windows, where there is no such pragma, CMake exports
// every symbol instead (WINDOWS_EXPORT_ALL_SYMBOLS).
#pragma once

#if defined(__GNUC__) || defined(__clang__)
#define HANDLINGSPLAN_BEGIN_API _Pragma("GCC visibility push(default)")
#define HANDLINGSPLAN_END_API _Pragma("GCC visibility pop")
#else
#define HANDLINGSPLAN_BEGIN_API
#define HANDLINGSPLAN_END_API
#endif
