"""Intake, aggregates and memory on one database per backend, grown from 10k to 1M
submissions, so that the three share each seeding (a million rows take minutes to seed).

    .venv/bin/python bench/growth.py [--backends sqlite,postgres] [--sizes N,N | --full]
                                     [--json FILE]

At each size: the aggregates (read only), then intake, then memory. A size is the rows in the
submissions table as the step starts: intake adds about 4,000 (set aside as failed, so that no
worker picks them up) and memory 1,000 (analysed), and the next step's seed tops up from there.
See each module for its figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import aggregates, intake, memory
from bench.installation import main_for

if __name__ == "__main__":
    main_for(__doc__, aggregates=aggregates.measure, intake=intake.measure, memory=memory.measure)
