# Gumbo 0.10.1, the HTML5 parser (Apache-2.0), compiled from the source that
# emsdk_setup.sh unpacks into the cache (pinned by sha256 in versions.env),
# the same way natively and for wasm (gnu99, as gumbo's own build: it uses
# strcasecmp from <strings.h>). Third-party C: its own warnings are off.

if(DEFINED ENV{PRESSLENS_CACHE_DIR})
  set(_presslens_gumbo_cache "$ENV{PRESSLENS_CACHE_DIR}")
else()
  set(_presslens_gumbo_cache "$ENV{HOME}/.cache/presslens")
endif()
set(PRESSLENS_GUMBO_SOURCE_DIR "${_presslens_gumbo_cache}/gumbo-${PRESSLENS_GUMBO_VERSION}"
    CACHE PATH "Gumbo's source, unpacked by emsdk_setup.sh")
if(NOT EXISTS "${PRESSLENS_GUMBO_SOURCE_DIR}/src/parser.c")
  message(FATAL_ERROR "gumbo ${PRESSLENS_GUMBO_VERSION} source not found in "
                      "${PRESSLENS_GUMBO_SOURCE_DIR}: run ./emsdk_setup.sh")
endif()

enable_language(C)
set(_gumbo_src "${PRESSLENS_GUMBO_SOURCE_DIR}/src")
add_library(presslens_gumbo STATIC
  ${_gumbo_src}/attribute.c
  ${_gumbo_src}/char_ref.c
  ${_gumbo_src}/error.c
  ${_gumbo_src}/parser.c
  ${_gumbo_src}/string_buffer.c
  ${_gumbo_src}/string_piece.c
  ${_gumbo_src}/tag.c
  ${_gumbo_src}/tokenizer.c
  ${_gumbo_src}/utf8.c
  ${_gumbo_src}/util.c
  ${_gumbo_src}/vector.c
)
add_library(presslens::gumbo ALIAS presslens_gumbo)
set_target_properties(presslens_gumbo PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON
                                                 C_EXTENSIONS ON POSITION_INDEPENDENT_CODE ON)
# The headers are the library's interface; SYSTEM keeps their warnings out of ours.
target_include_directories(presslens_gumbo SYSTEM PUBLIC "${_gumbo_src}")
target_compile_options(presslens_gumbo PRIVATE -w)
# Reproducible objects: no cache path in the debug information.
target_compile_options(presslens_gumbo PRIVATE "-ffile-prefix-map=${PRESSLENS_GUMBO_SOURCE_DIR}=gumbo")
if(PRESSLENS_SANITIZE)
  target_compile_options(presslens_gumbo PRIVATE -fsanitize=address,undefined
                                                 -fno-omit-frame-pointer -fno-sanitize-recover=all)
endif()
