#include "search/stem.hpp"

#include <climits>

extern "C" {
#include "english/stem_UTF_8_english.h"
#include "runtime/api.h"
}

namespace presslens::search {
namespace {

// Longer "words" (a run of digits, a URL's letters) are left as they are:
// stemming them means nothing and costs time.
constexpr std::size_t kMaxStemmedBytes = 64;

}  // namespace

Stemmer::Stemmer() : env_(english_UTF_8_create_env()) {}

Stemmer::~Stemmer() {
  if (env_) english_UTF_8_close_env(env_);
}

std::string Stemmer::stem(std::string_view folded) {
  if (!env_ || folded.empty() || folded.size() > kMaxStemmedBytes) return std::string(folded);
  if (SN_set_current(env_, static_cast<int>(folded.size()),
                     reinterpret_cast<const symbol*>(folded.data())) != 0) {
    return std::string(folded);
  }
  if (english_UTF_8_stem(env_) < 0) return std::string(folded);
  return std::string(reinterpret_cast<const char*>(env_->p), static_cast<std::size_t>(env_->l));
}

}  // namespace presslens::search
