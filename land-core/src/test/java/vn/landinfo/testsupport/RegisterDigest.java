package vn.landinfo.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A digest of every table of a database's register: for each table of schema {@code public}, the md5 of the
 * text form of every row, rows in primary-key order (the whole row's text where a table has no key). Two
 * databases with equal digests hold byte-identical registers (docs/decisions/0080-reproducible-demo-register.md).
 *
 * <p>Left out, with their reason: {@code dataset_load} (when a load ran and how long it took: bookkeeping of
 * the load, not the register), {@code flyway_schema_history} (when each migration was applied) and
 * PostGIS's {@code spatial_ref_sys} (reference data of the extension). Instants are digested in UTC, so the
 * session's time zone cannot make two equal registers look different.
 */
public final class RegisterDigest {

    /** Tables that record the load or the installation rather than the register. */
    public static final Set<String> NOT_THE_REGISTER = Set.of("dataset_load", "flyway_schema_history", "spatial_ref_sys");

    private RegisterDigest() {
    }

    /** Table name → {@code rows:md5}, for every table of the register, in name order. */
    public static Map<String, String> of(DataSource ds) {
        JdbcClient db = JdbcClient.create(ds);
        TransactionTemplate inOneTransaction = new TransactionTemplate(new DataSourceTransactionManager(ds));
        List<String> tables = db.sql("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname""").query(String.class).list();
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : tables) {
            if (NOT_THE_REGISTER.contains(table)) {
                continue;
            }
            String key = db.sql("""
                    SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.ord)
                    FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                    WHERE i.indrelid = ('public.' || quote_ident(:t))::regclass AND i.indisprimary""")
                    .param("t", table).query(String.class).optional().orElse(null);
            String order = key != null ? key : "t::text COLLATE \"C\"";
            // One statement per table so that SET LOCAL applies: UTC instants and every float digit.
            String digest = inOneTransaction.execute(status -> {
                        db.sql("SET LOCAL TimeZone = 'UTC'").update();
                        db.sql("SET LOCAL extra_float_digits = 3").update();
                        return db.sql("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY " + order + ")), '-') FROM public."
                                + quoteIdent(table) + " t").query(String.class).single();
                    });
            digests.put(table, digest);
        }
        return digests;
    }

    private static String quoteIdent(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
