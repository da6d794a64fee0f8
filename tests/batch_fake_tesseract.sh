#!/bin/sh
# A Tesseract that hangs, for the batch tests: it answers --version and --list-langs as the
# real one (BATCH_REAL_TESSERACT) does, and sleeps BATCH_TESSERACT_SLEEP seconds (default 60)
# on any page it is given. Tests put it first on PATH under the name "tesseract".
case " $* " in
  *" --version "* | *" --list-langs "*) exec "$BATCH_REAL_TESSERACT" "$@" ;;
esac
exec sleep "${BATCH_TESSERACT_SLEEP:-60}"
