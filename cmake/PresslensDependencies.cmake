# ICU, nlohmann_json and doctest: Debian's packages natively, the pinned ICU
# built by emsdk_setup.sh for WebAssembly.

if(NOT EMSCRIPTEN)
  find_package(ICU 72 REQUIRED COMPONENTS uc i18n)
  find_package(nlohmann_json 3 REQUIRED)
  if(PRESSLENS_BUILD_TESTS)
    find_package(doctest REQUIRED)
  endif()
  return()
endif()

# --- WebAssembly ---
if(DEFINED ENV{PRESSLENS_CACHE_DIR})
  set(_presslens_cache "$ENV{PRESSLENS_CACHE_DIR}")
else()
  set(_presslens_cache "$ENV{HOME}/.cache/presslens")
endif()
set(PRESSLENS_ICU_WASM_ROOT "${_presslens_cache}/icu-${PRESSLENS_ICU_VERSION}-wasm32"
    CACHE PATH "ICU built for wasm32 by emsdk_setup.sh")
string(REGEX MATCH "^[0-9]+" _icu_major "${PRESSLENS_ICU_VERSION}")
set(PRESSLENS_ICU_DATA_FILE "${PRESSLENS_ICU_WASM_ROOT}/share/icudt${_icu_major}l.dat"
    CACHE FILEPATH "The filtered ICU data file shipped with the wasm build")

foreach(_lib uc i18n data)
  if(NOT EXISTS "${PRESSLENS_ICU_WASM_ROOT}/lib/libicu${_lib}.a")
    message(FATAL_ERROR "ICU for wasm32 not found in ${PRESSLENS_ICU_WASM_ROOT}: run ./emsdk_setup.sh")
  endif()
  add_library(ICU::${_lib} STATIC IMPORTED)
  set_target_properties(ICU::${_lib} PROPERTIES
    IMPORTED_LOCATION "${PRESSLENS_ICU_WASM_ROOT}/lib/libicu${_lib}.a"
    INTERFACE_INCLUDE_DIRECTORIES "${PRESSLENS_ICU_WASM_ROOT}/include"
    INTERFACE_COMPILE_DEFINITIONS "U_STATIC_IMPLEMENTATION")
endforeach()
set_property(TARGET ICU::uc APPEND PROPERTY INTERFACE_LINK_LIBRARIES ICU::data)
set_property(TARGET ICU::i18n APPEND PROPERTY INTERFACE_LINK_LIBRARIES ICU::uc)

# Emscripten compiles against its own sysroot: expose only the two header-only
# libraries from Debian's /usr/include, never /usr/include itself.
set(_wasm_include "${CMAKE_BINARY_DIR}/third_party_include")
file(MAKE_DIRECTORY "${_wasm_include}")
foreach(_dir nlohmann doctest)
  if(NOT EXISTS "/usr/include/${_dir}")
    message(FATAL_ERROR "/usr/include/${_dir} is missing: run ./emsdk_setup.sh")
  endif()
  file(CREATE_LINK "/usr/include/${_dir}" "${_wasm_include}/${_dir}" SYMBOLIC)
endforeach()
add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
set_target_properties(nlohmann_json::nlohmann_json PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES "${_wasm_include}")
add_library(doctest::doctest INTERFACE IMPORTED)
set_target_properties(doctest::doctest PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${_wasm_include}")
