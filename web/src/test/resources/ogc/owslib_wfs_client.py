"""OWSLib as a WFS client: capabilities in 2.0.0 and 1.1.0, then features as GeoJSON. Prints one JSON line."""
import json
import sys

from owslib.wfs import WebFeatureService

url = sys.argv[1]
out = {}
for version in ("2.0.0", "1.1.0"):
    wfs = WebFeatureService(url, version=version)
    out[version] = {
        "version": wfs.version,
        "types": sorted(wfs.contents.keys()),
        "operations": [op.name for op in wfs.operations],
    }
wfs = WebFeatureService(url, version="2.0.0")
response = wfs.getfeature(typename=["landinfo:map_sheets"], maxfeatures=3, outputFormat="application/json")
collection = json.loads(response.read())
out["features"] = [f["id"] for f in collection["features"]]
print(json.dumps(out))
