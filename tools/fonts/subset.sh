#!/usr/bin/env bash
# Makes the WOFF2 subsets the browser downloads (static/fonts/*.woff2) from the full TTFs, which stay for the PDFs
# (PdfRenderer embeds the TTFs). Run it again after changing a TTF or a range, and commit the .woff2 files.
# Needs fonttools and brotli: apt-get install -y python3-fonttools python3-brotli (or pip install fonttools brotli).
#
# Ranges kept (they must match the unicode-range of static/css/fonts.css):
#   Arabic   U+0600-06FF  Arabic block (letters, harakat, ، ؛ ؟, tatweel, Persian/Amazigh letters ڤ ڭ)
#            U+200C-200D  ZWNJ, ZWJ (they change how the letters around them join)
#            U+FDF2, U+FDFA, U+FDFD  ligatures written as code points (Allah, salla, basmala)
#   Tifinagh U+2D30-2D7F  Tifinagh block (Neo-Tifinagh of IRCAM)
# Latin text and digits (0-9: Western digits on every page) come from the system font, so they are left out.
# Every OpenType layout feature is kept: Arabic shaping (init/medi/fina, ligatures, mark positioning) needs them.
set -euo pipefail
cd "$(dirname "$0")/../../src/main/resources/static/fonts"
PYTHON=${PYTHON:-/usr/bin/python3}
ARABIC="U+0600-06FF,U+200C-200D,U+FDF2,U+FDFA,U+FDFD"
TIFINAGH="U+2D30-2D7F"

subset() { # source.ttf ranges
  local out="${1%.ttf}.subset.woff2"
  "$PYTHON" -m fontTools.subset "$1" --unicodes="$2" --layout-features='*' --flavor=woff2 \
    --no-hinting --desubroutinize --drop-tables+=DSIG --name-IDs='*' --name-languages='*' --output-file="$out"
  printf '%-40s %7d bytes\n' "$out" "$(stat -c %s "$out")"
}

subset NotoNaskhArabic-Regular.ttf "$ARABIC"
subset NotoNaskhArabic-Bold.ttf "$ARABIC"
subset NotoSansTifinagh-Regular.ttf "$TIFINAGH"
