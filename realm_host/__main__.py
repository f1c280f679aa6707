"""``python -m realm_host`` is the ``realm`` command."""
import sys

from realm_host.cli import main

sys.exit(main())
