package vn.landinfo.web.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.landinfo.shared.infrastructure.RegisterDigestReader;
import vn.landinfo.shared.model.RegisterDigest;

/**
 * {@code register digest [--compare <file>]}: one line per table of the register ({@code <table> <rows> <md5>}),
 * then {@code total <rows> <md5>}. Two clones that built the same demo data print the same total; with
 * {@code --compare} the lines another machine printed are read back and the tables that differ are named
 * (exit code 1), so nobody has to compare fifty hashes by eye
 * (docs/decisions/0160-register-digest-in-production-code.md).
 */
@Component
class RegisterDigestCommand implements Command {

    /** Collations that sort text by bytes, as the launcher's cluster does (initdb --locale=C.UTF-8 or C). */
    private static final Set<String> BYTE_ORDER_COLLATIONS = Set.of("C", "C.UTF-8", "C.utf8", "POSIX");

    private final RegisterDigestReader reader;

    RegisterDigestCommand(RegisterDigestReader reader) {
        this.reader = reader;
    }

    @Override
    public List<String> words() {
        return List.of("register", "digest");
    }

    @Override
    public String usage() {
        return "register digest [--compare <file>]  md5 of every table of the register and a total, to compare two databases";
    }

    @Override
    public int run(List<String> arguments) throws IOException, SQLException {
        Path compareWith = null;
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (a.equals("--compare") && i + 1 < arguments.size()) {
                compareWith = Path.of(arguments.get(++i));
            } else if (a.equals("--compare")) {
                throw new UsageException("--compare needs the file another machine's digest was saved to / cần tên tệp");
            } else {
                throw new UsageException("unknown option / tùy chọn không hợp lệ: " + a);
            }
        }
        RegisterDigest other = compareWith == null ? null : readDigest(compareWith);
        String collation = reader.collation();
        RegisterDigest digest = reader.read();
        print(digest, collation, reader.leftOut(), System.out);
        if (!BYTE_ORDER_COLLATIONS.contains(collation)) {
            System.err.println("landinfo: collation " + collation + " của cơ sở dữ liệu không phải C / the database's collation is not C:"
                    + " the digest itself does not depend on it, but the demo load orders some text keys by it; identical"
                    + " registers are promised only for byte-order collations such as the launcher's C.UTF-8 (docs/data.md)");
        }
        if (other == null) {
            return 0;
        }
        List<RegisterDigest.Difference> differences = digest.differences(other);
        if (differences.isEmpty()) {
            System.out.println("giống hệt / identical to " + compareWith + ": total " + other.total());
            return 0;
        }
        System.out.println("KHÁC / DIFFERENT from " + compareWith + " in " + differences.size() + " table(s) (here vs there):");
        differences.forEach(d -> System.out.println("  " + d.describe()));
        return 1;
    }

    /** The lines every clone compares; comments start with '#'. */
    static void print(RegisterDigest digest, String collation, List<String> leftOut, PrintStream out) {
        int width = digest.tables().stream().mapToInt(t -> t.name().length()).max().orElse(5);
        out.println("# sổ địa chính / register digest (docs/data.md#checking-two-clones), collation " + collation);
        leftOut.forEach(l -> out.println("# không tính / left out: " + l));
        out.println("# bảng / table, dòng / rows, md5 of the rows in key order");
        for (RegisterDigest.Table t : digest.tables()) {
            out.printf("%-" + width + "s %10d %s%n", t.name(), t.rows(), t.md5());
        }
        out.printf("%-" + width + "s %10d %s%n", RegisterDigest.TOTAL, digest.rows(), digest.total());
    }

    private static RegisterDigest readDigest(Path file) {
        try {
            RegisterDigest digest = RegisterDigest.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
            if (digest.tables().isEmpty()) {
                throw new UsageException("no table lines in " + file + " / tệp không có dòng bảng nào");
            }
            return digest;
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + " / không đọc được tệp: " + e.getMessage());
        }
    }
}
