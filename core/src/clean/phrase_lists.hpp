// The wording of page furniture: whole lines, starts of lines, and cues found
// anywhere in a block, each with its class. English first, and the common
// forms in a few other languages (pt, es, fr, de, id, it, ru). All case-folded.
#pragma once

#include <span>
#include <string_view>
#include <unordered_map>

#include "clean/phrases.hpp"

namespace presslens::clean {

struct Cue {
  std::string_view text;
  Furniture kind;
};

// Whole short lines (trailing punctuation and arrows dropped before lookup).
const std::unordered_map<std::string_view, Furniture>& whole_line_phrases();

std::span<const Cue> line_start_cues();            // "Related: ...", "Photo by ...", "© ..."
std::span<const Cue> inside_cues();                // captions, comment forms, contact lines
std::span<const Cue> legal_cues();                 // small print, in a block of any length
std::span<const std::string_view> appeal_words();  // whole words of donation appeals

}  // namespace presslens::clean
