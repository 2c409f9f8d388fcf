package vn.landinfo.transaction.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as written in Vietnamese documents and endorsements (dd/MM/yyyy). */
public final class Dates {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    public static String vi(LocalDate d) {
        return d.format(VI);
    }
}
