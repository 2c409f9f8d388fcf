package vn.landinfo.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.shared.model.RegisterDigest;
import vn.landinfo.testsupport.IsolatedDatabase;

/**
 * The digest is of the rows, not of the database they sit in: two databases whose default collations order text
 * differently (byte order, and ICU's Vietnamese) and whose default settings write instants, dates, floats, intervals
 * and bytes differently, holding the same rows inserted in another order, give the same digest; what is left out does
 * not count, and a changed row does.
 */
class RegisterDigestReaderIT {

    private static final String SCHEMA = """
            CREATE TABLE holder (code text PRIMARY KEY, name text NOT NULL, since timestamptz NOT NULL, born date,
                                 share double precision, term interval, seal bytea);
            CREATE TABLE note (body text);
            CREATE TABLE dataset_load (name text PRIMARY KEY, loaded_at timestamptz NOT NULL DEFAULT clock_timestamp());
            CREATE TABLE stored_answer (key text PRIMARY KEY, status int)""";
    /** Keys whose order under Vietnamese rules is not their byte order. */
    private static final List<String> CODES = List.of("b", "B", "Đà", "Da", "_1", "a", "Z", "đ", "d");

    @Test
    void databases_with_other_collations_and_time_zones_holding_the_same_rows_have_the_same_digest() throws Exception {
        try (IsolatedDatabase bytes = IsolatedDatabase.empty("digest_c", "TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'");
             IsolatedDatabase vietnamese = IsolatedDatabase.empty("digest_vi",
                     "TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'vi-VN' LOCALE 'C.UTF-8'")) {
            JdbcClient c = fill(bytes, CODES);
            JdbcClient vi = fill(vietnamese, reversed(CODES));
            // Sessions of this database write text in other styles unless the reader fixes them.
            vi.sql("""
                    DO $$ BEGIN
                      EXECUTE format('ALTER DATABASE %I SET TimeZone = %L', current_database(), 'Asia/Ho_Chi_Minh');
                      EXECUTE format('ALTER DATABASE %I SET DateStyle = %L', current_database(), 'SQL, DMY');
                      EXECUTE format('ALTER DATABASE %I SET extra_float_digits = 0', current_database());
                      EXECUTE format('ALTER DATABASE %I SET IntervalStyle = %L', current_database(), 'sql_standard');
                      EXECUTE format('ALTER DATABASE %I SET bytea_output = %L', current_database(), 'escape');
                    END $$""").update();
            assertThat(vi.sql("SELECT h::text FROM holder h WHERE code = 'a'").query(String.class).single())
                    .as("a row's text in a new session of that database")
                    .isNotEqualTo(c.sql("SELECT h::text FROM holder h WHERE code = 'a'").query(String.class).single());
            assertThat(order(vi)).as("the two databases really order text differently").isNotEqualTo(order(c));

            RegisterDigest first = new RegisterDigestReader(bytes.dataSource()).read();
            RegisterDigest second = new RegisterDigestReader(vietnamese.dataSource()).read();

            assertThat(first.differences(second)).isEmpty();
            assertThat(first.total()).isEqualTo(second.total());
            assertThat(first.byName()).as("dataset_load is when a load ran, not the register").doesNotContainKey("dataset_load")
                    .containsKeys("holder", "note", "stored_answer");
            assertThat(first.table("holder").orElseThrow().rows()).isEqualTo(CODES.size());
            assertThat(new RegisterDigestReader(vietnamese.dataSource()).collation()).isEqualTo("icu:vi-VN");
        }
    }

    @Test
    void rows_left_out_by_a_rule_do_not_count_and_any_other_changed_row_names_its_table() throws Exception {
        try (IsolatedDatabase a = IsolatedDatabase.empty("digest_rule_a", "TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'");
             IsolatedDatabase b = IsolatedDatabase.empty("digest_rule_b", "TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'")) {
            fill(a, CODES);
            JdbcClient other = fill(b, CODES);
            other.sql("INSERT INTO stored_answer VALUES ('refused', 422)").update();
            RegisterDigestReader refusalsLeftOut = new RegisterDigestReader(b.dataSource())
                    .leavingOut("stored_answer", "t.status BETWEEN 400 AND 499", "a stored refusal");

            assertThat(new RegisterDigestReader(a.dataSource()).read().differences(refusalsLeftOut.read())).isEmpty();
            assertThat(refusalsLeftOut.leftOut()).contains("stored_answer where t.status BETWEEN 400 AND 499 — a stored refusal");

            other.sql("UPDATE holder SET share = 0.3 WHERE code = 'Da'").update();
            RegisterDigest.Difference difference = new RegisterDigestReader(a.dataSource()).read()
                    .firstDifference(refusalsLeftOut.read()).orElseThrow();
            assertThat(difference.table()).isEqualTo("holder");
            assertThat(difference.describe()).startsWith("holder: 9 rows, md5 ").contains(" vs 9 rows, md5 ");
        }
    }

    /** The schema and the rows, inserted in the given order. */
    private static JdbcClient fill(IsolatedDatabase db, List<String> codes) {
        JdbcClient jdbc = JdbcClient.create(db.dataSource());
        for (String statement : SCHEMA.split(";")) {
            jdbc.sql(statement).update();
        }
        for (String code : codes) {
            jdbc.sql("""
                    INSERT INTO holder VALUES (:c, :c || ' holder', '2015-01-01 00:00+07', '1980-02-29', 0.1::float8 + 0.2::float8,
                                              '5 years 3 days 04:05:06', '\\x00ff41')""").param("c", code).update();
            jdbc.sql("INSERT INTO note VALUES (:c)").param("c", code).update();
        }
        jdbc.sql("INSERT INTO dataset_load (name) VALUES ('loaded just now')").update();
        jdbc.sql("INSERT INTO stored_answer VALUES ('done', 201)").update();
        return jdbc;
    }

    private static List<String> reversed(List<String> list) {
        List<String> out = new ArrayList<>(list);
        Collections.reverse(out);
        return out;
    }

    private static String order(JdbcClient db) {
        return db.sql("SELECT string_agg(code, ',' ORDER BY code) FROM holder").query(String.class).single();
    }
}
