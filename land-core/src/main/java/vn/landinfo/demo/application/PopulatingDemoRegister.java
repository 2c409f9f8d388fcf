package vn.landinfo.demo.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.landinfo.demo.model.PhaseTimes;

/**
 * Populates the register on top of freshly generated demo parcels: parties (individuals with
 * Vietnamese names and identity documents, households, organisations, banks), rights with holders
 * and shares, certificates, restrictions, and a past of committed transactions with their dossiers
 * (splits, merges, transfers, purpose changes, mortgages), each audited.
 *
 * <p>All of it is set-based SQL (four scripts under {@code vn/landinfo/demo/}), driven by hashes of
 * the national parcel ID and the seed, so a seed gives the same register for the same parcels and the
 * work scales with the database, not with Java round trips. The scripts keep their state in temporary
 * tables and drop them at the end.
 */
public final class PopulatingDemoRegister {

    /**
     * The demo register's clock: the history it makes ends before this instant (1 November 2025, 00:00 in
     * Vietnam) and the load is audited at it, so that every load of the same seed makes the same register,
     * whenever it runs (docs/decisions/0080-reproducible-demo-register.md).
     */
    public static final Instant CLOCK = Instant.parse("2025-10-31T17:00:00Z");

    private static final List<String> SCRIPTS = List.of(
        "register-1-setup.sql", "register-2-parties.sql", "register-3-history.sql", "register-4-rights.sql");

    private final RegisterProfile profile;

    public PopulatingDemoRegister() {
        this(RegisterProfile.realistic());
    }

    public PopulatingDemoRegister(RegisterProfile profile) {
        this.profile = profile;
    }

    /**
     * Populates the given current communes, whose parcels were just loaded. Runs in the connection's
     * transaction; with autocommit on, it makes its own transaction so that a failure writes nothing.
     * Returns how long each step took.
     */
    public PhaseTimes populate(Connection connection, List<Long> communeIds, long seed, Consumer<String> progress) throws SQLException {
        if (communeIds.isEmpty()) {
            return new PhaseTimes();
        }
        List<Step> steps = steps(parameters(communeIds, seed));
        boolean ownTransaction = connection.getAutoCommit();
        if (ownTransaction) {
            connection.setAutoCommit(false);
        }
        long started = System.nanoTime();
        PhaseTimes times = new PhaseTimes();
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                try {
                    statement.execute(step.sql());
                } catch (SQLException e) {
                    throw new SQLException("demo register step '" + step.name() + "' failed: " + e.getMessage(), e.getSQLState(), e);
                }
                times.lap(step.name());
                progress.accept(String.format(Locale.ROOT, "register %d/%d: %s (%.1f s)", i + 1, steps.size(), step.name(),
                    times.seconds(step.name())));
            }
            if (ownTransaction) {
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            if (ownTransaction) {
                connection.rollback();
            }
            throw e;
        } finally {
            if (ownTransaction) {
                connection.setAutoCommit(true);
            }
        }
        progress.accept(String.format(Locale.ROOT, "register: %d commune(s) populated in %.1f s",
            communeIds.size(), (System.nanoTime() - started) / 1e9));
        return times;
    }

    private Map<String, String> parameters(List<Long> communeIds, long seed) {
        return Map.ofEntries(
            Map.entry("seed", Long.toString(seed)),
            Map.entry("clock", CLOCK.toString()),
            Map.entry("communes", communeIds.stream().map(String::valueOf).collect(Collectors.joining(",", "ARRAY[", "]::bigint[]"))),
            Map.entry("pct_split", pct(profile.split())),
            Map.entry("pct_merge", pct(profile.merge())),
            Map.entry("pct_transfer", pct(profile.transfer())),
            Map.entry("pct_purpose", pct(profile.purpose())),
            Map.entry("pct_mortgage", pct(profile.mortgage())),
            Map.entry("pct_released", pct(profile.released())),
            Map.entry("pct_seizure", pct(profile.seizure())),
            Map.entry("pct_dispute", pct(profile.dispute())));
    }

    private static String pct(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** The scripts cut at their {@code -- @step <name>} lines, with the parameters written in (numbers and the clock only). */
    static List<Step> steps(Map<String, String> parameters) {
        List<Step> steps = new ArrayList<>();
        for (String script : SCRIPTS) {
            String text = read(script);
            for (Map.Entry<String, String> p : parameters.entrySet()) {
                text = text.replace("${" + p.getKey() + "}", p.getValue());
            }
            if (text.contains("${")) {
                throw new IllegalStateException(script + " has a parameter nobody set: " + text.substring(text.indexOf("${"), text.indexOf("${") + 20));
            }
            String[] parts = text.split("(?m)^-- @step ");
            for (String part : parts) {
                if (part.isBlank() || !part.contains("\n")) {
                    continue;
                }
                int eol = part.indexOf('\n');
                steps.add(new Step(part.substring(0, eol).trim(), part.substring(eol + 1)));
            }
        }
        return steps;
    }

    private static String read(String script) {
        try (InputStream in = PopulatingDemoRegister.class.getResourceAsStream("/vn/landinfo/demo/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing resource vn/landinfo/demo/" + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + script, e);
        }
    }

    record Step(String name, String sql) {
    }
}
