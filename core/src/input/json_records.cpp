// Article records from .json and .jsonl files, read as a stream of SAX
// events (nlohmann_json): only the fields an article can use are kept, so a
// file of a million numbers or a million-deep array costs no more memory than
// its bytes. Lone flaws are repaired first (json_repair.hpp); the number of
// records a file may give and of failed records it reports are capped
// (docs/robustness.md).
#include "input/json_records.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <optional>

#include "input/json_repair.hpp"
#include "input/record_caps.hpp"

namespace presslens::input {
namespace {

using nlohmann::json;

// The fields of a record (to_record's order of preference within each).
enum Field { kTitle, kDate, kUrl, kSource, kBody, kFieldCount };

struct KeyOf {
  std::string_view key;
  Field field;
};

constexpr std::array kKeys{
    KeyOf{"title", kTitle},       KeyOf{"headline", kTitle},     KeyOf{"name", kTitle},
    KeyOf{"date", kDate},         KeyOf{"published", kDate},     KeyOf{"published_at", kDate},
    KeyOf{"publishedAt", kDate},  KeyOf{"datePublished", kDate}, KeyOf{"pubDate", kDate},
    KeyOf{"date_publish", kDate}, KeyOf{"publish_date", kDate},  KeyOf{"created_at", kDate},
    KeyOf{"url", kUrl},           KeyOf{"link", kUrl},           KeyOf{"uri", kUrl},
    KeyOf{"source", kSource},     KeyOf{"publisher", kSource},   KeyOf{"site", kSource},
    KeyOf{"site_name", kSource},  KeyOf{"source_name", kSource}, KeyOf{"outlet", kSource},
    KeyOf{"text", kBody},         KeyOf{"body", kBody},          KeyOf{"content", kBody},
    KeyOf{"articleBody", kBody},  KeyOf{"article", kBody},       KeyOf{"maintext", kBody},
    KeyOf{"full_text", kBody},    KeyOf{"description", kBody},   KeyOf{"summary", kBody},
};

// Inside an object field ("source": {"name": "Reuters"}), these are read.
constexpr std::array<std::string_view, 3> kInnerKeys{"name", "title", "id"};

// Arrays of records may sit under a wrapper key, as in many API exports; the
// first of these present wins.
constexpr std::array<std::string_view, 6> kWrapperKeys{"articles", "items",     "results",
                                                       "data",     "documents", "records"};

// Object fields nest ("source": {"name": {"name": ...}}) no deeper than this.
constexpr std::size_t kMaxInnerDepth = 8;

std::optional<std::size_t> index_in(std::string_view key, auto const& keys) {
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == key) return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> key_index(std::string_view key) {
  for (std::size_t i = 0; i < kKeys.size(); ++i) {
    if (kKeys[i].key == key) return i;
  }
  return std::nullopt;
}

// The value of one key as string_field() reads it: a non-empty string, the
// strings of an array joined by blank lines, a number as JSON writes it, or
// an object's name, title or id; nullopt when it gives nothing.
using Value = std::optional<std::string>;

// An object being read: a record (the keys of kKeys) or an object field
// (the keys of kInnerKeys).
struct ObjectFrame {
  bool record = true;
  std::vector<Value> values;       // per key of kKeys or kInnerKeys; later keys overwrite
  std::optional<std::size_t> key;  // the key whose value comes next, if one we read

  explicit ObjectFrame(bool is_record)
      : record(is_record), values(is_record ? kKeys.size() : kInnerKeys.size()) {}

  // The first usable value among the keys in `order`.
  Value first(std::initializer_list<std::size_t> order) const {
    for (const auto k : order) {
      if (values[k]) return values[k];
    }
    return std::nullopt;
  }
  Value inner_value() const { return first({0, 1, 2}); }
};

std::string number_text(const json& number) {
  return number.dump();
}

// What one JSON text gave: its records (up to the limits), how many it held,
// or where it stopped being JSON.
struct RecordSet : RecordTally {
  std::optional<Error> error;  // the value is no record at all
  bool parse_failed = false;   // not JSON: error_at says where
  std::size_t error_at = 0;
};

struct RecordLimits {
  std::size_t max_records = 0;  // records kept (good or failed)
  std::size_t max_errors = 0;   // failed records kept one by one
};

// Where the parser is: what each open array or object is for.
enum class Role {
  record_list,   // the top-level array, or a wrapper key's array: each element a record
  record,        // an object read as a record
  field_array,   // an array value of a record's key (strings joined)
  field_object,  // an object value of a record's key (its name, title or id)
};

// Reads records from one JSON value (a whole .json file, or one .jsonl line).
class RecordReader {
 public:
  RecordReader(const std::string& file_name, RecordLimits limits)
      : file_name_(file_name), limits_(limits) {}

  // SAX events (nlohmann's json_sax interface).
  bool null() { return scalar(std::nullopt); }
  bool boolean(bool) { return scalar(std::nullopt); }
  bool number_integer(json::number_integer_t v) { return scalar(number_text(json(v))); }
  bool number_unsigned(json::number_unsigned_t v) { return scalar(number_text(json(v))); }
  bool number_float(json::number_float_t v, const std::string&) {
    return scalar(number_text(json(v)));
  }
  bool string(std::string& v) { return scalar(v.empty() ? Value() : Value(std::move(v)), true); }
  bool binary(json::binary_t&) { return scalar(std::nullopt); }
  bool key(std::string& k);
  bool start_object(std::size_t);
  bool end_object();
  bool start_array(std::size_t);
  bool end_array();
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) {
    error_at_ = position;
    return false;
  }

  std::optional<std::size_t> error_at() const { return error_at_; }
  // Called once parsing is done, with where the record boundaries were.
  RecordSet finish(const std::vector<JsonRepair>& repairs);

  const char* const* cursor = nullptr;  // where the parser reads (for record offsets)
  const char* base = nullptr;

 private:
  struct Frame {
    Role role;
    std::size_t object = 0;              // index into objects_ for record and field_object
    std::string joined;                  // field_array: the strings so far
    std::optional<std::size_t> wrapper;  // record_list under a wrapper key: which
  };

  // What the next value is for, given the open frames.
  enum class Slot { top, list_element, record_key, wrapper, array_element, inner_key, skip };
  Slot slot() const;
  bool scalar(Value value, bool is_string = false);
  void set_value(Value value);
  void begin_record();
  void end_record(std::size_t object);
  void add_record(Record record, std::optional<std::size_t> wrapper);
  std::size_t offset() const {
    return cursor && base ? static_cast<std::size_t>(*cursor - base) : 0;
  }

  const std::string& file_name_;
  RecordLimits limits_;
  std::vector<Frame> frames_;
  std::vector<ObjectFrame> objects_;
  std::size_t skip_depth_ = 0;  // nesting inside values nobody reads
  std::size_t inner_depth_ = 0;
  std::optional<std::size_t> wrapper_key_;  // at the top level: the wrapper key just read
  bool top_is_object_ = false;
  bool top_seen_ = false;
  std::optional<std::size_t> error_at_;
  std::size_t record_start_ = 0;

  // Records of the top-level array (wrapper 0) or of each wrapper key (1 + index).
  struct List {
    std::vector<Record> records;
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // byte range of each kept record
    std::size_t total = 0;                                   // records seen
    std::size_t good = 0;                                    // with article text
    std::size_t failed = 0;                                  // without
    std::optional<std::size_t> first_unlisted_failure;
    bool present = false;
  };
  std::array<List, 1 + kWrapperKeys.size()> lists_;
  std::optional<Record> top_record_;
};

RecordReader::Slot RecordReader::slot() const {
  if (skip_depth_ > 0) return Slot::skip;
  if (frames_.empty()) return top_seen_ ? Slot::skip : Slot::top;
  const Frame& f = frames_.back();
  switch (f.role) {
    case Role::record_list:
      return Slot::list_element;
    case Role::record:
      if (objects_[f.object].key) return Slot::record_key;
      return frames_.size() == 1 && wrapper_key_ ? Slot::wrapper : Slot::skip;
    case Role::field_array:
      return Slot::array_element;
    case Role::field_object:
      return objects_[f.object].key ? Slot::inner_key : Slot::skip;
  }
  return Slot::skip;
}

void RecordReader::set_value(Value value) {
  ObjectFrame& object = objects_[frames_.back().object];
  object.values[*object.key] = std::move(value);
  object.key.reset();
}

bool RecordReader::scalar(Value value, bool is_string) {
  switch (slot()) {
    case Slot::top:
      top_seen_ = true;
      return true;  // a bare value: finish() says it is no record
    case Slot::list_element:
      add_record(
          Record{.error = Error{ErrorCode::invalid_record, "the record is not a JSON object"}},
          frames_.back().wrapper);
      return true;
    case Slot::record_key:
    case Slot::inner_key:
      set_value(std::move(value));
      return true;
    case Slot::array_element:
      if (is_string && value) {
        Frame& f = frames_.back();
        if (!f.joined.empty()) f.joined += "\n\n";
        f.joined += *value;
      } else if (is_string && !frames_.back().joined.empty()) {
        frames_.back().joined += "\n\n";
      }
      return true;
    case Slot::wrapper:
    case Slot::skip:
      return true;
  }
  return true;
}

bool RecordReader::key(std::string& k) {
  if (skip_depth_ > 0 || frames_.empty()) return true;
  Frame& f = frames_.back();
  if (f.role == Role::record) {
    objects_[f.object].key = key_index(k);
    if (frames_.size() == 1) wrapper_key_ = index_in(k, kWrapperKeys);
  } else if (f.role == Role::field_object) {
    objects_[f.object].key = index_in(k, kInnerKeys);
  }
  return true;
}

bool RecordReader::start_object(std::size_t) {
  switch (slot()) {
    case Slot::top:
      top_seen_ = true;
      top_is_object_ = true;
      record_start_ = offset();
      begin_record();
      return true;
    case Slot::list_element:
      record_start_ = offset();
      begin_record();
      return true;
    case Slot::record_key:
    case Slot::inner_key:
      if (inner_depth_ < kMaxInnerDepth) {
        ++inner_depth_;
        objects_.emplace_back(false);
        frames_.push_back({Role::field_object, objects_.size() - 1, {}, {}});
        return true;
      }
      set_value(std::nullopt);
      ++skip_depth_;
      return true;
    case Slot::array_element:
    case Slot::wrapper:
    case Slot::skip:
      ++skip_depth_;
      return true;
  }
  return true;
}

void RecordReader::begin_record() {
  objects_.emplace_back(true);
  frames_.push_back({Role::record, objects_.size() - 1, {}, {}});
}

bool RecordReader::end_object() {
  if (skip_depth_ > 0) {
    --skip_depth_;
    return true;
  }
  const Frame f = std::move(frames_.back());
  frames_.pop_back();
  if (f.role == Role::field_object) {
    --inner_depth_;
    Value inner = objects_[f.object].inner_value();
    objects_.pop_back();
    set_value(std::move(inner));
    return true;
  }
  end_record(f.object);
  return true;
}

void RecordReader::end_record(std::size_t object) {
  const ObjectFrame& o = objects_[object];
  Record record;
  const auto pick = [&](Field field) {
    for (std::size_t k = 0; k < kKeys.size(); ++k) {
      if (kKeys[k].field == field && o.values[k]) return o.values[k];
    }
    return Value();
  };
  record.title = pick(kTitle);
  record.date = pick(kDate);
  record.url = pick(kUrl);
  record.source = pick(kSource);
  if (auto body = pick(kBody)) {
    record.body = std::move(*body);
  } else {
    record.error = Error{ErrorCode::invalid_record,
                         "the record has no article text (expected a field such as "
                         "\"text\", \"body\" or \"content\")"};
  }
  objects_.pop_back();
  if (frames_.empty()) {  // the top-level object
    top_record_ = std::move(record);
    return;
  }
  add_record(std::move(record), frames_.back().wrapper);
}

void RecordReader::add_record(Record record, std::optional<std::size_t> wrapper) {
  List& list = lists_[wrapper ? 1 + *wrapper : 0];
  ++list.total;
  const bool good = !record.error;
  good ? ++list.good : ++list.failed;
  // Past the cap on records, or on failed records reported one by one, a
  // record is only counted (finish() says how many).
  if (list.records.size() >= limits_.max_records || (!good && list.failed > limits_.max_errors)) {
    if (!good && !list.first_unlisted_failure) list.first_unlisted_failure = list.total;
    return;
  }
  record.name = std::to_string(list.total);  // the index; finish() names it
  list.spans.emplace_back(good ? record_start_ : offset(), offset());
  list.records.push_back(std::move(record));
}

bool RecordReader::start_array(std::size_t) {
  switch (slot()) {
    case Slot::top:
      top_seen_ = true;
      lists_[0].present = true;
      frames_.push_back({Role::record_list, 0, {}, {}});
      return true;
    case Slot::wrapper:
      // A wrapper key's array: its elements are records (the last array
      // under the same key wins, as in a parsed object).
      lists_[1 + *wrapper_key_] = List{};
      lists_[1 + *wrapper_key_].present = true;
      frames_.push_back({Role::record_list, 0, {}, wrapper_key_});
      return true;
    case Slot::record_key:
      frames_.push_back({Role::field_array, 0, {}, {}});
      return true;
    case Slot::inner_key:
      frames_.push_back({Role::field_array, 0, {}, {}});
      return true;
    case Slot::list_element:
      add_record(
          Record{.error = Error{ErrorCode::invalid_record, "the record is not a JSON object"}},
          frames_.back().wrapper);
      ++skip_depth_;
      return true;
    case Slot::array_element:
    case Slot::skip:
      ++skip_depth_;
      return true;
  }
  return true;
}

bool RecordReader::end_array() {
  if (skip_depth_ > 0) {
    --skip_depth_;
    return true;
  }
  Frame f = std::move(frames_.back());
  frames_.pop_back();
  if (f.role == Role::field_array)
    set_value(f.joined.empty() ? Value() : Value(std::move(f.joined)));
  if (f.role == Role::record_list && f.wrapper) wrapper_key_.reset();
  return true;
}

RecordSet RecordReader::finish(const std::vector<JsonRepair>& repairs) {
  RecordSet out;
  // A top-level object with a wrapper array gives that array's records;
  // otherwise it is one record.
  List* list = lists_[0].present ? &lists_[0] : nullptr;
  for (std::size_t w = 0; w < kWrapperKeys.size() && !list; ++w) {
    if (lists_[1 + w].present) list = &lists_[1 + w];
  }
  if (!list) {
    if (!top_record_) {
      out.error = Error{ErrorCode::invalid_record, "the record is not a JSON object"};
      return out;
    }
    top_record_->name = file_name_;
    if (auto w = describe_repairs(repairs, 0, static_cast<std::size_t>(-1)); !w.empty())
      top_record_->warnings.push_back(std::move(w));
    out.records.push_back(std::move(*top_record_));
    return out;
  }
  out.total = list->total;
  out.good = list->good;
  out.failed = list->failed;
  out.first_unlisted_failure = list->first_unlisted_failure;
  for (std::size_t i = 0; i < list->records.size(); ++i) {
    Record& r = list->records[i];
    const std::size_t index = std::stoul(r.name);
    r.name = list->total == 1 ? file_name_ : file_name_ + "#" + std::to_string(index);
    if (auto w = describe_repairs(repairs, list->spans[i].first, list->spans[i].second); !w.empty())
      r.warnings.push_back(std::move(w));
    out.records.push_back(std::move(r));
  }
  return out;
}

// A pointer into the text that tells the reader where the parser is.
struct TrackedIterator {
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  const char* p;
  const char** cursor;
  const char& operator*() const { return *p; }
  TrackedIterator& operator++() {
    *cursor = ++p;
    return *this;
  }
  TrackedIterator operator++(int) {
    TrackedIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const TrackedIterator& o) const { return p == o.p; }
  bool operator!=(const TrackedIterator& o) const { return p != o.p; }
};

RecordSet read_json_value(const std::string& file_name, std::string& text, RecordLimits limits,
                          std::vector<JsonRepair>& repairs) {
  repairs = repair_json(text);
  RecordReader reader(file_name, limits);
  const char* cursor = text.data();
  reader.cursor = &cursor;
  reader.base = text.data();
  const TrackedIterator first{text.data(), &cursor};
  const TrackedIterator last{text.data() + text.size(), &cursor};
  const bool parsed = json::sax_parse(first, last, &reader, json::input_format_t::json,
                                      /*strict=*/true, /*ignore_comments=*/true);
  if (!parsed || reader.error_at()) {
    RecordSet out;
    out.parse_failed = true;
    out.error_at = reader.error_at().value_or(0);
    return out;
  }
  return reader.finish(repairs);
}

}  // namespace

Result<std::vector<Record>> read_json_records(const std::string& file_name,
                                              std::string_view content) {
  std::string text(content);
  const std::size_t cap = max_records(content.size());
  std::vector<JsonRepair> repairs;
  RecordSet set = read_json_value(file_name, text, {cap, kMaxFailedRecordsListed}, repairs);
  if (set.parse_failed) {
    return Error{ErrorCode::invalid_record,
                 "the file is not valid JSON (near byte " + std::to_string(set.error_at) + ")"};
  }
  if (set.error) return *set.error;
  if (set.total == 0 && !set.records.empty()) {  // one object: the file is the record
    Record& record = set.records.front();
    if (record.error) return *record.error;
    return std::vector<Record>{std::move(record)};
  }
  return settle(file_name, std::move(set), cap, "the JSON file holds no records");
}

Result<std::vector<Record>> read_json_lines(const std::string& file_name,
                                            std::string_view content) {
  const auto trimmed = [](std::string_view line) {
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
      line.remove_suffix(1);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front())))
      line.remove_prefix(1);
    return line;
  };
  // Lines as records, one at a time; the first pass only learns whether there is more than one.
  const auto each_line = [&](auto&& visit) {
    std::size_t number = 0;
    for (std::string_view rest = content; !rest.empty();) {
      ++number;
      const auto end = rest.find('\n');
      const auto line = trimmed(rest.substr(0, end));
      rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
      if (!line.empty() && !visit(number, line)) return;
    }
  };
  std::size_t nonempty = 0;
  each_line([&](std::size_t, std::string_view) { return ++nonempty < 2; });
  if (nonempty == 0) return Error{ErrorCode::empty_file, "the file holds no records"};

  const std::size_t cap = max_records(content.size());
  RecordSet set;
  each_line([&](std::size_t number, std::string_view line) {
    ++set.total;
    std::string text(line);
    std::vector<JsonRepair> repairs;
    RecordSet one = read_json_value(file_name, text, {1, 1}, repairs);
    Record record;
    if (one.parse_failed) {
      record.error =
          Error{ErrorCode::invalid_record, "line " + std::to_string(number) + " is not valid JSON"};
    } else if (one.error || one.total > 0 || one.records.empty()) {  // an array, a bare value
      record.error = Error{ErrorCode::invalid_record, "the record is not a JSON object"};
    } else {
      record = std::move(one.records.front());
    }
    record.name = nonempty == 1 ? file_name : file_name + "#" + std::to_string(set.total);
    const bool good = !record.error;
    set.keep(std::move(record), good, cap);
    return true;
  });
  return settle(file_name, std::move(set), cap, "the JSON file holds no records");
}

}  // namespace presslens::input
