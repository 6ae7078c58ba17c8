"""The outbox (core.outbox) in the tests: mails wait in it until a test sends them."""

import contextlib
import io
import threading
import time

from django.core.mail.backends import locmem
from django.core.management import call_command

from core.outbox import THREAD_NAME


def send_outbox():
    """What the timer does, at once: send every mail whose turn has come."""
    # Exits 1 while mail fails: the test looks at what stayed in the outbox.
    with contextlib.suppress(SystemExit):
        call_command("send_pending_mail", stdout=io.StringIO())


def wait_for_sending_threads(timeout=30):
    """Wait until the threads that send after a commit are done."""
    deadline = time.monotonic() + timeout
    for thread in threading.enumerate():
        if thread.name == THREAD_NAME:
            thread.join(max(deadline - time.monotonic(), 0))


class SlowMailBackend(locmem.EmailBackend):
    """A mail server that takes seconds to answer, as one far away or overloaded does."""

    delay = 3

    def send_messages(self, messages):
        time.sleep(self.delay)
        return super().send_messages(messages)
