// Civil-calendar arithmetic for resolving relative dates (proleptic
// Gregorian, days since 1970-01-01; no time zones, no locale).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace presslens::facts {

struct Ymd {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

long days_from_civil(Ymd date);
Ymd civil_from_days(long days);
int weekday(long days);                                   // ISO: Monday 1 .. Sunday 7
std::optional<Ymd> parse_iso_date(std::string_view iso);  // "2015-09-16"
std::string iso_day(Ymd date);                            // "2015-09-16"
std::string iso_month(int year, int month);               // "2015-09"
std::string iso_week(long days);                          // "2015-W38"

}  // namespace presslens::facts
