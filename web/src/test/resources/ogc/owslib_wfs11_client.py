"""OWSLib (Debian's python3-owslib) as a WFS 1.1.0 client for OwslibClientsIT: GetFeature with a bbox (OWSLib
takes it east, north and writes it in the order of the CRS it names) and an srsName, answered in GML 3.1.1,
which this script reads: the feature ids and each feature's first polygon ring as written. Prints one JSON
object on its last line.

usage: owslib_wfs11_client.py WFS_URL TYPENAME MINX,MINY,MAXX,MAXY BBOX_CRS SRSNAME
"""
import sys
import xml.etree.ElementTree as ET

from owslib.wfs import WebFeatureService

import clients

url, typename, bbox, bbox_crs, srsname = sys.argv[1:6]
GML = "{http://www.opengis.net/gml}"

wfs = WebFeatureService(url, version="1.1.0")
box = [float(v) for v in bbox.split(",")] + [bbox_crs]
response = wfs.getfeature(typename=[typename], bbox=tuple(box), srsname=srsname)
root = ET.fromstring(response.read())

features = {}
for member in root.iter():
    fid = member.get(GML + "id")
    if fid is None or member.tag.startswith(GML):
        continue
    pos_list = next(member.iter(GML + "posList"), None)
    numbers = [float(v) for v in pos_list.text.split()] if pos_list is not None else []
    srs = next((e.get("srsName") for e in member.iter() if e.get("srsName")), None)
    features[fid] = {"ring": [numbers[i:i + 2] for i in range(0, len(numbers), 2)], "srsName": srs}

# The BBOX value OWSLib puts in the request, as its own KVP encoder writes it.
clients.emit({"version": wfs.version, "bbox": wfs.getBBOXKVP(tuple(box), [typename]),
              "numberOfFeatures": root.get("numberOfFeatures"), "features": features})
