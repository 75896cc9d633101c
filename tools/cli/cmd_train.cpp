// `presslens train`: trains the NER model (docs/ner.md, models/README.md).
#include <cstdio>

#include "cli.hpp"
#include "presslens/ner.hpp"

namespace presslens::cli {
namespace {

constexpr std::string_view kUsage =
    "train --train FILE --dev FILE --out FILE [--list NAME=FILE]... [--classes FILE] [--epochs N] "
    "[--seed N] "
    "[--runs N] "
    "[--min-weight W] [--weight-levels N]";

}  // namespace

int train_command(const std::vector<std::string>& args) {
  std::string train_path, dev_path, out_path;
  NerTrainOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (i + 1 >= args.size()) return usage_error(std::string(kUsage));
    const std::string& value = args[++i];
    if (arg == "--train") {
      train_path = value;
    } else if (arg == "--dev") {
      dev_path = value;
    } else if (arg == "--out") {
      out_path = value;
    } else if (arg == "--epochs") {
      options.epochs = std::stoi(value);
    } else if (arg == "--seed") {
      options.seed = std::stoull(value);
    } else if (arg == "--runs") {
      options.runs = std::stoi(value);
    } else if (arg == "--min-weight") {
      options.min_weight = std::stod(value);
    } else if (arg == "--weight-levels") {
      options.weight_levels = std::stoi(value);
    } else if (arg == "--classes") {
      if (!read_whole_file(value, options.word_classes, kMaxTrainingBytes)) return kSomeFileFailed;
    } else if (arg == "--list") {
      const auto eq = value.find('=');
      if (eq == std::string::npos) return usage_error("train: --list takes NAME=FILE");
      std::string contents;
      if (!read_whole_file(value.substr(eq + 1), contents, kMaxTrainingBytes))
        return kSomeFileFailed;
      options.lists.emplace_back(value.substr(0, eq), std::move(contents));
    } else {
      return usage_error("train: unknown option " + printable(arg) + "\nUsage: presslens " +
                         std::string(kUsage));
    }
  }
  if (train_path.empty() || dev_path.empty() || out_path.empty()) {
    return usage_error("Usage: presslens " + std::string(kUsage));
  }
  std::string train, dev;
  if (!read_whole_file(train_path, train, kMaxTrainingBytes) ||
      !read_whole_file(dev_path, dev, kMaxTrainingBytes))
    return kSomeFileFailed;
  options.log = [](const std::string& line) { write_error(line + "\n"); };
  auto model = train_ner_model(train, dev, options);
  if (!model) {
    write_error("presslens: train: " + model.error().message + "\n");
    return kSomeFileFailed;
  }
  if (!write_whole_file(out_path, model.value())) return kSomeFileFailed;
  write_error("wrote " + out_path + " (" + std::to_string(model.value().size()) + " bytes)\n");
  return kSuccess;
}

}  // namespace presslens::cli
