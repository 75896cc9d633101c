// What every exported call returns to JS, and the one place where the core's
// errors and any unexpected C++ exception become {ok: false, code, message}.
// The JS wrapper (presslens.mjs) throws a PresslensError with that code.
#pragma once

#include <exception>
#include <new>
#include <string>
#include <string_view>
#include <utility>

#include "presslens/error.hpp"

namespace presslens::wasm {

struct CallResult {
  bool ok = true;
  std::string code;
  std::string message;
  std::string json;
};

// The binding's own codes; the core's are the names of ErrorCode.
inline constexpr std::string_view internal_error = "internal";      // an exception nobody expected
inline constexpr std::string_view out_of_memory = "out_of_memory";  // the module's memory is full

CallResult failure(std::string_view code, std::string message);
// The core's error, forwarded as it is.
CallResult failure(const Error& error);

// A call's outcome: ok, or the core's error.
CallResult to_call_result(const Status& status);
// ok with `json`, or the core's error.
CallResult to_call_result(Result<std::string> json);

// Runs `call`; an exception, which the core does not throw by design, is
// reported as `internal` (or `out_of_memory`) instead of crossing into JS.
template <class Call>
CallResult guarded(Call&& call) {
  try {
    return std::forward<Call>(call)();
  } catch (const std::bad_alloc&) {
    return failure(out_of_memory, "out of memory: the batch is too large for this module");
  } catch (const std::exception& e) {
    return failure(internal_error, std::string("internal error: ") + e.what());
  } catch (...) {
    return failure(internal_error, "internal error");
  }
}

// Guard<&f>::call is `f` (a function, or a method taking the object first,
// as embind wants) run through guarded(): what bindings.cpp exports.
template <auto Function>
struct Guard;

template <class... Args, CallResult (*Function)(Args...)>
struct Guard<Function> {
  static CallResult call(Args... args) {
    return guarded([&] { return Function(std::forward<Args>(args)...); });
  }
};

template <class Self, class... Args, CallResult (Self::*Method)(Args...)>
struct Guard<Method> {
  static CallResult call(Self& self, Args... args) {
    return guarded([&] { return (self.*Method)(std::forward<Args>(args)...); });
  }
};

template <class Self, class... Args, CallResult (Self::*Method)(Args...) const>
struct Guard<Method> {
  static CallResult call(const Self& self, Args... args) {
    return guarded([&] { return (self.*Method)(std::forward<Args>(args)...); });
  }
};

}  // namespace presslens::wasm
