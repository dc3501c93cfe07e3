import sys

from kelurahan_desk.cli.main import main

sys.exit(main())
