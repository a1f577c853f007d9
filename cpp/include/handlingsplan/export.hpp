// Which symbols a shared libhandlingsplan exports. The library is compiled with hidden
// visibility, and every public header opens its namespace as `namespace HANDLINGSPLAN_API
// handlingsplan {`: everything the installed headers declare is exported (classes with their
// vtables and type info, so that a caller catches the library's errors by type) and the helpers
// in cpp/src (handlingsplan::detail) are not. Harmless in a static library. A namespace cannot
// be marked dllexport: on Windows, CMake exports every symbol instead (WINDOWS_EXPORT_ALL_SYMBOLS).
#pragma once

// The GNU form before the name is the one both GCC and Clang apply to a namespace's members
// (Clang ignores `[[gnu::visibility]]` there, and the GNU form after the name).
#if defined(__GNUC__) || defined(__clang__)
#define HANDLINGSPLAN_API __attribute__((visibility("default")))
#else
#define HANDLINGSPLAN_API
#endif
