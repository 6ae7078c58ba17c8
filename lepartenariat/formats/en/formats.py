"""English dates as the site's British English writes them: "14 November 2025", not Django's
American "Nov. 14, 2025" (#26); 24-hour times, as the opening hours are given."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
MONTH_DAY_FORMAT = "j F"
TIME_FORMAT = "H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
