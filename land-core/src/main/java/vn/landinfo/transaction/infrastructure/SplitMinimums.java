package vn.landinfo.transaction.infrastructure;

import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.transaction.model.SplitMinimum;

/**
 * The minimum split area table (V12 {@code minimum_split_area}): the province's own row for the
 * purpose when its People's Committee decided one, else the national default row; no row means the
 * purpose has no minimum. Read per transaction, so a province's new decision applies at once.
 */
public final class SplitMinimums {

    private final JdbcClient jdbc;

    public SplitMinimums(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public Optional<SplitMinimum> forPurpose(String provinceCode, String purposeCode) {
        return jdbc.sql("""
                SELECT purpose_code, minimum_area, minimum_frontage, legal_basis FROM minimum_split_area
                WHERE purpose_code = :purpose AND (province_code = :province OR province_code IS NULL)
                ORDER BY province_code NULLS LAST LIMIT 1""")
                .param("purpose", purposeCode).param("province", provinceCode)
                .query((rs, n) -> new SplitMinimum(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4)))
                .optional();
    }
}
