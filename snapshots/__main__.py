from snapshots.cli import main

raise SystemExit(main())
