"""An independent client for QgisClientIT: headless QGIS (Debian's python3-qgis, offscreen Qt) opens the
WMS and the vector tiles the way a GIS technician's "Add WMS layer" and "Add vector tile layer" do,
renders each to a PNG and asks the WMS what is under a point. Prints one JSON object on its last line;
the Java test asserts on it and on the images.

usage: qgis_client.py BASE_URL MINX,MINY,MAXX,MAXY(EPSG:3857) SIZE X Y PURPOSE OTHER_PURPOSE OUT_DIR
"""
import os
import sys

import clients

app = clients.start_qgis()

from qgis.core import (  # noqa: E402
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsFillSymbol,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPointXY,
    QgsRaster,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorTileBasicRenderer,
    QgsVectorTileBasicRendererStyle,
    QgsVectorTileLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

base, bbox, size, x, y, purpose, other, out = sys.argv[1:9]
extent = QgsRectangle(*(float(v) for v in bbox.split(",")))
size = int(size)
point = QgsPointXY(float(x), float(y))

crs = QgsCoordinateReferenceSystem("EPSG:3857")


def render(layer, path):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(crs)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(size, size))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(path, "PNG")
    return [e.message for e in job.errors()]


result = {}

# WMS, as QGIS's WMS/WMTS connection builds it: capabilities first, then GetMap in the project's CRS.
wms_uri = "crs=EPSG:3857&format=image/png&layers=parcels&styles=&url=" + base + "/ogc/wms"
wms = QgsRasterLayer(wms_uri, "parcels (WMS)", "wms")
result["wmsValid"] = wms.isValid()
result["wmsError"] = wms.error().summary() if not wms.isValid() else ""
if wms.isValid():
    result["wmsRenderErrors"] = render(wms, os.path.join(out, "qgis-wms.png"))
    # Identify, as the Identify Features tool does on a WMS layer: GetFeatureInfo as GML features.
    identified = wms.dataProvider().identify(point, QgsRaster.IdentifyFormatFeature, extent, size, size)
    features = []
    if identified.isValid():
        for stores in identified.results().values():
            for store in stores:
                for f in store.features():
                    features.append({name: str(f[name]) for name in f.fields().names()})
    else:
        result["identifyError"] = identified.error().summary()
    result["identified"] = features

# Vector tiles, as a "Vector Tiles" XYZ connection builds it, drawn with two rules on the tile attribute
# main_purpose, so the colour at the parcel shows both its shape and its attribute came through.
tiles = QgsDataSourceUri()
tiles.setParam("type", "xyz")
tiles.setParam("url", base + "/tiles/parcels/{z}/{x}/{y}.mvt")
tiles.setParam("zmin", "14")
tiles.setParam("zmax", "20")
vt = QgsVectorTileLayer(bytes(tiles.encodedUri()).decode(), "parcels (vector tiles)")
result["tilesValid"] = vt.isValid()
if vt.isValid():
    styles = []
    for name, code, colour in (("this purpose", purpose, "255,0,255,255"), ("other purpose", other, "0,255,255,255")):
        style = QgsVectorTileBasicRendererStyle(name, "parcels", QgsWkbTypes.PolygonGeometry)
        style.setSymbol(QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"}))
        style.setFilterExpression("\"main_purpose\" = '%s'" % code)
        styles.append(style)
    renderer = QgsVectorTileBasicRenderer()
    renderer.setStyles(styles)
    vt.setRenderer(renderer)
    result["tilesRenderErrors"] = render(vt, os.path.join(out, "qgis-tiles.png"))

app.exitQgis()
clients.emit(result)
