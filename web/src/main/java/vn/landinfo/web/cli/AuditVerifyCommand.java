package vn.landinfo.web.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.landinfo.audit.application.VerifyingAuditChain;
import vn.landinfo.audit.model.AuditVerification;
import vn.landinfo.audit.model.ChainHead;
import vn.landinfo.audit.model.Finding;

/**
 * {@code audit verify [--expect-head <seq>:<hash>|<file>] [--export-head <file>]}: walks the whole audit chain
 * and prints every problem, then the head line {@code head: seq=<n> hash=<h> records=<count>}. Exit code 0 when
 * the chain is intact, 1 when anything is wrong. The head exported to a file outside the database is what a
 * later run compares with to detect a log cut back from the end
 * (docs/decisions/0016-hash-chained-audit-log-and-exported-head.md).
 */
@Component
class AuditVerifyCommand implements Command {

    private final VerifyingAuditChain verifying;

    AuditVerifyCommand(VerifyingAuditChain verifying) {
        this.verifying = verifying;
    }

    @Override
    public List<String> words() {
        return List.of("audit", "verify");
    }

    @Override
    public String usage() {
        return "audit verify [--expect-head <seq>:<hash>|<file>] [--export-head <file>]  check the audit log's hash chain";
    }

    @Override
    public int run(List<String> arguments) throws IOException {
        Optional<ChainHead> expected = Optional.empty();
        Path export = null;
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            switch (a) {
                case "--expect-head" -> expected = Optional.of(expectedHead(value(arguments, ++i, a)));
                case "--export-head" -> export = Path.of(value(arguments, ++i, a));
                default -> throw new UsageException("unknown option / tùy chọn không hợp lệ: " + a);
            }
        }
        expected.ifPresent(h -> System.out.println("so với đầu chuỗi đã xuất / comparing with the exported head " + h));
        AuditVerification report = verifying.verify(expected, System.out::println);
        for (Finding f : report.findings()) {
            System.out.println(f.line());
        }
        if (report.findingsOmitted() > 0) {
            System.err.println("... và " + report.findingsOmitted() + " phát hiện khác / and " + report.findingsOmitted()
                    + " more findings; counts: " + report.counts());
        }
        System.out.println(report.headLine());
        if (!report.intact()) {
            System.err.printf("NHẬT KÝ KIỂM TOÁN KHÔNG NGUYÊN VẸN / AUDIT LOG NOT INTACT: %d problem(s) %s in %d records (%.1f s)%n",
                    report.problems(), report.counts(), report.records(), report.seconds());
            if (export != null) {
                System.err.println("không xuất đầu chuỗi của một chuỗi hỏng / no head exported from a damaged chain: " + export);
            }
            return 1;
        }
        System.out.printf("nhật ký kiểm toán nguyên vẹn / audit log intact: %d records verified in %.1f s%n",
                report.records(), report.seconds());
        if (export != null) {
            Files.writeString(export, "# landinfo audit chain head / đầu chuỗi nhật ký kiểm toán, verified " + report.verifiedAt()
                    + ", records=" + report.records() + "\n" + report.head() + "\n", StandardCharsets.UTF_8);
            System.out.println("đã xuất đầu chuỗi / head exported to " + export);
        }
        return 0;
    }

    /** {@code <seq>:<hash>} as given, or the first line of a file written by {@code --export-head} that is not a comment. */
    static ChainHead expectedHead(String value) {
        try {
            return ChainHead.parse(value);
        } catch (IllegalArgumentException notAHead) {
            Path file = Path.of(value);
            if (!Files.isRegularFile(file)) {
                throw new UsageException("--expect-head " + notAHead.getMessage() + ", or name a file written by --export-head; got: " + value);
            }
            try {
                String line = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst()
                        .orElseThrow(() -> new UsageException("no head in " + file + " / tệp không có đầu chuỗi"));
                return ChainHead.parse(line);
            } catch (IOException e) {
                throw new UsageException("cannot read " + file + " / không đọc được tệp: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UsageException("the head in " + file + " " + e.getMessage());
            }
        }
    }

    private static String value(List<String> arguments, int i, String option) {
        if (i >= arguments.size()) {
            throw new UsageException(option + " needs a value / cần giá trị");
        }
        return arguments.get(i);
    }
}
