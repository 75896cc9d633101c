// The inputs an unlucky user or an attacker hands Presslens (issue 13), made
// at any size: bench_robust times them, and the fuzz seeds are their small
// versions. Every generator is deterministic (a fixed seed), so two runs see
// the same bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace presslens::bench {

struct CaseInput {
  std::string file_name;  // what the file is called in the batch ("names.txt")
  std::string bytes;
};

struct GeneratedCase {
  std::string_view name;
  std::string_view what;  // one line for the table
  std::size_t small;      // the two sizes the benchmark compares
  std::size_t large;
  CaseInput (*make)(std::size_t bytes);
};

// Every generated case, in the benchmark's order.
const std::vector<GeneratedCase>& generated_cases();

// Paragraphs of made-up news text recombined from the sample articles
// (web/samples), each sentence real English: reads like an article, repeats
// nothing verbatim.
std::string article_text(std::size_t bytes, std::size_t seed);

}  // namespace presslens::bench
