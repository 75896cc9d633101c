// ICU's data. Native builds use the system's full data; the WebAssembly build
// hands the core a filtered data file once, before anything else runs.
#pragma once

#include <cstddef>

#include "presslens/error.hpp"

namespace presslens {

// `data` must stay valid for the life of the program. Call once, first.
Status use_icu_data(const void* data, std::size_t size);

}  // namespace presslens
