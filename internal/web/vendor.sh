#!/usr/bin/env bash
# Vendors the web view's front-end libraries from npm into static/vendor/,
# where go:embed picks them up, so building Chronicle needs no npm or
# network. Run it from anywhere to update them; commit what it writes.
#
#   cytoscape     the interactive graph (MIT)
#   vis-timeline  the interactive timeline (Apache-2.0 OR MIT)
#
# Versions are pinned here; npm verifies each tarball against the registry's
# integrity hash, and the script prints the SHA-256 of every file it copies.
set -euo pipefail
cd "$(dirname "$0")"
CYTOSCAPE=3.35.0
VIS_TIMELINE=8.5.4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "cytoscape@$CYTOSCAPE" "vis-timeline@$VIS_TIMELINE" >/dev/null)
out=static/vendor
rm -rf "$out" && mkdir -p "$out"
tar -xzf "$work/cytoscape-$CYTOSCAPE.tgz" -C "$work" package/dist/cytoscape.min.js package/LICENSE
cp "$work/package/dist/cytoscape.min.js" "$out/cytoscape.min.js"
cp "$work/package/LICENSE" "$out/cytoscape.LICENSE"
rm -rf "$work/package"
tar -xzf "$work/vis-timeline-$VIS_TIMELINE.tgz" -C "$work" package/standalone/umd/vis-timeline-graph2d.min.js package/styles/vis-timeline-graph2d.min.css package/LICENSE.md package/LICENSE.MIT.txt package/LICENSE.Apache-2.0.txt
cp "$work/package/standalone/umd/vis-timeline-graph2d.min.js" "$out/vis-timeline-graph2d.min.js"
cp "$work/package/styles/vis-timeline-graph2d.min.css" "$out/vis-timeline-graph2d.min.css"
cp "$work/package/LICENSE.md" "$out/vis-timeline.LICENSE.md"
cp "$work/package/LICENSE.MIT.txt" "$out/vis-timeline.LICENSE.MIT.txt"
cp "$work/package/LICENSE.Apache-2.0.txt" "$out/vis-timeline.LICENSE.Apache-2.0.txt"
# Source maps are not shipped; drop the comment that points at them.
sed -i '/sourceMappingURL/d' "$out"/*.min.js "$out"/*.min.css
printf 'cytoscape %s\nvis-timeline %s\n' "$CYTOSCAPE" "$VIS_TIMELINE" > "$out/VERSIONS"
(cd "$out" && sha256sum -- *)
