# Compile options shared by every Presslens target, as an interface target
# (target-scoped; nothing is appended to CMAKE_CXX_FLAGS).
add_library(presslens_options INTERFACE)
add_library(presslens::options ALIAS presslens_options)

target_compile_options(presslens_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                   -Wno-missing-field-initializers)
# GCC 12 at -O2/-O3 reports -Wrestrict inside libstdc++ for `"literal" +
# std::string` (GCC bug 105329, a false positive); with -Werror it would fail
# correct code.
target_compile_options(presslens_options INTERFACE $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
if(PRESSLENS_WARNINGS_AS_ERRORS)
  target_compile_options(presslens_options INTERFACE -Werror)
endif()

if(PRESSLENS_SANITIZE)
  target_compile_options(presslens_options INTERFACE -fsanitize=address,undefined
                                                     -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(presslens_options INTERFACE -fsanitize=address,undefined)
endif()

if(PRESSLENS_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PRESSLENS_FUZZ needs clang (libFuzzer): use the fuzz preset")
  endif()
  # Coverage for libFuzzer everywhere; only the fuzz executables link its main.
  target_compile_options(presslens_options INTERFACE -fsanitize=fuzzer-no-link)
endif()

if(EMSCRIPTEN)
  # C++ exceptions stay inside the core (nlohmann_json throws on bad input and
  # the core catches); native wasm exception handling keeps that cheap.
  target_compile_options(presslens_options INTERFACE -fwasm-exceptions)
  target_link_options(presslens_options INTERFACE -fwasm-exceptions)
  # WebAssembly SIMD (every browser since 2023, node 16.4): the tagger's
  # 17-tag score additions and other integer loops vectorise as they do
  # natively. Integer lanes and unreassociated float lanes give the same
  # results as scalar code, so native and wasm stay identical.
  target_compile_options(presslens_options INTERFACE -msimd128)
  target_link_options(presslens_options INTERFACE -msimd128)
endif()
