package vn.landinfo.web.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Picks the command whose words start the argument list (longest match) and runs it. */
@Component
public class CommandLine {

    private final List<Command> commands;

    public CommandLine(List<Command> commands) {
        this.commands = commands.stream().sorted(Comparator.comparingInt((Command c) -> -c.words().size())).toList();
    }

    public int run(String[] args) {
        List<String> all = Arrays.asList(args);
        for (Command command : commands) {
            List<String> words = command.words();
            if (all.size() >= words.size() && all.subList(0, words.size()).equals(words)) {
                try {
                    return command.run(all.subList(words.size(), all.size()));
                } catch (UsageException e) {
                    System.err.println("landinfo: " + e.getMessage());
                    System.err.println("usage: " + command.usage());
                    return 2;
                } catch (Exception e) {
                    System.err.println("landinfo " + String.join(" ", words) + ": " + e.getMessage());
                    return 1;
                }
            }
        }
        System.err.println("landinfo: unknown command '" + String.join(" ", all) + "'. Commands:\n" + usage());
        return 2;
    }

    public String usage() {
        return commands.stream().map(c -> "  " + c.usage()).sorted().collect(Collectors.joining("\n"));
    }
}
