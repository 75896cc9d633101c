#include "facts/calendar.hpp"

#include <cstdio>

namespace presslens::facts {

// Howard Hinnant's well-known days-from-civil algorithm.
long days_from_civil(Ymd date) {
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (date.month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + date.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

int weekday(long days) {  // 1970-01-01 was a Thursday
  const long w = (days + 3) % 7;
  return static_cast<int>((w < 0 ? w + 7 : w) + 1);
}

std::optional<Ymd> parse_iso_date(std::string_view iso) {
  int y = 0, m = 0, d = 0;
  if (iso.size() < 10 ||
      std::sscanf(std::string(iso.substr(0, 10)).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) {
    return std::nullopt;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return Ymd{y, m, d};
}

std::string iso_day(Ymd date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

std::string iso_month(int year, int month) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  return buffer;
}

std::string iso_week(long days) {
  // The ISO week's year is the year of its Thursday.
  const long thursday = days - weekday(days) + 4;
  const int year = civil_from_days(thursday).year;
  const long first_thursday_week = days_from_civil({year, 1, 1});
  const int week = static_cast<int>((thursday - first_thursday_week) / 7 + 1);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-W%02d", year, week);
  return buffer;
}

}  // namespace presslens::facts
