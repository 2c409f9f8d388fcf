package vn.landinfo.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads {@code fixtures/register-parcels.sql}: blocks of 45 current demo parcels in one commune, as the
 * demo geometry generator leaves them. Runs inside the caller's transaction (autocommit off), which the
 * caller rolls back, so tests leave nothing behind.
 */
public final class RegisterParcelsFixture {

    public static final int PARCELS_PER_BLOCK = 45;

    private RegisterParcelsFixture() {
    }

    /** Loads the blocks south-west corner first at (e0, n0) in VN-2000 TM-3 105° and returns the commune's admin_unit id. */
    public static long load(Connection connection, String communeCode, double e0, double n0, int blocks) throws SQLException {
        String sql = read()
            .replace("${commune}", communeCode)
            .replace("${e0}", Double.toString(e0))
            .replace("${n0}", Double.toString(n0))
            .replace("${blocks}", Integer.toString(blocks));
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id FROM admin_unit WHERE level = 'commune' AND code = ? AND valid_to IS NULL")) {
            ps.setString(1, communeCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no current commune " + communeCode);
                }
                return rs.getLong(1);
            }
        }
    }

    private static String read() {
        try (InputStream in = RegisterParcelsFixture.class.getResourceAsStream("/fixtures/register-parcels.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
