package vn.landinfo.web.cli;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.landinfo.demo.application.DemoDataReport;
import vn.landinfo.demo.application.DemoDataRequest;
import vn.landinfo.demo.application.GeneratingDemoData;

/** {@code demo-data}: generates the demo cadastre on the real commune boundaries. */
@Component
class DemoDataCommand implements Command {

    private final GeneratingDemoData generating;

    DemoDataCommand(GeneratingDemoData generating) {
        this.generating = generating;
    }

    @Override
    public List<String> words() {
        return List.of("demo-data");
    }

    @Override
    public String usage() {
        return "demo-data [--preset default|ci | --communes 00070,31258 | --province 01 --parcels 1000000] [--seed N] [--if-absent]";
    }

    @Override
    public int run(List<String> arguments) throws Exception {
        DemoDataRequest request = parse(arguments);
        DemoDataReport report = generating.generate(request, System.out::println);
        if (report.alreadyLoaded()) {
            System.out.println("Dữ liệu mẫu đã có / demo data already loaded: " + report.datasetName());
            return 0;
        }
        System.out.printf("Đã nạp / loaded %,d parcels in %d communes %s in %.1f s (%.0f parcels/s)%s%n",
            report.parcels(), report.communes().size(), report.communes(), report.seconds(), report.parcelsPerSecond(),
            report.skippedCommunes().isEmpty() ? "" : "; skipped (already loaded) " + report.skippedCommunes());
        return 0;
    }

    static DemoDataRequest parse(List<String> arguments) {
        String preset = null;
        List<String> communes = null;
        String province = null;
        Long parcels = null;
        long seed = DemoDataRequest.DEFAULT_SEED;
        boolean ifAbsent = false;
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            switch (a) {
                case "--preset" -> preset = value(arguments, ++i, a);
                case "--communes" -> communes = Arrays.stream(value(arguments, ++i, a).split(",")).map(String::trim).toList();
                case "--province" -> province = value(arguments, ++i, a);
                case "--parcels" -> parcels = number(value(arguments, ++i, a), a);
                case "--seed" -> seed = number(value(arguments, ++i, a), a);
                case "--if-absent" -> ifAbsent = true;
                default -> throw new UsageException("unknown option / tùy chọn không hợp lệ: " + a);
            }
        }
        int modes = (preset != null ? 1 : 0) + (communes != null ? 1 : 0) + (province != null ? 1 : 0);
        if (modes > 1) {
            throw new UsageException("choose one of --preset, --communes, --province / chỉ chọn một");
        }
        try {
            DemoDataRequest request;
            if (communes != null) {
                request = DemoDataRequest.communes(communes);
            } else if (province != null) {
                if (parcels == null) {
                    throw new UsageException("--province needs --parcels N / cần --parcels");
                }
                request = DemoDataRequest.province(province, parcels);
            } else if (preset == null || preset.equals("default")) {
                request = DemoDataRequest.defaultSet();
            } else if (preset.equals("ci")) {
                request = DemoDataRequest.ciFixture();
            } else {
                throw new UsageException("unknown preset / bộ dữ liệu không có: " + preset + " (default|ci)");
            }
            return request.withSeed(seed).ifAbsent(ifAbsent);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String value(List<String> arguments, int i, String option) {
        if (i >= arguments.size()) {
            throw new UsageException(option + " needs a value / cần giá trị");
        }
        return arguments.get(i);
    }

    private static long number(String text, String option) {
        try {
            return Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number / cần một số: " + text);
        }
    }
}
