// Snowball's English stemmer (emails -> email, talks -> talk, said -> said):
// search matches words by their stems unless a phrase is quoted.
#pragma once

#include <string>
#include <string_view>

struct SN_env;

namespace presslens::search {

class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a folded (lowercase) word; the word itself when the stemmer
  // cannot run (out of memory) or the word is too long to be a word.
  std::string stem(std::string_view folded);

 private:
  SN_env* env_ = nullptr;
};

}  // namespace presslens::search
