"""What every independent-client script of the map service tests shares (ExternalClients copies it beside the
script): the result is one JSON object on the last line of output, which the Java test parses and asserts on;
headless QGIS starts the same way everywhere; and a log of the requests QGIS sends, so a test can tell a filter
QGIS sent to the server from one it applied itself.
"""
import json
import os
from urllib.parse import unquote_plus


def emit(result):
    """The script's result: the last line of output, parsed by ExternalClients.python."""
    print(json.dumps(result, ensure_ascii=False), flush=True)


def start_qgis():
    """Headless QGIS 3.22 from Debian's python3-qgis with the providers in /usr/lib/qgis/plugins."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    return app


def plain(value):
    """An attribute as JSON: QGIS's NULL as null, dates as ISO text, numbers and text as they are."""
    from qgis.core import NULL

    if value is None or value == NULL:
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    if hasattr(value, "toString"):
        from qgis.PyQt.QtCore import Qt

        return value.toString(Qt.ISODate)
    return str(value)


class RequestLog:
    """Every request QGIS creates, from whichever thread: its main network manager announces them all (a queued
    signal for other threads, hence the processEvents before reading)."""

    def __init__(self):
        from qgis.core import QgsNetworkAccessManager, QgsNetworkRequestParameters

        self._requests = []
        # The overload with the request's parameters (the other, Qt's operation/request/body, is deprecated).
        QgsNetworkAccessManager.instance().requestAboutToBeCreated[QgsNetworkRequestParameters].connect(self._record)

    def _record(self, parameters):
        from qgis.PyQt.QtCore import QUrl

        url = parameters.request().url().toString(QUrl.FullyEncoded)
        content = parameters.content()
        body = bytes(content).decode("utf-8", "replace") if content is not None else ""
        self._requests.append({"url": unquote_plus(url), "body": body})

    def take(self):
        """The requests since the last take, decoded (a FILTER reads as XML)."""
        from qgis.core import QgsApplication

        for _ in range(5):
            QgsApplication.processEvents()
        taken, self._requests = self._requests, []
        return taken
