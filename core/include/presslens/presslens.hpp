// The Presslens core: one header for users of the library.
#pragma once

#include <string_view>

#include "presslens/analyze.hpp"
#include "presslens/document.hpp"
#include "presslens/error.hpp"
#include "presslens/graph.hpp"
#include "presslens/icu_data.hpp"
#include "presslens/input.hpp"
#include "presslens/ner.hpp"
#include "presslens/project.hpp"
#include "presslens/search.hpp"
#include "presslens/speakers.hpp"

namespace presslens {

std::string_view version();

}  // namespace presslens
