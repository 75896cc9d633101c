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

// The document that weighs most fails with `error`; false when none is left.
inline bool fail_heaviest(Batch& batch, const Error& error) noexcept {
  Document* heaviest = nullptr;
  for (auto& d : batch.documents) {
    const auto weight = [](const Document& x) { return x.text.size() + x.entities.size() * 64; };
    if (!d.error && (!heaviest || weight(d) > weight(*heaviest))) heaviest = &d;
  }
  if (!heaviest) return false;
  fail_document(*heaviest, error);
  return true;
}

// A step of the whole batch (cleaning, clusters, the cross-index) that threw:
// the document that weighs most is failed and the step runs again, until it
// succeeds or no document is left to blame. `reset` undoes what a failed
// attempt may have left half done. Returns whether the step succeeded.
template <class Step, class Reset>
bool guard_batch(Batch& batch, Step&& step, Reset&& reset) noexcept {
  while (auto error = run_guarded([&] { step(batch); })) {
    if (!fail_heaviest(batch, *error)) return false;
    run_guarded([&] { reset(batch); });
  }
  return true;
}

}  // namespace presslens::pipeline
