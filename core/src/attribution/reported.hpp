// Reported (indirect) speech: "Lavrov said any talks should include ...",
// "Russia is optimistic ..., Russian Foreign Minister Sergei Lavrov said".
#pragma once

#include <deque>
#include <functional>
#include <vector>

#include "attribution/credited.hpp"
#include "attribution/speakers.hpp"
#include "attribution/units.hpp"

namespace presslens::attribution {

// Quotes of kind "indirect" found in the sentences of `units` that `read`
// takes (those without quote marks), each with a speaker and a reporting
// cue, in text order. A deque: a text of many such sentences never holds
// its records twice while they are moved to a larger vector. At most `max`
// are kept, the first; `left_out` counts the rest.
std::deque<Credited> reported_speech(const Document& d, const TextUnits& units,
                                     const std::function<bool(const Span&)>& read,
                                     const SpeakerResolver& resolver, std::size_t max,
                                     std::size_t& left_out);

}  // namespace presslens::attribution
