"""The Qt binding must survive a long desk session.

PySide6 6.12 under CPython 3.11 dropped a reference to None on every void Qt call; a desk open
for a day makes far more than the ~5,000 calls it took to abort the interpreter. Run in a child
process, so a regression fails this test instead of killing the test run.
"""

import subprocess
import sys


def test_a_hundred_thousand_void_qt_calls_leave_python_alive():
    code = ("from PySide6.QtCore import QObject\n"
            "o = QObject()\n"
            "for _ in range(100_000):\n"
            "    o.setObjectName('x')\n"
            "print('alive')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stdout.strip()) == (0, "alive"), result.stderr[-500:]
