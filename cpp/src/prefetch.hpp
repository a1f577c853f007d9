// Hints for loops over many measures that read their texts: the texts lie apart from the
// measures (on the heap, behind the block a measure shares with the reports that carry it on),
// so a loop asks for those of a measure a few steps ahead early and waits less on memory. Only
// hints: they change no result.
#pragma once

#include <cstddef>

#include "handlingsplan/measure.hpp"

namespace handlingsplan::detail {

// How many measures ahead a loop asks for the texts; the block holding them twice as far.
inline constexpr std::size_t prefetch_distance = 8;

// The block of a measure's texts: its address is in the measure, so asking costs no wait.
inline void prefetch_text_block(const Measure& m) noexcept {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(&m.title());
#else
    (void)m;
#endif
}

// The texts themselves: reads the block, so a loop asks for the block earlier.
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

// For a loop at measure i of n that reads every measure's texts.
template <class Measures>
void prefetch_ahead(const Measures& measures, std::size_t i, std::size_t n) noexcept {
    if (i + 2 * prefetch_distance < n) prefetch_text_block(measures[i + 2 * prefetch_distance]);
    if (i + prefetch_distance < n) prefetch_texts(measures[i + prefetch_distance]);
}

// For a loop at measure i of n that reads only the measures' agency roles: the roles' list
// (in the texts' block, a cache line of its own), then the roles themselves.
template <class Measures>
void prefetch_roles_ahead(const Measures& measures, std::size_t i, std::size_t n) noexcept {
#if defined(__GNUC__) || defined(__clang__)
    if (i + 2 * prefetch_distance < n) {
        __builtin_prefetch(&measures[i + 2 * prefetch_distance].agencies().roles());
    }
    if (i + prefetch_distance < n) {
        __builtin_prefetch(measures[i + prefetch_distance].agencies().roles().data());
    }
#else
    (void)measures, (void)i, (void)n;
#endif
}

}  // namespace handlingsplan::detail
