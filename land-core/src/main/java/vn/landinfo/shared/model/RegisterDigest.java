package vn.landinfo.shared.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a register holds, in a few hundred bytes: for every table, its row count and the md5 of its rows, and one
 * total over all tables. Two registers with the same total hold the same rows, byte for byte
 * (docs/decisions/0160-register-digest-in-production-code.md). Tables come in byte order of their names, so the
 * total does not depend on anyone's collation.
 *
 * <p>The total is the md5 of the lines {@code <table> <rows> <md5>\n} of every table in that order: anyone can
 * recompute it from the printed lines ({@code ./landinfo register digest}).
 */
public record RegisterDigest(List<Table> tables) {

    /** The first word of the total's line in the printed form. */
    public static final String TOTAL = "total";

    /** One table: its name, how many rows were digested and the md5 over them in key order. */
    public record Table(String name, long rows, String md5) {

        public Table {
            if (name.isBlank() || name.contains(" ") || rows < 0 || !md5.matches("[0-9a-f]{32}")) {
                throw new IllegalArgumentException("not a table digest: " + name + " " + rows + " " + md5);
            }
        }

        /** {@code <table> <rows> <md5>}: the line the total is computed over. */
        public String line() {
            return name + " " + rows + " " + md5;
        }
    }

    /** The first table (in name order) whose rows differ between two digests; a table one side lacks counts as differing. */
    public record Difference(String table, Optional<Table> first, Optional<Table> second) {

        public String describe() {
            return table + ": " + first.map(t -> t.rows() + " rows, md5 " + t.md5()).orElse("missing") + " vs "
                    + second.map(t -> t.rows() + " rows, md5 " + t.md5()).orElse("missing");
        }
    }

    public RegisterDigest {
        tables = tables.stream().sorted(Comparator.comparing(Table::name, RegisterDigest::byteOrder)).toList();
        for (int i = 1; i < tables.size(); i++) {
            if (tables.get(i).name().equals(tables.get(i - 1).name())) {
                throw new IllegalArgumentException("table digested twice: " + tables.get(i).name());
            }
        }
    }

    /** The md5 over every table's line; equal totals mean equal registers. */
    public String total() {
        MessageDigest md5 = md5();
        for (Table t : tables) {
            md5.update((t.line() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    /** Rows digested in all tables. */
    public long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    /** Table name → its digest, in name order. */
    public Map<String, Table> byName() {
        Map<String, Table> out = new LinkedHashMap<>();
        tables.forEach(t -> out.put(t.name(), t));
        return out;
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The first table in name order whose digest differs from the other register's, if any does. */
    public Optional<Difference> firstDifference(RegisterDigest other) {
        return differences(other).stream().findFirst();
    }

    /** Every table whose digest differs from the other register's, in name order. */
    public List<Difference> differences(RegisterDigest other) {
        Map<String, Table> mine = byName();
        Map<String, Table> theirs = other.byName();
        List<String> names = new ArrayList<>(mine.keySet());
        theirs.keySet().stream().filter(n -> !mine.containsKey(n)).forEach(names::add);
        names.sort(RegisterDigest::byteOrder);
        List<Difference> out = new ArrayList<>();
        for (String name : names) {
            Table a = mine.get(name);
            Table b = theirs.get(name);
            if (a == null || !a.equals(b)) {
                out.add(new Difference(name, Optional.ofNullable(a), Optional.ofNullable(b)));
            }
        }
        return out;
    }

    /** Reads the table lines {@code <table> <rows> <md5>} back, e.g. from another machine's output; other lines are ignored. */
    public static RegisterDigest parse(List<String> lines) {
        List<Table> tables = new ArrayList<>();
        for (String line : lines) {
            String[] words = line.strip().split("\\s+");
            if (words.length == 3 && !line.startsWith("#") && !words[0].equals(TOTAL) && words[1].matches("[0-9]+")
                    && words[2].matches("[0-9a-f]{32}")) {
                tables.add(new Table(words[0], Long.parseLong(words[1]), words[2]));
            }
        }
        return new RegisterDigest(tables);
    }

    /** Names compared as UTF-8 bytes, which is how PostgreSQL's "C" collation orders them. */
    private static int byteOrder(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
