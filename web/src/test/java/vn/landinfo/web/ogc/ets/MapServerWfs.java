package vn.landinfo.web.ogc.ets;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * MapServer 8's WFS 2.0 over the same published views landinfo serves, as a reference server for the
 * conformance harness (a server the OGC suite is known to run against): Debian's {@code cgi-mapserver} as
 * FastCGI under {@code lighttpd}, both started by this class with a mapfile written for the run, exactly as
 * {@code bench/maps.sh} runs the WMS peer. Layers {@code parcels} (publish.parcels, the 16 attributes) and
 * {@code map_sheets} (publish.map_sheets), geometry in EPSG:4326, offered in 4326 and 3857; GML 3.2 output
 * (MapServer's default for 2.0) and GeoJSON.
 * Stopped by {@link #close()}: lighttpd and the mapserv processes it spawned, by their own ids.
 */
public final class MapServerWfs implements AutoCloseable {

    static final Path MAPSERV = Path.of("/usr/lib/cgi-bin/mapserv");
    static final Path LIGHTTPD = Path.of("/usr/sbin/lighttpd");

    private final Process lighttpd;
    private final int port;

    private MapServerWfs(Process lighttpd, int port) {
        this.lighttpd = lighttpd;
        this.port = port;
    }

    /** The WFS's GetCapabilities URL (version 2.0.0). */
    public URI capabilities() {
        return URI.create("http://127.0.0.1:" + port + "/mapserv?SERVICE=WFS&REQUEST=GetCapabilities&VERSION=2.0.0");
    }

    /**
     * Writes the mapfile, MapServer's config and lighttpd's into dir and starts lighttpd on a free port of
     * 127.0.0.1; libpq connection settings as key=value pairs ({@code host=… port=… dbname=… user=…}).
     */
    public static MapServerWfs start(Path dir, String conninfo, String password) throws IOException, InterruptedException {
        for (Path p : List.of(MAPSERV, LIGHTTPD)) {
            if (!Files.isExecutable(p)) {
                throw new AssertionError(p + " is missing: apt-get install -y cgi-mapserver lighttpd (the ets-wfs20 lane's MapServer target needs them)");
            }
        }
        Files.createDirectories(dir);
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        // The mapfile is MapServer's default (MS_MAPFILE), so the endpoint needs no map= parameter: the suite
        // POSTs XML requests to the bare endpoint the capabilities declare.
        String online = "http://127.0.0.1:" + port + "/mapserv?";
        Files.writeString(dir.resolve("wfs.map"), mapfile(online, conninfo));
        Files.writeString(dir.resolve("mapserver.conf"), """
                CONFIG
                  ENV
                    MS_MAPFILE "%s"
                    MS_MAP_NO_PATH "1"
                    MS_ERRORFILE "%s"
                  END
                END
                """.formatted(dir.resolve("wfs.map"), dir.resolve("mapserver-errors.log")));
        Files.writeString(dir.resolve("lighttpd.conf"), """
                server.modules = ("mod_fastcgi")
                server.bind = "127.0.0.1"
                server.port = %d
                server.document-root = "%s"
                server.errorlog = "%s"
                fastcgi.server = ( "/mapserv" => ((
                    "socket" => "%s",
                    "bin-path" => "%s",
                    "max-procs" => 2,
                    "check-local" => "disable",
                    "bin-environment" => ( "MAPSERVER_CONFIG_FILE" => "%s"%s ),
                    "bin-copy-environment" => ( "PATH", "LANG", "PROJ_DATA", "PROJ_LIB" )
                )) )
                """.formatted(port, dir, dir.resolve("lighttpd-error.log"), dir.resolve("mapserv.socket"), MAPSERV,
                dir.resolve("mapserver.conf"), password == null || password.isEmpty() ? "" : ", \"PGPASSWORD\" => \"" + password + "\""));
        Process p = new ProcessBuilder(LIGHTTPD.toString(), "-D", "-f", dir.resolve("lighttpd.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("lighttpd.out").toFile()).start();
        MapServerWfs server = new MapServerWfs(p, port);
        for (int i = 0; i < 100; i++) {
            if (!p.isAlive()) {
                throw new AssertionError("lighttpd stopped while starting: " + Files.readString(dir.resolve("lighttpd.out")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return server;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        server.close();
        throw new AssertionError("lighttpd did not open port " + port + " in 10 s");
    }

    static String mapfile(String online, String conninfo) {
        String connection = """
                    CONNECTIONTYPE POSTGIS
                    CONNECTION "%s"
                    PROCESSING "CLOSE_CONNECTION=DEFER"
                    PROJECTION "init=epsg:4326" END
                """.formatted(conninfo);
        // What both layers declare alike: the CRSs and extent, every column but the id as a typed property, the
        // id as the feature id, the geometry column.
        String layerMetadata = """
                      "wfs_srs" "EPSG:4326 EPSG:3857"
                      "wfs_extent" "102 8 110 24"
                      "gml_include_items" "all"
                      "gml_exclude_items" "id"
                      "gml_featureid" "id"
                      "gml_types" "auto"
                      "gml_geometries" "geom"
                """;
        return """
                # written by MapServerWfs for a WFS 2.0 conformance run: MapServer's WFS over landinfo's published views
                MAP
                  NAME "landinfo_wfs_peer"
                  STATUS ON
                  UNITS DD
                  EXTENT 102 8 110 24
                  PROJECTION "init=epsg:4326" END
                  OUTPUTFORMAT
                    NAME "geojson"
                    DRIVER "OGR/GEOJSON"
                    MIMETYPE "application/json; subtype=geojson"
                    FORMATOPTION "STORAGE=stream"
                    FORMATOPTION "FORM=SIMPLE"
                  END
                  WEB
                    METADATA
                      "wfs_title" "landinfo WFS peer (MapServer)"
                      "wfs_abstract" "MapServer 8 over landinfo's publish views, the reference for the WFS 2.0 conformance harness"
                      "wfs_onlineresource" "%1$s"
                      "wfs_srs" "EPSG:4326 EPSG:3857"
                      "wfs_enable_request" "*"
                      "wfs_getfeature_formatlist" "gml32,geojson"
                      "wfs_maxfeatures" "1000"
                      "wfs_namespace_prefix" "li"
                      "wfs_namespace_uri" "http://landinfo.vn/wfs"
                      "ows_updatesequence" "1"
                      "ows_keywordlist" "landinfo,cadastre,WFS"
                      "ows_fees" "none"
                      "ows_accessconstraints" "none"
                      "ows_contactorganization" "landinfo"
                      "ows_contactperson" "landinfo tests"
                      "ows_service_onlineresource" "%1$s"
                    END
                  END
                  LAYER
                    NAME "parcels"
                    TYPE POLYGON
                    STATUS ON
                %2$s    DATA "geom from (SELECT id, national_id, commune_code, commune_name, survey_unit_code, survey_unit_name, sheet_number, parcel_number, main_purpose, purposes, legal_area, computed_area, address, version, valid_from, restricted, geom FROM publish.parcels) AS t using unique id using srid=4326"
                    TEMPLATE "query"
                    METADATA
                      "wfs_title" "Thửa đất / Parcels"
                %3$s      "gml_geom_type" "multipolygon"
                      "gml_valid_from_type" "DateTime"
                      "gml_restricted_type" "Boolean"
                      "wfs_getfeature_formatlist" "gml32,geojson"
                    END
                  END
                  LAYER
                    NAME "map_sheets"
                    TYPE POLYGON
                    STATUS ON
                %2$s    DATA "geom from (SELECT id, commune_code, survey_unit_code, survey_unit_name, sheet_number, scale, srid, survey_year, geom FROM publish.map_sheets) AS t using unique id using srid=4326"
                    TEMPLATE "query"
                    METADATA
                      "wfs_title" "Tờ bản đồ địa chính / Cadastral map sheets"
                %3$s      "gml_geom_type" "polygon"
                      "wfs_getfeature_formatlist" "gml32,geojson"
                    END
                  END
                END
                """.formatted(online, connection, layerMetadata);
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = lighttpd.children().toList();
        lighttpd.destroy();
        lighttpd.waitFor(5, TimeUnit.SECONDS);
        if (lighttpd.isAlive()) {
            lighttpd.destroyForcibly();
        }
        // lighttpd leaves the mapserv processes it spawned waiting for requests (bench/maps.sh): stop them by id.
        children.forEach(ProcessHandle::destroy);
        for (ProcessHandle c : children) {
            try {
                c.onExit().get(3, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                c.destroyForcibly();
            }
        }
    }
}
