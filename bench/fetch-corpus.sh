#!/usr/bin/env bash
# Fetches the public corpus of CorpusBenchmark into bench/corpus (see bench/README.md): born-digital manuals from
# Debian's documentation packages, and each page's text as poppler's pdftotext reads it, which the benchmark
# scores every tool against. The scanned pages are made from these pages by the benchmark itself.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
command -v pdftotext >/dev/null || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q poppler-utils >/dev/null

out=corpus
rm -rf "$out" && mkdir -p "$out/pdf" "$out/truth"
debs=$(mktemp -d)
trap 'rm -rf "$debs"' EXIT
(cd "$debs" && apt-get download -q libtasn1-doc bash-doc r-doc-pdf >/dev/null)
for deb in "$debs"/*.deb; do dpkg-deb -x "$deb" "$debs/root"; done

take() { cp "$1" "$out/pdf/$2"; }
take ../docs/samples/shared-mime-info-spec.pdf shared-mime-info-spec.pdf      # pdfTeX, 17 pages
take "$debs/root/usr/share/doc/libtasn1-doc/libtasn1.pdf" libtasn1.pdf         # pdfTeX (Texinfo), 36 pages
take "$debs/root/usr/share/doc/bash/bash.pdf" bash.pdf                         # groff through Ghostscript, 87 pages
for manual in R-data R-FAQ R-intro R-lang R-admin; do                          # pdfTeX (Texinfo), 360 pages
  take "$debs/root/usr/share/R/doc/manual/$manual.pdf" "$manual.pdf"
done

for pdf in "$out"/pdf/*.pdf; do
  name=$(basename "$pdf" .pdf)
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  for ((n = 1; n <= pages; n++)); do
    pdftotext -q -enc UTF-8 -f "$n" -l "$n" "$pdf" "$out/truth/$name-$n.txt"
  done
  echo "$name: $pages pages"
done
