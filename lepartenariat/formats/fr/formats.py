"""The dates and times French staff type, added to Django's French formats (#25).

"14h30" used to answer "Saisissez une heure valide." Django tries these in order and keeps
its own ISO ones (2026-12-24, 14:30:00) after them; only the input formats change here.
"""

DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 24/12/2026
    "%d/%m/%y",  # 24/12/26
    "%d.%m.%Y",  # 24.12.2026
    "%d.%m.%y",  # 24.12.26
    "%d-%m-%Y",  # 24-12-2026
    "%d %m %Y",  # 24 12 2026
]

TIME_INPUT_FORMATS = [
    "%H:%M:%S",  # 14:30:00
    "%H:%M",  # 14:30
    "%Hh%M",  # 14h30, 14H30
    "%H h %M",  # 14 h 30
    "%Hh",  # 14h
    "%H h",  # 14 h
    "%H%M",  # 1430
    "%H.%M",  # 14.30
]

DATETIME_INPUT_FORMATS = [
    f"{date} {time}"
    for date in ("%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y")
    for time in ("%H:%M:%S", "%H:%M", "%Hh%M", "%Hh")
]
