#!/usr/bin/env bash
# Regenerates static/fonts/*.woff2: Atkinson Hyperlegible (Braille Institute, SIL OFL 1.1), regular and bold,
# cut down to the characters an English course uses (Basic Latin, Latin-1, general punctuation, arrows), so both
# weights together stay under 20 KB. The fonts are committed; run this only to change the character set.
# Needs fontTools with brotli (`pip install fonttools brotli`) and `npm ci` (the source is @fontsource).
set -euo pipefail
cd "$(dirname "$0")/.."
from=node_modules/@fontsource/atkinson-hyperlegible/files
to=static/fonts
for weight in 400 700; do
	pyftsubset "$from/atkinson-hyperlegible-latin-$weight-normal.woff2" \
		--unicodes='U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030,U+2039-203A,U+20AC,U+2122,U+2190-2193,U+2212' \
		--layout-features='kern,liga' --no-hinting --desubroutinize --name-IDs='*' \
		--flavor=woff2 --output-file="$to/atkinson-hyperlegible-$weight.woff2"
done
cp node_modules/@fontsource/atkinson-hyperlegible/LICENSE "$to/OFL.txt"
ls -l "$to"
