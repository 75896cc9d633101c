// One document never costs the batch: a step of one document's analysis runs
// guarded, and an exception it throws (memory exhausted, a limit no cap
// foresaw) fails that document alone, with `too_large` or `too_complex`.
#pragma once

#include <exception>
#include <new>
#include <optional>
#include <string>

#include "presslens/document.hpp"
#include "presslens/error.hpp"

namespace presslens::pipeline {

// Runs `step`; returns the error an exception escaping it stands for.
template <class Step>
std::optional<Error> run_guarded(Step&& step) noexcept {
  try {
    step();
    return std::nullopt;
  } catch (const std::bad_alloc&) {
    return Error{ErrorCode::too_large,
                 "the document needs more memory than is available to analyse it"};
  } catch (const std::exception& e) {
    return Error{ErrorCode::too_complex,
                 std::string("the document could not be analysed (") + e.what() + ")"};
  } catch (...) {
    return Error{ErrorCode::too_complex, "the document could not be analysed"};
  }
}

// Makes `document` a failed one: its name and size stay, everything found is
// dropped (CONTRACT.md: a failed file has `error` set and empty lists).
void fail_document(Document& document, const Error& error);

// Runs one document's step guarded; on an exception the document fails.
template <class Step>
void guard_document(Document& document, Step&& step) noexcept {
  if (auto error = run_guarded(step)) fail_document(document, *error);
}

}  // namespace presslens::pipeline
