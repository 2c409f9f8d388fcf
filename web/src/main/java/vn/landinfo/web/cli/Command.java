package vn.landinfo.web.cli;

import java.util.List;

/** One launcher command ({@code ./landinfo <name> ...}), run without the web server. */
public interface Command {

    /** The words that select this command, e.g. {@code ["import", "admin-units"]}. */
    List<String> words();

    /** One line for the usage text. */
    String usage();

    /** Runs with the arguments after the command's words; returns the process exit code. */
    int run(List<String> arguments) throws Exception;
}
