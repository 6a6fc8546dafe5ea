"""Vendor the map's web assets from the npm registry into ``static/vendor/``.

The app must work on air-gapped networks, so every script and stylesheet the
map uses is committed to the repository. This developer tool (not run by CI or
at run time) fetches pinned npm packages into a temporary folder, copies the
files the map needs and writes ``static/vendor/MANIFEST.json`` with each file's
package, version, licence and SHA-256 (also of the few files kept in the repository
because a package's npm tarball lacks them: see ``KEPT``).

Usage::

    python tools/vendor_assets.py

Requires ``npm`` on the PATH and access to the npm registry.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "static" / "vendor"

#: npm package -> (version, {source path in package: destination path in static/vendor})
PACKAGES: dict[str, tuple[str, dict[str, str]]] = {
    "leaflet": (
        "1.9.4",
        {
            "dist/leaflet.js": "leaflet/leaflet.js",
            "dist/leaflet.css": "leaflet/leaflet.css",
            "dist/images/layers.png": "leaflet/images/layers.png",
            "dist/images/layers-2x.png": "leaflet/images/layers-2x.png",
            "dist/images/marker-icon.png": "leaflet/images/marker-icon.png",
            "dist/images/marker-icon-2x.png": "leaflet/images/marker-icon-2x.png",
            "dist/images/marker-shadow.png": "leaflet/images/marker-shadow.png",
            "LICENSE": "leaflet/LICENSE",
        },
    ),
    "jquery": (
        "3.7.1",
        {
            "dist/jquery.min.js": "jquery/jquery.min.js",
            "LICENSE.txt": "jquery/LICENSE.txt",
        },
    ),
    "leaflet-measure": (
        "2.1.7",
        {
            "dist/leaflet-measure.js": "leaflet-measure/leaflet-measure.js",
            "dist/leaflet-measure.css": "leaflet-measure/leaflet-measure.css",
            **{
                f"dist/images/{name}": f"leaflet-measure/images/{name}"
                for name in (
                    "cancel.png", "cancel_@2X.png", "check.png", "check_@2X.png",
                    "focus.png", "focus_@2X.png", "rulers.png", "rulers_@2X.png",
                    "start.png", "start_@2X.png", "trash.png", "trash_@2X.png",
                )
            },
            "LICENSE": "leaflet-measure/LICENSE",
        },
    ),
    "leaflet.fullscreen": (
        "3.0.0",
        {
            "Control.FullScreen.js": "leaflet.fullscreen/Control.FullScreen.js",
            "Control.FullScreen.css": "leaflet.fullscreen/Control.FullScreen.css",
            "icon-fullscreen.svg": "leaflet.fullscreen/icon-fullscreen.svg",
            "LICENSE": "leaflet.fullscreen/LICENSE",
        },
    ),
    "leaflet-mouse-position": (
        "1.2.0",
        {
            "src/L.Control.MousePosition.js": "leaflet-mouse-position/L.Control.MousePosition.js",
            "src/L.Control.MousePosition.css": "leaflet-mouse-position/L.Control.MousePosition.css",
            "MIT-LICENCE.txt": "leaflet-mouse-position/LICENSE",
        },
    ),
    # editors draw shapes on the map (loaded only on maps built with RenderOptions(drawing=True))
    "leaflet-draw": (
        "1.0.4",
        {
            "dist/leaflet.draw.js": "leaflet-draw/leaflet.draw.js",
            "dist/leaflet.draw.css": "leaflet-draw/leaflet.draw.css",
            **{
                f"dist/images/{name}": f"leaflet-draw/images/{name}"
                for name in (
                    "layers.png", "layers-2x.png", "marker-icon.png", "marker-icon-2x.png", "marker-shadow.png",
                    "spritesheet.png", "spritesheet-2x.png", "spritesheet.svg",
                )
            },
        },
    ),
}

#: npm package -> files under static/vendor that its npm tarball lacks, committed as they are and only
#: recorded in the manifest. leaflet-draw's tarball ships no licence file: its LICENSE is MIT-LICENSE.md
#: of https://github.com/Leaflet/Leaflet.draw (the MIT licence its package.json names).
KEPT: dict[str, tuple[str, ...]] = {
    "leaflet-draw": ("leaflet-draw/LICENSE",),
}


def _entry(name: str, version: str, meta: dict, dst: str, target: Path) -> dict:
    """One manifest row: the package, its version and licence, the vendored file and its hash."""
    return {"package": name, "version": version, "license": meta.get("license", "see LICENSE"), "file": dst,
            "sha256": _sha256(target)}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        specs = [f"{name}@{version}" for name, (version, _) in PACKAGES.items()]
        subprocess.run(
            ["npm", "install", "--no-save", "--ignore-scripts", "--prefix", tmp, *specs],
            check=True,
        )
        manifest = []
        for name, (version, files) in PACKAGES.items():
            pkg_dir = Path(tmp) / "node_modules" / name
            meta = json.loads((pkg_dir / "package.json").read_text())
            for src, dst in files.items():
                source = pkg_dir / src
                if not source.exists():
                    print(f"error: {name}@{version} has no file {src!r}", file=sys.stderr)
                    return 1
                target = VENDOR / dst
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
                manifest.append(_entry(name, version, meta, dst, target))
            for dst in KEPT.get(name, ()):
                target = VENDOR / dst
                if not target.is_file():
                    print(f"error: {dst} (kept in the repository for {name}) is missing", file=sys.stderr)
                    return 1
                manifest.append(_entry(name, version, meta, dst, target))
    (VENDOR / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"vendored {len(manifest)} files into {VENDOR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
