// A hint for loops over many measures that read their texts: the texts lie apart from the
// measures (on the heap), so a loop asks for those of a measure a few steps ahead early and
// waits less on memory. Only a hint: it changes no result.
#pragma once

#include <cstddef>

#include "handlingsplan/measure.hpp"

namespace handlingsplan::detail {

// How many measures ahead a loop asks for the texts.
inline constexpr std::size_t prefetch_distance = 8;

inline void prefetch_texts(const Measure& m) noexcept {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(m.title().data());
    __builtin_prefetch(m.description().data());
    __builtin_prefetch(m.agencies().text().data());
    __builtin_prefetch(m.agencies().roles().data());
#else
    (void)m;
#endif
}

}  // namespace handlingsplan::detail
