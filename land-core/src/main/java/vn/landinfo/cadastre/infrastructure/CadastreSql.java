package vn.landinfo.cadastre.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** SQL kept as resource files next to parcels_by_legal_address.sql, where its comments can explain it. */
public final class CadastreSql {

    private CadastreSql() {
    }

    /** The text of {@code /vn/landinfo/cadastre/sql/<name>}. */
    public static String load(String name) {
        String path = "/vn/landinfo/cadastre/sql/" + name;
        try (InputStream in = CadastreSql.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
