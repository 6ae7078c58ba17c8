"""The main menu as the site had it before staff could edit it (#23): no page is seeded,
since none exists but the fixed sections."""

from core.seeding import plain, translated
from pages.menus import DEFAULT_MAIN_MENU
from pages.models import Menu, MenuEntry


def seed_entry(report, record, order, parent=None):
    entry, created = MenuEntry.objects.get_or_create(
        seed_key=f"menu:{record['key']}",
        defaults={
            **translated(record, "label"),
            **plain(record, "section"),
            "menu": Menu.MAIN,
            "parent": parent,
            "order": order,
        },
    )
    report.count(MenuEntry, created)
    return entry


def seed(report):
    for order, record in enumerate(DEFAULT_MAIN_MENU, start=1):
        entry = seed_entry(report, record, order * 10)
        for child_order, child in enumerate(record.get("children", []), start=1):
            seed_entry(report, child, child_order * 10, parent=entry)
