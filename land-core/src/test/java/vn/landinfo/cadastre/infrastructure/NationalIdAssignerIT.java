package vn.landinfo.cadastre.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.TestDatabase;

/** Two representative points in one 12-character GeoHash cell get distinct IDs, the same way every time. */
class NationalIdAssignerIT {

    @Test
    void a_collision_in_one_geohash_cell_is_resolved_to_the_next_candidate_deterministically() throws Exception {
        var ds = TestDatabase.dataSource();
        for (int run = 0; run < 2; run++) {
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                long tx = JdbcClient.create(ds).sql("SELECT 1").query(Long.class).single(); // warm-up
                try (var st = c.createStatement(); var rs = st.executeQuery("""
                        INSERT INTO cadastral_transaction (kind, status, legal_basis, created_by, committed_at)
                        VALUES ('DATA_MIGRATION', 'committed', 'test', 'test', now()) RETURNING id""")) {
                    rs.next();
                    tx = rs.getLong(1);
                }
                var assigner = new NationalIdAssigner();
                // 3 mm apart: one 12-character GeoHash cell is about 3.7 cm x 1.9 cm.
                long first = assigner.assignOne(c, "SRID=5897;POINT(585000.000 2326000.000)", Instant.now(), tx);
                long second = assigner.assignOne(c, "SRID=5897;POINT(585000.003 2326000.002)", Instant.now(), tx);
                try (var st = c.createStatement(); var rs = st.executeQuery("""
                        SELECT p1.national_id, p2.national_id,
                               national_id_candidate(p1.representative_point, 0), national_id_candidate(p2.representative_point, 0),
                               national_id_candidate(p2.representative_point, 1)
                        FROM parcel p1, parcel p2 WHERE p1.id = %d AND p2.id = %d""".formatted(first, second))) {
                    rs.next();
                    assertThat(rs.getString(3)).as("same cell").isEqualTo(rs.getString(4));
                    assertThat(rs.getString(1)).isEqualTo(rs.getString(3));
                    assertThat(rs.getString(2)).isNotEqualTo(rs.getString(1)).isEqualTo(rs.getString(5));
                }
                c.rollback();
            }
        }
    }
}
