"""An independent WMS client for WmsClientsIT: OWSLib (Debian's python3-owslib) reads the capabilities,
fetches a map and asks what is under a pixel. Prints one JSON object; the Java test asserts on it.

usage: owslib_client.py URL VERSION CRS MINX,MINY,MAXX,MAXY WIDTH HEIGHT I J OUT.png
"""
import json
import sys

from owslib.wms import WebMapService

url, version, crs, bbox, width, height, i, j, out = sys.argv[1:10]
bbox = tuple(float(v) for v in bbox.split(","))
size = (int(width), int(height))

wms = WebMapService(url, version=version)
result = {
    "version": wms.identification.version,
    "title": wms.identification.title,
    "layers": sorted(name for name in wms.contents),
    "parcelTitle": wms["parcels"].title,
    "parcelCrs": sorted(wms["parcels"].crsOptions),
    "parcelStyles": sorted(wms["parcels"].styles.keys()),
    "operations": sorted(op.name for op in wms.operations),
    "mapFormats": wms.getOperationByName("GetMap").formatOptions,
}

img = wms.getmap(layers=["parcels"], styles=[""], srs=crs, bbox=bbox, size=size, format="image/png")
data = img.read()
with open(out, "wb") as f:
    f.write(data)
result["mapBytes"] = len(data)

info = wms.getfeatureinfo(layers=["parcels"], styles=[""], srs=crs, bbox=bbox, size=size, format="image/png",
                          query_layers=["parcels"], info_format="application/json", xy=(int(i), int(j)), feature_count=1)
result["featureInfo"] = json.loads(info.read().decode("utf-8"))
print(json.dumps(result, ensure_ascii=False))
