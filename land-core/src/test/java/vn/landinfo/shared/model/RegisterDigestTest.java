package vn.landinfo.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterDigestTest {

    private static final String EMPTY = "d41d8cd98f00b204e9800998ecf8427e";
    private static final String A = "0cc175b9c0f1b6a831c399e269772661";
    private static final String B = "92eb5ffee6ae2fec3ad71c777531578f";

    @Test
    void the_total_is_the_md5_of_the_table_lines_in_byte_order_of_the_names_so_anyone_can_recompute_it() throws Exception {
        RegisterDigest digest = new RegisterDigest(List.of(new RegisterDigest.Table("parcel_version", 2, A),
                new RegisterDigest.Table("parcel", 1, B), new RegisterDigest.Table("Zeta", 0, EMPTY)));

        assertThat(digest.tables()).extracting(RegisterDigest.Table::name).containsExactly("Zeta", "parcel", "parcel_version");
        String lines = "Zeta 0 " + EMPTY + "\nparcel 1 " + B + "\nparcel_version 2 " + A + "\n";
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(lines.getBytes(StandardCharsets.UTF_8)));
        assertThat(digest.total()).isEqualTo(md5);
        assertThat(digest.rows()).isEqualTo(3);
    }

    @Test
    void the_printed_lines_read_back_to_the_same_digest_and_comments_and_the_total_are_skipped() {
        RegisterDigest digest = RegisterDigest.parse(List.of("# register digest, collation C.UTF-8",
                "parcel          12 " + A, "  party     3 " + B, "total           15 " + EMPTY, "a stray line"));

        assertThat(digest.tables()).containsExactly(new RegisterDigest.Table("parcel", 12, A), new RegisterDigest.Table("party", 3, B));
    }

    @Test
    void the_first_difference_names_the_table_and_both_row_counts_including_a_table_one_side_lacks() {
        RegisterDigest here = new RegisterDigest(List.of(new RegisterDigest.Table("audit_log", 5, A),
                new RegisterDigest.Table("parcel", 10, A), new RegisterDigest.Table("party", 4, B)));
        RegisterDigest there = new RegisterDigest(List.of(new RegisterDigest.Table("audit_log", 5, A),
                new RegisterDigest.Table("parcel", 11, B), new RegisterDigest.Table("restriction", 0, EMPTY)));

        assertThat(here.firstDifference(there).orElseThrow().describe())
                .isEqualTo("parcel: 10 rows, md5 " + A + " vs 11 rows, md5 " + B);
        assertThat(here.differences(there)).extracting(RegisterDigest.Difference::table).containsExactly("parcel", "party", "restriction");
        assertThat(here.firstDifference(here)).isEmpty();
        assertThat(here.total()).isNotEqualTo(there.total());
    }

    @Test
    void a_table_digested_twice_is_refused() {
        assertThatThrownBy(() -> new RegisterDigest(List.of(new RegisterDigest.Table("parcel", 1, A), new RegisterDigest.Table("parcel", 1, A))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
