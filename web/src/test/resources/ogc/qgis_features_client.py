"""An independent client for QgisFeaturesClientIT: headless QGIS loads the parcels as a GIS technician's
"Add WFS Layer" and "Add OGC API - Features Layer" do, then for each connection
  - asks for the layer's feature count (QGIS asks the server),
  - requests the features in a box and keeps one commune's (a commune-bounded request),
  - identifies one parcel by its national id, with its attributes and where its geometry lies,
  - sets a layer filter (the Filter dialog's expression) for one commune's parcels of one purpose: the layer's
    feature count, and the filtered features in the box with where they lie,
recording the requests QGIS sent meanwhile. Prints one JSON object on its last line.

usage: qgis_features_client.py BASE_URL COMMUNE PURPOSE NATIONAL_ID BOX PARCEL_BOX CONNECTION...
  boxes are longitude/latitude minx,miny,maxx,maxy; a CONNECTION is wfs-2.0.0, wfs-1.1.0, wfs-auto or oapif
"""
import sys

import clients

base, commune, purpose, national_id, near_box, parcel_box = sys.argv[1:7]
connections = sys.argv[7:]

app = clients.start_qgis()

from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayer  # noqa: E402

log = clients.RequestLog()


def rectangle(text):
    return QgsRectangle(*(float(v) for v in text.split(",")))


def source(connection):
    """The data source string QGIS's connection dialogs build."""
    if connection == "oapif":
        return ("OAPIF", "restrictToRequestBBOX='1' typename='parcels' url='%s/ogc/features'" % base)
    version = connection[len("wfs-"):]
    # "Only request features overlapping the view extent" on (for OAPIF too), as for a register this size: each
    # request carries its box instead of QGIS caching the whole layer first.
    return ("WFS", "pagingEnabled='true' restrictToRequestBBOX='1' srsname='EPSG:4326' typename='landinfo:parcels' url='%s/ogc/wfs' "
            "version='%s'" % (base, version))


def box(features):
    """The union of the features' bounding boxes, as QGIS placed them (layer CRS, x = longitude)."""
    union = None
    for f in features:
        b = f.geometry().boundingBox()
        if union is None:
            union = QgsRectangle(b)
        else:
            union.combineExtentWith(b)
    return None if union is None else [union.xMinimum(), union.yMinimum(), union.xMaximum(), union.yMaximum()]


def read(connection):
    provider, uri = source(connection)
    layer = QgsVectorLayer(uri, "parcels", provider)
    result = {"valid": layer.isValid(), "openRequests": log.take()}
    if not layer.isValid():
        result["error"] = layer.dataProvider().error().summary() if layer.dataProvider() else "no provider"
        return result
    result["crs"] = layer.crs().authid()
    result["fields"] = layer.fields().names()
    result["featureCount"] = layer.featureCount()

    # A commune-bounded request: the features in a box, then those of the commune.
    request = QgsFeatureRequest().setFilterRect(rectangle(near_box))
    request.setFilterExpression("\"commune_code\" = '%s'" % commune)
    in_commune = list(layer.getFeatures(request))
    result["communeNationalIds"] = sorted(str(f["national_id"]) for f in in_commune)
    result["communeRequests"] = log.take()

    # Identify, by attribute, near where the parcel is.
    request = QgsFeatureRequest().setFilterRect(rectangle(parcel_box))
    request.setFilterExpression("\"national_id\" = '%s'" % national_id)
    found = list(layer.getFeatures(request))
    result["identified"] = [{name: clients.plain(f[name]) for name in f.fields().names()} for f in found]
    result["identifiedBox"] = box(found)
    log.take()

    # The layer filter a technician sets for one commune's parcels of one purpose.
    filtered = QgsVectorLayer(uri, "parcels filtered", provider)
    result["filterAccepted"] = filtered.setSubsetString("\"commune_code\" = '%s' AND \"main_purpose\" = '%s'" % (commune, purpose))
    result["filteredCount"] = filtered.featureCount()
    features = list(filtered.getFeatures(QgsFeatureRequest().setFilterRect(rectangle(near_box))))
    result["filteredInBox"] = sorted(str(f["national_id"]) for f in features)
    result["filteredPurposes"] = sorted({str(f["main_purpose"]) for f in features})
    result["filteredBox"] = box(features)
    result["filterRequests"] = log.take()
    return result


out = {}
for c in connections:
    out[c] = read(c)
app.exitQgis()
clients.emit(out)
