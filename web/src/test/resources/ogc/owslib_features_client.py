"""OWSLib (Debian's python3-owslib, owslib.ogcapi.features) as an OGC API - Features client for
OwslibClientsIT: conformance, the feature collections, one collection and its queryables, a first page, the
items in a bbox, the items a CQL2 filter selects, and one item. Prints one JSON object on its last line.

usage: owslib_features_client.py LANDING_PAGE COLLECTION LON_MIN,LAT_MIN,LON_MAX,LAT_MAX CQL2_TEXT FEATURE_ID
"""
import sys

from owslib.ogcapi.features import Features

import clients

url, bbox, commune, purpose, feature_id = sys.argv[1:6]
collection = "parcels"
api = Features(url)


def ids(page):
    return sorted(str(f["id"]) for f in page["features"])


out = {"conformsTo": api.conformance()["conformsTo"], "featureCollections": sorted(api.feature_collections())}
c = api.collection(collection)
out["collection"] = {"id": c["id"], "crs": c.get("crs", []), "bbox": c["extent"]["spatial"]["bbox"][0]}
out["queryables"] = sorted(api.collection_queryables(collection).get("properties", {}).keys())

page = api.collection_items(collection, limit=5)
out["page"] = {"numberMatched": page.get("numberMatched"), "numberReturned": page.get("numberReturned"),
               "features": len(page["features"]), "rels": sorted(link["rel"] for link in page.get("links", []))}

boxed = api.collection_items(collection, bbox=[float(v) for v in bbox.split(",")], limit=10000)
out["bbox"] = {"numberMatched": boxed.get("numberMatched"), "ids": ids(boxed)}

filtered = api.collection_items(collection, filter="commune_code = '%s' AND main_purpose = '%s'" % (commune, purpose), limit=10000)
out["filter"] = {"numberMatched": filtered.get("numberMatched"), "ids": ids(filtered), "request": api.request}
by_property = api.collection_items(collection, commune_code=commune, main_purpose=purpose, limit=10000)
out["properties"] = {"numberMatched": by_property.get("numberMatched"), "ids": ids(by_property), "request": api.request}

item = api.collection_item(collection, feature_id)
out["item"] = {"id": str(item["id"]), "properties": item["properties"]}
clients.emit(out)
