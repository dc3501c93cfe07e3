"""Entry point of the frozen bundle: the same command line as `kelurahan-desk`."""

import sys

from kelurahan_desk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
